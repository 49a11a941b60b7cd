/** What the shared channel picker says about a channel, from the site's own list of accounts. */
import { describe, expect, it } from 'vitest';
import { channelOnSite } from '../../src/lib/site/municipality.ts';

const kanaler = [
  { navn: 'Facebook', url: 'https://www.facebook.com/testvik' },
  { navn: 'LinkedIn', url: 'https://www.linkedin.com/company/testvik' },
];

describe('a channel on this site', () => {
  it('is not spoken of when the site lists no channels', () => {
    expect(channelOnSite({ kanaler: [] }, 'Flickr')).toEqual({ kind: 'unknown' });
  });

  it('is the site’s own account, whatever the case of its name', () => {
    expect(channelOnSite({ kanaler }, 'linkedin')).toEqual({ kind: 'ours', account: kanaler[1] });
  });

  it('is missing, with the accounts the site has, when the site has none there', () => {
    expect(channelOnSite({ kanaler }, 'Flickr')).toEqual({ kind: 'missing', accounts: kanaler });
  });
});
