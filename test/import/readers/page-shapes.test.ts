/**
 * Saved pages built the ways older sites and browsers build them, found by reshaping pages rather
 * than from any one notice: a table that lays out the page, a <main> left empty beside the content,
 * a text file as a browser saves it. Each was refused or flattened before; the notice's own headings
 * and words must come through.
 */
import { describe, expect, it } from 'vitest';
import { htmlToTree } from '../../../src/import/readers/html.js';
import { importNotice } from '../../../src/import/import-notice.js';
import { headings, text, title } from '../support/blocks.js';

const notice = '<h1>Flood reporting privacy notice</h1><h2>Who we are</h2><p>Anytown Council is the data controller for the information you give us when you report a flood.</p><h2>How long we keep it</h2><p>We keep reports for six years and then delete them.</p>';

describe('pages laid out the old ways', () => {
  it('reads a layout table\'s cells as the page\'s blocks, in order, when a cell holds headings', () => {
    const tree = htmlToTree(`<html><body><table width="100%"><tr><td><a href="/">Home</a> | <a href="/about">About</a></td></tr><tr><td>${notice}</td></tr></table></body></html>`);
    expect(title(tree.blocks)).toBe('Flood reporting privacy notice');
    expect(headings(tree.blocks)).toEqual(['Who we are', 'How long we keep it']);
  });

  it('reads a table marked role="presentation" as layout, and a data table inside it as a table', () => {
    const tree = htmlToTree('<h1>Cookies</h1><table role="presentation"><tr><td><p>We use these cookies.</p><table><tr><th>Name</th><th>Purpose</th></tr><tr><td>_ga</td><td>Analytics</td></tr></table></td></tr></table>');
    expect(tree.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'table']);
  });

  it('keeps a data table a table', () => {
    const tree = htmlToTree('<h1>Cookies</h1><table><tr><th>Name</th><th>Purpose</th></tr><tr><td><p>_ga</p></td><td><p>Counts visits</p></td></tr></table>');
    expect(tree.blocks.map((b) => b.kind)).toEqual(['heading', 'table']);
  });

  it('reads the blocks inside a namespaced or custom element (an ASP.NET content page\'s <asp:Content>, a web component\'s <app-page>)', () => {
    const aspx = `<%@ Page Language="C#" MasterPageFile="~/Site.Master" %>\n<asp:Content ID="c" ContentPlaceHolderID="Main" runat="server">\n${notice}\n</asp:Content>`;
    expect(headings(htmlToTree(aspx).blocks)).toEqual(['Who we are', 'How long we keep it']);
    expect(headings(htmlToTree(`<app-page><section-card>${notice}</section-card></app-page>`).blocks)).toEqual(['Who we are', 'How long we keep it']);
    // (An inline custom element stays inline: "<p>Call <tel-link>0300 123 4567</tel-link> today.</p>".)
    expect(text(htmlToTree('<h1>Contact</h1><p>Call <tel-link>0300 123 4567</tel-link> today.</p>').blocks)).toContain('Call 0300 123 4567 today.');
  });

  it('reads the body when the page\'s <main> holds no words', async () => {
    const page = `<html><body><main id="main-content"></main><div class="content">${notice}</div></body></html>`;
    expect(headings(htmlToTree(page).blocks)).toEqual(['Who we are', 'How long we keep it']);
    const { config } = await importNotice('flood.html', new TextEncoder().encode(page), { today: new Date('2026-12-07') });
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Who we are', 'How long we keep it']);
  });

  it('reads a text file as a browser saves it (one <pre>) with the text reader', () => {
    const saved = '<html><head><meta name="color-scheme" content="light dark"></head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">Flood reporting privacy notice\n\nWho we are\n\nAnytown Council is the data controller for the information you give us &amp; keeps it safe.\n\nHow long we keep it\n\nWe keep reports for six years.\n</pre></body></html>';
    const tree = htmlToTree(saved);
    expect(title(tree.blocks)).toBe('Flood reporting privacy notice');
    expect(headings(tree.blocks)).toEqual(['Who we are', 'How long we keep it']);
    expect(text(tree.blocks)).toContain('information you give us & keeps it safe.');
    expect(tree.notes.map((n) => n.text).join(' ')).toMatch(/preformatted text/);
    // A <pre> among other content is a block of the page, as before.
    expect(htmlToTree(`${notice}<pre>line one\nline two\nline three</pre>`).blocks.filter((b) => b.kind === 'heading')).toHaveLength(3);
  });
});
