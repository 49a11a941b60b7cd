/**
 * The value of a JSX attribute as written in MDX, when it is a plain literal: `"tekst"`, `{42}`,
 * `{true}`, `{'a'}`, `{['a', 'b']}`. Anything else (a variable, a call, an object) is `NOT_LITERAL`:
 * the check then knows the prop is there but not its value, and validates only its name.
 */
export const NOT_LITERAL = Symbol('not a literal');
export type Literal = string | number | boolean | null | Literal[];

const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)$/;

/** Splits `a, [b, c], 'd,e'` at the commas that are not inside brackets or quotes. */
function splitTopLevel(text: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (quote || depth !== 0) return undefined;
  parts.push(text.slice(start));
  return parts;
}

function stringLiteral(text: string): string | typeof NOT_LITERAL {
  const quote = text[0];
  if ((quote !== '"' && quote !== "'" && quote !== '`') || text.at(-1) !== quote || text.length < 2) return NOT_LITERAL;
  const inner = text.slice(1, -1);
  if (quote === '`' && inner.includes('${')) return NOT_LITERAL;
  // `'a' + 'b'` starts and ends with a quote too: an unescaped quote inside means it is not one string.
  if (!inner.includes('\\')) return inner.includes(quote) ? NOT_LITERAL : inner;
  // With escapes: read as JSON when double-quoted; anything rarer is left unchecked.
  if (quote !== '"') return NOT_LITERAL;
  try {
    return JSON.parse(text) as string;
  } catch {
    return NOT_LITERAL;
  }
}

/** The literal an attribute expression (the text between `{` and `}`) stands for. */
export function parseLiteral(expression: string): Literal | typeof NOT_LITERAL {
  const text = expression.trim();
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  if (NUMBER.test(text)) return Number(text);
  if (text.startsWith('[') && text.endsWith(']')) {
    const inner = text.slice(1, -1).trim();
    if (inner === '') return [];
    const parts = splitTopLevel(inner);
    if (!parts) return NOT_LITERAL;
    // A trailing comma leaves an empty last part.
    if (parts.at(-1)!.trim() === '') parts.pop();
    const items = parts.map(parseLiteral);
    return items.includes(NOT_LITERAL) ? NOT_LITERAL : (items as Literal[]);
  }
  return stringLiteral(text);
}
