/** Municipality facts as the handbook words them, from handbok.config.ts. */
import type { HandbookConfig } from '../../schemas/config.ts';
import type { ReplyValues } from '../shared/reply-template.ts';
import { interfaceLang } from '../shared/malform.ts';

/** «innen 24 timer på hverdager» / «innan 24 timar på kvardagar». */
export function responseTime(config: Pick<HandbookConfig, 'svartid' | 'malform'>): string {
  const { timer, hverdager } = config.svartid;
  if (interfaceLang(config) === 'nn')
    return `innan ${timer} ${timer === 1 ? 'time' : 'timar'}${hverdager ? ' på kvardagar' : ''}`;
  return `innen ${timer} ${timer === 1 ? 'time' : 'timer'}${hverdager ? ' på hverdager' : ''}`;
}

/** «på e-post til post@testvik.no» or «… eller på telefon 71 69 90 00»: the same words in bokmål and nynorsk. */
export function contactPhrase(config: Pick<HandbookConfig, 'kontakt'>): string {
  const { epost, telefon } = config.kontakt;
  return `på e-post til ${epost}${telefon ? ` eller på telefon ${telefon}` : ''}`;
}

/** What a reply template's placeholders become on this site (see src/lib/shared/reply-template.ts). */
export function replyValues(config: HandbookConfig): ReplyValues {
  return {
    svartid: responseTime(config),
    kommune: config.kommune.navn,
    kortnavn: config.kommune.kortnavn,
    redaksjon: config.redaksjon,
    kontakt: contactPhrase(config),
    nettsted: config.kontakt.nettsted,
  };
}

/** A `tel:` link for a phone number as the config writes it: «71 69 90 00» → «tel:71699000». */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\s/g, '')}`;
}

type Channel = HandbookConfig['kanaler'][number];

/**
 * What a site says about a channel a shared outcome recommends: nothing when the config lists no
 * channels (the demo site, or a site that has not written them yet); else the site's own account on it,
 * or that it has none, with the accounts it does have.
 */
export function channelOnSite(
  config: Pick<HandbookConfig, 'kanaler'>,
  name: string,
): { kind: 'unknown' } | { kind: 'ours'; account: Channel } | { kind: 'missing'; accounts: Channel[] } {
  if (config.kanaler.length === 0) return { kind: 'unknown' };
  const account = config.kanaler.find(
    (c) => c.navn.trim().toLocaleLowerCase('nb') === name.trim().toLocaleLowerCase('nb'),
  );
  return account ? { kind: 'ours', account } : { kind: 'missing', accounts: config.kanaler };
}
