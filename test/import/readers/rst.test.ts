/**
 * reStructuredText (the Sphinx sites some public bodies publish notices on) read as the Markdown it stands for.
 */
import { describe, expect, it } from 'vitest';
import { rstToMarkdown } from '../../../src/import/readers/rst.js';
import { importNotice } from '../../../src/import/import-notice.js';

const walk = (s: { heading: string; sub?: unknown[] }[]): string[] => s.flatMap((x) => [x.heading, ...walk((x.sub ?? []) as { heading: string; sub?: unknown[] }[])]);

describe('reStructuredText', () => {
  it('gives section titles their levels in the order their adornments first appear, overlined or not', () => {
    const md = rstToMarkdown('=======\nPrivacy\n=======\n\nIntro.\n\nWho we are\n----------\n\nUs.\n\nContact\n~~~~~~~\n\nEmail.\n\nRights\n------\n\nYours.\n');
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Privacy', '## Who we are', '### Contact', '## Rights']);
  });

  it('keeps a link\'s words and address, a role\'s and a literal\'s words, and drops directives and comments', () => {
    const md = rstToMarkdown('Title\n=====\n\nThe site is provided by the `Scottish Government <http://www.gov.scot/>`__. See :ref:`your rights <rights>` and ``cookies``.\n\n.. image:: logo.png\n   :alt: Logo\n\n.. a comment\n\nThe end.\n');
    expect(md).toContain('[Scottish Government](http://www.gov.scot/)');
    expect(md).toContain('See your rights and `cookies`.');
    expect(md).not.toMatch(/image::|logo\.png|a comment/);
  });

  it('imports a notice written in it (https://github.com/AstunTechnology/ssdidocs docs/privacy.rst)', async () => {
    const rst = `Privacy on the SSDI\n===================\n\nThis notice explains how we use any personal information we collect about you when you use this website. The site, \`spatialdata.gov.scot <https://www.spatialdata.gov.scot/>\`__, is provided by the \`Scottish Government <http://www.gov.scot/>\`__ (the *data controller*), however, we use a third party for the hosting (the *data processor*).\n\nAccess to your information\n--------------------------\n\nYou are entitled to view, amend, or delete the personal information that we hold about you.\n`;
    const result = await importNotice('privacy.rst', new TextEncoder().encode(rst), { today: new Date('2026-12-06') });
    expect(result.config.notice.title).toBe('Privacy on the SSDI');
    expect(walk(result.config.notice.sections)).toEqual(['Access to your information']);
    const found = (family: string) => result.found.filter((f) => f.family === family).map((f) => f.value).sort();
    expect(found('controller')).toEqual(['Scottish Government']);
    expect(found('rights')).toEqual(['access', 'erasure', 'rectification']);
    expect(result.config.notice.importNotes?.some((n) => /reStructuredText/.test(n.text))).toBe(true);
  });

  it('reads csv-table and list-table directives as tables, so a cookie page\'s names are read (https://github.com/pa-digital/dft-dtro-api-docs cookies.rst)', async () => {
    const rst = `Cookies\n*******\n\nEssential cookies\n=================\n\n.. csv-table::\n   :header: "Name", "Purpose", "Expires"\n\n   "jwt", "Used to keep you signed in", "24 hours"\n   "_ga_*", "Checks if you've visited this site before.", "1 year"\n\nOther cookies\n=============\n\n.. list-table:: Analytics\n   :header-rows: 1\n\n   * - Name\n     - Purpose\n     - Expires\n   * - _gid\n     - Distinguishes users\n     - 24 hours\n`;
    const result = await importNotice('cookies.rst', new TextEncoder().encode(rst), { today: new Date('2026-12-06') });
    expect(result.found.filter((f) => f.family === 'cookies').map((f) => f.value).sort()).toEqual(['_ga_*', '_gid', 'jwt']);
  });
});

