/**
 * Structure classes from batch 16z31 (notices as their GitHub repositories hold them: ERB, Nunjucks,
 * Template Toolkit and Markdown pages), each in a short page of the same shape. The whole files are
 * in test/fixtures/import-corpus/ (batch 16z31 in answers.json).
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { htmlToTree } from '../../../src/import/readers/html.js';
import { headings, text, title } from '../support/blocks.js';

const load = (body: string, name: string) => importNotice(name, new TextEncoder().encode(body), { today: new Date('2026-12-05') });
const sectionHeadings = async (body: string, name: string) => {
  const { config } = await load(body, name);
  const walk = (s: { heading: string; sub?: unknown[] }[]): string[] => s.flatMap((x) => [x.heading, ...walk((x.sub ?? []) as { heading: string; sub?: unknown[] }[])]);
  return { title: config.notice.title, headings: walk(config.notice.sections) };
};

describe('batch 16z31: page templates and Markdown as their repositories hold them', () => {
  it('reads an ERB heading helper with its words as the heading it prints (`<%= h1 "Privacy policy", size: "xl" %>`)', async () => {
    const md = `<%= h1 "Privacy policy", size: "xl" %>\n\nYour privacy is important to us.\n\n## Who we are\n\nThe service is run by NHS England.\n\n## What we collect\n\nYour name.`;
    expect(await sectionHeadings(md, 'mavis-content.md')).toEqual({ title: 'Privacy policy', headings: ['Who we are', 'What we collect'] });
  });

  it('takes a first heading that names the notice ("## Privacy notice") as the title, though later sections share its level', async () => {
    const md = `## Privacy notice\n\nWe are committed to safeguarding your information.\n\n### The information we hold\n\nNames and addresses.\n\n## Other uses of data\n\nPhotographs at events.`;
    expect(await sectionHeadings(md, 'privacy-notice.md')).toEqual({ title: 'Privacy notice', headings: ['The information we hold', 'Other uses of data'] });
  });

  it('reads small print set as a heading (a long sentence) and a date line set as a heading as text', async () => {
    const md = `---\ntitle: Polisi Preifatrwydd\n---\n###### ***Sylwch: Mae ein polisi preifatrwydd yn cael ei ddiweddaru o bryd i'w gilydd, ac fe'ch cynghorir i wirio yn ôl am ddiweddariadau yn rheolaidd a darllen y fersiwn newydd.***\n\n###### ***Wedi ei ddiweddaru ddiwetha': Mehefin 2023***\n\n### 1. Pwy ydym ni?\n\nMudiad o ymddiriedolaethau ydym ni.\n\n### 2. Eich hawliau\n\nMae gennych hawliau.`;
    const { title: t, headings: h } = await sectionHeadings(md, 'polisi.md');
    expect(t).toBe('Polisi Preifatrwydd');
    expect(h).toEqual(['1. Pwy ydym ni?', '2. Eich hawliau']);
    // A short heading that only mentions a year stays one.
    expect((await sectionHeadings(`# Privacy notice\n\n## Changes made in 2024\n\nWe changed it.\n\n## Your rights\n\nYou have rights.`, 'n.md')).headings).toEqual(['Changes made in 2024', 'Your rights']);
  });

  it('reads a definition list of questions and answers as sections, without the headings\' permalinks', () => {
    const html = `<h1 id="privacy">Eich preifatrwydd <a href="#privacy">#</a></h1>
<dl>
  <dd><p>Mae WhatDoTheyKnow yn cael ei redeg gan yr elusen mySociety.</p></dd>
  <dt id="email">Pwy sy’n cael gweld fy nghyfeiriad e-bost? <a href="#email">#</a></dt>
  <dd><p>Ni fyddwn yn datgelu eich cyfeiriad e-bost i neb.</p></dd>
  <dt id="spam">Fyddwch chi’n anfon sbam ataf? <a href="spam">#</a></dt>
  <dd>Na fyddwn.</dd>
</dl>`;
    const tree = htmlToTree(html);
    expect(title(tree.blocks)).toBe('Eich preifatrwydd');
    expect(headings(tree.blocks)).toEqual(['Pwy sy’n cael gweld fy nghyfeiriad e-bost?', 'Fyddwch chi’n anfon sbam ataf?']);
    expect(text(tree.blocks)).toContain('Na fyddwn.');
    // A glossary keeps its terms as terms: short answers, no questions.
    const glossary = htmlToTree('<h1>Terms</h1><dl><dt>Controller</dt><dd>The body responsible.</dd><dt>Processor</dt><dd>A body acting for it.</dd></dl>');
    expect(glossary.blocks.map((b) => b.kind)).toEqual(['heading', 'dl']);
  });

  it('reads a title an ERB page sets (`<% @title = "…" %>`, `content_for :page_title`) and prints (`<%= @title %>`)', async () => {
    const erb = `<% @title = "Eich preifatrwydd" %>\n<h1><%= @title %> <a href="#top">#</a></h1>\n<h2>Cwcis</h2>\n<p>Rydym yn defnyddio cwcis.</p>`;
    expect((await sectionHeadings(erb, 'privacy.cy.html')).title).toBe('Eich preifatrwydd');
    const contentFor = `<% content_for :page_title, 'Cookies' %>\n<p>We use cookies.</p>\n<h2>Essential cookies</h2>\n<p>They keep the service working.</p>`;
    expect((await sectionHeadings(contentFor, 'static-page.html')).title).toBe('Cookies');
  });
});
