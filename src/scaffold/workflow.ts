/**
 * The GitHub Pages workflow of a municipality's site. The action majors are the first to run on
 * Node 24 or later ones (GitHub's runners run JavaScript actions on Node 24 since June 2026 and drop
 * Node 20), as each action's own action.yml at the tag says:
 * - actions/checkout v7 (`runs.using: node24` since v5.0.0; v7.0.0 of 2026-06-17 is the newest major),
 * - actions/setup-node v7 (`node24` since v5.0.0; v7.0.0 of 2026-07-13, ESM, is the newest),
 * - actions/configure-pages v6 (v5 is `node20`; pull request actions/configure-pages#186 «upgrade to
 *   node 24» closed issue #191 «Support Node.js 24», released as v6.0.0),
 * - actions/upload-pages-artifact v5 (a composite action; v5.0.0 of 2026-04-08 uses
 *   actions/upload-artifact v7.0.0, v4 still used upload-artifact v4.6.2 on Node 20),
 * - actions/deploy-pages v5 (`node24` in v5.0.0 of 2026-03-24; v4 is `node20`, issue actions/deploy-pages#410).
 */
export const ACTIONS = {
  checkout: 'actions/checkout@v7',
  setupNode: 'actions/setup-node@v7',
  configurePages: 'actions/configure-pages@v6',
  uploadPagesArtifact: 'actions/upload-pages-artifact@v5',
  deployPages: 'actions/deploy-pages@v5',
} as const;

/** The workflow's steps up to the build; `checks` go between the install and the build. */
export function pagesWorkflow(options: { header: string[]; checks: string[] }): string {
  return [
    ...options.header.map((l) => `# ${l}`.trimEnd()),
    'name: Publiser håndboka',
    '',
    'on:',
    '  push:',
    '    branches: [main]',
    '  workflow_dispatch:',
    '',
    'permissions:',
    '  contents: read',
    '  pages: write',
    '  id-token: write',
    '',
    'concurrency:',
    '  group: pages',
    '  cancel-in-progress: false',
    '',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    `      - uses: ${ACTIONS.checkout}`,
    `      - uses: ${ACTIONS.setupNode}`,
    '        with:',
    '          node-version-file: .nvmrc',
    `      - id: pages`,
    `        uses: ${ACTIONS.configurePages}`,
    '      - run: npm install --no-audit --no-fund',
    ...options.checks,
    '      - run: npm run build',
    `      - uses: ${ACTIONS.uploadPagesArtifact}`,
    '        with:',
    '          path: dist',
    '',
    '  deploy:',
    '    needs: build',
    '    runs-on: ubuntu-latest',
    '    environment:',
    '      name: github-pages',
    '      url: ${{ steps.deployment.outputs.page_url }}',
    '    steps:',
    '      - id: deployment',
    `        uses: ${ACTIONS.deployPages}`,
    '',
  ].join('\n');
}

/** The workflow a new site gets: the publish check, then the base path against the repository's name. */
export const sitePagesWorkflow = () =>
  pagesWorkflow({
    header: [
      'Publiserer håndboka på GitHub Pages hver gang noe kommer inn på main.',
      'Publiseringen stopper så lenge en tekst er merket «UTKAST:», og når nettsted.base i',
      'handbok.config.ts ikke passer med adressen: https://<eier>.github.io/<repo>/ trenger base /<repo>/,',
      'et repo som heter <eier>.github.io eller et eget domene trenger /.',
      'Actions-versjonene kjører på Node 24.',
    ],
    checks: [
      '      - name: Sjekk at alt er klart til publisering',
      '        run: npm run publiser:sjekk',
      '      - name: Sjekk at nettsted.base passer med adressen',
      '        run: npx handbok sjekk-base "${{ github.event.repository.name }}" --domene "${{ steps.pages.outputs.host }}"',
    ],
  });
