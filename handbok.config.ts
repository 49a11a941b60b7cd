/**
 * The municipality's settings. This is the one file a municipality must edit to make the handbook
 * its own; `npm run ny-kommune` writes it. Every field is described in src/schemas/config.ts, and
 * `npm run check` tells you, in bokmål, what is wrong and how to fix it.
 *
 * This copy is the template's own: Eksempelvik is an invented municipality that shows the template
 * with the example guidelines of Sunndal, Søgne and Tolga.
 */
import { defineHandbook } from 'handbok-sosiale-medier/config';

export default defineHandbook({
  kommune: { navn: 'Eksempelvik kommune', kortnavn: 'Eksempelvik', oppdiktet: true },
  nettsted: { url: 'https://handbok.example.no', base: '/' },
  malform: 'nb',
  farger: { lys: '#1d4fb8', mork: '#a9c1ff' },
  kontakt: { epost: 'post@eksempelvik.example', nettsted: 'https://eksempelvik.example' },
  svartid: { timer: 24, hverdager: true },
  redaksjon: 'Kommunikasjonsavdelingen',
  kanaler: [],
  eksempelretningslinjer: true,
});
