/**
 * The notices gathered to mine the importer's misses at scale (test/fixtures/import-mining/<batch>/,
 * each batch with a sources.json of {file, source, retrieved, lang}; issue 16). They have no answer
 * key: what they must all do is import without throwing, come out in the language their source
 * gives, and have a title. Their facts are read by hand (docs/import.md, "Issue 16: mining misses").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../src/import/import-notice.js';

const ROOT = fileURLToPath(new URL('../fixtures/import-mining/', import.meta.url));

interface Source { file: string; source: string; retrieved: string; lang: string }

const batches = existsSync(ROOT) ? readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];

describe.each(batches)('mining batch %s', (batch) => {
  const dir = `${ROOT}${batch}/`;
  const sources = JSON.parse(readFileSync(`${dir}sources.json`, 'utf8')) as Source[];

  it('lists every notice in its folder in sources.json, each with its source address and date', () => {
    const files = readdirSync(dir).filter((f) => f !== 'sources.json').sort();
    expect(sources.map((s) => s.file).sort()).toEqual(files);
    for (const s of sources) {
      expect(s.source, s.file).toMatch(/^https?:\/\//);
      expect(s.retrieved, s.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each(sources.map((s) => [s.file, s] as const))('%s imports, in its language, with a title', async (_, s) => {
    const result = await importNotice(s.file, new Uint8Array(readFileSync(`${dir}${s.file}`)), { today: new Date(`${s.retrieved}T00:00:00Z`) });
    const notice = result.config.notice;
    // "en" and "en-GB" are the same language here: the primary subtag is compared.
    expect((notice.lang ?? 'en-GB').split('-')[0]).toBe(s.lang.split('-')[0]);
    expect(notice.title?.trim()).toBeTruthy();
  });
});
