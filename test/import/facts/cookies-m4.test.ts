/**
 * Cookie names, purposes and expiries read from the tables and lists of mined real texts (issue 16,
 * round m4): one test a class, with the real lines and their address.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const cookies = async (text: string) => {
  const result = await importNotice('cookies.txt', enc(text), { today: new Date('2026-12-06') });
  return (result.config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []).map((c) => [c.name, c.purpose ?? '', c.duration ?? '']);
};

describe('cookie table columns', () => {
  it('reads "Function" as the purpose column (https://www.waverleyhomechoice.org.uk/CookiePolicy)', async () => {
    const got = await cookies('Cookie Policy\n\nThis website uses the following cookies:\n\n| Cookie name | Function | Expiry |\n|---|---|---|\n| UseFullSite | Used to determine if you have opted to use the full site. | Seven days |\n| NHX2LanguageSelector | Used to determine your language preference. | 30 days |\n');
    expect(got).toContainEqual(['UseFullSite', 'Used to determine if you have opted to use the full site.', 'Seven days']);
  });

  it('reads Welsh "Amser terfynu" as the expiry column (https://www.llyw.cymru panel cwcis)', async () => {
    const got = await cookies('Cwcis\n\nGoogle Analytics\n\nEnw’r cwci Amser terfynu Disgrifiad\n_ga Dwy flynedd Defnyddir i adnabod defnyddwyr.\n_gid 24 awr Defnyddir i adnabod defnyddwyr.\n');
    expect(got).toContainEqual(['_ga', 'Defnyddir i adnabod defnyddwyr.', 'Dwy flynedd']);
  });

  it('takes an expiry sentence shifted into the purpose cell of a row that lost a cell as the expiry (wakefield.mylocaloffer.org)', async () => {
    const got = await cookies('Cookies\n\nName | Function | Expires |\n---|---|---|\n__KBConsent__ | This cookie expires when you close your browser. | |\n__KBCookie__ | contains a unique string to identify your session | This cookie expires when you close your browser. |\n');
    expect(got).toContainEqual(['__KBConsent__', '', 'This cookie expires when you close your browser.']);
  });
});

describe('names in other shapes', () => {
  it('gives each name of a comma list, plain words too, when one has an identifier\'s marks (https://www.llyfrgell.cymru/am-llgc/preifatrwydd-a-chwcis)', async () => {
    const got = await cookies('Cwcis\n\nCwci | Enw | Pwrpas |\n---|---|---|\nHanes chwilio | History, history_consent | Mae’r cwci hwn yn cofio eich chwiliadau blaenorol. |\nGoogle Analytics | _ga, _gid | Mae cwcis dadansoddol yn ein helpu i wella’n gwefannau. |\n');
    expect(got.map((c) => c[0]).sort()).toEqual(['History', '_ga', '_gid', 'history_consent']);
  });

  it('reads a lone "Name: …" cookie in nested list items, its purpose a sentence and its expiry said in words (https://www.hinckley-bosworth.gov.uk/info/200343/privacy_your_data_and_cookies/716/cookies)', async () => {
    const got = await cookies('Cookies\n\nCookies which are essential for the website to operate\n\nThe cookies below are necessary in order to provide a service to you.\n\n  • Name: TestCookie\n    • A session cookie to determine whether a user\'s browser accepts cookie and can therefore log in\n    • Contains: a random alphanumeric string\n    • Expires when the user closes their browser\n');
    expect(got).toEqual([['TestCookie', 'A session cookie to determine whether a user\'s browser accepts cookie and can therefore log in', 'Expires when the user closes their browser']]);
  });

  it('reads no cookie from one "Name:" line in a contact block', async () => {
    expect(await cookies('Cookies\n\nContact us\n\n- Name: Reception\n- We are open from 9am until 5pm on weekdays.\n- Telephone: 01234 567890\n')).toEqual([]);
  });
});
