import fs from 'node:fs';
import path from 'node:path';

/** Starlight's built files where Node finds them: the project's node_modules, or a parent folder's (a copy of the project inside it). */
export function starlightDist(root: string): string {
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules/@astrojs/starlight/dist');
    if (fs.existsSync(candidate) || dir === path.dirname(dir)) return candidate;
  }
}
