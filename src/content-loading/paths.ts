/**
 * Where each kind of content lives. The shared content ships with the package; a site's own content
 * lives in its own folder. Every path here is relative to the site's root, so a problem names the file
 * as the site's author sees it: `content/rules/ks-veikart.yaml` in the package's own repository (which
 * is its own demo site), `node_modules/handbok-sosiale-medier/content/rules/ks-veikart.yaml` in a site.
 */
import fs from 'node:fs';
import path from 'node:path';

export const PACKAGE_NAME = 'handbok-sosiale-medier';

/** The shared content, relative to the package's root. */
const SHARED = {
  docs: 'content/docs',
  sources: 'content/sources',
  rules: 'content/rules',
  charts: 'content/charts',
  glossary: 'content/glossary.yaml',
  trees: 'content/trees',
  questions: 'content/questions',
  selfTests: 'content/selvtester.yaml',
  replyTemplates: 'content/svarmaler.yaml',
  i18n: 'content/i18n',
  changes: 'content/endringer.yaml',
} as const;

export type ContentPaths = { readonly [K in keyof typeof SHARED]: string };

/** The site's settings: one file at the site's root. */
export const CONFIG_FILE = 'handbok.config.ts';

/**
 * The site's own content, apart from the shared content so that an update of the package never touches
 * it: pages (URL from the path, as under content/docs), rules and reply templates.
 */
/** The folder of the site's own content, beside its config. */
const LOCAL_DIR = 'lokalt';

/** Whether a file (relative to the site root) is the site's own content, under lokalt/, not the package's. */
export const isSiteOwn = (file: string) => file.startsWith(`${LOCAL_DIR}/`);

export const LOCAL_PATHS = {
  docs: 'lokalt/sider',
  rules: 'lokalt/regler',
  /** The site's own reply templates, shown on /svarmaler/ after the shared ones of the same `order`. */
  replyTemplates: 'lokalt/svarmaler.yaml',
  /** The site's own change log, beside the package's (see src/schemas/change.ts). */
  changes: 'lokalt/endringer.yaml',
} as const;

const packageDirs = new Map<string, string>();

/**
 * The package's folder relative to the site root: `` when the site is the package's own repository,
 * `node_modules/handbok-sosiale-medier` in a site that depends on it. Found from the site's files, not
 * from this module's URL, which points into the bundle once Vite has built it.
 */
export function packageDir(root: string): string {
  const known = packageDirs.get(root);
  if (known !== undefined) return known;
  const own = readName(path.join(root, 'package.json')) === PACKAGE_NAME;
  const installed = path.join('node_modules', PACKAGE_NAME);
  const dir = own ? '' : installed;
  if (!own && !fs.existsSync(path.join(root, installed, 'package.json'))) {
    throw new Error(
      `Finner ikke pakken ${PACKAGE_NAME} i ${path.join(root, installed)}. Kjør \`npm install\` i nettstedets mappe først.`,
    );
  }
  packageDirs.set(root, dir);
  return dir;
}

function readName(file: string): string | undefined {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}

const prefixed = (dir: string, p: string) => (dir ? `${dir}/${p}` : p);

/** The shared content's paths as seen from the site root `root`. */
export function contentPaths(root: string): ContentPaths {
  const dir = packageDir(root);
  return Object.fromEntries(
    Object.entries(SHARED).map(([kind, p]) => [kind, prefixed(dir, p)]),
  ) as unknown as ContentPaths;
}

/** Every folder pages are read from, shared first. */
export const pageRoots = (root: string): string[] => [contentPaths(root).docs, LOCAL_PATHS.docs];

/** The top folders all content is read from (`content` or the package's, and `lokalt`). */
export const contentRoots = (root: string): string[] => [prefixed(packageDir(root), 'content'), LOCAL_DIR];

/** The URL of a docs page, from its path relative to `content/docs` or `lokalt/sider` (`retningslinjer/sunndal.mdx` → `/retningslinjer/sunndal/`). */
export function pageUrlFromPath(relativePath: string): string {
  const slug = relativePath
    .replace(/\\/g, '/')
    .replace(/\.(md|mdx)$/, '')
    .replace(/(^|\/)index$/, '');
  return slug ? `/${slug}/` : '/';
}
