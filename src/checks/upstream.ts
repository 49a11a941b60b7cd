/**
 * What a site's own content rests on in the package, checked after every update of the package: a
 * shared rule that a local rule replaces (has its text changed since the site last read it?), and the
 * pages and decision-tree steps that the site's own pages link to (are they still there?). Each
 * problem names the site's file and what to do, so an update never breaks a site silently.
 */
import { entryWhere, type Content } from '../content-loading/load.ts';
import { pageBodies, type PageBodies } from '../content-loading/page-body.ts';
import { isSiteOwn as isLocal, LOCAL_PATHS } from '../content-loading/paths.ts';
import { ruleFingerprint } from '../lib/shared/fingerprint.ts';
import { diagramUrl, nodeUrl, TREE_BASE, treeUrl } from '../lib/shared/trees.ts';
import { PRINT_PAGE } from '../lib/shared/print/url.ts';
import { REPLIES_PAGE } from '../lib/shared/reply-template.ts';
import { closest } from '../problems/closest.ts';
import type { Problem } from '../problems/problem.ts';

/** The command that records a local rule as read against the rules it replaces. */
export const reviewCommand = (id: string) => `npm run regel-lest -- ${id}`;

export function checkReplacedRules(content: Content): Problem[] {
  const shared = new Map(content.rules.filter((r) => !isLocal(r.file)).map((r) => [r.data.id, r.data]));
  const problems: Problem[] = [];
  for (const rule of content.rules) {
    if (!isLocal(rule.file) || !rule.data.replaces) continue;
    for (const id of rule.data.replaces) {
      const replaced = shared.get(id);
      if (!replaced) continue; // An unknown id is reported by the examples check.
      const reviewed = rule.data.reviewed?.[id];
      if (reviewed === ruleFingerprint(replaced)) continue;
      problems.push({
        file: rule.file,
        where: entryWhere(rule, `reviewed.${id}`),
        message: reviewed
          ? `Regelen «${id}» som denne regelen erstatter, er endret i pakken siden dere sist leste den. Nå står det: «${replaced.title}: ${replaced.text}»`
          : `Det står ikke når dere sist leste regelen «${id}» som denne regelen erstatter.`,
        fix: `les regelen i pakken, rett deres egen regel om det trengs, og kjør \`${reviewCommand(rule.data.id)}\`.`,
        severity: 'warning',
      });
    }
  }
  return problems;
}

/**
 * Each package page a page of the site's own replaces (replacesPackagePage): the package's fixes to
 * it no longer reach the site, so the check says so each time, as it does for replaced rules.
 */
export function checkReplacedPages(content: Content): Problem[] {
  return content.replacedPages.map((page) => ({
    file: page.local,
    where: 'replacesPackagePage',
    message: `Siden erstatter pakkens side ${page.url} (${page.shared}). Det pakken retter i den siden, kommer ikke med her.`,
    fix: 'les pakkens side etter hver oppdatering (se CHANGELOG.md) og ta med det som er nytt, eller slett denne siden for å bruke pakkens.',
    severity: 'warning' as const,
  }));
}

/** Every internal address a page may link to, from the content: pages, tree steps, and the generated pages. */
export function knownUrls(content: Content): Set<string> {
  const urls = new Set<string>(['/selvtest/', TREE_BASE, PRINT_PAGE, '/tilgjengelighet/', '/endringer/']);
  for (const page of content.pages) urls.add(page.url);
  for (const { data: tree } of content.trees) {
    urls.add(treeUrl(tree.id));
    urls.add(diagramUrl(tree.id));
    for (const node of tree.nodes) urls.add(nodeUrl(tree, node.id));
  }
  for (const { data: test } of content.selfTests) urls.add(`/selvtest/${test.id}/`);
  urls.add(REPLIES_PAGE);
  return urls;
}

const LINK = /\]\((\/[^)\s#?]*)|href=["'](\/[^"'#?]*)/g;

function linksOf(body: string, bodyLine: number) {
  return [...body.matchAll(LINK)].map((m) => ({
    url: m[1] ?? m[2]!,
    line: bodyLine + body.slice(0, m.index).split('\n').length - 1,
  }));
}

/** Internal links on the site's own pages (lokalt/sider/) that lead nowhere in this version of the package. */
export function checkLocalLinks(root: string, content: Content, bodies: PageBodies = pageBodies(root)): Problem[] {
  const known = knownUrls(content);
  const problems: Problem[] = [];
  for (const page of content.pages) {
    if (!page.file.startsWith(`${LOCAL_PATHS.docs}/`)) continue;
    const read = bodies(page);
    if (!read) continue;
    for (const link of linksOf(read.body, read.bodyLine)) {
      const url = link.url.endsWith('/') ? link.url : `${link.url}/`;
      if (known.has(url) || /\.[a-z0-9]+$/i.test(link.url)) continue;
      const guess = closest(url, known);
      const inTree = url.startsWith(TREE_BASE);
      problems.push({
        file: page.file,
        where: `linje ${link.line}`,
        message: inTree
          ? `Lenken ${link.url} går til et trinn i et beslutningstre som ikke finnes i pakken.`
          : `Lenken ${link.url} går til en side som ikke finnes.`,
        fix: guess
          ? `mente du ${guess}? Rett lenken.`
          : `rett lenken, eller ta den bort. Adressene til trærne står på ${TREE_BASE}.`,
      });
    }
  }
  return problems;
}
