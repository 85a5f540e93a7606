/**
 * Import, then render: each of the three real notices (plain text) and the Word (.docx) and
 * Markdown fixtures of one of them go through `importNotice`, and the resulting config is shown
 * by the built drop-in script's `<privacy-notice>` in Chromium. The rendered wording must equal
 * the source text with extraction artefacts removed (`comparableText`), and the config must pass
 * `check` except for the findings that reflect real gaps in the source notice: the exact set of
 * rule ids is asserted per notice.
 *
 * The wording is read from the page as `test/pages/notice-roundtrip.test.ts` reads it for the
 * hand-encoded configs (same walk over header, intro and sections).
 *
 * Build first (`npm run build`, or `npx vite build --outDir /tmp/x` with `PRIVACY_DIST=/tmp/x`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkConfigText } from '../../src/check/check.js';
import { importNotice, type ImportResult } from '../../src/import/import-notice.js';
import { comparableText, describeDifference } from '../../src/notice/source-text.js';
import { READ_WORDING } from './support/notice-wording.js';
import { useSite } from './support/site.js';

const SOURCES = fileURLToPath(new URL('../../../shared/notices/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

interface Case {
  /** The file imported. */
  file: string;
  /** The plain text whose wording the rendered notice must carry. */
  source: string;
  /**
   * The `check` rule ids the imported config must raise, and no others. `import-notes` is always
   * there (every import leaves notes to review); the rest are gaps in the notice itself.
   */
  rules: string[];
}

const CASES: Case[] = [
  {
    file: `${SOURCES}nhs-icb-coproduction-team.txt`,
    source: `${SOURCES}nhs-icb-coproduction-team.txt`,
    // No ICO complaint route, no DPO (a public body), nothing on transfers or automated decisions.
    rules: ['automated-decisions', 'dpo', 'import-notes', 'regulator', 'transfers'],
  },
  {
    file: `${SOURCES}humankind-ips-staffordshire.txt`,
    source: `${SOURCES}humankind-ips-staffordshire.txt`,
    // It relies on explicit consent for other third-party sharing ("decided by you with your
    // explicit consent") but its list of rights never says consent can be withdrawn (Art 13(2)(c)).
    rules: ['import-notes', 'withdraw-consent'],
  },
  {
    file: `${SOURCES}anglian-community-enterprise-websites.txt`,
    source: `${SOURCES}anglian-community-enterprise-websites.txt`,
    // No lawful basis or purposes stated, nothing on transfers or automated decisions.
    rules: ['automated-decisions', 'import-notes', 'purpose-basis', 'transfers'],
  },
  {
    file: `${FIXTURES}humankind-ips-staffordshire.docx`,
    source: `${SOURCES}humankind-ips-staffordshire.txt`,
    rules: ['import-notes', 'withdraw-consent'],
  },
  {
    file: `${FIXTURES}humankind-ips-staffordshire.md`,
    source: `${SOURCES}humankind-ips-staffordshire.txt`,
    rules: ['import-notes', 'withdraw-consent'],
  },
];



const name = (file: string) => file.replace(/^.*\//, '');

const results = new Map<string, ImportResult>();

// Each case imported once, and served as a config and a page that shows it.
const site = useSite({
  serve: async (dir) => {
    for (const c of CASES) {
      const result = await importNotice(name(c.file), new Uint8Array(readFileSync(c.file)), { today: new Date('2026-11-23') });
      results.set(c.file, result);
      const slug = name(c.file).replace(/\./g, '-');
      writeFileSync(join(dir, `${slug}.json`), JSON.stringify(result.config, null, 2));
      writeFileSync(
        join(dir, `${slug}.html`),
        `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${slug}</title><link rel="icon" href="data:,">` +
          `<script type="module" src="/privacy-consent.js" data-config="/${slug}.json"></script></head>` +
          `<body><main><privacy-notice></privacy-notice></main></body></html>`,
      );
    }
  },
});

describe.each(CASES)('importing $file', (c) => {
  it('renders, in Chromium, every word of the source in order, with only extraction artefacts removed', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      await page.goto(`${site.url}/${name(c.file).replace(/\./g, '-')}.html`);
      await page.waitForFunction(`!!document.querySelector('privacy-notice')?.shadowRoot?.querySelector('[part~="sections"] [part~="section"]')`);
      const rendered = (await page.evaluate(READ_WORDING)) as string | null;
      const expected = comparableText(readFileSync(c.source, 'utf8'));
      const actual = comparableText(rendered ?? '');
      const difference = describeDifference(expected, actual);
      expect(difference, difference).toBeUndefined();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('passes check except for the gaps in the source notice', () => {
    const result = results.get(c.file)!;
    const checked = checkConfigText(JSON.stringify(result.config, null, 2));
    const schema = checked.findings.filter((f) => f.rule === 'schema' || f.rule === 'json');
    expect(schema, 'valid JSON, valid against the JSON Schema').toEqual([]);
    const rules = [...new Set(checked.findings.map((f) => f.rule))].sort();
    expect(rules).toEqual(c.rules);
  });
});
