/** What the content check and the site need from the config: the municipality's own guidelines as a source. */
import type { HandbookConfig } from '../schemas/config.ts';
import type { Source } from '../schemas/source.ts';
import { localGuidelinesId } from './guidelines-id.ts';
import { interfaceLang, type Malform } from '../lib/shared/malform.ts';

/** The municipality's own guidelines as a source, once the config says who adopted them. */
export function localSource(config: HandbookConfig): Source | undefined {
  const g = config.retningslinjer;
  if (!g) return undefined;
  const id = localGuidelinesId(config);
  const nn = interfaceLang(config) === 'nn';
  return {
    id,
    title: nn ? `Retningsliner for sosiale medium i ${config.kommune.navn}` : `Retningslinjer for sosiale medier i ${config.kommune.navn}`,
    lang: interfaceLang(config),
    shortName: config.kommune.kortnavn,
    publisher: config.kommune.navn,
    kind: 'retningslinjer',
    date: g.vedtatt,
    approval: { by: g.vedtattAv, date: g.vedtatt },
    revised: g.revidert ?? g.vedtatt,
    nextRevision: g.nesteRevisjon,
    covers: nn
      ? `Reglane ${config.kommune.navn} har vedteke for bruk av sosiale medium.`
      : `Reglene ${config.kommune.navn} har vedtatt for bruk av sosiale medier.`,
    page: `/retningslinjer/${id}/`,
  };
}

export interface ContentOptions {
  localSource?: Source;
  /** Whether the example guidelines are part of the site. */
  examples: boolean;
  /** Without them, what a citation of an example rule the site has not replaced does (see `utenEgenRegel`). Default `vis-eksempel`. */
  withoutOwnRule?: HandbookConfig['utenEgenRegel'];
  /** Months between reviews where a page sets none (`gjennomgangManeder`). Default 12. */
  reviewMonths?: number;
  /** The målform the site shows (`malform`, or `HANDBOK_MALFORM` for one build). */
  malform?: Malform;
  /** Whether the site is published in both målformer (`beggeMalformer`), so it shows the nynorsk texts too. */
  bothMalforms?: boolean;
}

export const contentOptions = (config: HandbookConfig): ContentOptions => ({
  localSource: localSource(config),
  examples: config.eksempelretningslinjer,
  withoutOwnRule: config.utenEgenRegel,
  reviewMonths: config.gjennomgangManeder,
  malform: interfaceLang(config),
  bothMalforms: config.beggeMalformer,
});
