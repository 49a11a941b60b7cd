/** Small helpers over the MDX tree (mdast with MDX nodes) that the MDX rules share. */
import type { MdastNode } from 'satteri';
import type { Literal } from './literal.ts';
import { NOT_LITERAL, parseLiteral } from './literal.ts';

export interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number } };
  children?: MdastNode[];
}

type JsxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | null | { type: string; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

export const isJsxElement = (node: MdastNode): node is MdastNode & JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** The line of a node in the file, from its line in the body. */
export const fileLine = (node: { position?: { start: { line: number } } }, bodyLine: number) =>
  `linje ${(node.position?.start.line ?? 1) + bodyLine - 1}`;

export interface Props {
  /** Props whose value is a literal, by name. A prop written without a value (`<Rule asItem />`) is `true`. */
  literal: Record<string, Literal>;
  /** Props that are there, but whose value is an expression the check cannot read. */
  dynamic: Set<string>;
  /** `{...props}`: the element may have any prop. */
  spread: boolean;
}

export function propsOf(element: JsxElement): Props {
  const props: Props = { literal: {}, dynamic: new Set(), spread: false };
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      props.spread = true;
      continue;
    }
    const { name, value } = attribute;
    if (value === null || value === undefined) props.literal[name] = true;
    else if (typeof value === 'string') props.literal[name] = value;
    else {
      const parsed = parseLiteral(value.value);
      if (parsed === NOT_LITERAL) props.dynamic.add(name);
      else props.literal[name] = parsed;
    }
  }
  return props;
}

/** The attribute's value as written, for messages: `"tekst"` or `{42}`. */
export function attributeSource(element: JsxElement, name: string): string {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attribute || attribute.type !== 'mdxJsxAttribute' || attribute.value == null) return name;
  return typeof attribute.value === 'string' ? `${name}="${attribute.value}"` : `${name}={${attribute.value.value}}`;
}
