import { describe, expect, it } from 'vitest';
import { editionConfig, editions } from '../../src/config/edition.ts';
import { checkEditionAddresses } from '../../src/checks/editions.ts';
import type { Content } from '../../src/content-loading/load.ts';

const site = (malform: 'nb' | 'nn', beggeMalformer: boolean, base = '/handbok/') => ({
  malform,
  beggeMalformer,
  nettsted: { url: 'https://testvik.example', base },
});

describe('editions', () => {
  it('has one edition, at the site’s address, for a site in one målform', () => {
    expect(editions(site('nn', false), {})).toEqual({
      main: { malform: 'nn', base: '/handbok/' },
      current: { malform: 'nn', base: '/handbok/' },
    });
  });

  it('puts the other målform under <base><målform>/ on a site in both', () => {
    const main = editions(site('nn', true), {});
    expect(main.current).toEqual({ malform: 'nn', base: '/handbok/' });
    expect(main.other).toEqual({ malform: 'nb', base: '/handbok/nb/' });
    const second = editions(site('nn', true), { HANDBOK_UTGAVE: 'nb' });
    expect(second.current).toEqual({ malform: 'nb', base: '/handbok/nb/' });
    expect(second.other).toEqual(second.main);
    expect(editions(site('nb', true, '/'), {}).other).toEqual({ malform: 'nn', base: '/nn/' });
  });

  it('gives the second edition’s build its own base path', () => {
    const previous = process.env.HANDBOK_UTGAVE;
    process.env.HANDBOK_UTGAVE = 'nn';
    try {
      expect(editionConfig(site('nb', true, '/')).nettsted.base).toBe('/nn/');
    } finally {
      if (previous === undefined) delete process.env.HANDBOK_UTGAVE;
      else process.env.HANDBOK_UTGAVE = previous;
    }
  });

  it('refuses a second edition the site does not have', () => {
    expect(() => editions(site('nb', false), { HANDBOK_UTGAVE: 'nn' })).toThrow(/beggeMalformer/);
    expect(() => editions(site('nb', true), { HANDBOK_UTGAVE: 'nb' })).toThrow(/andre målformen/);
  });
});

describe('checkEditionAddresses', () => {
  it('names a page of the site’s own under the other edition’s address', () => {
    const pages = [
      { file: 'lokalt/sider/nn/rutiner.mdx', url: '/nn/rutiner/' },
      { file: 'lokalt/sider/rutiner.mdx', url: '/rutiner/' },
    ];
    const problems = checkEditionAddresses({ pages } as unknown as Content);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'lokalt/sider/nn/rutiner.mdx', fix: expect.stringContaining('flytt') });
  });
});
