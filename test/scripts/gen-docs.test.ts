import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocs } from '../../scripts/gen-docs.mjs';

describe('the API tables in docs/', () => {
  it('are what `npm run docs` generates from the code (run it after changing an element, the schema or a rule)', async () => {
    const pages = await renderDocs();
    expect(pages.size).toBeGreaterThan(0);
    for (const [file, generated] of pages) {
      expect(readFileSync(file, 'utf8'), `${relative(process.cwd(), file)} is out of date: run npm run docs`).toBe(generated);
    }
  }, 120_000);

  it('cover every kind of table the docs promise', async () => {
    const text = [...(await renderDocs()).values()].join('\n');
    for (const name of ['attributes:privacy-notice', 'events:cookie-consent', 'css-parts:cookie-consent', 'css-properties:privacy-notice', 'js-api', 'rules', 'config:ConsentConfig', 'config:Notice']) {
      expect(text, name).toContain(`<!-- api:${name}:start -->`);
    }
  }, 120_000);
});
