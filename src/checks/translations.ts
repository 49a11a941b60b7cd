/**
 * The nynorsk edition keeps pace with the bokmål (ADR 0011). For every shared text: a nynorsk text that
 * is missing, or a field that is structure and belongs in the bokmål file only, is an error; a nynorsk
 * text written from a bokmål text that has changed since is a warning, with the command that marks it
 * as read once it is put right. A nynorsk page must show the same rules, charts and sources as its bokmål page.
 */
import type { Content } from '../content-loading/load.ts';
import { overlays, type NynorskPage } from '../content-loading/nynorsk.ts';
import type { OverlayGap, OverlayMark } from '../content-loading/nynorsk-overlay.ts';
import { NynorskPageFrontmatterSchema, TEXT_SHAPES, FROM_KEY, type TranslatedKind } from '../schemas/translation.ts';
import { issueToProblem } from '../problems/zod-issues.ts';
import { PLACEHOLDER } from './placeholders.ts';
import type { Problem } from '../problems/problem.ts';

const ADR = 'docs/adr/0011-nynorsk-utgave.md';

/** The command that records that a nynorsk text has been read against its bokmål text. */
export const reviewCommand = (file: string, id?: string) =>
  `\`npm run omsetjing:lest -- ${file}${id ? ` ${id}` : ''}\``;

const whereOf = (id: string, at: string) => (at ? `${at} (id ${id})` : `(id ${id})`);

function gapProblem(
  nnFile: string,
  bokmalFile: string,
  id: string,
  gap: OverlayGap,
  fields: readonly string[],
): Problem {
  const where = whereOf(id, gap.where);
  switch (gap.kind) {
    case 'missing':
      return gap.where
        ? {
            file: nnFile,
            where,
            message: `«${gap.field}» mangler på nynorsk.`,
            fix: `skriv teksten på nynorsk; bokmålsteksten står i ${bokmalFile}.`,
          }
        : {
            file: nnFile,
            where,
            message: `Oppføringen mangler på nynorsk.`,
            fix: `legg til «- id: ${id}» med ${fields.join(', ')} skrevet på nynorsk, i samme rekkefølge som i ${bokmalFile}.`,
          };
    case 'structure':
      return {
        file: nnFile,
        where,
        message: `Feltet «${gap.field}» hører ikke hjemme i nynorskfilen: det er ikke en tekst bokmålsoppføringen har.`,
        fix: `ta feltet bort. Struktur (id-er, lenker, riktige svar, datoer) står bare i ${bokmalFile}; se ${ADR}.`,
      };
    case 'count':
      return {
        file: nnFile,
        where,
        message: `«${gap.field}» har ${gap.counts![1]} på nynorsk, men ${gap.counts![0]} på bokmål.`,
        fix: `skriv én nynorsk oppføring for hver på bokmål, i samme rekkefølge som i ${bokmalFile}.`,
      };
    case 'unknown-id':
      return {
        file: nnFile,
        where,
        message: `Id-en «${gap.field}» finnes ikke i ${bokmalFile}.`,
        fix: 'ta oppføringen bort, eller rett id-en så den er lik id-en på bokmål.',
      };
    case 'not-object':
      return {
        file: nnFile,
        where,
        message: `«${gap.field}» har en annen form enn på bokmål.`,
        fix: `skriv den med de samme feltene som i ${bokmalFile}, bare tekstene på nynorsk.`,
      };
  }
}

function markProblem(nnFile: string, bokmalFile: string, id: string, mark: OverlayMark): Problem | undefined {
  const where = whereOf(mark.where ? mark.id : id, mark.where);
  if (mark.recorded === undefined) {
    return {
      file: nnFile,
      where,
      message: `Det står ikke hvilken bokmålstekst nynorsken er skrevet fra (\`${FROM_KEY}\`).`,
      fix: `les nynorsken mot bokmålen i ${bokmalFile}, og kjør ${reviewCommand(nnFile, mark.id)}.`,
    };
  }
  if (mark.recorded === mark.expected) return undefined;
  return {
    file: nnFile,
    where,
    message: `Bokmålsteksten er endret etter at nynorsken ble skrevet (${mark.fields.join(', ')}).`,
    fix: `rett nynorsken etter bokmålen i ${bokmalFile}, og kjør så ${reviewCommand(nnFile, mark.id)}.`,
    severity: 'warning',
  };
}

function checkEntries(content: Content, kind: TranslatedKind): Problem[] {
  const problems: Problem[] = [];
  const missingFiles = new Set<string>();
  for (const { entry, found, result } of overlays(content, kind)) {
    const nnFile = found.file!.file;
    if (found.file?.problem) {
      if (!missingFiles.has(nnFile)) problems.push(found.file.problem);
      missingFiles.add(nnFile);
      continue;
    }
    if (found.file?.data === undefined) {
      if (!missingFiles.has(nnFile)) {
        problems.push({
          file: nnFile,
          message: `Nynorskfilen mangler: ${entry.file} har ingen nynorsk utgave.`,
          fix: `skriv tekstene på nynorsk i ${nnFile}, med de samme id-ene og bare tekstfeltene (se ${ADR}).`,
        });
      }
      missingFiles.add(nnFile);
      continue;
    }
    const fields = TEXT_SHAPES[kind].fields.filter(
      (f) => typeof (entry.data as Record<string, unknown>)[f] === 'string',
    );
    for (const gap of result.gaps) problems.push(gapProblem(nnFile, entry.file, entry.data.id, gap, fields));
    if (found.data && typeof found.data === 'object') {
      problems.push(
        ...placeholderProblems(
          nnFile,
          entry.data.id,
          entry.data as Record<string, unknown>,
          found.data as Record<string, unknown>,
        ),
      );
    }
    if (result.gaps.some((g) => g.where === '')) continue;
    for (const mark of result.marks) {
      const problem = markProblem(nnFile, entry.file, entry.data.id, mark);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** `rule:sogne-x`, … : what a page shows, to compare the two målformer. */
const shown = (refs: { kind: string; id: string }[]) => new Set(refs.map((r) => `${r.kind} ${r.id}`));

function checkPage(page: Content['pages'][number], nn: NynorskPage): Problem[] {
  if (nn.problem) return [nn.problem];
  if (!nn.frontmatter) {
    return [
      {
        file: nn.file,
        message: `Nynorsksiden mangler: ${page.file} har ingen nynorsk utgave.`,
        fix: `skriv siden på nynorsk i ${nn.file}: frontmatter med bare ${['title', ...page.frontmatterTexts].join(', ')}, og hele teksten (se ${ADR}).`,
      },
    ];
  }
  const problems: Problem[] = [];
  const parsed = NynorskPageFrontmatterSchema.safeParse(nn.frontmatter);
  if (!parsed.success)
    for (const issue of parsed.error.issues) problems.push(issueToProblem(nn.file, issue, nn.frontmatter));
  for (const field of page.frontmatterTexts) {
    const [outer, inner] = field.split('.') as [string, string | undefined];
    const value = nn.frontmatter[outer];
    if (inner ? (value as Record<string, unknown> | undefined)?.[inner] : value) continue;
    problems.push({
      file: nn.file,
      where: field,
      message: `«${field}» mangler på nynorsk.`,
      fix: `skriv «${field}» på nynorsk, som i ${page.file}.`,
    });
  }
  const ours = shown(page.references);
  const theirs = shown(nn.references);
  for (const ref of ours) if (!theirs.has(ref)) problems.push(referenceProblem(nn.file, page.file, ref, 'viser ikke'));
  for (const ref of theirs)
    if (!ours.has(ref))
      problems.push(referenceProblem(nn.file, page.file, ref, 'viser, men bokmålssiden gjør ikke det,'));
  const recorded = nn.frontmatter[FROM_KEY];
  if (typeof recorded !== 'string') {
    problems.push({
      file: nn.file,
      where: FROM_KEY,
      message: `Det står ikke hvilken bokmålstekst siden er skrevet fra (\`${FROM_KEY}\`).`,
      fix: `les siden mot ${page.file}, og kjør ${reviewCommand(nn.file)}.`,
    });
  } else if (recorded !== page.textFingerprint) {
    problems.push({
      file: nn.file,
      where: FROM_KEY,
      message: 'Bokmålssiden er endret etter at nynorsken ble skrevet.',
      fix: `rett nynorsken etter ${page.file} (\`git diff\` på den viser hva som er endret), og kjør så ${reviewCommand(nn.file)}.`,
      severity: 'warning',
    });
  }
  return problems;
}

function referenceProblem(nnFile: string, bokmalFile: string, ref: string, verb: string): Problem {
  const [kind, id] = ref.split(' ');
  const what = kind === 'rule' ? 'regelen' : kind === 'chart' ? 'diagrammet' : 'kilden';
  return {
    file: nnFile,
    message: `Nynorsksiden ${verb} ${what} «${id}».`,
    fix: `vis de samme reglene, diagrammene og kildene som ${bokmalFile}, med de samme komponentene.`,
  };
}

/** Entries of a nynorsk list file whose id no entry of its bokmål file has. */
function unknownEntries(content: Content): Problem[] {
  const ids = new Map<string, Set<string>>();
  for (const kind of Object.keys(TEXT_SHAPES) as TranslatedKind[]) {
    for (const entry of content[kind]) ids.set(entry.file, (ids.get(entry.file) ?? new Set()).add(entry.data.id));
  }
  return [...content.nynorsk().files].flatMap(([bokmalFile, nn]) =>
    (Array.isArray(nn.data) ? nn.data : [])
      .map((item: unknown, index) => ({ id: String((item as { id?: unknown } | null)?.id), index }))
      .filter(({ id }) => !ids.get(bokmalFile)?.has(id))
      .map(({ id, index }) => ({
        file: nn.file,
        where: `[${index}] (id ${id})`,
        message: `Id-en «${id}» finnes ikke i ${bokmalFile}.`,
        fix: 'ta oppføringen bort, eller rett id-en så den er lik id-en på bokmål.',
      })),
  );
}

/** The nynorsk pages as pages: the bokmål page's record with the nynorsk file, for the MDX check. */
export const nynorskPages = (content: Content): Content['pages'] =>
  content.pages.flatMap((page) => {
    const nn = content.nynorsk().pages.get(page.file);
    return nn?.frontmatter ? [{ ...page, file: nn.file }] : [];
  });

/** `{{svartid}}`, … in a text: a nynorsk text must keep the bokmål's, or the site's values go missing. */
const placeholders = (text: unknown) =>
  [...String(text ?? '').matchAll(PLACEHOLDER)]
    .map((m) => m[1])
    .sort()
    .join(', ');

function placeholderProblems(
  nnFile: string,
  id: string,
  bokmal: Record<string, unknown>,
  nynorsk: Record<string, unknown>,
  at = '',
): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(bokmal)) {
    const theirs = nynorsk[key];
    if (typeof value === 'string' && typeof theirs === 'string' && placeholders(value) !== placeholders(theirs)) {
      problems.push({
        file: nnFile,
        where: whereOf(id, at ? `${at}.${key}` : key),
        message: `Plassholderne er ikke de samme som på bokmål (bokmål: ${placeholders(value) || 'ingen'}; nynorsk: ${placeholders(theirs) || 'ingen'}).`,
        fix: 'skriv de samme {{plassholderne}} som i bokmålsteksten, uendret.',
      });
    }
    if (Array.isArray(value) && Array.isArray(theirs)) {
      value.forEach((item, i) => {
        if (item && typeof item === 'object' && theirs[i] && typeof theirs[i] === 'object') {
          problems.push(
            ...placeholderProblems(
              nnFile,
              id,
              item as Record<string, unknown>,
              theirs[i] as Record<string, unknown>,
              `${at ? `${at}.` : ''}${key}[${i}]`,
            ),
          );
        }
      });
    }
  }
  return problems;
}

/** Every translation problem of the shared content; `content` is the bokmål content as read. */
export function checkTranslations(content: Content): Problem[] {
  const problems = (Object.keys(TEXT_SHAPES) as TranslatedKind[]).flatMap((kind) => checkEntries(content, kind));
  problems.push(...unknownEntries(content));
  for (const page of content.pages) {
    const nn = content.nynorsk().pages.get(page.file);
    if (nn) problems.push(...checkPage(page, nn));
  }
  for (const file of content.nynorsk().orphans) {
    problems.push({
      file,
      message: 'Nynorskfilen hører ikke til noen bokmålsfil.',
      fix: 'ta filen bort, eller gi den samme navn og sti som bokmålsfilen den er skrevet fra.',
      severity: 'warning',
    });
  }
  return problems;
}
