/**
 * Classes of miss that batch 16k (test/fixtures/import-corpus/, batch "16k": the North of England,
 * North Wales and Scotland) showed in the fact rules after its blind runs. Each test uses the shape
 * of a real passage from that batch (its address in the test's name); the rules are written for the
 * class (no organisation's name is in a rule).
 */
import { describe, expect, it } from 'vitest';
import { importNotice, type ImportResult } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string, file = 'notice.txt'): Promise<ImportResult> => importNotice(file, enc(text), { today: new Date('2026-12-06') });
const cookies = async (text: string) => ((await load(text, 'cookies.txt')).config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []);

describe('cookie names', () => {
  it('reads a two-column table whose cells ran together, each name straight into its expiry (https://www.gateshead.gov.uk/article/3712/Cookies)', async () => {
    const got = await cookies('Cookies\n\nThe following cookies are set by Google Analytics:\n\nNameExpires\n_ga2 years\n_gid24 hours\n_gat1 minute\ninitialTrafficSource720 days\n\nHotjar\n\nOur website uses Hotjar.\n');
    expect(got.map((c) => [c.name, c.duration])).toEqual(expect.arrayContaining([['_ga', '2 years'], ['_gid', '24 hours'], ['_gat', '1 minute'], ['initialTrafficSource', '720 days']]));
    expect(got.map((c) => c.name)).not.toContain('_ga2');
  });

  it('reads Google\'s documented names in capitals, each alone on its line over what it does (https://bield.co.uk/cookie-policy)', async () => {
    const got = await cookies('About Cookies\n\nWhat Cookies we use\n\n1P_JAR\n\n· Used to gather website statistics, and track conversion rates.\n\nCONSENT\n\n· Stores the users cookie consent state for the current domain.\n\nHSID\n\n· A security cookie to authenticate users.\n\nNID\n\n· Contains a unique ID that Google uses to remember your preferences.\n\nSIDCC\n\n· Security cookie to protect users data from unauthorised access.\n\nAPISID\n\n· These cookies allow Google to collect usage information for Google Maps.\n');
    expect(got.map((c) => c.name).sort()).toEqual(['1P_JAR', 'APISID', 'CONSENT', 'HSID', 'NID', 'SIDCC']);
  });

  it('reads no word in capitals as a name, and "CONSENT" only alone on its line', async () => {
    expect((await cookies('Cookies\n\nWe ask for your CONSENT before we set ANALYTICS cookies; see the FAQ and GDPR pages.\n')).map((c) => c.name)).toEqual([]);
  });

  it('reads names in quotes, a hyphenated or camel-case one too, and no quoted word (https://durham.gov.uk/article/2869/Cookies)', async () => {
    const got = await cookies("Cookies\n\nOther systems\n\nThe cookie name will always be in the format 'newsflash--XXX', where the XXX will be a number based on the page.\n\nOur eStore uses cookies. The system runs three cookies:\n\n- Session: 'ASP.NET_SessionId'\n- Forms authentication: '.ASPXAUTH'\n- Cookies accepted: 'CookieAccepted'\n\nChoose 'opt-in' or 'Accept' on the banner.\n");
    expect(got.map((c) => c.name).sort()).toEqual(['.ASPXAUTH', 'ASP.NET_SessionId', 'CookieAccepted', 'newsflash--XXX']);
  });

  it('reads a "Cookie Identifier" column as the names, and no description of a name as one (https://www.abdn.ac.uk/about/our-website/cookies.php)', async () => {
    const got = await cookies('Cookies\n\nGeneral Purpose Cookies\n\nCookie Identifier | Purpose | Expires |\n---|---|---|\n32 alphanumeric characters | PHP session ID Used to maintain the security of your browsing session | When you close your browser |\nabdn_maps | Used to store geolocation | 30 minutes |\nUoAInfrastructure | Used for balancing of the session to a specific server | Immediately |\n');
    expect(got.map((c) => c.name).sort()).toEqual(['UoAInfrastructure', 'abdn_maps']);
  });
});

describe('lawful bases and contacts', () => {
  it('reads "contractual obligations" in a lawful-basis sentence as Article 6(1)(b) (https://www.slab.org.uk/site-pages/privacy-policies/)', async () => {
    const { found } = await load('Privacy policy\n\nOur lawful basis\n\nOur lawful basis for processing personal data will also include contractual obligations with service providers and suppliers.\n');
    expect(found.filter((f) => f.family === 'art6').map((f) => f.value)).toContain('b');
  });

  it('gives the block after "X is its data protection officer. Their contact details are:" to the DPO, and no place in the address to a person (https://www.northyorks.gov.uk/…/housing-accommodation-management-privacy-notice)', async () => {
    const { config } = await load('Privacy notice\n\nWho we are\n\nThe council has appointed Veritau to be its data protection officer. Their contact details are:\n\nInformation Governance Office\nWest Offices\nStation Rise\nNorth Yorkshire\n\nEmail: infogov@example.gov.uk\n\nTel: 01904 552848\n');
    const dpo = config.notice.contacts.find((c) => c.role === 'dpo');
    expect(dpo?.emails).toEqual(['infogov@example.gov.uk']);
    expect(dpo?.person).toBeUndefined();
  });
});
