/**
 * Interface strings for our components: `const { t, date, list } = ui(Astro.locals)`. `t` is
 * Starlight's `Astro.locals.t` with the values left unescaped (Astro escapes them when it renders,
 * so escaping here too would show `&amp;`). Keys are `handbok.*` in content/i18n/<lang>.json.
 */
import { formatDate, formatList } from '../shared/format.ts';
import { siteLang } from '../../config/index.ts';

type Values = Record<string, string | number>;

/** The owner the shared pages' review records name (content/i18n/nb.json, `handbok.page.editorialTeam`). */
const EDITORIAL_TEAM_NB = 'Redaksjonen for håndboka';

/**
 * What is made of a dictionary (`locals.t.all()`, the same object on every page of a language), kept
 * per dictionary and key: `make()` on the first call, the same value after.
 */
function perDictionary<V>(): (dictionary: object, key: string, make: () => V) => V {
  const made = new WeakMap<object, Map<string, V>>();
  return (dictionary, key, make) => {
    let values = made.get(dictionary);
    if (!values) made.set(dictionary, (values = new Map()));
    let value = values.get(key);
    if (value === undefined) values.set(key, (value = make()));
    return value;
  };
}

/** The strings without values: a page asks for dozens, and i18next looks each one up anew (about 0.5 ms a page). */
const plainStrings = perDictionary<string>();

export function ui(locals: App.Locals) {
  const lang = siteLang;
  const translate = (key: string, values: Values) =>
    (locals.t as (key: string, options: object) => string)(key, { ...values, interpolation: { escapeValue: false } });
  const dictionary = locals.t.all() as object;
  const t = (key: string, values?: Values): string =>
    values ? translate(key, values) : plainStrings(dictionary, key, () => translate(key, {}));
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

/** The client strings per prefix: every step of a tree asks for the same ones. */
const clientStringsMade = perDictionary<Readonly<Record<string, string>>>();

/**
 * The raw templates of every key that starts with `prefix`, with the prefix cut off: what an
 * in-page script needs, sent as `<script type="application/json">` and filled in with `fill()`.
 * Made once per dictionary and prefix, and shared: not to be changed.
 */
export function clientStrings(locals: App.Locals, prefix: string): Readonly<Record<string, string>> {
  const dictionary = locals.t.all() as Record<string, string>;
  return clientStringsMade(dictionary, prefix, () =>
    Object.freeze(
      Object.fromEntries(
        Object.entries(dictionary)
          .filter(([key]) => key.startsWith(prefix))
          .map(([key, value]) => [key.slice(prefix.length), value]),
      ),
    ),
  );
}
