/**
 * Classes from round twenty's corpus half (batch 16z74: text copies, and originals from repositories, keyed blind).
 * Each test uses the shape of a real notice and names it, with a shape the rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { factsOf } from '../support/facts-score.js';

const load = (body: string, name: string) => importNotice(name, new TextEncoder().encode(body), { today: new Date('2026-12-07') });
type S = { heading: string; sub?: S[] };
const walk = (s: S[]): string[] => s.flatMap((x) => [x.heading, ...walk(x.sub ?? [])]);

describe('batch 16z74: a Rails page built from helpers', () => {
  // The Online Trade Tariff's privacy notice (trade-tariff-frontend, app/views/pages/privacy.html.erb): its title, bases,
  // rights and transfers are all given to govuk-components' helpers.
  const page = `<% content_for :top_breadcrumbs do %>
  <%= generate_breadcrumbs(t('breadcrumb.privacy'), [[t('breadcrumb.home'), home_path]]) %>
<% end %>

<%= page_header 'Privacy notice' %>

<p class="govuk-body-l">This notice explains how HM Revenue & Customs (HMRC) will use your personal data in relation to the Online Trade Tariff service.</p>

<h2 class="govuk-heading-m">How we use your data</h2>

<%= govuk_list [
  safe_join(["provide support to users of the '", service_name, "'"]),
  'collect and analyse web analytics data to monitor and improve our services'
], type: :bullet %>

<h2 class="govuk-heading-m">The legal basis for processing your data</h2>

<p>The legal basis for processing your personal data is:</p>

<%= govuk_list [
  'to support HMRC’s public task under UK GDPR Article 6 (1)(e)'
], type: :bullet %>

<h2 class="govuk-heading-m">Your rights</h2>

<p>Under the UK GDPR, you have the right to: </p>

<%= govuk_list [
  'request access to the personal data we hold about you',
  'request that we correct or update inaccurate or incomplete data',
  "request deletion of your data where there is no legal justification to keep it"
], type: :number %>

<h2 class="govuk-heading-m">International transfers</h2>

<%= govuk_list [
  'GOV.UK Notify processes email data using servers located in Ireland, which is recognised as an adequate country under UK data protection law'
], type: :bullet %>
`;

  it('reads the page header helper as the title and a list helper\'s items as the list it prints, numbered for "type: :number"', async () => {
    const result = await load(page, 'privacy.html');
    expect(result.config.notice.title).toBe('Privacy notice');
    const facts = factsOf(result);
    expect(facts.art6).toEqual(['e']);
    expect(facts.rights.sort()).toEqual(['access', 'erasure', 'rectification']);
    expect(facts.transfers).toBe('yes');
    const text = JSON.stringify(result.config.notice);
    expect(text).toContain("provide support to users of the '[service_name]'");
    expect(text).toMatch(/"ordered":true|"kind":"ordered"|<ol>/);
  });

  it('prints a value inside the helper\'s words ("Cookies on the #{service_name}") as a visible hole, and says so', async () => {
    const result = await load('<%= page_header "Cookies on the #{service_name}" %>\n<h2 class="govuk-heading-m">Cookie settings</h2>\n<p>We use cookies to make the service work.</p>\n', 'cookies.html');
    expect(result.config.notice.title).toBe('Cookies on the [service_name]');
    expect(result.config.notice.importNotes?.some((n) => /\[service_name\]/.test(n.text))).toBe(true);
  });

  it('leaves a helper given no words (a message key, a value) printing nothing of its own', async () => {
    const result = await load("<h1>Privacy notice</h1>\n<%= govuk_list [t('privacy.one'), t('privacy.two')] %>\n<h2>Who we are</h2>\n<p>We are Anytown Council.</p>\n", 'privacy.html');
    expect(JSON.stringify(result.config.notice)).not.toMatch(/privacy\.one|<ul>/);
  });
});

describe('batch 16z74: structure', () => {
  it('drops a success panel a cookie page shows only after the visitor saves ("Mae eich gosodiadau cwcis wedi’u cadw", ONS\'s census page, "panel--success")', async () => {
    const html = '<div class="page__body">\n<div class="panel panel--success panel--no-title u-d-no cookies-confirmation-message">\n<span class="u-vh">Cwblhawyd: </span>\n<div class="panel__body"><h2>Mae eich gosodiadau cwcis wedi’u cadw</h2><p>Efallai y bydd rhannau o’r cyfrifiad yn defnyddio cwcis ychwanegol.</p></div>\n</div>\n<h2>Gosodiadau cwcis</h2>\n<p>Rydym yn defnyddio cwcis i wneud i’r wefan weithio.</p>\n<h3>Cwcis cwbl angenrheidiol</h3>\n<p>Mae angen y cwcis hyn er mwyn i’r wefan weithio.</p>\n</div>\n';
    const { config } = await load(html, 'cookies-cy.html');
    expect([config.notice.title, ...walk(config.notice.sections)]).toEqual(['Gosodiadau cwcis', 'Cwcis cwbl angenrheidiol']);
    expect(JSON.stringify(config.notice)).not.toMatch(/wedi’u cadw|Cwblhawyd/);
  });

  it('reads a controller field run into its value ("Controller NHS Digital") over the next heading as no heading, and keeps the heading', async () => {
    const text = 'Book or manage a free NHS flu vaccine at a pharmacy : GDPR information\n\nSummary\n\nWhy and how we process your data in the service and your rights.\n\nController NHS Digital\nHow we use the information (processing activities)\n\nWe use your information to:\n\n  • check your identity\n  • contact you\n';
    const result = await load(text, 'notice.txt');
    expect(walk(result.config.notice.sections)).toEqual(['Summary', 'How we use the information (processing activities)']);
    expect(result.config.notice.title).toBe('Book or manage a free NHS flu vaccine at a pharmacy : GDPR information');
    expect(factsOf(result).controller).toBe('NHS Digital');
  });

  it('keeps a heading that only opens with "Controller" ("Data Controller Contact Details", "Controller and Processor")', async () => {
    const text = 'Privacy notice\n\nData Controller Contact Details\n\nAnytown Council, Town Hall, Anytown.\n\nController and Processor\n\nWe use a supplier to run the service.\n';
    expect(walk((await load(text, 'notice.txt')).config.notice.sections)).toEqual(['Data Controller Contact Details', 'Controller and Processor']);
  });

  it('reads a first line naming the notice, ended with a full stop as a page\'s summary line is ("Hysbysiad preifatrwydd ar gyfer ymgeiswyr swyddi a phenodiadau cyhoeddus."), as the title', async () => {
    const text = "Hysbysiad preifatrwydd ar gyfer ymgeiswyr swyddi a phenodiadau cyhoeddus.\n\nCyhoeddwyd gyntaf:\n\n5 Gorffennaf 2023\n\nCyffredinol\n\nMae'r hysbysiad hwn yn nodi sut y byddwn yn defnyddio’ch data personol a'ch hawliau.\n";
    expect((await load(text, 'notice-cy.txt')).config.notice.title).toBe('Hysbysiad preifatrwydd ar gyfer ymgeiswyr swyddi a phenodiadau cyhoeddus.');
  });
});

describe('batch 16z74: facts', () => {
  it('reads the recipients a research notice names here and abroad, after the sentence that gives them the data (the Health Research Authority\'s wording), as a transfer', async () => {
    const text = 'Data transparency statement\n\nHow your information is used\n\nWhen you agree to take part in a research study, the information about your health and care may be provided to researchers running other research studies in this organisation and in other organisations. These organisations may be universities, NHS organisations or companies involved in health and care research in this country or abroad.\n';
    expect(factsOf(await load(text, 'notice.txt')).transfers).toBe('yes');
  });

  it('reads a site\'s links to organisations here and abroad as no transfer', async () => {
    const text = 'Privacy policy\n\nOther websites\n\nOur site links to other websites, both of police forces and of other organisations in this country and abroad. We do not pass on any personal information you have given us to any other site.\n';
    expect(factsOf(await load(text, 'notice.txt')).transfers).not.toBe('yes');
  });

  it('reads a sentence that keeps one kind of data in the UK "while" another is stored elsewhere as saying nothing of transfers', async () => {
    const text = 'Privacy notice\n\nHow we store data\n\nGoogle Analytics data is stored securely by Google in a cloud-based service, while any analysis of that data is stored on our secure servers and/or in our premises within the UK.\n';
    expect(factsOf(await load(text, 'notice.txt')).transfers).toBeNull();
  });

  it('reads "Name: random alphanumeric string", a description of the name, as no cookie, and keeps the labelled name beside it (Harborough)', async () => {
    const text = 'Cookies\n\nCookies we use\n\n  • Name: TestCookie\n  • Purpose: To determine whether a user\'s browser accepts cookie and can therefore log in\n  • Name: random alphanumeric string\n  • Purpose: To store the session id\n';
    expect(factsOf(await load(text, 'cookies.txt')).cookies).toEqual(['TestCookie']);
  });
});

describe('batch 16z74: a list helper given values alone', () => {
  it('prints nothing and notes no unfilled value for a list of values alone (<%= govuk_list [first_item, second_item] %>)', async () => {
    const result = await load('<h1>Privacy notice</h1>\n<%= govuk_list [first_item, second_item] %>\n<h2>Who we are</h2>\n<p>We are Anytown Council.</p>\n', 'privacy.html');
    expect(JSON.stringify(result.config.notice)).not.toMatch(/first_item/);
    expect(result.config.notice.importNotes?.some((n) => /first_item/.test(n.text))).toBe(false);
  });
});
