/**
 * Lists the files under a content folder, following symlinks, and reports the symlinks that lead
 * nowhere (dangling) or back into a folder already listed (a loop) instead of failing on them.
 * `fs.readdirSync(dir, { recursive: true })` follows a symlink loop until Node runs out of memory,
 * and a dangling symlink made `statSync` throw a stack trace at the author.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problems/problem.ts';

export interface Walked {
  /** Files under `dir`, relative to `root`, with forward slashes, sorted. */
  files: string[];
  /** One problem per dangling symlink or symlink loop. */
  problems: Problem[];
}

const toPosix = (p: string) => p.split(path.sep).join('/');

export function walkFiles(root: string, dir: string): Walked {
  const files: string[] = [];
  const problems: Problem[] = [];
  const start = path.join(root, dir);
  if (!fs.existsSync(start)) return { files, problems };

  // `ancestors`: the real folders from `dir` down to this one, so a link back up is a loop.
  const visit = (abs: string, ancestors: ReadonlySet<string>) => {
    const here = new Set([...ancestors, fs.realpathSync(abs)]);
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const child = path.join(abs, entry.name);
      const file = toPosix(path.relative(root, child));
      if (entry.isFile()) files.push(file);
      else if (entry.isDirectory()) visit(child, here);
      else if (entry.isSymbolicLink()) followLink(child, file, here);
    }
  };

  const followLink = (child: string, file: string, ancestors: ReadonlySet<string>) => {
    const target = fs.readlinkSync(child);
    let real: string;
    let stat: fs.Stats;
    try {
      real = fs.realpathSync(child);
      stat = fs.statSync(real);
    } catch (error) {
      const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
      problems.push(loop ? loopProblem(file, target) : danglingProblem(file, target));
      return;
    }
    if (stat.isFile()) files.push(file);
    else if (stat.isDirectory()) {
      if (ancestors.has(real)) problems.push(loopProblem(file, target));
      else visit(child, ancestors);
    }
  };

  visit(start, new Set());
  return { files: files.sort(), problems };
}

const danglingProblem = (file: string, target: string): Problem => ({
  file,
  message: `Snarveien (symlenken) peker til «${target}», som ikke finnes.`,
  fix: 'slett snarveien, eller la den peke til en fil eller mappe som finnes.',
});

const loopProblem = (file: string, target: string): Problem => ({
  file,
  message: `Snarveien (symlenken) peker til «${target}», en mappe den selv ligger i, så mappene går i ring.`,
  fix: 'slett snarveien, eller la den peke til en mappe utenfor denne.',
});
