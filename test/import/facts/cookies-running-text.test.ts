/**
 * Cookie names in running text (issue 16): the pass that reads a cookie's name by its marks alone,
 * whatever shape the page was copied in, on a page about cookies or under a heading about them.
 * Real lines with their address; the negative cases are the words and tokens such a pass must
 * never take for a name.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const imported = (text: string, file = 'cookies.txt') => importNotice(file, enc(text), { today: new Date('2026-12-06') });
const names = async (text: string, file?: string) => ((await imported(text, file)).config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []).map((c) => c.name).sort();

describe('cookie names in running text', () => {
  it('reads names a sentence gives, with a note asking the privacy officer to check them (https://www.east-ayrshire.gov.uk/help/CookiePolicy.aspx)', async () => {
    const result = await imported('Cookie policy\n\nHow we use cookies\n\nA common use of cookies on our site includes session management; these cookies have names like ASP.NET_SessionId and ASPSESSIONID. Our website will send a unique identifier to your browser.\n');
    const cookies = (result.config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []);
    expect(cookies.map((c) => c.name).sort()).toEqual(['ASP.NET_SessionId', 'ASPSESSIONID']);
    expect(result.config.notice.importNotes?.some((n) => /running text.*ASP\.NET_SessionId, ASPSESSIONID\. Check each/.test(n.text))).toBe(true);
    expect(result.found.find((f) => f.family === 'cookies' && f.value === 'ASPSESSIONID')?.source).toMatch(/^A common use of cookies/);
  });

  it('reads names listed in a line of their own, with no purpose taken from the other names (https://www.cambridge.gov.uk/cookies)', async () => {
    const result = await imported('Cookies on this website\n\nGoogle Analytics\n\nWe use Google Analytics to measure how you use the website. It sets these cookies:\n\n_ga, _gid and _gat_gtag_UA_366198_1\n\nYou can opt out of them.\n');
    const cookies = (result.config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []);
    expect(cookies.map((c) => c.name).sort()).toEqual(['_ga', '_gat_gtag_UA_366198_1', '_gid']);
    expect(cookies.every((c) => !c.purpose)).toBe(true);
    expect(result.config.consent?.categories.find((c) => c.id === 'analytics')?.cookies?.length).toBe(3);
  });

  it('takes a name run into the first word of its purpose apart, and no word run into an expiry for a name (https://domesticabusecommissioner.uk/cookie-policy/)', async () => {
    const got = await names('Cookies\n\nWordPress Users Cookie\n\nwordpress_, wordpress_logged_in_These cookies determine whether the user is authenticated and logged into the website administrationSession wordpress_test_cookieChecks if the cookies are enabled on the browser to provide appropriate user experience to the usersSession\n');
    expect(got).toEqual(['wordpress_', 'wordpress_logged_in_', 'wordpress_test_cookie']);
  });

  it('reads a name that opens a line as the cookie, the rest of the line as its purpose', async () => {
    const result = await imported('Cookies we use\n\ncivicAllowCookies – remembers whether you agreed to cookies on this site\n\nWe also use one session cookie.\n');
    const cookie = (result.config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []).find((c) => c.name === 'civicAllowCookies');
    expect(cookie?.purpose).toBe('remembers whether you agreed to cookies on this site');
  });

  it('reads a hyphenated name with a cookie\'s word only where it opens a line, and a Welsh page\'s names too', async () => {
    expect(await names('Cwcis\n\nnhsuk-cookie-consent yn cofio a ydych wedi derbyn cwcis ar y wefan hon.\n', 'cwcis.txt')).toEqual(['nhsuk-cookie-consent']);
    expect(await names('Cookies\n\nWe set a cookie-based preference and use opt-in consent.\n')).toEqual([]);
  });

  it('reads no name from addresses, file names, abbreviations or template placeholders', async () => {
    const got = await names('Cookies\n\nWrite to data_protection@example.gov.uk or see https://example.gov.uk/cookie_policy and cookie_policy.pdf, e.g. in Welsh e.e. the form; {{ site_name }} sets no cookies.\n');
    expect(got).toEqual([]);
  });

  it('reads no browser storage, campaign parameter or tag id for a name', async () => {
    const got = await names("Cookies\n\nWe also keep your choice in localStorage or sessionStorage. Links in our emails carry utm_source and utm_campaign. Our Google tag is 'UA-12345-1' (container 'GTM-AB12CD').\n");
    expect(got).toEqual([]);
  });

  it('reads names under a header run together, a placeholder in the name and a comma without its space, and no header for a name (https://www.avonfire.gov.uk/cookies/details-about-cookies-on-avonfire-gov-uk/)', async () => {
    const got = await names('Cookies\n\nNamePurposeExpires\n_ga_<unique id>These help us count how many people visit by tracking if you’ve visited before1 year\n_ga, _gid,_gatThese help us count how many people visit2 years\n');
    expect(got).toEqual(['_ga', '_ga_<unique id>', '_gat', '_gid']);
  });

  it('puts "_utma" written with one underscore among Google Analytics\'s cookies, and takes "__gads" out of an advertiser\'s label run into it', async () => {
    const result = await imported('Cookies\n\nGoogle DoubleClick__gadsProvides ad delivery and retargeting\n\n_utma - counts visits to the site over two years\n');
    const ids = Object.fromEntries((result.config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => [k.name, c.id])));
    expect(ids).toEqual({ _utma: 'analytics', __gads: 'marketing' });
  });

  it('reads no quoted hyphenated word for a name (https://www.harlingtonhospice.org/cookies/)', async () => {
    expect(await names('Cookies\n\nSet as part of the ShareThis service and monitors “click-stream” activity.\n')).toEqual([]);
  });

  it('reads nothing from a privacy notice\'s sections that are not about cookies', async () => {
    expect(await names('Privacy notice\n\nHow we use your information\n\nOur case system stores your case_reference and the officer_id of who handled it.\n')).toEqual([]);
  });

  it('leaves out the last word of a copy cut short, unless vendors document the name whole (https://guildford.gbc2-prd.gosshosted.com/article/21435/Cookies-used-on-our-website)', async () => {
    expect(await names('Cookies used on our website\n\nModernGov\n\nThese are the cookies that are used on our council minutes, meetings, agendas etc. pages.\n\nASP.NET_Se')).toEqual([]);
    expect(await names('Polisi cwcis\n\nMae gan y cwci dadansoddol a ddefnyddir gan ein gwefan yr enw canlynol: _ga')).toEqual(['_ga']);
  });
});
