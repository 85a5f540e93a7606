/**
 * Structure the readers recover from real-world files: YAML front matter, page-template
 * directives, tables copied as text, label lines, numbered and question headings, and a
 * subheading straight after a heading. Small invented inputs, one behaviour each.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { readFrontMatter } from '../../../src/import/readers/front-matter.js';
import { htmlToTree } from '../../../src/import/readers/html.js';
import { markdownToTree } from '../../../src/import/readers/markdown.js';
import { stripTemplateDirectives } from '../../../src/import/readers/templates.js';
import { looksLikeHeading, textToTree } from '../../../src/import/readers/text.js';
import { importNotice } from '../../../src/import/import-notice.js';

const shape = (blocks: DocBlock[]) => blocks.map((b) => `${b.kind === 'heading' ? `h${b.level}` : b.kind}:${blockText(b).split('\n')[0]}`);
const load = (text: string, name = 'notice.txt') => importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-05') });

describe('front matter and template directives', () => {
  it('reads the title from YAML front matter and keeps it out of the wording', async () => {
    const md = '---\nlayout: page\ntitle: "Privacy notice: how we use your data"\nlastUpdated: 2 February 2026\n---\n\n## Why we need your data\n\nWe need it to answer you.\n';
    expect(readFrontMatter(md).meta).toEqual({ title: 'Privacy notice: how we use your data', date: '2 February 2026' });
    const { config } = await load(md, 'notice.md');
    expect(config.notice.title).toBe('Privacy notice: how we use your data');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Why we need your data']);
    expect(config.notice.lastUpdated).toBe('2026-02-02');
  });

  it('leaves a file without front matter as it is, and a thematic break is not front matter', () => {
    expect(readFrontMatter('# Notice\n\n---\n\nText').found).toBe(false);
    expect(readFrontMatter('---\nNot: front matter because this line is prose, not a key.\nAnd this.\n---\n').found).toBe(false);
  });

  it('ignores Jinja, ERB and Template Toolkit directives, so the <h1> after them is the title', async () => {
    const html = `{% extends "base.html" %}{% block page_title %}Cookies - Service{% endblock %}[% INCLUDE header %]<%= render "nav" %>\n<h1>Privacy notice</h1>{{ content_metadata(data={ "Last updated": "2 June 2025" }) }}<h2>Who we are</h2><p>We are the Department for Education.</p>{% endblock %}`;
    expect(stripTemplateDirectives('{% set title = "Privacy notice - Register" %}<h1>{{ title }}</h1>')).toEqual({ text: '<h1>Privacy notice - Register</h1>', removed: 2, title: 'Privacy notice - Register' });
    const { config } = await load(html, 'notice.html');
    expect(config.notice.title).toBe('Privacy notice');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Who we are']);
    expect(JSON.stringify([config.notice.intro ?? [], config.notice.sections])).not.toMatch(/\{\{|\{%|<%|\[%|INCLUDE|render/);
  });

  it('takes a title set by the template when the <h1> is a template variable', async () => {
    const { config } = await load('{% set title = "Privacy Notice - Register" %}<h1>{{ title }}</h1><h2>Purpose</h2><p>We keep a register of professions.</p>', 'notice.html');
    expect(config.notice.title).toBe('Privacy Notice - Register');
  });

  it('puts back a value the template sets and prints, and keeps translated words and link labels', async () => {
    // The shape of GOV.UK service templates (Jinja / Django / ERB): the department is set once and printed in the wording.
    const html = `{% set departmental_owner = "Department for Business and Trade" %}{% block content %}<h1>{% trans "Privacy notice" %}</h1>
<h2>{{ _("Contact details") }}</h2>
<p>The data controller for your personal data is the {{ departmental_owner }}.</p>
<p>You can complain to <%= link_to "the Information Commissioner's Office", "https://ico.org.uk/make-a-complaint/" %>.</p>
<p><%= t(".intro_html") %></p>{% endblock %}`;
    const { config } = await load(html, 'notice.html');
    expect(config.notice.title).toBe('Privacy notice');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Contact details']);
    expect(config.organisation.name).toBe('Department for Business and Trade');
    const text = JSON.stringify(config.notice.sections);
    expect(text).toContain('the Department for Business and Trade.');
    expect(text).toContain('https://ico.org.uk/make-a-complaint/');
    expect(text).not.toMatch(/intro_html|\{\{|<%/);
  });

  it('marks a value the template prints inside a sentence but the file does not give, and says so', async () => {
    expect(stripTemplateDirectives('<h1>Privacy notice for {{ productName }}</h1><a href="{{ url }}">x</a>\n{{ footer }}').text).toBe('<h1>Privacy notice for [productName]</h1><a href="">x</a>\n');
    const { config } = await load('<h1>Privacy notice for {{ service_name | safe }}</h1><h2>Who we are</h2><p>We run {{ service_name }} for schools.</p>', 'notice.html');
    expect(config.notice.title).toBe('Privacy notice for [service_name]');
    expect(config.notice.importNotes?.some((n) => n.kind === 'possible-error' && n.text.includes('"[service_name]"'))).toBe(true);
  });

  it('marks a helper call or a message key printed inside a sentence (ERB), and drops one alone on its line', () => {
    const erb = `<% content_for :page_title, 'Privacy notice' %>\n<h1>Privacy Notice: <%= policy_service_name(current_route) %></h1>\n<%= render "shared/contents" %>\n<p>When you use the <%= t('check_records.name') %> service, teachers can <%= t("#{route.underscore}.claim_action") %>.</p>`;
    const { text, unfilled } = stripTemplateDirectives(erb);
    expect(text).toBe('\n<h1>Privacy Notice: [policy_service_name]</h1>\n\n<p>When you use the [check_records.name] service, teachers can [claim_action].</p>');
    expect(unfilled).toEqual(['policy_service_name', 'check_records.name', 'claim_action']);
  });

  it('fills a Markdown page\'s template values from its front matter', async () => {
    const { config } = await load('---\ntitle: Privacy notice\norganisation: Anytown Borough Council\n---\n\n## Who we are\n\n{{ page.organisation }} is the data controller for the information you give us.\n', 'notice.md');
    expect(config.organisation.name).toBe('Anytown Borough Council');
    expect(JSON.stringify(config.notice.sections)).not.toContain('[page.organisation]');
  });

  it('drops page furniture before the only <h1> (a confirmation banner, breadcrumbs)', async () => {
    const { config } = await load('<div class="banner"><h2>Your cookie settings were saved</h2><a href="#">Go back</a></div><h1>Cookies</h1><h2>Essential cookies</h2><p>They keep you signed in.</p>', 'cookies.html');
    expect(config.notice.title).toBe('Cookies');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Essential cookies']);
  });

  it('reads a saved page without <main> as its content, without the site\'s banner, header, breadcrumbs, sidebar and footer', async () => {
    const page = `<html><head><title>Privacy notice | Anytown Council</title></head><body>
<a href="#content" class="skip-link">Skip to main content</a>
<div class="cookie-banner" role="region" aria-label="Cookies on Anytown Council"><h2>Cookies on Anytown Council</h2><p>We use some essential cookies.</p><button>Accept additional cookies</button><button>Reject additional cookies</button></div>
<header role="banner"><img src="logo.png" alt="Anytown Council"><ul><li><a href="/bins">Bins and recycling</a></li></ul></header>
<div class="breadcrumb"><ol><li><a href="/">Home</a></li><li>Privacy notice</li></ol></div>
<div id="content"><h1>Privacy notice</h1><p>Anytown Borough Council is the data controller.</p><h2>Your rights</h2><p>You have the right to access your information.</p></div>
<aside><h2>Related pages</h2><ul><li><a href="/foi">Freedom of information</a></li></ul></aside>
<div id="footer"><h2>Useful links</h2><p>© Anytown Borough Council 2025</p></div>
</body></html>`;
    const { config } = await load(page, 'page.html');
    expect(config.notice.title).toBe('Privacy notice');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Your rights']);
    expect(JSON.stringify(config.notice)).not.toMatch(/Skip to|Accept additional|Bins and recycling|Related pages|Useful links/);
    expect(config.notice.importNotes?.some((n) => n.kind === 'artefact' && /consent banner/.test(n.text) && /breadcrumbs/.test(n.text))).toBe(true);
  });

  it('keeps what only looks like furniture: a cookie page\'s own text, a header holding the <h1>, a footer inside the article', async () => {
    const page = `<body><header class="page-header"><h1>Cookies</h1></header>
<div class="cookie-notice"><h2>Essential cookies</h2><ul><li>_session: keeps you signed in</li></ul></div>
<article><h2>Analytics</h2><p>We use _ga to count visits.</p><footer><p>Last reviewed March 2025</p></footer></article></body>`;
    const { config } = await load(page, 'cookies.html');
    expect(config.notice.title).toBe('Cookies');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Essential cookies', 'Analytics']);
    expect(JSON.stringify(config.notice)).toContain('Last reviewed March 2025');
  });

  it('drops a page\'s widgets inside <main>: an in-page contents list, a share bar, "Was this page helpful?", related links', async () => {
    const page = `<main><h1>Privacy notice: housing</h1><div class="share"><span>Share this page</span><a href="https://x.com/share">X</a></div>
<h2>On this page</h2><ul><li><a href="#who">Who we are</a></li><li><a href="#rights">Your rights</a></li></ul>
<h2 id="who">Who we are</h2><p>Anytown Council is the data controller.</p>
<h2 id="rights">Your rights</h2><p>You can ask for a copy of your information.</p>
<div class="feedback"><h2>Was this page helpful?</h2><a href="/y" role="button">Yes</a> <a href="/n" role="button">No</a></div>
<h2>Related content</h2><ul><li><a href="/housing">Housing</a></li></ul>
<h2>Cynnwys cysylltiedig</h2><p><a href="/tai">Tai</a></p></main>`;
    const { config } = await load(page, 'page.html');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Who we are', 'Your rights']);
    expect(JSON.stringify(config.notice)).not.toMatch(/Share this page|"X"/);
  });

  it('keeps a heading that only sounds like a widget when wording follows it', async () => {
    const { config } = await load('<main><h1>Privacy notice</h1><h2>Contents</h2><p>This notice explains what we collect. It covers our website and our services.</p><h2>Who we are</h2><p>We are Anytown Council.</p></main>', 'page.html');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Contents', 'Who we are']);
  });

  it('reads an accordion heading\'s <button> title and an expander\'s <summary> as headings', async () => {
    const page = `<main><h1>Privacy notice</h1><p>Anytown Council is the data controller.</p>
<h2 class="accordion-header"><button class="accordion-button" aria-expanded="false">Why we use your information</button></h2><div hidden><p>Our lawful basis is public task.</p></div>
<details><summary><span>What we collect</span></summary><div><p>Your name and address.</p></div></details></main>`;
    const { config } = await load(page, 'page.html');
    expect(config.notice.sections.map((s) => [s.heading, (s.sub ?? []).map((x) => x.heading)])).toEqual([['Why we use your information', ['What we collect']]]);
    expect(config.notice.bases.map((b) => b.art6)).toEqual(['e']);
  });

  it('takes an <h1> above <main> (a page banner) as the title, before the <title>', async () => {
    const { config } = await load('<html><head><title>Privacy - Anytown Council</title></head><body><div class="hero"><h1>Privacy notice for tenants</h1></div><main><h2>Who we are</h2><p>We are Anytown Council.</p></main></body></html>', 'page.html');
    expect(config.notice.title).toBe('Privacy notice for tenants');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Who we are']);
  });

  it('takes the <title> (without the site name) when the content has no <h1>', async () => {
    const { config } = await load('<html><head><title>Your data and how we use it - Anytown Council</title></head><body><h2>Who we are</h2><p>We are Anytown Council.</p></body></html>', 'page.html');
    expect(config.notice.title).toBe('Your data and how we use it');
  });

  it('drops Markdown attribute lists (kramdown, Pandoc, markdown-it-attrs): ids and classes are not wording', async () => {
    const md = '# Privacy notice {#top}\n\nAnytown Council is the data controller.\n{: .govuk-body-l}\n\n## Who we are {#who-we-are .govuk-heading-m}\n\nSee [the ICO](https://ico.org.uk/){:target="_blank"} or [us](https://example.gov.uk/){target="_blank" rel="noopener"}.\n\n{::options parse_block_html="true" /}\n\n## Your rights\n{: #rights}\n\nYou can ask for a copy.\n';
    const { config } = await load(md, 'notice.md');
    expect(config.notice.title).toBe('Privacy notice');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Who we are', 'Your rights']);
    expect(JSON.stringify(config.notice)).not.toMatch(/\{:|\{#|target=|govuk-body/);
    expect(JSON.stringify(config.notice)).toContain('https://ico.org.uk/');
  });

  it('reads a web page a converter made into Markdown: menus before the title, a feedback widget, labels repeated in each cell', async () => {
    const md = `[Skip to main content](#maincontent)\n\nSearch the website\n\n* [Bins](https://example.gov.uk/bins)\n* [Council tax](https://example.gov.uk/tax)\n* [Housing](https://example.gov.uk/housing)\n* [Schools](https://example.gov.uk/schools)\n* [Parking](https://example.gov.uk/parking)\n* [Libraries](https://example.gov.uk/libraries)\n* [Jobs](https://example.gov.uk/jobs)\n* Browse More\n\n1. [Home](https://example.gov.uk/)\n2. [Our policies](https://example.gov.uk/policies)\n\nCookies on our website\n======================\n\nHow we use cookies\n------------------\n\nWe use cookies to make the site work.\n\n| Name | Purpose | Expires |\n| --- | --- | --- |\n| Name<br><br>session_id | Purpose<br><br>Keeps you signed in | Expires<br><br>When you close the browser |\n| Name<br><br>_ga | Purpose<br><br>Counts visits | Expires<br><br>2 years |\n\nIs this page useful?\n--------------------\n\n* [Yes](#)\n* [No](#)\n\nPage last reviewed: 12 March 2024\n`;
    const { config } = await load(md, 'cookies.md');
    expect(config.notice.title).toBe('Cookies on our website');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['How we use cookies']);
    expect(JSON.stringify([config.notice.intro ?? [], config.notice.sections])).not.toMatch(/Skip to|Council tax|Is this page useful/);
    expect(JSON.stringify(config.notice.sections)).toContain('Page last reviewed: 12 March 2024');
    const cookies = config.consent!.categories.flatMap((c) => c.cookies ?? []);
    expect(cookies.map((k) => [k.name, k.duration])).toEqual(expect.arrayContaining([['session_id', 'When you close the browser'], ['_ga', '2 years']]));
  });

  it('drops GOV.UK Govspeak "$A" address markers in Markdown', () => {
    const tree = markdownToTree('Write to:\n\n$A\nData Protection Officer\nLondon\nSW1A 2EG\n$A\n');
    expect(tree.blocks.map(blockText).join(' ')).not.toContain('$A');
  });
});

describe('text copied from tables and web pages', () => {
  it('reads tab-separated rows as a table, not as headings', () => {
    const tree = textToTree('Cookies\n\nWe use these cookies.\n\nName\tPurpose\tExpiry\n_ga\tCounts visits\t2 years\n_gid\tCounts visits\t1 day\n');
    expect(shape(tree.blocks)).toEqual(['h1:Cookies', 'paragraph:We use these cookies.', 'table:Name\tPurpose\tExpiry']);
    const table = tree.blocks[2]!;
    expect(table.kind === 'table' && table.rows.length).toBe(2);
  });

  it('reads "a | b | c" rows, with their "---|---" line, as a table', () => {
    const tree = textToTree('Site cookies\nCookie name | Lasts for | Purpose |\n---|---|---|\n_gid | 1 day | Counts visits |\n_fbp | 3 months | Facebook advertising |\n');
    expect(shape(tree.blocks)).toEqual(['h1:Site cookies', 'table:Cookie name\tLasts for\tPurpose']);
  });

  it('splits a cookie table whose cells were joined by spaces back into name, purpose and expiry', () => {
    const tree = textToTree('Cookies we use\n\nName Purpose Expires\n_gid Google Analytics stores a visitor id. 1 day\n_ga_* Counts page views. 1 year 1 month 4 days\n');
    const table = tree.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.map((c) => blockText({ kind: 'paragraph', content: c })))).toEqual([
      ['_gid', 'Google Analytics stores a visitor id.', '1 day'],
      ['_ga_*', 'Counts page views.', '1 year 1 month 4 days'],
    ]);
  });

  it('does not take label lines ("SMS : 0786…", "Data Controller Name: …") or "Role – Name" lines as headings, but does take "Privacy Notice – Law Enforcement"', () => {
    const tree = textToTree('Privacy Notice – Law Enforcement\n\nContacts\n\nSMS : 07860 000000\nData Controller Name: Department of Health\nTelephone: 028 9052 0500\n\nWe answer within a month of your request reaching the team.\n');
    expect(shape(tree.blocks).filter((s) => s.startsWith('h'))).toEqual(['h1:Privacy Notice – Law Enforcement', 'h2:Contacts']);
  });

  it('keeps a subheading straight after a heading when body text follows it, and nests numbered headings', () => {
    const tree = textToTree('Notice\n\n2. Your information\n\n2.1 Our legal basis for processing your information\n\nWe rely on your consent, which you can withdraw at any time by writing to us.\n\n3. Your rights\n\nYou can ask for a copy of the information we hold about you at any time.\n');
    expect(shape(tree.blocks).filter((s) => s.startsWith('h'))).toEqual(['h1:Notice', 'h2:2. Your information', 'h3:2.1 Our legal basis for processing your information', 'h2:3. Your rights']);
  });

  it('reads an accordion question bullet with its answer indented under it as a heading', () => {
    const tree = textToTree('Privacy Notice\n\n  • What information is collected?\n\n    We only collect what we need: your name, address and date of birth.\n');
    expect(shape(tree.blocks)).toEqual(['h1:Privacy Notice', 'h2:What information is collected?', 'paragraph:We only collect what we need: your name, address and date of birth.']);
  });

  it('drops skip links and other page furniture at the start of copied text', async () => {
    const { config } = await load('Skip to main content\nEnable Recite\n\nPrivacy notice\n\nWho we are\n\nWe are the North Trust and we run the hospital in the town centre.\n');
    expect(config.notice.title).toBe('Privacy notice');
  });

  it('does not take "And" or a quoted legal sentence as a heading', () => {
    const tree = textToTree('Lawful basis\nArticle 6(1)(e) ‘…necessary for a task carried out in the public interest…’.\nAnd\nArticle 9(2)(h) ‘processing is necessary for health or social care..’\n');
    expect(shape(tree.blocks).filter((s) => s.startsWith('h'))).toEqual(['h1:Lawful basis']);
  });

  it('reads HTML with htmlparser2: unclosed elements, entities, and a document nested far too deep', () => {
    expect(htmlToTree('<p>Tom &amp; Jerry<p>Second').blocks.map(blockText)).toEqual(['Tom & Jerry', 'Second']);
    const deep = `${'<div>'.repeat(3000)}<p>Deep text</p>${'</div>'.repeat(3000)}`;
    expect(htmlToTree(deep).blocks.map(blockText)).toEqual(['Deep text']);
  });
});

describe('structure of pages copied as text (batch 16b-2 forms)', () => {
  it('drops a cookie banner copied before the title, and keeps repeated "1." and lettered headings', async () => {
    const text = 'We use cookies to make this site work.\nCookie settings.\nAnalytics Cookies\nThese cookies count visits.\nPrivacy Notice\n\n1. About us\n\nWe are a GP surgery in Northtown and we hold records about our patients.\n\nA. Who to contact\n\nWrite to the practice manager at the surgery if you have any question about your records.\n\nB. If you have a concern\n\nTell us first, and we will look into it and reply within a month of hearing from you.\n\n1. Why we hold your records\n\nDoctors must keep records of the care they give to every patient of the practice.\n';
    const { config } = await importNotice('notice.txt', new TextEncoder().encode(text));
    expect(config.notice.title).toBe('Privacy Notice');
    const headings = (s: { heading: string; sub?: unknown[] }[]): string[] => s.flatMap((x) => [x.heading, ...headings((x.sub ?? []) as never)]);
    expect(headings(config.notice.sections)).toEqual(['1. About us', 'A. Who to contact', 'B. If you have a concern', '1. Why we hold your records']);
    expect(config.notice.importNotes?.some((n) => /cookie banner/.test(n.text))).toBe(true);
  });

  it('keeps an address written with <br/> in Markdown as lines, read as the contact under its heading', async () => {
    const md = '# Hysbysiad\n\n## Swyddog Diogelu Data\nTîm Llywodraethu <br/>\nNeuadd y Sir <br/>\nCaerdydd <br/>\nCF10 4UW\n';
    const { config } = await importNotice('notice.md', new TextEncoder().encode(md));
    expect(config.notice.contacts.find((c) => c.role === 'dpo')?.address).toEqual({ lines: ['Tîm Llywodraethu', 'Neuadd y Sir', 'Caerdydd'], postcode: 'CF10 4UW' });
  });
});

describe('structure of pages copied as text (batch 16g forms)', () => {
  const cookiesOf = (config: Awaited<ReturnType<typeof load>>['config']) => (config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => ({ category: c.id, name: k.name, purpose: k.purpose ?? '', duration: k.duration ?? '' })));

  it('reads a table copied one cell a line, each cell keeping its " |" separator, with no header row of pipes', async () => {
    const text = 'How we use cookies\nWe also use cookies to track visitor interaction with our websites, and the analytics are anonymous.\nA list of cookies used by our sites and their purpose can be found below\nCookie Name |\nExpiration Time |\nDescription |\n_ga |\n2 years |\nUsed to distinguish users. |\n_gid |\n24 hours |\nUsed to distinguish users. |\nAMP_TOKEN |\n30 seconds to 1 year |\nContains a token that can be used to retrieve a Client ID. |\nMost modern web browsers allow users to control cookies through the browser settings.\n';
    const { config } = await load(text);
    expect(cookiesOf(config).map(({ name, duration }) => [name, duration])).toEqual([['_ga', '2 years'], ['_gid', '24 hours'], ['AMP_TOKEN', '30 seconds to 1 year']]);
    expect(config.notice.title).toBe('How we use cookies');
    expect(JSON.stringify(config.notice.sections.map((s) => s.heading))).not.toMatch(/\|/);
  });

  it('reads a pipe table whose rows were broken at the separators, a cut-short last cell, and several names in one cell', async () => {
    const text = 'Summary of cookies used on this site\nThe following table lists the cookies you can expect to see on our site and what each of them does.\nCookie | Name | Type | Purpose |\nGoogle Analytics |\n_utma _utmb _utmc _utmz |\nPersistent Persistent Session Persistent |\nThese cookies are used to collect information about how visitors use our site. The cookies collec\n';
    const { config } = await load(text);
    expect(cookiesOf(config).map((c) => [c.category, c.name])).toEqual([['analytics', '_utma'], ['analytics', '_utmb'], ['analytics', '_utmc'], ['analytics', '_utmz']]);
    expect(cookiesOf(config)[0]!.purpose).toMatch(/^These cookies are used/);
    const welsh = 'Cwcis\nMae’r tabl isod yn esbonio pa cwcis rydym ni’n eu defnyddio a pham, ar bob tudalen o’r wefan.\nCwci | Enw | Diben | Mwy o wybodaeth |\nGoogle Analytics | _utma _utmb |\nDefnyddir y cwcis hyn i gasglu gwybodaeth am y ffordd y mae ymwelwyr yn defnyddio ein safle. | Cliciwch yma. |\nMewngofnodi Staff | fe_typo_user PHPSESSID |\nDefnyddir y cwcis hyn i ganiatáu i staff ymweld â rhannau cyfyngedig o’r wefan. | Dim ond ar dudalennau staff. |\n';
    const cy = cookiesOf((await load(welsh)).config);
    expect(cy.map((c) => c.name).sort()).toEqual(['PHPSESSID', '_utma', '_utmb', 'fe_typo_user']);
    expect(cy.find((c) => c.name === 'fe_typo_user')?.purpose).toMatch(/^Defnyddir y cwcis hyn i ganiatáu/);
  });

  it('reads cells one a line with their " |" under column names, a "|" alone being an empty cell', async () => {
    const text = 'Cookies\nWe use the following cookies on this website, and you can turn off the optional ones.\nName |\nPurpose |\nExpires |\nARRAffinity |\nKeeps you on the same server. |\n|\nnhsuk-cookie-consent |\nRemembers your choice. |\n1 year |\n_ga |\nCounts visits. |\n2 years |\n';
    const { config } = await load(text);
    expect(cookiesOf(config).map(({ name, purpose, duration }) => [name, purpose, duration])).toEqual([['ARRAffinity', 'Keeps you on the same server.', ''], ['nhsuk-cookie-consent', 'Remembers your choice.', '1 year'], ['_ga', 'Counts visits.', '2 years']]);
  });

  it('keeps a range as the expiry of a row whose cells were joined by spaces ("… service. 30 seconds to 1 year")', () => {
    const tree = textToTree('Cookies we use\n\nName Purpose Expires\nAMP_TOKEN Contains a token that can be used to retrieve a Client ID. 30 seconds to 1 year\n_gid Used to distinguish users. 24 hours\n');
    const table = tree.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => blockText({ kind: 'paragraph', content: r[2]! }))).toEqual(['30 seconds to 1 year', '24 hours']);
  });

  it('reads a label / value table copied one cell a line between "|" lines as headings over their values', () => {
    const text = 'Cyflwyniad:\n|\nMae Cyngor Sir y Dyffryn yn Rheolwr Data sydd wedi cofrestru gyda Swyddfa’r Comisiynydd Gwybodaeth.\n|\nY Gwasanaeth a fydd yn prosesu (defnyddio) eich data personol yw:\n|\nY Cyngor, yn benodol y Gwasanaeth Amgylchedd.\n|\nY sail gyfreithiol dros brosesu’ch data personol yw:\n(gweler Sail gyfreithiol i brosesu | Swyddfa\'r Comisiynydd Gwybodaeth\n|\nBydd y Cyngor yn prosesu eich gwybodaeth yn unol â’n dyletswyddau tasg gyhoeddus.\n|\nPa mor hir y caiff eich data ei gadw:\n|\nByddwn yn cadw eich gwybodaeth bersonol yn unol â’r cyfnodau cadw.\n';
    const tree = textToTree(text);
    expect(shape(tree.blocks).filter((s) => s.startsWith('h'))).toEqual(['h2:Cyflwyniad:', 'h2:Y Gwasanaeth a fydd yn prosesu (defnyddio) eich data personol yw:', 'h2:Y sail gyfreithiol dros brosesu’ch data personol yw:', 'h2:Pa mor hir y caiff eich data ei gadw:']);
    expect(shape(tree.blocks)).not.toContain('paragraph:|');
    // Two "|" lines are no such table.
    expect(shape(textToTree('Cookies\n\nName:\n|\nValue\n|\nWe use them for counting visits to the site every day of the year.\n').blocks).filter((s) => s.startsWith('h'))).toEqual(['h1:Cookies']);
  });

  it('takes a line that a contents list before it names as a heading, numbered or over a paragraph the copy cut short', () => {
    const welsh = textToTree('Polisi Preifatrwydd\nMae’r polisi preifatrwydd hwn yn nodi sut mae’r Brifysgol yn defnyddio eich data personol ac yn ei ddiogelu, fesul paragraff.\n- Gwybodaeth bwysig a phwy ydym ni (paragraff 1)\n- Y mathau o ddata personol rydym yn ei gasglu amdanoch chi (2)\n- Cwynion (paragraff 3)\n1. Gwybodaeth bwysig a phwy ydym ni\nPolisi preifatrwydd\nMae’r polisi preifatrwydd hwn yn rhoi gwybodaeth i chi ynghylch sut mae’r Brifysgol yn casglu ac yn defnyddio eich data personol.\n');
    expect(shape(welsh.blocks).filter((s) => s.startsWith('h'))).toEqual(['h1:Polisi Preifatrwydd', 'h2:1. Gwybodaeth bwysig a phwy ydym ni', 'h2:Polisi preifatrwydd']);
    const cut = textToTree('Our commitment to you\nWe collect and use personal information about the people who support the hospice and the families it cares for.\nThis privacy notice provides details about:\n- Your data protection rights as an individual\n- Contacting us about your information\n- How long we keep information about you\nYour Data Protection rights\nYou have certain rights in relation to your per\n');
    expect(shape(cut.blocks).filter((s) => s.startsWith('h'))).toEqual(['h1:Our commitment to you', 'h2:Your Data Protection rights']);
  });

  it('takes a heading with an aside in brackets at its end, without counting the aside\'s words', () => {
    expect(looksLikeHeading('Special category data (only where you provide this, or it is required by law*)')).toBe(true);
    expect(looksLikeHeading('We keep your information for as long as the law requires us to (see the retention schedule for each record)')).toBe(false);
  });

  it('does not take a contact block\'s field labels or its opening hours as headings', () => {
    for (const label of ['E-bost/ar-lein', 'Cyfeiriad post', 'Postal address', 'Telephone', 'Email or phone']) expect(looksLikeHeading(label), label).toBe(false);
    expect(looksLikeHeading('Dydd Llun i ddydd Gwener 08:00 i 18:00')).toBe(false);
    expect(looksLikeHeading('Monday to Friday, 9am to 5pm')).toBe(false);
    expect(looksLikeHeading('Contact details')).toBe(true);
    const tree = textToTree('Hysbysiad\n\nOs oes gennych unrhyw gwestiynau, gallwch gysylltu â’n Swyddog Diogelu Data yn::\n\nE-bost/ar-lein\n\ndata@example.org.uk\n\nCyfeiriad post\n\n72 Ffordd y Parc\nLlanelwy\nLL17 0JD\n\nMae’r hysbysiad preifatrwydd hwn yn esbonio sut yr ydym yn casglu a defnyddio gwybodaeth amdanoch chi.\n');
    expect(shape(tree.blocks).filter((s) => s.startsWith('h'))).toEqual(['h1:Hysbysiad']);
  });

  it('reads a first question heading followed by other questions as the first section, not the title', async () => {
    const text = 'What are cookies?\nCookies are files saved on your phone, tablet or computer when you visit a website, and we use them too.\nWhy would we use cookies?\nA common use of cookies on our site is to manage your session while you fill in a form on the site.\n';
    const { config } = await load(text, 'council-cookies.txt');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['What are cookies?', 'Why would we use cookies?']);
    // A question title over ordinary headings stays the title.
    const titled = await load('How are you using my data?\n\nYou have the right to know why we have your data and how we are using it, and this page explains it.\n\nContact us\n\nWrite to the information governance team if you have any question about this notice.\n');
    expect(titled.config.notice.title).toBe('How are you using my data?');
  });

  it('reads a run of numbered lines from "1." as headings when the numbering carries on after its body, and a first "1." over "1.1" as a section', async () => {
    const tree = textToTree('1. Privacy Notices\n\n2. Privacy\n\n3. Personal Data and GDPR\n\nAs a data controller, the Authority processes the personal data of its employees, members, volunteers and suppliers.\n\n4. Privacy Notices\n\nThe links below provide details of our Privacy Notices, which set out why and how we process your personal data.\n');
    expect(shape(tree.blocks).filter((s) => s.startsWith('h'))).toEqual(['h1:1. Privacy Notices', 'h2:2. Privacy', 'h2:3. Personal Data and GDPR', 'h2:4. Privacy Notices']);
    // A contents list starts again at 1: its items stay a list.
    const contents = textToTree('Privacy notice\n\n1. Who we are\n2. What we collect\n\nThis notice explains how we collect and use your personal information when you use our services.\n\n1. Who we are\n\nWe are the council for the county and we provide services to its residents and visitors.\n');
    expect(contents.blocks[1]!.kind).toBe('list');
    const { config } = await load('1. Who is collecting the information?\n\nThe College is the data controller and its Data Protection Officer can be reached by email at any time.\n\n1.1 Why are we collecting it?\n\nWe report every withdrawal to the funding council, with the reasons the student gave for leaving.\n', 'college.txt');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['1. Who is collecting the information?']);
  });

  it('drops a breadcrumb before the title shown twice, and takes no heading from a field whose value is a reference code', async () => {
    const text = 'About Us\n\nHow we use information about you\n\nHow we use information about you\n\nOur Privacy Notice\n\nThe Trust will collect, store and use personal data about you to provide you with healthcare services in the community.\n\nInformation Commissioner’s Office (ICO) registration: Z1234567\n\nWe take our duty to protect your personal data, and to maintain confidentiality, very seriously indeed.\n';
    const { config } = await load(text);
    expect(config.notice.title).toBe('How we use information about you');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['How we use information about you', 'Our Privacy Notice']);
    expect(looksLikeHeading('Information Commissioner’s Office (ICO) registration: Z1234567')).toBe(false);
    expect(looksLikeHeading('Step 2: Tell us what you need')).toBe(true);
  });

  it('keeps a two-row pipe table with short rows as it is (rows with a name each are never joined)', () => {
    const tree = textToTree('Cookies\n\nCookie | Purpose | Expires | Provider |\n_ga | Counts visits |\n_gid | Counts visits |\n');
    const table = tree.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => blockText({ kind: 'paragraph', content: r[0]! }))).toEqual(['_ga', '_gid']);
  });
});
