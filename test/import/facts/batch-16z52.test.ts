/**
 * Classes from blind round eleven: batch 16z52's misses (test/fixtures/import-corpus/, "batch": "16z52": text copies
 * from England, Scotland, Northern Ireland and Wales, and originals), the rights-2 and cookies-2 phrasing banks
 * (test/fixtures/import-phrasings/), and one refusal in the hold-out half (a Rails page built of `content_tag`
 * calls, "contains no text"). Each test uses the shape of a real passage and names its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const read = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-07') });
const familyOf = async (family: string, text: string, name = 'notice.txt') => [...new Set((await read(text, name)).found.filter((f) => f.family === family).map((f) => f.value))];
const headings = async (text: string, name: string) => (await read(text, name)).config.notice.sections.map((s) => s.heading);

describe('templates and Markdown', () => {
  it('reads headings written without a space ("##Purpose"), and a heading straight after an HTML title line; "HMCTS Privacy Notice" is the title (https://github.com/hmcts/et-pet-et1 privacy_policy.md)', async () => {
    const md = `<h2 class="legend">HMCTS Privacy Notice</h2>\n##Purpose\nThis privacy notice sets out the standards that you can expect from the Ministry of Justice.\n\n##About personal data\nPersonal data is information that relates to a living individual.\n`;
    const { config } = await read(md, 'privacy_policy.md');
    expect(config.notice.title).toBe('HMCTS Privacy Notice');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Purpose', 'About personal data']);
    // (One hash and a word is a hashtag, not a heading.)
    expect(await headings(`# Privacy\n\n#OurTown is our campaign.\n\n## Who we are\n\nWe are a charity.\n`, 'p.md')).toEqual(['Who we are']);
  });

  it('names the body an acronym stands for, not what the words before it say it is ("HMCTS is an Executive Agency of the Ministry of Justice (MoJ). MoJ is the data controller")', async () => {
    const md = `# HMCTS Privacy Notice\n\n## Purpose\n\nHMCTS is an Executive Agency of the Ministry of Justice (MoJ). MoJ is the data controller for the personal data held, although it may act jointly with HMCTS.\n`;
    expect(await familyOf('controller', md, 'privacy.md')).toEqual(['Ministry of Justice']);
  });

  it('reads Rails\'s element helpers (`<%= content_tag( \'h2\', \'Essential cookies\' ) %>`, `content_tag :p, "…"`, `tag.h2 "…"`) as the elements they print (https://github.com/ukparliament/psephology cookies.html.erb)', async () => {
    const erb = `<%= content_tag( 'p', "Cookies are small text files which are placed on your device." ) %>\n<%= content_tag( 'h2', 'Essential cookies' ) %>\n<table><tbody><tr>\n<%= content_tag( 'th', 'Name:' ) %>\n<%= content_tag( 'td', '_general_elections_session' ) %>\n</tr><tr>\n<%= content_tag( 'th', 'Expires:' ) %>\n<%= content_tag( 'td', 'When you close your browser.' ) %>\n</tr></tbody></table>\n<%= content_tag :p, "We also use a security cookie." %>\n<%= tag.h2 "Analytics" %>\n<p>We do not use analytics.</p>\n`;
    expect(await headings(erb, 'cookies.html')).toEqual(['Essential cookies', 'Analytics']);
    expect(await familyOf('cookies', erb, 'cookies.html')).toEqual(['_general_elections_session']);
  });

  it('takes a link helper given a block (`<%= govuk_link_to @url do %>read …<% end %>`) as its words, no printed value (https://github.com/alphagov/forms-runner show.html.erb)', async () => {
    const erb = `<h1 class="govuk-heading-l">Privacy</h1>\n<h2>Cookies</h2>\n<p>You can <%= govuk_link_to @privacy_policy_url do %>read the data controller’s privacy information for this form<% end %>.</p>\n<p>We use a cookie called _forms_session.</p>\n`;
    expect(await familyOf('cookies', erb, 'show.html')).toEqual(['_forms_session']);
  });
});

describe('the page around the notice', () => {
  it('takes the site\'s header over a notice title that says what it is for ("Hysbysiad preifatrwydd y dreth gyngor") as the page\'s (https://www.cardiff.gov.uk/CYM/)', async () => {
    const text = `Sign In\nCyngor Caerdydd www.caerdydd.gov.uk\nLoading\n\nFy Nghymdogaeth\n\nFind facilities in my area\n\nCyngor Caerdydd\n\nwww.caerdydd.gov.uk\n\nHysbysiad preifatrwydd y dreth gyngor\n\nMae'r hysbysiad hwn ar gyfer unigolion sy'n atebol i dalu’r Dreth Gyngor i Gyngor Caerdydd.\n\nPam rydym yn casglu eich data\n\nEr mwyn casglu'r dreth.\n`;
    const { config } = await read(text);
    expect(config.notice.title).toBe('Hysbysiad preifatrwydd y dreth gyngor');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Pam rydym yn casglu eich data']);
  });

  it('takes "Skip to contents of guide" and "Log in or Register to save progress" as the site\'s (https://www.bcpcouncil.gov.uk/privacy-notices/)', async () => {
    expect(await headings(`Skip to main content\n\nAdult Social Care privacy notice\n\nSkip to contents of guide\n\nPlease read our general privacy notice as well as this notice.\n\nWhy we collect your data\n\nTo provide care.\n`, 'n.txt')).toEqual(['Why we collect your data']);
    expect((await read(`Log in or Register to save progress\n\nCookie Information\n\nCookies are small files saved on your phone.\n`)).config.notice.title).toBe('Cookie Information');
  });
});

describe('cookie names', () => {
  it('reads a name whose variable part is x\'s ("Drupal Session Cookie (SSESSxxxxxxxxxxxx)", "SKDxxx (xxx being the unique identifier)") (https://ucl.ac.uk/legal-services/privacy/cookie-register)', async () => {
    const text = `Cookies\n\n| Name | Provider | Purpose | Expiry |\n|---|---|---|---|\n| Drupal Session Cookie (SSESSxxxxxxxxxxxx) | Drupal | Stores the session ID of an authenticated user. | 23 days |\n| SKDxxx (xxx being the unique identifier) | Extranet | Session cookie for extranet users. | Session |\n`;
    expect(await familyOf('cookies', text, 'cookies.md')).toEqual(['SSESSxxxxxxxxxxxx', 'SKDxxx']);
  });

  it('takes a star after a name the page footnotes ("GEO*", "GEO - * Expires At End Of Session") off the name, and keeps a wildcard\'s ("_ga_*") (North Devon Council)', async () => {
    const text = `Use of cookies\n\n| Cookie | Name | Purpose |\n|---|---|---|\n| YouTube cookies | GEO* | We embed videos from our official YouTube channel. |\n| Analytics | _ga_* | Distinguishes users. |\n\nGEO - * Expires At End Of Session\n`;
    expect(await familyOf('cookies', text, 'cookies.txt')).toEqual(['GEO', '_ga_*']);
  });
});

describe('rights', () => {
  it('reads several rights named as what the reader asks for, with no word "right" (Welsh "Os ydych yn gwneud cais am fynediad …; neu i’w cywiro, eu dileu neu gyfyngu …", "asking for … to be updated, erased or stop being used")', async () => {
    expect((await familyOf('rights', `Polisi preifatrwydd\n\nHawliau testun data\n\nOs ydych yn gwneud cais am fynediad i’ch data personol; neu i’w cywiro, eu dileu neu gyfyngu ar eu prosesu; os ydych yn gwrthwynebu’r gwaith o brosesu’ch data personol, cysylltwch â ni.\n`)).sort()).toEqual(['access', 'erasure', 'object', 'rectification', 'restriction']);
    expect((await familyOf('rights', `Privacy\n\nHow to make a request\n\nUnder the GDPR you can request access to your personal information. This includes asking for your personal information to be updated, erased or stop being used.\n`)).sort()).toEqual(['access', 'erasure', 'object', 'rectification']);
  });

  it('reads "remove your consent", "make amendments", "solely by automatic processing", Welsh "gofyn i\'r Brifysgol am unrhyw wybodaeth a gedwir amdanoch" and "hawl i wybod a ydym yn dal …" (access)', async () => {
    expect(await familyOf('rights', `Privacy\n\nConsent\n\nIf we have relied on consent to use your personal information, you have the right to remove it at any time. If you want to remove your consent, please contact us.\n`)).toEqual(['withdraw-consent']);
    expect((await familyOf('rights', `Privacy\n\nExercising your rights\n\nYou can see what personal data we hold, as well as make amendments.\n`)).sort()).toEqual(['access', 'rectification']);
    expect(await familyOf('rights', `Privacy\n\nIndividual rights\n\n- a limited right to prevent significant decisions being taken about you solely by automatic processing\n`)).toEqual(['automated-decisions']);
    expect(await familyOf('rights', `Cais am wybodaeth\n\nEich gwybodaeth\n\nMae deddfwriaeth diogelu data yn caniatáu i chi ofyn i'r Brifysgol am unrhyw wybodaeth a gedwir amdanoch chi fel unigolyn.\n`)).toEqual(['access']);
    expect(await familyOf('rights', `Hawliau\n\nEich hawliau\n\nMae gennych hawl i wybod a ydym yn dal unrhyw wybodaeth amdanoch.\n`)).toEqual(['access']);
  });
});
