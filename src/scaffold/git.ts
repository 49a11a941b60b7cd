/**
 * Taking updates from upstream without losing the municipality's settings: .gitattributes marks
 * handbok.config.ts `merge=ours`, and git needs the "ours" driver defined once per clone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Defines git's "ours" merge driver in the clone at `root`. False when `root` is not the top of a
 * git clone (a copy inside another project, say), where it leaves git alone.
 */
export function keepOwnConfigOnMerge(root: string): boolean {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' });
  if (top.status !== 0 || fs.realpathSync(top.stdout.trim()) !== fs.realpathSync(root)) return false;
  const set = spawnSync('git', ['config', 'merge.ours.driver', 'true'], { cwd: root, encoding: 'utf8' });
  return set.status === 0;
}
