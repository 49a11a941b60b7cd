/** Municipality facts as the handbook words them, from handbok.config.ts. */
import type { HandbookConfig } from '../../schemas/config.ts';

/** «innen 24 timer på hverdager» / «innan 24 timar på kvardagar». */
export function responseTime(config: Pick<HandbookConfig, 'svartid' | 'malform'>): string {
  const { timer, hverdager } = config.svartid;
  if (config.malform === 'nn')
    return `innan ${timer} ${timer === 1 ? 'time' : 'timar'}${hverdager ? ' på kvardagar' : ''}`;
  return `innen ${timer} ${timer === 1 ? 'time' : 'timer'}${hverdager ? ' på hverdager' : ''}`;
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
