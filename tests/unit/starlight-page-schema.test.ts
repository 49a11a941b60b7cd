/** The docs schema that <StarlightPage> builds for every page it renders, built once instead. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import {
  builtOnceForStarlightPages,
  fromStarlightPage,
  STARLIGHT_PAGE_IMAGE,
} from '../../src/content-loading/starlight-page-schema.ts';

// As <StarlightPage> makes it for each page (its message written out, as in Starlight's source), and
// as Astro's content layer makes it for each entry. Neither returns the type Astro declares for
// image(), as in Starlight and Astro themselves.
const pageContext = () =>
  ({
    image: () =>
      z.custom(
        (value) => typeof value === 'object',
        'Invalid image passed to `<StarlightPage>` component. Expected imported `ImageMetadata` object.',
      ),
  }) as unknown as SchemaContext;
const entryContext = (dir: string) =>
  ({ image: () => z.string().transform((value) => `${dir}/${value}`) }) as unknown as SchemaContext;

describe('the docs schema for <StarlightPage>', () => {
  it('is built once for all of its pages, and each time for the entries of the content layer', () => {
    let built = 0;
    const schema = builtOnceForStarlightPages((context: SchemaContext) => {
      built++;
      return z.object({ bilde: context.image().optional() });
    });
    const first = schema(pageContext());
    expect(schema(pageContext())).toBe(first);
    expect(built).toBe(1);
    // Each entry's image() resolves its own paths: never the schema built for another.
    const a = schema(entryContext('a'));
    const b = schema(entryContext('b'));
    expect(built).toBe(3);
    expect(a.parse({ bilde: 'x.png' }).bilde).toBe('a/x.png');
    expect(b.parse({ bilde: 'x.png' }).bilde).toBe('b/x.png');
    expect(schema(pageContext())).toBe(first);
  });

  it("knows <StarlightPage>'s image() by a message that is in Starlight's code", () => {
    // If this fails after an update of Starlight, the schema is built for every page again: find
    // the new message in the file and put it in STARLIGHT_PAGE_IMAGE.
    const source = fs.readFileSync(
      new URL('../../node_modules/@astrojs/starlight/dist/utils/starlight-page.js', import.meta.url),
      'utf8',
    );
    expect(source).toContain(STARLIGHT_PAGE_IMAGE);
    expect(fromStarlightPage(pageContext())).toBe(true);
    expect(fromStarlightPage(entryContext('a'))).toBe(false);
  });
});
