/** Which content file a built page is made from, so a problem found in the built site can name the file to edit. */
import fs from 'node:fs';
import path from 'node:path';
import { contentPaths, pageRoots, pageUrlFromPath } from './paths.ts';
import { treeIdOf } from '../lib/shared/trees.ts';
import { walkFiles } from './walk.ts';

/** Returns URL → source file (relative to the project root, forward slashes), or undefined when the page is generated from several files. */
export function pageSources(root: string): (url: string) => string | undefined {
  const byUrl = new Map<string, string>();
  for (const pageRoot of pageRoots(root)) {
    for (const file of walkFiles(root, pageRoot).files) {
      if (/\.mdx?$/.test(file)) byUrl.set(pageUrlFromPath(file.slice(pageRoot.length + 1)), file);
    }
  }
  return (url) => {
    const tree = treeIdOf(url);
    const treeFile = tree && `${contentPaths(root).trees}/${tree}.yaml`;
    if (treeFile && fs.existsSync(path.join(root, treeFile))) return treeFile;
    return byUrl.get(url);
  };
}
