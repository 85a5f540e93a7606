/**
 * Cookie names read from the lists and labelled lines of batch 16h (issue 16): one test a class,
 * with the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const cookies = async (text: string) => {
  const result = await importNotice('cookies.txt', enc(text), { today: new Date('2026-12-06') });
  return (result.config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []).map((c) => [c.name, c.purpose ?? '']);
};

describe('a bulleted list of cookies', () => {
  it('reads items opening with several names, a second name in brackets, a dash with no space before it (https://www.thesehomes.com/privacy)', async () => {
    const got = await cookies('Privacy Policy\n\nCookies our website uses\n\nNecessary Cookies\n\nThese are cookies that are required for the operation of our website such as security, network management, and accessibility.\n\n  • sessionid- only valid for your current visit and is used to manage our login system\n  • AWSALB, AWSALBCORS - expires after 7 days. Used by our load balancer\n  • mtm_consent (or mtm_consent_removed) - expires after 30 years. Remembers that consent was given (or removed) by the user for analytics.\n  • CookieControl - This cookie is used to remember a user’s cookie choices\n');
    expect(got.map(([n]) => n)).toEqual(['sessionid', 'AWSALB', 'AWSALBCORS', 'mtm_consent', 'mtm_consent_removed', 'CookieControl']);
    expect(got[0]![1]).toBe('only valid for your current visit and is used to manage our login system');
    expect(got[1]![1]).toBe(got[2]![1]);
  });

  it('reads no cookie from a list of words with commas, nor from capitalised words ("Session", "Consent")', async () => {
    const got = await cookies('Cookies\n\nHow we use cookies\n\n  • Names, addresses - the details you give us\n  • Session - how long you stay\n  • Consent - what you agreed to\n');
    expect(got).toEqual([]);
  });
});

describe('labelled lines', () => {
  it('reads "Cookie name(s):" with a list of names, each sharing the fields after it (https://beta.northumbria.police.uk/cookies-and-privacy/)', async () => {
    const got = await cookies('Cookies and privacy\n\nNorthumbria Police Cookies\n\nCookie name:  _snow_id.8b2c\n\nType: Stored in your browser\n\nOwned by: Northumbria Police\n\nGoogle Analytics Cookies\n\nCookie name(s): _utma, _utmb, _utmc, _utmz\n\nType: Stored in your browser\n\nOwned by: Google\n');
    expect(got.map(([n]) => n)).toEqual(expect.arrayContaining(['_snow_id.8b2c', '_utma', '_utmb', '_utmc', '_utmz']));
  });

  it('reads a name in words ("Name: Session ID") only with a field of its own after it', async () => {
    expect((await cookies('Cookies\n\nName: Session ID\nPurpose: Keeps you signed in\nExpires: 4 weeks\nName: _ga\nPurpose: Counts visits\nExpires: 2 years\n')).map(([n]) => n)).toEqual(['Session ID', '_ga']);
    expect(await cookies('Contact\n\nName: Jane Smith\nEmail: jane@example.org.uk\n')).toEqual([]);
  });
});
