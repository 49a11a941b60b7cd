/**
 * The fork guide's last step (content/docs/roller/ny-kommune.mdx): a municipality's fork takes an
 * update from upstream with `git pull upstream main`. Both sides have changed handbok.config.ts;
 * with this project's .gitattributes and the driver `npm run ny-kommune` defines, the merge keeps
 * the fork's settings and takes everything else, without a conflict.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keepOwnConfigOnMerge } from '../../src/scaffold/git.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'handbok-fork-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.no', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}${result.stdout}`);
  return result.stdout;
}
const write = (dir: string, file: string, text: string) => fs.writeFileSync(path.join(dir, file), text);
const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

describe('taking updates from upstream in a fork', () => {
  it('keeps the fork’s handbok.config.ts and takes the rest', () => {
    const upstream = path.join(work, 'upstream');
    const fork = path.join(work, 'fork');
    fs.mkdirSync(upstream);
    git(upstream, 'init', '-q', '-b', 'main');
    write(upstream, '.gitattributes', read(ROOT, '.gitattributes'));
    write(upstream, 'handbok.config.ts', read(ROOT, 'handbok.config.ts'));
    write(upstream, 'side.mdx', 'Første versjon.\n');
    git(upstream, 'add', '-A');
    git(upstream, 'commit', '-qm', 'upstream');

    git(work, 'clone', '-q', upstream, fork);
    expect(keepOwnConfigOnMerge(fork)).toBe(true);
    const own = read(fork, 'handbok.config.ts').replace('Eksempelvik kommune', 'Testvik kommune');
    write(fork, 'handbok.config.ts', own);
    git(fork, 'commit', '-qam', 'Testvik');

    write(upstream, 'handbok.config.ts', read(upstream, 'handbok.config.ts').replace("redaksjon: '", "redaksjon: 'Den nye "));
    write(upstream, 'side.mdx', 'Andre versjon.\n');
    git(upstream, 'commit', '-qam', 'update');

    git(fork, 'pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main');
    expect(read(fork, 'handbok.config.ts')).toBe(own);
    expect(read(fork, 'side.mdx')).toBe('Andre versjon.\n');
  });

  it('leaves git alone outside a clone’s top folder', () => {
    const plain = path.join(work, 'plain');
    fs.mkdirSync(plain);
    expect(keepOwnConfigOnMerge(plain)).toBe(false);
    const inside = path.join(work, 'fork', 'lokalt');
    fs.mkdirSync(inside, { recursive: true });
    expect(keepOwnConfigOnMerge(inside)).toBe(false);
  });
});
