/**
 * The components a page uses exist, and their props are right. A component must be imported (from
 * `handbok-sosiale-medier/components`, Starlight's components or elsewhere) or defined on the page, and a name
 * imported from `handbok-sosiale-medier/components` or `@astrojs/starlight/components` must be one they export.
 * The props of a user component are validated against its schema (src/schemas/components.ts):
 * an unknown prop suggests the closest known one, a wrong type says what is expected.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { z } from 'astro/zod';
import type { MdastNode } from 'satteri';
import { USER_COMPONENT_PROPS, type UserComponentName } from '../../schemas/components.ts';
import { closest } from '../../problems/closest.ts';
import type { Problem } from '../../problems/problem.ts';
import { issueToProblem } from '../../problems/zod-issues.ts';
import { bindingsOf, type Binding } from './imports.ts';
import { fileLine, isJsxElement, propsOf, type JsxElement } from './tree.ts';

const USER_MODULE = 'handbok-sosiale-medier/components';
const STARLIGHT_MODULE = '@astrojs/starlight/components';
const USER_NAMES = Object.keys(USER_COMPONENT_PROPS) as UserComponentName[];

/** The components Starlight exports, read from its package so a new version is followed. */
let starlightNames: string[] | undefined;
function starlightComponents(): string[] {
  if (starlightNames) return starlightNames;
  const file = createRequire(import.meta.url).resolve(STARLIGHT_MODULE);
  starlightNames = [...fs.readFileSync(file, 'utf8').matchAll(/export\s*\{\s*(?:default\s+as\s+)?(\w+)\s*\}/g)].map(
    (m) => m[1]!,
  );
  return starlightNames;
}

const isUserModule = (from?: string) =>
  from === USER_MODULE || /(?:^|\/)user-components(?:\/index(?:\.ts)?)?$/.test(from ?? '');

const importLine = (name: string) => `import { ${name} } from '${USER_MODULE}';`;

/** Names imported from our components or Starlight's that they do not export. */
function checkImports(file: string, esm: MdastNode[], bindings: Map<string, Binding>, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const where = esm[0] ? fileLine(esm[0], bodyLine) : undefined;
  for (const binding of bindings.values()) {
    const known = isUserModule(binding.from)
      ? USER_NAMES
      : binding.from === STARLIGHT_MODULE
        ? starlightComponents()
        : undefined;
    if (!known || binding.imported === '*' || known.includes(binding.imported)) continue;
    const guess = closest(binding.imported, known);
    problems.push({
      file,
      where,
      message: `${binding.from} har ingen komponent som heter «${binding.imported}».`,
      fix: `${guess ? `mente du «${guess}»? ` : ''}Komponentene der er ${known.join(', ')}.`,
    });
  }
  return problems;
}

/** A component used on the page that is neither imported nor defined there. */
function unknownComponent(
  file: string,
  element: JsxElement,
  name: string,
  bindings: Map<string, Binding>,
  bodyLine: number,
): Problem {
  const where = fileLine(element, bodyLine);
  if ((USER_NAMES as string[]).includes(name)) {
    return {
      file,
      where,
      message: `<${name}> er ikke importert på siden.`,
      fix: `legg til ${name} i import-linjen øverst: ${importLine(name)}`,
    };
  }
  if (starlightComponents().includes(name)) {
    return {
      file,
      where,
      message: `<${name}> er ikke importert på siden.`,
      fix: `legg til øverst: import { ${name} } from '${STARLIGHT_MODULE}';`,
    };
  }
  const guess = closest(name, [...bindings.keys(), ...USER_NAMES]);
  return {
    file,
    where,
    message: `Komponenten <${name}> finnes ikke.`,
    fix: guess
      ? `mente du <${guess}>? Komponentene du kan bruke, står i src/user-components/index.ts.`
      : `bruk en komponent fra src/user-components/index.ts og importer den øverst, for eksempel ${importLine('Rule')}`,
  };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  boolean: 'true eller false',
  array: 'en liste',
};

/** The props of one user component, against its schema. */
function checkProps(file: string, element: JsxElement, component: UserComponentName, bodyLine: number): Problem[] {
  const schema: z.ZodObject = USER_COMPONENT_PROPS[component];
  const known = Object.keys(schema.shape);
  const props = propsOf(element);
  const where = fileLine(element, bodyLine);
  const problems: Problem[] = [];
  for (const name of [...Object.keys(props.literal), ...props.dynamic]) {
    if (known.includes(name)) continue;
    const guess = closest(name, known);
    problems.push({
      file,
      where,
      message: `<${component}> har ingen egenskap som heter «${name}».`,
      fix:
        known.length === 0
          ? `fjern «${name}»: <${component}> tar ingen egenskaper.`
          : `${guess ? `mente du «${guess}»? ` : ''}Egenskapene til <${component}> er ${known.join(', ')}.`,
    });
  }
  const literal = Object.fromEntries(Object.entries(props.literal).filter(([name]) => known.includes(name)));
  const result = schema.safeParse(literal);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const prop = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys' || props.dynamic.has(prop)) continue;
    if (props.spread && literal[prop] === undefined) continue;
    const problem = issueToProblem(file, issue, literal);
    const expected =
      issue.code === 'invalid_type' && literal[prop] !== undefined ? TYPE_NAMES[issue.expected] : undefined;
    problems.push({
      file,
      where,
      message: `<${component}>: ${problem.message.replace(/^Feltet/, 'egenskapen')}`,
      fix:
        expected === 'tekst'
          ? `skriv ${prop}="…" med anførselstegn rundt teksten.`
          : expected === 'en liste'
            ? `skriv lista i klammer: ${prop}={["…", "…"]}.`
            : problem.fix,
    });
  }
  return problems;
}

export function checkComponents(file: string, nodes: MdastNode[], bodyLine: number): Problem[] {
  const esm = nodes.filter((n) => n.type === 'mdxjsEsm');
  const bindings = bindingsOf(esm);
  const problems = checkImports(file, esm, bindings, bodyLine);
  for (const node of nodes) {
    if (!isJsxElement(node) || !node.name) continue;
    const name = node.name.split('.')[0]!;
    // Lower-case names are HTML elements: see raw-html.ts.
    if (!/^[A-Z]/.test(name)) continue;
    const binding = bindings.get(name);
    if (!binding) {
      problems.push(unknownComponent(file, node, name, bindings, bodyLine));
      continue;
    }
    if (isUserModule(binding.from) && (USER_NAMES as string[]).includes(binding.imported) && node.name === name) {
      problems.push(...checkProps(file, node, binding.imported as UserComponentName, bodyLine));
    }
  }
  return problems;
}
