/**
 * The docs schema as Starlight's `<StarlightPage>` uses it. The tree steps and the self-test pages
 * are rendered with `<StarlightPage>`, and it builds the collection's schema again for every page:
 * Starlight's frontmatter schema and ours, merged, with a new `image()` helper each time. Built 98
 * times at 236 pages, that was about 0.07 s of the build (ADR 0008).
 *
 * Every `image()` that `<StarlightPage>` passes is made by the same code and checks the same thing
 * (an imported image), so the schema built for one of them serves all of them. Astro's own content
 * layer passes an `image()` made for each entry, which resolves the entry's own image paths: for that,
 * the schema is built each time, as before. A `<StarlightPage>` helper is known by the message it
 * gives; if Starlight changes it, the schema is built each time again, and
 * tests/unit/starlight-page-schema.test.ts says so.
 */
import type { SchemaContext } from 'astro:content';

/** In the source of `<StarlightPage>`'s `image()` helper (@astrojs/starlight, utils/starlight-page.js). */
export const STARLIGHT_PAGE_IMAGE = 'passed to `<StarlightPage>` component';

/** Whether the context is one that `<StarlightPage>` makes for a page it renders. */
export const fromStarlightPage = (context: SchemaContext): boolean =>
  String(context.image).includes(STARLIGHT_PAGE_IMAGE);

/** `schema`, built once for all of `<StarlightPage>`'s pages and each time for anything else. */
export function builtOnceForStarlightPages<S>(schema: (context: SchemaContext) => S): (context: SchemaContext) => S {
  let forPages: { schema: S } | undefined;
  return (context) => {
    if (!fromStarlightPage(context)) return schema(context);
    forPages ??= { schema: schema(context) };
    return forPages.schema;
  };
}
