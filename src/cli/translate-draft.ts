/**
 * `handbok oversett <fil>` (`npm run oversett -- <fil>`): a nynorsk draft of one of the site's own
 * bokmål files, a rule file in lokalt/regler/ or a page in lokalt/sider/, made with Apertium. The file
 * is rewritten in nynorsk with every drafted text marked «UTKAST:»; the bokmål is kept beside it as
 * `_<navn>.bokmal.<ending>`, which the site does not read. Without Apertium it says what to install and
 * writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, parseDocument, Scalar } from 'yaml';
import { LOCAL_PATHS } from '../content-loading/paths.ts';
import { TEXT_SHAPES } from '../schemas/translation.ts';
import { apertium, ApertiumMissing, draftBody, marked } from '../translation/draft.ts';
import { DRAFT_MARK } from '../checks/drafts.ts';

const root = process.cwd();
const [arg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const fail = (message: string, code = 1): never => {
  console.error(`✖ ${message}`);
  process.exit(code);
};
if (!arg) fail('Bruk: npm run oversett -- <fil> (en regelfil i lokalt/regler/ eller en side i lokalt/sider/)', 2);

const file = path.relative(root, path.resolve(arg!)).split(path.sep).join('/');
const isRules = file.startsWith(`${LOCAL_PATHS.rules}/`) && /\.ya?ml$/.test(file);
const isPage = file.startsWith(`${LOCAL_PATHS.docs}/`) && /\.mdx?$/.test(file);
if (!isRules && !isPage) {
  fail(
    `${file} er ikke en av kommunens egne filer. Utkast lages bare for regler i ${LOCAL_PATHS.rules}/ og sider i ${LOCAL_PATHS.docs}/.`,
    2,
  );
}
if (!fs.existsSync(file)) fail(`Fant ikke ${file}.`, 2);
const backup = path.join(path.dirname(file), `_${path.basename(file).replace(/(\.\w+)$/, '.bokmal$1')}`);
if (fs.existsSync(backup))
  fail(
    `${backup} finnes fra før: et utkast er laget av denne filen allerede. Flytt eller slett den først, så ingenting går tapt.`,
  );

const text = fs.readFileSync(file, 'utf8');
if (text.includes(DRAFT_MARK)) fail(`${file} har allerede tekst merket «${DRAFT_MARK}». Skriv ferdig den først.`);

try {
  const drafted = isRules ? draftRules(text) : draftPage(text);
  fs.writeFileSync(backup, text);
  fs.writeFileSync(file, drafted.text);
  console.log(`✔ ${file}: ${drafted.count} tekster er omsett til nynorsk med Apertium og merket «${DRAFT_MARK}».`);
  console.log(`  Bokmålen er tatt vare på i ${backup}.`);
  console.log(
    '  Les hver tekst, rett den, og ta bort merket. `npm run check -- --publisering` stopper til alle merkene er borte.',
  );
} catch (error) {
  if (error instanceof ApertiumMissing) fail(error.message);
  throw error;
}

function draftRules(source: string) {
  const doc = parseDocument(source);
  if (!isSeq(doc.contents)) fail(`${file} er ikke en liste med regler.`);
  const slots: Array<{ node: Scalar; field: string }> = [];
  for (const item of (doc.contents as { items: unknown[] }).items) {
    if (!isMap(item)) continue;
    for (const field of TEXT_SHAPES.rules.fields) {
      const node = item.get(field, true);
      if (node instanceof Scalar && typeof node.value === 'string') slots.push({ node, field });
    }
  }
  const drafted = apertium(slots.map((s) => String(s.node.value)));
  slots.forEach(({ node, field }, i) => {
    // A title has a length limit (70), so its mark goes in a comment beside it, where the check finds it too.
    if (field === 'title') {
      node.value = drafted[i];
      node.comment = ` ${DRAFT_MARK} omsett med Apertium`;
    } else node.value = marked(drafted[i]!);
  });
  return { text: doc.toString({ lineWidth: 100, flowCollectionPadding: false }), count: slots.length };
}

function draftPage(source: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) fail(`${file} har ingen frontmatter.`);
  const front = parseDocument(match![1]!);
  const fields = ['title', 'description'].filter((f) => typeof front.get(f) === 'string');
  const drafted = apertium(fields.map((f) => String(front.get(f))));
  fields.forEach((f, i) => front.set(f, marked(drafted[i]!)));
  const body = draftBody(source.slice(match![0].length));
  const count = fields.length + (body.match(new RegExp(DRAFT_MARK, 'g')) ?? []).length;
  return { text: `---\n${front.toString({ lineWidth: 100, flowCollectionPadding: false })}---\n${body}`, count };
}
