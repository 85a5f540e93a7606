/**
 * Structure classes from the studied part of the standing hold-out set (text copies): lines that are a table's or a page's parts,
 * never headings. Each test uses a real copy's shape, with a heading the rule must keep.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

type Sections = Awaited<ReturnType<typeof importNotice>>['config']['notice']['sections'];
/** Every heading of the sections, subsections after their section's. */
const headingsOf = (sections: Sections): string[] => sections.flatMap((s) => [s.heading, ...headingsOf(s.sub ?? [])]);
const headings = async (text: string) => headingsOf((await importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') })).config.notice.sections);

describe('text copies: lines that are no headings', () => {
  it('never takes a header row whose cells ran together ("NameProviderPurpose Expires", a garden\'s cookie page) for a heading', async () => {
    const got = await headings('Cookie policy\n\nCookies we use\n\nWe use the cookies below on this website.\n\nNameProviderPurpose Expires\n\n_ga Google Used to count visitors 2 years\n\nYour choices\n\nYou can turn cookies off in your browser.\n');
    expect(got).not.toContain('NameProviderPurpose Expires');
    expect(got).toContain('Your choices');
  });

  it('never takes a cookie\'s lifetime, a numbered cookie name or a post\'s date and time for a heading', async () => {
    const got = await headings('Cookie policy\n\nAnalytics cookies\n\nWe use Google Analytics to see how the site is used.\n\n2 year expiry\n\nThe _ga cookie tells visitors apart.\n\n1. cookie_info\n\nRemembers that you have seen the cookie message.\n\nFeb 16, 2019 @ 7:02 pm\n\nManaging cookies\n\nYou can turn cookies off in your browser.\n');
    expect(got).not.toContain('2 year expiry');
    expect(got).not.toContain('1. cookie_info');
    expect(got).not.toContain('Feb 16, 2019 @ 7:02 pm');
    expect(got).toContain('Managing cookies');
  });
});

const read = async (name: string, text: string) => (await importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-07') })).config;

describe('page templates: the heading and the rows the layout prints', () => {
  it('takes a Jinja block named for the page\'s heading as the <h1> when the page has none ({% block pageheading %}Privacy and data{% endblock %})', async () => {
    const config = await read('privacy.html', '{% extends "page-with-header.html" %}\n{% block pageheading %}Privacy and data{% endblock %}\n{% block content %}\n<p>This policy explains how we use the data uploaded to the service.</p>\n<h2>How the data is protected</h2>\n<p>It is stored securely.</p>\n{% endblock %}\n');
    expect(config.notice.title).toBe('Privacy and data');
  });

  it('reads a FreeMarker page: its page macro\'s heading, a cookie row macro by its parameters, and ${…} as a value to fill', async () => {
    const ftl = '<#include \'../layout/layout.ftl\'>\n<@defaultPage htmlTitle="Cookies" pageHeading="Cookies" backLink=true>\n<#assign essentialCookies>\n<@fdsCookiePreferences.essentialCookieRow name="SESSION" purpose="Used to keep you signed in" expiry="When you close your browser"/>\n</#assign>\n<h2>Analytics cookies (optional)</h2>\n<p>We use Google Analytics to see how you got to the \'${serviceName}\' service.</p>\n</@defaultPage>\n';
    const result = await importNotice('cookies.ftl', new TextEncoder().encode(ftl), { today: new Date('2026-12-07') });
    expect(result.config.notice.title).toBe('Cookies');
    const cookies = (result.config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []);
    expect(cookies.find((c) => c.name === 'SESSION')).toMatchObject({ purpose: 'Used to keep you signed in', duration: 'When you close your browser' });
    expect(result.config.notice.importNotes?.some((n) => n.text.includes('"[serviceName]"'))).toBe(true);
  });

  it('reads an <h1> that prints a value named for the page (`<h1>@GeneralPages.Privacy.Title</h1>`, Blazor) by the value\'s name, with a note', async () => {
    const razor = '@page "/privacy"\n@inject IOptions<GISOptions> GISOptions\n<PageTitle>@GeneralPages.Privacy.Title</PageTitle>\n<h1 class="govuk-heading-xl">@GeneralPages.Privacy.Title</h1>\n<p>This notice explains what personal data we collect and how we use it.</p>\n<h2>Who will the data be shared with?</h2>\n<p>Nobody outside the council.</p>\n';
    const config = await read('Privacy.cshtml', razor);
    expect(config.notice.title).toBe('Privacy');
    expect(config.notice.importNotes?.some((n) => /read from the value's name/.test(n.text))).toBe(true);
  });

  it('reads a Haml template (`%h1.bold Privacy policy`, London Borough of Hackney) as the HTML it renders', async () => {
    const haml = '.container\n  .sup_page_content\n    %h1.bold Privacy policy\n    %p In line with current data protection legislation, London Borough of Hackney has a duty to protect the personal data it processes.\n    %h2 Your rights\n    %p\n      You have the right to find out what information we hold on you, see our\n      #{link_to(\'Privacy Policy\', \'https://example.org/privacy\')}.\n    - if current_user\n      = render \'shared/footer\'\n';
    const config = await read('privacy.html.haml', haml);
    expect(config.notice.title).toBe('Privacy policy');
    expect(config.notice.sections.map((s) => s.heading)).toContain('Your rights');
    expect(JSON.stringify(config.notice.sections)).toContain('Privacy Policy');
    expect(JSON.stringify(config.notice.sections)).not.toContain('current_user');
  });
});

describe('govuk-components (Rails): the text components and the summary list', () => {
  it('prints an inset text\'s words, a summary list\'s keys and values (rows no element of their own), and a details\' summary before what it hides', async () => {
    const erb = '<h1>Privacy notice</h1>\n<h2>Who we are</h2>\n<%= govuk_inset_text(text: "We are the Department for Education.") %>\n<h2>Your details</h2>\n<%= govuk_summary_list do |summary_list| %>\n  <% summary_list.with_row do |row| %>\n    <% row.with_key(text: "Controller") %>\n    <% row.with_value(text: "Department for Education") %>\n  <% end %>\n<% end %>\n<%= govuk_details(summary_text: "How long we keep it") do %>\n  <p>We keep your data for 2 years.</p>\n<% end %>\n';
    const config = await read('privacy.html.erb', erb);
    const body = JSON.stringify(config.notice.sections);
    expect(body).toContain('We are the Department for Education.');
    expect(body).toContain('{"term":"Controller","desc":[{"p":"Department for Education"}]}');
    expect(body).toContain('{"p":"How long we keep it"},{"p":"We keep your data for 2 years."}');
    expect(body).not.toContain('<tr>');
  });
});

describe('Haml beside HTML, and a Markdown escape in a cookie name', () => {
  it('reads Haml pasted under an HTML heading (a DSIT service\'s cookie statement) and its table\'s names, hyphens and all', async () => {
    const haml = '<h1>Cookies</h1>\n%h2.govuk-heading-m\n  Strictly necessary cookies\n%p.govuk-body\n  These cookies are required for the service to operate:\n%table.govuk-table\n  %thead.govuk-table__head\n    %tr.govuk-table__row\n      %th.govuk-table__header{scope: "col"} Name\n      %th.govuk-table__header{scope: "col"} Purpose\n      %th.govuk-table__header{scope: "col"} Expires\n  %tbody.govuk-table__body\n    %tr.govuk-table__row\n      %td.govuk-table__cell{scope: "row"} govuk-cookie-consent\n      %td.govuk-table__cell Identifies if cookies have been accepted or not\n      %td.govuk-table__cell 90 days\n%p.govuk-body\n  For more, see the\n  = link_to "Google Privacy & Terms", "https://policies.google.com/technologies/cookies"\n  site.\n';
    const result = await importNotice('cookies.html', new TextEncoder().encode(haml), { today: new Date('2026-12-07') });
    const names = (result.config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []).map((c) => c.name);
    expect(names).toEqual(['govuk-cookie-consent']);
  });

  it('reads "\\_ga" in a Markdown table as _ga', async () => {
    const md = '# Cookies\n\n<Collapse label="List of cookies">\n\n| Cookie Name | Purpose | Expiry |\n| :-- | :-- | :-- |\n| `\\_ga` | Used to distinguish users | 2 years |\n\n</Collapse>\n';
    const result = await importNotice('cookies.md', new TextEncoder().encode(md), { today: new Date('2026-12-07') });
    expect((result.config.consent?.categories ?? []).flatMap((c) => c.cookies ?? []).map((c) => c.name)).toEqual(['_ga']);
  });
});

describe('text copies: a cookie\'s fields, the logo\'s link and a table a cell a paragraph', () => {
  it('never takes a cookie\'s field whose label joins two words with a slash ("Duration/expires: 2 years", a Scottish body\'s cookie page) for a heading', async () => {
    const got = await headings('Cookie policy\n\nThe cookies we use\n\nName: _ga\nPurpose: To count page views.\nDuration/expires: 2 years\n\nName: __cf_bm\nPurpose: To filter requests from bots.\nExpiry / Lifespan: 30 minutes\n\nManaging cookies\n\nYou can turn cookies off in your browser.\n');
    expect(got).toEqual(['The cookies we use', 'Managing cookies']);
  });

  it('drops the site\'s name over its logo\'s link ("Children\'s Hearing Scotland" / "Children\'s Hearing Scotland home"): the next line is the title', async () => {
    const { notice } = await read('notice.txt', 'Skip to main content\n\nChildren\'s Hearing Scotland\n\nChildren\'s Hearing Scotland home\n\nCookies on the CHS website\n\nWhat is a cookie?\n\nCookies are small text files.\n');
    expect(notice.title).toBe('Cookies on the CHS website');
    expect(notice.sections.map((s) => s.heading)).toEqual(['What is a cookie?']);
    // (A title that merely ends in "home", with no site name over it, stays the title.)
    expect((await read('notice.txt', 'Privacy notice for Care at home\n\nWho we are\n\nWe provide care at home.\n')).notice.title).toBe('Privacy notice for Care at home');
  });

  it('reads a cookie table copied a cell a paragraph under "Cookie Purpose Expiry" (a cancer alliance\'s page): plain names, purposes without a stop, "End of browsing session"', async () => {
    const text = 'How we use cookies\n\nNecessary accessibility cookies\n\nThese cookies make our accessibility toolbar work.\n\nCookie Purpose Expiry\n\naccessibility-controls\n\nRecords option regarding additional cookies.\n\nEnd of browsing session\n\nsaveFontSize\n\nAllows the website (CMS) to record the user\'s font size selection\n\nEnd of browsing session\n\ngoogtrans\n\nAllows the language of page content to be changed.\n\nEnd of browsing session\n\nAnalytics cookies\n\nWe use Google Analytics.\n';
    const config = await read('notice.txt', text);
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Necessary accessibility cookies', 'Analytics cookies']);
    const names = (config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name));
    expect(names).toEqual(expect.arrayContaining(['accessibility-controls', 'saveFontSize', 'googtrans']));
  });
});

describe('text copies: an in-page contents list with a link of one word', () => {
  it('reads the links after "Gwefan" as the list\'s, not headings (the Senedd\'s notice, cut before its last sections)', async () => {
    const text = "Hysbysiad Preifatrwydd\n\nAr y dudalen hon\n\nPwy ydym ni\n\nPam rydym yn casglu hyn\n\nGrwpiau ffocws\n\nGwefan\n\nEich hawliau\n\nNewidiadau i'r hysbysiad hwn\n\nPwy ydym ni\n\nRydym yn gorff cyhoeddus yng Nghymru.\n\nPam rydym yn casglu hyn\n\nEr mwyn gwneud ein gwaith.\n";
    expect(await headings(text)).toEqual(['Ar y dudalen hon', 'Pwy ydym ni', 'Pam rydym yn casglu hyn']);
  });
});

describe('text copies: a glossary copied a cell a line', () => {
  it('reads the terms under "… the following definitions are used:" as terms, not headings, in Welsh and English (a common charity template)', async () => {
    const cy = 'Polisi preifatrwydd\n\nDiffiniadau a dehongliad\n\nYn y polisi preifatrwydd hwn, defnyddir y diffiniadau canlynol:\n\nData\n\nGyda’i gilydd, yr holl wybodaeth a gyflwynwch i ni drwy’r Wefan.\n\nCwcis\n\nFfeil testun fach a osodir ar eich cyfrifiadur gan y Wefan hon.\n\nDefnyddiwr neu chi\n\nUnrhyw drydydd parti sy’n cyrchu’r wefan.\n\nCasglu data\n\nRydym yn casglu eich enw a’ch cyfeiriad e-bost.\n';
    expect(await headings(cy)).toEqual(['Diffiniadau a dehongliad', 'Casglu data']);
    const en = 'Privacy policy\n\nDefinitions and interpretation\n\nIn this privacy policy, the following definitions are used:\n\nData\n\nCollectively all information that you submit to us via the Website.\n\nCookies\n\nA small text file placed on your computer by this Website.\n\nData collected\n\nWe collect your name and email address.\n';
    expect(await headings(en)).toEqual(['Definitions and interpretation', 'Data collected']);
  });
});

describe('text copies: a site menu with its separators over the notice\'s name', () => {
  it('drops the menu\'s short lines and "-" separators (a students\' union\'s Welsh page) and takes the notice\'s name as the title', async () => {
    const text = '-\nEich Undeb\nGwybodaeth Gyffredinol\nSwyddogion Sabothol\n-\nCymerwch Ran!\nHwb Gwirfoddoli\n-\nCyngor A Chefnogaeth\n- Ymgyrchoedd\n- Etholiadau\nDatganiad Preifatrwydd a Chyfrinachedd Gwasanaeth Cyngor Academaidd\n\nPan ddefnyddiwch ein gwasanaeth, byddwn yn cadw cofnod o’r wybodaeth rydych yn ei darparu.\n\nCadw gwybodaeth\n\nBydd achosion myfyrwyr yn cael eu cadw am gyfnod o 6 blynedd.\n';
    const config = await read('notice.txt', text);
    expect(config.notice.title).toBe('Datganiad Preifatrwydd a Chyfrinachedd Gwasanaeth Cyngor Academaidd');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Cadw gwybodaeth']);
  });
});

describe('text copies: a processing table\'s column names a cell a paragraph', () => {
  it('never takes "Why" / "Legal Bases" under "What we collect..." (a museum\'s table of what it collects at events) for headings, and still reads the bases in its cells', async () => {
    const text = 'Privacy notice\n\nIf you visit our museums\n\nWhat we collect...\n\nWhy\n\nLegal Bases\n\nWe may collect your name and postal address\n\nIf you sign up to Gift Aid we are required to obtain your name and postal address\n\nIt is a legal requirement for this process.\n\n \n\nTo send you your tickets, or a link to access an online event\n\nThis is required for the contract (sale of the product or service)\n\nYour rights\n\nYou have the right to ask for a copy of your information.\n';
    const config = await read('notice.txt', text);
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['If you visit our museums', 'Your rights']);
    expect([...new Set(config.notice.bases.map((b) => b.art6))].sort()).toEqual(['b', 'c']);
  });
});

describe('text copies: a page\'s date label and a sentence its link left unfinished', () => {
  it('never takes "First published" over its date, nor "… more information on our" (its link lost), for a heading', async () => {
    expect(await headings('Children and Families Social Work privacy notice\n\nFirst published\n\n24 Jul 2024\n\nWho we are\n\nWe are the council and we provide social work services.\n')).toEqual(['Who we are']);
    expect(await headings('Privacy and Cookies\n\nOn this page you can find more information on our\n\nPrivacy Terms and Conditions\n\nWe use cookies on this site to count visits.\n')).toEqual(['Privacy Terms and Conditions']);
    // (A heading may end in a preposition: "What we use it for".)
    expect(await headings('Privacy notice\n\nWhat we use it for\n\nWe use your information to run the service and answer your questions.\n')).toEqual(['What we use it for']);
  });
});

describe('titles: a template\'s placeholder, and the document\'s name in small letters over its text', () => {
  it('takes the front matter\'s title over "# {title}" (a university project\'s Markdown), with a note', async () => {
    const config = await read('privacy.md', '---\ntitle: Privacy policy\n---\n\n# {title}\n\nThis privacy policy was last updated on _January 23, 2025_.\n\n## Privacy statement\n\nThe project is committed to protecting your privacy.\n');
    expect(config.notice.title).toBe('Privacy policy');
    expect(config.notice.importNotes?.some((n) => /placeholder/.test(n.text))).toBe(true);
  });

  it('takes "cookies", the first line alone in small letters over the text, as the title (a students\' union\'s page)', async () => {
    const config = await read('notice.txt', 'cookies\n\nOur site drops the following cookies:\n\nasp.net_SessionID\n\nStores a temporary unique identifier for your session. No other information is stored.\n\nExpires on exit of browser\n');
    expect(config.notice.title).toBe('cookies');
    // (A first line in small letters that is more than the document's name stays text.)
    expect((await read('notice.txt', 'cookies help us run this site\n\nWe use two cookies on this site, both to remember your choices.\n')).notice.title).not.toBe('cookies help us run this site');
  });
});

describe('titles: the notice\'s name a few lines down, under the site\'s lines', () => {
  it('takes "Privacy policy" under a dental practice\'s slogan, opening hours and phone bullets, and "Privacy Notice - Electoral Registration" under a council\'s bin alert', async () => {
    const dental = 'Home of Dentistry without Anxiety, Fear or Pain\n\nEvenings and Saturday Appointments Available\n\n  • Call Us ON: 01923 824 230\n  • Emergency: 07943 361 185\n\nPrivacy policy\n\nDene Dental Practice complies with the Data Protection Act 2018. This Privacy Notice explains what personal data the practice holds.\n\nWhat personal data do we store?\n\nWe hold your name, address and dental records.\n';
    const config = await read('notice.txt', dental);
    expect(config.notice.title).toBe('Privacy policy');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['What personal data do we store?']);
    const council = 'Bin Collections\n\nAll garden waste (grey and green bins) collections are suspended until further notice. Black and blue bin collections are operating a limited service.\n\nPrivacy Notice - Electoral Registration\n\nThe Electoral Registration Officer is responsible for ensuring that all eligible persons are registered to vote.\n\nWhy we collect information about you\n\nWe collect it to keep the register.\n';
    expect((await read('notice.txt', council)).notice.title).toBe('Privacy Notice - Electoral Registration');
  });

  it('keeps a first line about information or the law as the title ("Tier Three – The law explained" over "Data Protection principles")', async () => {
    const text = 'Tier Three – The law explained\n\nData Protection principles\n\nThere are six core principles to data protection legislation.\n\nLawful basis\n\nWe process your data under a public task.\n';
    expect((await read('notice.txt', text)).notice.title).toBe('Tier Three – The law explained');
  });

  it('drops a line of social links run together ("… EnvironmentLike Ysgol Aberconwy on FacebookFollow Ysgol Aberconwy on Twitter")', async () => {
    const text = "Ysgol Aberconwy's Virtual Learning EnvironmentLike Ysgol Aberconwy on FacebookFollow Ysgol Aberconwy on Twitter\n\nHysbysiad Preifatrwydd\n\nMae'r dudalen hon yn dweud wrthych beth mae'r ysgol yn ei wneud â gwybodaeth bersonol eich plentyn.\n\nCasglu Gwybodaeth Bersonol\n\nRydym yn casglu enwau a chyfeiriadau.\n";
    expect((await read('notice.txt', text)).notice.title).toBe('Hysbysiad Preifatrwydd');
  });
});

describe('titles: what stays the title over the notice\'s name', () => {
  it('keeps an organisation\'s name and a title in parts set off by dashes', async () => {
    expect((await read('notice.txt', 'Cardiff Parkway Developments Limited\n\nHysbysiad Preifatrwydd\n\nMae’n bwysig bod ein cwsmeriaid yn darllen yr hysbysiad preifatrwydd hwn yn llawn.\n\nPwy ydym ni\n\nRydym yn gwmni datblygu.\n')).notice.title).toBe('Cardiff Parkway Developments Limited');
    expect((await read('notice.txt', 'Gwarchod y Cyhoedd – Iechyd yr Amgylchedd - Trwyddedu\n\nHysbysiad Preifatrwydd\n\nMae’r hysbysiad hwn yn esbonio sut rydym yn defnyddio eich gwybodaeth.\n\nPwy ydym ni\n\nRydym yn gyngor.\n')).notice.title).toBe('Gwarchod y Cyhoedd – Iechyd yr Amgylchedd - Trwyddedu');
  });
});

describe('HTML: what a definition list left open holds', () => {
  it('reads the heading, paragraph and table inside a <dl> left open (a council\'s FixMyStreet template), never dropping them', async () => {
    const html = '<h1>Privacy, cookies, and third party services</h1><h2>Privacy</h2><dl><dt>Who gets to see my email address?</dt><dd><p>Only the council and our administrators.</p><p>We will never sell your email address.</p></dd><dt>What emails will you send to me?</dt><dd>We will email you about your report.</dd></dl><dl><h2>Cookies</h2><p>We sometimes place small data files on your computer.</p><table><tr><th>Name</th><th>Typical Content</th><th>Expires</th></tr><tr><td>fixmystreet_app_session</td><td>A random unique identifier</td><td>When browser is closed</td></tr></table>';
    const config = await read('notice.html', html);
    expect(headingsOf(config.notice.sections)).toContain('Cookies');
    expect((config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name))).toEqual(['fixmystreet_app_session']);
  });
});

describe('HTML: what a list holds beside its items', () => {
  it('reads a heading and a paragraph a template left inside a list it did not close, and text straight inside it, never dropping them', async () => {
    const html = '<h1>Privacy notice</h1><h2>What we collect</h2><ul><li>Your name</li><li>Your email address</li><h2>How long we keep it</h2><p>We keep your details for two years.</p>Then we delete them.</ul>';
    const config = await read('notice.html', html);
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['What we collect', 'How long we keep it']);
    expect(JSON.stringify(config.notice.sections[1])).toContain('We keep your details for two years.');
    expect(JSON.stringify(config.notice.sections[1])).toContain('Then we delete them.');
  });
});

describe('Markdown: a heading that lost its hashes in the conversion', () => {
  it('reads a short line in a heading\'s shape after a sentence\'s end, over a blank line and a paragraph, as a heading (a university\'s converted page)', async () => {
    const md = '# Privacy and cookies\n\n### Blackboard\n\nBlackboard uses session cookies to keep you signed in.\nThird-party building blocks may link your account to other servers.\nLearning Objects\n\nLearning objects utilise session cookies to remember session details while you work through them.\n';
    const config = await read('notice.md', md);
    expect(headingsOf(config.notice.sections)).toEqual(['Blackboard', 'Learning Objects']);
    // (An address's last line, or a line after a colon, stays where it is.)
    const contact = '# Privacy notice\n\n## Contact\n\nPlease write to:\nData Protection Officer\n\nWe will answer your letter within one month of receiving it, as the law requires.\n';
    expect(headingsOf((await read('notice.md', contact)).notice.sections)).toEqual(['Contact']);
  });
});

describe('text copies: a link\'s words sending the reader to another document', () => {
  it('never takes "Read Google\'s overview of …" or "For more information read our PDF version of …" for a heading', async () => {
    expect(await headings('Cookies\n\nAnalytics\n\nWe use Google Analytics to count visits to the site and see which pages are read.\n\nRead Google\'s overview of privacy and safeguarding data\n\nThese cookies are set only if you accept them in the banner on every page.\n')).toEqual(['Analytics']);
    expect(await headings('Privacy policy\n\nWho we are\n\nWe are the Business Services Organisation, a health and social care body.\n\nFor more information read our PDF version of the BSO Privacy Notice\n\nThe notice is also available in other formats on request from our office.\n')).toEqual(['Who we are']);
  });
});

describe('text copies: a retention table flattened a row a line', () => {
  it('never takes its header ("… How long we keep it") or a row ending in its period for a heading (the Care Quality Commission\'s feedback notice)', async () => {
    const text = 'How we use your information\n\nHow long we keep it\n\nHow long we keep the information depends on what we use it for. This table shows how long.\n\nWhat we use the information for How long we keep it\nSafeguarding (protecting people from things like abuse or neglect) 3 years\nComplaints about CQC 5 years\nEnforcement (taking action when people do not follow the regulations) 7 years after the action has ended\n\nYour rights\n\nYou can ask for a copy of the information we hold about you.\n';
    expect(await headings(text)).toEqual(['How long we keep it', 'Your rights']);
  });
});

describe('text copies: a kind of cookie set with a bullet, alone over its cookies', () => {
  it('reads "• Necessary Cookies" alone over its cookies as a group heading (a WordPress site\'s cookie policy), and a bulleted list of kinds as a list', async () => {
    const text = 'Cookie Policy\n\nWe use some cookies on this site. The lists below explain the cookies we use and why.\n\n  • Necessary Cookies\n\nSession ID\n\nNAME Purpose Expires\nJSESSIONID A platform session cookie used to maintain an anonymous user session. Session\n\nWe use these kinds of cookies:\n\n  • Necessary cookies\n  • Analytics cookies\n';
    expect(await headings(text)).toContain('Necessary Cookies');
    expect(await headings(text)).not.toContain('Analytics cookies');
  });
});
