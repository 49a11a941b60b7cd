/**
 * Interface strings for our components: `const { t, date, list } = ui(Astro.locals)`. `t` is
 * Starlight's `Astro.locals.t` with the values left unescaped (Astro escapes them when it renders,
 * so escaping here too would show `&amp;`). Keys are `handbok.*` in content/i18n/<lang>.json.
 */
import { formatDate, formatList } from '../shared/format.ts';
import { interfaceLang } from '../shared/malform.ts';
import { handbook } from '../../config/index.ts';

type Values = Record<string, string | number>;

/** The owner the shared pages' review records name (content/i18n/nb.json, `handbok.page.editorialTeam`). */
const EDITORIAL_TEAM_NB = 'Redaksjonen for håndboka';

export function ui(locals: App.Locals) {
  const lang = interfaceLang(handbook);
  const t = (key: string, values: Values = {}): string =>
    (locals.t as (key: string, options: object) => string)(key, { ...values, interpolation: { escapeValue: false } });
  return {
    t,
    lang,
    date: (date: string) => formatDate(date, lang),
    /**
     * Who owns a page, as its review record names it: the handbook's editorial team, which the shared
     * content names in bokmål, in the site's målform; any other owner as written.
     */
    owner: (owner: string) => (owner === EDITORIAL_TEAM_NB ? t('handbok.page.editorialTeam') : owner),
    list: (items: string[]) => formatList(items, lang),
  };
}

/**
 * The raw templates of every key that starts with `prefix`, with the prefix cut off: what an
 * in-page script needs, sent as `<script type="application/json">` and filled in with `fill()`.
 */
export function clientStrings(locals: App.Locals, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(locals.t.all() as Record<string, string>)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}
