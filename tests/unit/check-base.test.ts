import { describe, expect, it } from 'vitest';
import { basePathProblem, expectedBase, isCustomDomain } from '../../src/scaffold/check-base.ts';
import { formatProblem } from '../../src/problems/problem.ts';

describe('nettsted.base against the repository GitHub Pages publishes', () => {
  it('wants /<repo>/ for a project page', () => {
    expect(basePathProblem('/handbok/', 'handbok', false)).toBeUndefined();
    expect(basePathProblem('/', 'handbok', false)?.where).toBe('nettsted.base');
    expect(basePathProblem('/handboka/', 'handbok', false)).toBeDefined();
    expect(basePathProblem('/handbok/sosiale/', 'handbok', false)).toBeDefined();
  });

  it('wants / for an <owner>.github.io repository and for a custom domain', () => {
    expect(basePathProblem('/', 'testvik.github.io', false)).toBeUndefined();
    expect(basePathProblem('/', 'Testvik.GitHub.io', false)).toBeUndefined();
    expect(basePathProblem('/testvik.github.io/', 'testvik.github.io', false)).toBeDefined();
    expect(basePathProblem('/', 'handbok', true)).toBeUndefined();
    expect(basePathProblem('/handbok/', 'handbok', true)).toBeDefined();
  });

  it('compares in lower case, the only case a base path may have', () => {
    expect(expectedBase('Handbok', false)).toBe('/handbok/');
    expect(basePathProblem('/handbok/', 'Handbok', false)).toBeUndefined();
  });

  it('knows a custom domain from the host configure-pages reports', () => {
    expect(isCustomDomain('testvik.github.io')).toBe(false);
    expect(isCustomDomain('handbok.testvik.kommune.no')).toBe(true);
    expect(isCustomDomain('')).toBe(false);
  });

  it('says what is wrong and the fix, in bokmål', () => {
    expect(
      [
        basePathProblem('/', 'handbok', false),
        basePathProblem('/handbok/', 'testvik.github.io', false),
        basePathProblem('/handbok/', 'handbok', true),
      ].map((p) => formatProblem(p!)),
    ).toMatchSnapshot();
  });
});
