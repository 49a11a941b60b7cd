/**
 * A reply template as this site gives it: `{{name}}` in its texts becomes the site's own facts from
 * handbok.config.ts (the same mechanism as the self-test's `{{svartid}}`, see selftest/site-question.ts),
 * so no template promises another response time or gives another address than the municipality's.
 * The content check rejects any other placeholder (src/checks/reply-templates.ts).
 */
import type { ReplyTemplate } from '../../schemas/reply-template.ts';
import { fill } from '../browser/fill.ts';
import { QUESTION_PLACEHOLDERS } from './selftest/site-question.ts';
import { compareNb } from './collate.ts';

/** The placeholders a template may use, with what each stands for (for the check's message). */
export const REPLY_PLACEHOLDERS = {
  ...QUESTION_PLACEHOLDERS,
  kommune: 'kommunens fulle navn, fra kommune.navn',
  kortnavn: 'kommunens korte navn, fra kommune.kortnavn',
  redaksjon: 'enheten med redaktøransvaret, fra redaksjon',
  kontakt: 'e-postadressen, og telefonnummeret hvis det er satt, fra kontakt',
  nettsted: 'adressen til kommunens nettsted, fra kontakt.nettsted',
} as const;

export type ReplyValues = Record<keyof typeof REPLY_PLACEHOLDERS, string>;

export function siteReply(template: ReplyTemplate, values: ReplyValues): ReplyTemplate {
  const f = (text: string) => fill(text, values);
  return {
    ...template,
    situation: f(template.situation),
    condition: template.condition && f(template.condition),
    text: f(template.text),
  };
}

/** The reply's paragraphs, as they are shown and copied: split on blank lines, each with its lines joined. */
export const replyParagraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

/**
 * The templates a site shows, in their `order`, then by title. `resolve` gives the rules the site cites
 * for a template's rules (src/lib/shared/citations.ts): a template whose every rule is left out
 * (`utenEgenRegel: 'utelat'`, no rule of the site's own) is left out, as a self-test question is.
 */
export function templatesOnSite<T extends Pick<ReplyTemplate, 'rules' | 'order' | 'title'>>(
  templates: T[],
  resolve: (ids: string[]) => string[],
): T[] {
  return templates
    .filter((t) => resolve(t.rules).length > 0)
    .sort((a, b) => a.order - b.order || compareNb(a.title, b.title));
}

/**
 * Rule id → the templates that follow it, in template order: derived from each template's `rules`, so
 * the link from a rule to its template is written once, on the template.
 */
export function templatesByRule(templates: Iterable<Pick<ReplyTemplate, 'id' | 'rules'>>): Map<string, string[]> {
  const byRule = new Map<string, string[]>();
  for (const template of templates)
    for (const rule of new Set(template.rules)) byRule.set(rule, [...(byRule.get(rule) ?? []), template.id]);
  return byRule;
}

/** The page of the templates, and a template's place on it. */
export const REPLIES_PAGE = '/svarmaler/';
export const replyUrl = (id: string) => `${REPLIES_PAGE}#${id}`;
