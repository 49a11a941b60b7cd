/**
 * The interactive mode of `npm run ny-kommune`: one question per field the table marks `ask`, each
 * answer checked with the field's schema as it is typed and asked again with the reason when it is
 * wrong. Enter takes the suggestion. At the end a summary and a confirmation; what was typed is never
 * thrown away, and a whole-config problem (a colour with too little contrast) asks again only for that field.
 */
import path from 'node:path';
import { slug } from '../lib/shared/slug.ts';
import { parseAnswer } from './fields.ts';
import { FLAGS, type FieldFlag } from './flags.ts';
import { FIELD_TABLE, META_FLAGS } from './field-table.ts';
import { folderProblem, resolveOptions, type RawFlags, type ScaffoldOptions } from './options.ts';

/** Reads one answer. Null when the input has ended (Ctrl-D) or was interrupted (Ctrl-C). */
export interface LineReader {
  question(prompt: string): Promise<string | null>;
}

export interface InterviewContext {
  cwd: string;
  today: string;
  version: string;
  write: (line: string) => void;
}

const ABORTED = Symbol('aborted');
type Answer = string | typeof ABORTED;

const show = (value: unknown) =>
  Array.isArray(value) ? `${value.length}` : typeof value === 'boolean' ? (value ? 'ja' : 'nei') : String(value);

/** The questions, in the table's order, with the folder right after the names it is suggested from. */
function questions(flags: FieldFlag[]): string[] {
  const asked = flags.filter((f) => f.info.ask).map((f) => f.name);
  const after = asked.indexOf('kortnavn') + 1;
  return [...asked.slice(0, after), 'mappe', ...asked.slice(after)];
}

export async function interview(
  reader: LineReader,
  context: InterviewContext,
  flags: FieldFlag[] = FLAGS,
): Promise<ScaffoldOptions | null> {
  const { write } = context;
  const raw: RawFlags = new Map();
  /** Typed values so far, by field path: the suggestions build on them. */
  const typed = new Map<string, unknown>();

  const ask = async (prompt: string): Promise<Answer> => {
    const answer = await reader.question(prompt);
    return answer === null ? ABORTED : answer.trim();
  };

  async function askFolder(): Promise<boolean> {
    const shortName = typed.get('kommune.kortnavn') ?? FIELD_TABLE['kommune.kortnavn']?.suggest?.(typed, context.today);
    const suggestion = `${slug(String(shortName || 'kommune'))}-handbok`;
    for (;;) {
      const answer = await ask(`mappe – ${META_FLAGS.mappe} [${suggestion}]: `);
      if (answer === ABORTED) return false;
      const folder = answer || suggestion;
      const problem = folderProblem(path.resolve(context.cwd, folder), false);
      if (!problem) {
        raw.set('mappe', [folder]);
        return true;
      }
      write(`✖ ${problem}`);
    }
  }

  async function askField(flag: FieldFlag): Promise<boolean> {
    const { field, info } = flag;
    const suggestion = info.suggest?.(new Map(typed), context.today) ?? field.default;
    if (field.kind === 'list') {
      const items: string[] = [];
      for (;;) {
        const answer = await ask(`${flag.name} – ${flag.help} (Enter når du er ferdig): `);
        if (answer === ABORTED) return false;
        if (!answer) break;
        const parsed = parseAnswer(field, answer, 'Svaret');
        if (parsed.problem) write(`✖ ${parsed.problem.message} Slik retter du det: ${parsed.problem.fix}`);
        else items.push(answer);
      }
      if (items.length) raw.set(flag.name, items);
      else raw.delete(flag.name);
      return true;
    }
    const hint =
      suggestion !== undefined ? ` [${show(suggestion)}]` : field.optional ? ' (Enter for å hoppe over)' : '';
    for (;;) {
      const answer = await ask(`${flag.name} – ${flag.help}${hint}: `);
      if (answer === ABORTED) return false;
      // Enter leaves the field to its suggestion, which the config marks «UTKAST:» when it is a guess.
      if (!answer && (suggestion !== undefined || field.optional)) {
        raw.delete(flag.name);
        typed.delete(field.path);
        return true;
      }
      const parsed = parseAnswer(field, answer, 'Svaret');
      if (!parsed.problem) {
        raw.set(flag.name, [answer]);
        typed.set(field.path, parsed.value);
        return true;
      }
      write(`✖ ${parsed.problem.message} Slik retter du det: ${parsed.problem.fix}`);
    }
  }

  const askByName = (name: string) => (name === 'mappe' ? askFolder() : askField(flags.find((f) => f.name === name)!));

  write('Lag håndbok for din kommune. Trykk Enter for å bruke forslaget i [klammer].\n');
  for (const name of questions(flags)) if (!(await askByName(name))) return null;

  for (;;) {
    const { options, errors, wrongFlags } = resolveOptions(raw, context, flags);
    if (!options) {
      for (const error of errors) write(`✖ ${error}`);
      // Only a problem no question can fix ends here; it is in the schema, not in the answers.
      if (wrongFlags.length === 0) return null;
      write('Svar på nytt på det som ikke stemte:');
      for (const name of new Set(wrongFlags)) if (!(await askByName(name))) return null;
      continue;
    }
    write(`\nHåndboka skrives i ${options.folder}:`);
    for (const [fieldPath, value] of options.values) {
      const flag = flags.find((f) => f.field.path === fieldPath);
      const note = options.drafts.has(fieldPath) ? ' (forslag: sjekk det, merket UTKAST)' : '';
      write(
        `  ${flag?.name ?? fieldPath}: ${Array.isArray(value) ? value.map((v) => Object.values(v as object).join(' ')).join(', ') || '(ingen)' : show(value)}${note}`,
      );
    }
    const confirm = await ask('Skrive filene? [J/n]: ');
    if (confirm === ABORTED || /^n(ei)?$/i.test(confirm)) return null;
    if (confirm === '' || /^j(a)?$/i.test(confirm)) return options;
  }
}
