/**
 * Design-system component calls in a page template (GOV.UK Frontend and NHS.UK frontend macros),
 * read as the content they stand for. The inputs follow the shapes services' cookie and privacy
 * pages use (a cookie table given only as govukTable's options, rows set in a variable first,
 * Jinja's translated cells, an expander around a table, radios and a button to save the choice);
 * the corpus holds a real one (test/fixtures/import-corpus/nhs-digital-service-manual-cookies.html).
 */
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/import/doc-tree.js';
import { importNotice } from '../../../src/import/import-notice.js';
import { htmlToTree } from '../../../src/import/readers/html.js';
import { markdownToTree } from '../../../src/import/readers/markdown.js';
import { renderComponentCalls } from '../../../src/import/readers/components.js';
import { headings, text } from '../support/blocks.js';

const load = (body: string, name = 'cookies.html') => importNotice(name, new TextEncoder().encode(body), { today: new Date('2026-12-05') });
const cookieNames = async (body: string, name?: string) => ((await load(body, name)).config.consent?.categories ?? []).flatMap((c) => (c.cookies ?? []).map((k) => k.name));

const TABLE = `{{ govukTable({
  caption: "Essential cookies",
  captionClasses: "govuk-visually-hidden",
  head: [{ text: "Name" }, { text: "Purpose" }, { text: "Expires" }],
  rows: [
    [{ text: "session" }, { text: "Keeps you signed in" }, { text: "20 hours" }],
    [{ text: "cookies_policy" }, { text: "Saves your cookie consent settings" }, { text: "1 year" }]
  ]
}) }}`;

describe('design-system component calls in a page template', () => {
  it('reads a table given as govukTable options as a table, and its cookie names into the draft consent section', async () => {
    const page = `{% extends "layout.njk" %}\n{% from "govuk/components/table/macro.njk" import govukTable %}\n{% block content %}\n<h1 class="govuk-heading-l">Cookies</h1>\n<h2 class="govuk-heading-m">Essential cookies</h2>\n<p class="govuk-body">Essential cookies keep your information secure.</p>\n${TABLE}\n{% endblock %}`;
    const tree = htmlToTree(page);
    const table = tree.blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' && table.head.map((c) => c.join(''))).toEqual(['Name', 'Purpose', 'Expires']);
    expect(table && table.kind === 'table' && table.rows.map((r) => r[0]!.join(''))).toEqual(['session', 'cookies_policy']);
    expect(await cookieNames(page)).toEqual(['session', 'cookies_policy']);
    expect((await load(page)).config.notice.importNotes?.some((n) => /design-system component call/.test(n.text))).toBe(true);
  });

  it('reads rows a template sets first (`{% set rows = [...] %}`), quoted keys, and cells given as translated words', async () => {
    const page = `{% set analyticsRows = [
      [{ 'text': "_ga" }, { 'text': _('Used to distinguish users') }, { 'text': _('2 years') }],
      [{ 'text': "_gid" }, { 'text': _('Used to distinguish users') }, { 'text': "24 hours" }]
    ] %}
    <h1>{{ _('Cookies') }}</h1>
    <h2>Analytics cookies (optional)</h2>
    <p>With your permission, we use Google Analytics.</p>
    {{ govukTable({ 'head': [{ 'text': _('Name') }, { 'text': _('Purpose') }, { 'text': _('Expires') }], 'rows': analyticsRows }) }}`;
    expect(await cookieNames(page)).toEqual(['_ga', '_gid']);
  });

  it('reads an expander around a cookie table: its label is a line of text, not a section heading', () => {
    const page = `<h1>Cookie policy</h1>\n<h2>Cookies that make our website work</h2>\n{% call details({ summary: "List of cookies that make our website work" }) %}\n${TABLE.replace('govukTable', 'table')}\n{% endcall %}`;
    const tree = htmlToTree(page);
    expect(headings(tree.blocks)).toEqual(['Cookies that make our website work']);
    expect(text(tree.blocks)).toContain('List of cookies that make our website work');
    expect(tree.blocks.some((b) => b.kind === 'table')).toBe(true);
  });

  it('leaves out form controls and buttons, and keeps inset text, warning text and summary lists as wording', () => {
    const page = `<h1>Cookies</h1>
{{ govukInsetText({ text: "We will not use analytics cookies unless you say so." }) }}
{{ govukWarningText({ html: 'Read our <a href="https://example.gov.uk/privacy">privacy notice</a>.' }) }}
{{ govukSummaryList({ rows: [{ key: { text: "Data controller" }, value: { text: "Department for Example" } }] }) }}
{{ govukRadios({ name: "analytics", fieldset: { legend: { text: "Do you want to accept analytics cookies?" } }, items: [{ value: "yes", text: "Yes" }, { value: "no", text: "No" }] }) }}
{{ govukButton({ text: "Save cookie settings" }) }}`;
    const all = text(htmlToTree(page).blocks);
    expect(all).toContain('We will not use analytics cookies unless you say so.');
    expect(all).toContain('Read our privacy notice.');
    expect(all).toContain('Data controller');
    expect(all).toContain('Department for Example');
    expect(all).not.toMatch(/Save cookie settings|accept analytics cookies\?/);
  });

  it('reads a component call in a Markdown page as an HTML block', () => {
    const md = `---\ntitle: Cookies\n---\n\n## Essential cookies\n\nThese keep the service working.\n\n${TABLE}\n\n## Changes\n\nWe may update this page.`;
    const tree = markdownToTree(md);
    expect(tree.blocks.some((b) => b.kind === 'table' && blockText(b).includes('cookies_policy'))).toBe(true);
    expect(headings(tree.blocks)).toEqual(['Essential cookies', 'Changes']);
  });

  it('keeps translated words and printed values, which take no options, for the directive reader', () => {
    const source = `<h2>{{ _("Your rights") }}</h2><p>{{ serviceName }}</p>{{ super() }}`;
    expect(renderComponentCalls(source)).toEqual({ text: source, rendered: 0 });
  });

  it('does not break on options it cannot read (computed rows, unbalanced brackets): the call is dropped as a directive', () => {
    const computed = `<h1>Notifications</h1>{{ govukTable({ rows: notifications | map(n => [{ text: n.reference }]) }) }}<p>After.</p>`;
    expect(text(htmlToTree(computed).blocks)).toBe('Notifications\nAfter.');
    const broken = `<h1>Cookies</h1>{{ govukTable({ rows: [[{ text: "_ga" }, { text: "x" }] }) }}<p>After.</p>`;
    expect(() => htmlToTree(broken)).not.toThrow();
    expect(text(htmlToTree(broken).blocks)).toContain('After.');
  });
});
