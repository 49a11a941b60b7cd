/** Municipality facts as the handbook words them, from handbok.config.ts. */
import type { HandbookConfig } from '../schemas/config.ts';

/** «innen 24 timer på hverdager» / «innan 24 timar på kvardagar». */
export function responseTime(config: Pick<HandbookConfig, 'svartid' | 'malform'>): string {
  const { timer, hverdager } = config.svartid;
  if (config.malform === 'nn') return `innan ${timer} ${timer === 1 ? 'time' : 'timar'}${hverdager ? ' på kvardagar' : ''}`;
  return `innen ${timer} ${timer === 1 ? 'time' : 'timer'}${hverdager ? ' på hverdager' : ''}`;
}

/** A `tel:` link for a phone number as the config writes it: «71 69 90 00» → «tel:71699000». */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\s/g, '')}`;
}
