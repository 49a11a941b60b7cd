/** README.md of a municipality's site: how to see it, test it, update it and publish it, in plain bokmål. */
import { PACKAGE_NAME } from './config-file.ts';
import type { HandbookConfig } from '../schemas/config.ts';

export function siteReadme(config: HandbookConfig): string {
  const base = config.nettsted.base;
  return `# Håndbok for sosiale medier i ${config.kommune.navn}

Slik ser du håndboka på din egen maskin (første gang og senere):

\`\`\`sh
npm install && npm start
\`\`\`

Det installerer det håndboka trenger, bygger den og viser den på en adresse i nettleseren (står i terminalen).

Slik kjører du testene: innholdssjekken, bygget og lenkesjekken:

\`\`\`sh
npm install && npm test
\`\`\`

## Hva som er kommunens eget

Alt som er felles for kommunene, ligger i pakken \`${PACKAGE_NAME}\`. I denne mappen ligger bare det som er kommunens eget:

- \`handbok.config.ts\`: navn, adresse, kontakt, farger, kanaler og målform. Feltene er forklart i
  \`node_modules/${PACKAGE_NAME}/src/schemas/config.ts\`.
- \`lokalt/\`: kommunens egne sider (\`lokalt/sider/\`) og regler (\`lokalt/regler/\`).

Vil dere ha håndboka på både bokmål og nynorsk, sett \`beggeMalformer: true\` i \`handbok.config.ts\`. Da bygger
\`npm run build\` den andre målformen under \`${base}nn/\` (eller \`${base}nb/\`), og hver side lenker til den samme siden på
den andre målformen. Egne sider i \`lokalt/\` skriver dere på én målform; på den andre står det at siden bare
finnes på den første.

Tekster merket «UTKAST:» må du skrive før håndboka kan publiseres. \`npm run check\` viser hvor de står, med fil og linje.

## Oppdatere til en ny versjon

\`\`\`sh
npm install ${PACKAGE_NAME}@<ny versjon>
npm run check
\`\`\`

Les \`node_modules/${PACKAGE_NAME}/CHANGELOG.md\` først: der står det hva som er nytt, og om du må endre noe i
\`handbok.config.ts\` eller \`lokalt/\`.

## Publisere

På GitHub: legg mappen i et eget repo, og velg GitHub Actions som kilde under Settings › Pages. Arbeidsflyten
\`.github/workflows/pages.yml\` publiserer håndboka hver gang noe kommer inn på \`main\`. Den stopper først hvis

- en tekst fortsatt er merket «UTKAST:» (samme sjekk som \`npm run publiser:sjekk\`), eller
- \`nettsted.base\` i \`handbok.config.ts\` ikke passer med adressen. Nå er den \`${base}\`. Et repo som heter
  \`handbok\` publiseres på \`https://<eier>.github.io/handbok/\` og trenger \`base: '/handbok/'\`. Et repo som heter
  \`<eier>.github.io\`, eller et eget domene, trenger \`base: '/'\`.

Andre statiske verter: kjør \`npm run build\` og last opp innholdet i \`dist/\`. Netlify og Cloudflare Pages leser
sikkerhetsinnstillingene (hodene) fra \`dist/_headers\`; på andre verter må de settes opp der.

## Hva maskinen trenger

Node.js 20 eller nyere, med npm, er nok. Pakken tar med seg Node.js 24 fra npm og bruker den. På Node.js 20
skriver npm advarsler om \`EBADENGINE\` under installasjonen: de er ventet, og du kan se bort fra dem.
`;
}
