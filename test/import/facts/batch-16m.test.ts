/**
 * Classes of miss that batch 16m (test/fixtures/import-corpus/, batch "16m": all four nations)
 * showed in the cookie and controller rules after its blind runs. Each test uses the shape of a real passage from
 * that batch (its address in the test's name); the rules are written for the class.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);
const names = async (text: string, file = 'cookies.txt') => ((await importNotice(file, enc(text), { today: new Date('2026-12-06') })).config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []).map((c) => c.name).sort();

describe('cookie names', () => {
  it('reads names joined by slashes, run into a Welsh purpose (https://thewallich.com/cy/polisi-cwcis/)', async () => {
    expect(await names("Polisi cwcis\n\nCwcis dadansoddi\n\n_ga/_gat/_gidMae’r cwcis yma yn cael eu defnyddio gan Google Analytics i gasglu gwybodaeth ynglŷn â sut mae ymwelwyr yn defnyddio eich gwefan.\n", 'cwcis.txt')).toEqual(['_ga', '_gat', '_gid']);
  });

  it('reads names joined by a slash after a provider, and no path or address for names (http://www.westbrooklaneprimaryschool.co.uk/our-cookie-policy)', async () => {
    expect(await names('Cookies\n\nGoogle Analytics __utmb/__utmc Date not set This is a session cookie set by Google Analytics.\n\nSee www.example.gov.uk/cookie_policy/more_info or /privacy_notice/cookie_settings for more.\n')).toEqual(['__utmb', '__utmc']);
  });

  it('reads a table joined by spaces under a header with "More information", and a vendor\'s label run into an analytics name (https://severnspine.nhs.uk/cookies/)', async () => {
    expect(await names('Cookies\n\nCookie Name Purpose More information\nuseTextOnly This is used to store whether you are in textOnly mode or not.Persistent for three months. N/A\nSitekitLogin This is used to store the username for the remember my login feature.Persistent for one month. N/A\nAcceptCookies This is used to store whether you have agreed to receive cookies.Persistent for one year. N/A\n\nGoogle Analytics_utma\n\nThis cookie is used to count visitors.\n')).toEqual(['AcceptCookies', 'SitekitLogin', '_utma', 'useTextOnly']);
  });

  it('reads a "Name of cookies" column (https://parolecomni.org.uk/node/64)', async () => {
    expect(await names('Cookies\n\nService availability\n\nName of cookies | Typical content | Expires |\n---|---|---|\nNIGOV | randomly generated number | when you close your browser |\nEUCompliance | on | 1 year |\n')).toEqual(['EUCompliance', 'NIGOV']);
  });
});

describe('the controller', () => {
  it('proposes the organisation its own address block names at its head, a "Medical Centre" among organisations (https://talbotmedicalcentre.co.uk/about-section/practice-policies/privacy-notice)', async () => {
    const { config } = await importNotice('notice.txt', enc('Privacy notice\n\nWho we are\n\nOur contact details:\n\nTalbot Medical Centre\n63 Kinson Road, Bournemouth, BH10 4BX\n\nEmail: admin.talbot@nhs.net\n'), { today: new Date('2026-12-06') });
    expect(config.organisation.name).toBe('Talbot Medical Centre');
  });
});
