/**
 * How far two careful human keyers agree, and the importer against each (issue 16). Fifty notices of
 * the standing hold-out set were keyed a second time, by hand and independently
 * (test/fixtures/import-holdout/second-key.json): the second key scored against the first is the
 * ceiling any reader can reach against one key, and shows whether the importer's shortfall on unseen
 * notices is the keys' noise or its own. Figures only, never the misses: it is hold-out material.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../src/import/import-notice.js';
import { asRead, factsOf, tallyFacts, Tally, type KeyFacts } from './support/facts-score.js';

const DIR = fileURLToPath(new URL('../fixtures/import-holdout/', import.meta.url));
type Entry = KeyFacts & { file: string };
const FIRST = new Map((JSON.parse(readFileSync(`${DIR}answers.json`, 'utf8')) as { notices: Entry[] }).notices.map((n) => [n.file, n]));
const SECOND = (JSON.parse(readFileSync(`${DIR}second-key.json`, 'utf8')) as { notices: Entry[] }).notices;

const line = (name: string, t: Tally) => `  ${name.padEnd(36)} recall ${t.recall.toFixed(2)} (${t.found} / ${t.expected})  precision ${t.precision.toFixed(2)}`;

describe('two human keys of the same notices, and the importer against each', () => {
  it('measures the keyers\' agreement and the importer on 50 hold-out notices keyed twice (reported, not gated)', async () => {
    const keyers = new Tally();
    const againstFirst = new Tally();
    const againstSecond = new Tally();
    for (const second of SECOND) {
      const first = FIRST.get(second.file);
      expect(first, `${second.file} is in the hold-out set`).toBeDefined();
      tallyFacts(keyers, first!, asRead(second));
      const read = factsOf(await importNotice(second.file, new Uint8Array(readFileSync(`${DIR}${second.file}`)), { today: new Date('2026-12-05') }));
      tallyFacts(againstFirst, first!, read);
      tallyFacts(againstSecond, second, read);
    }
    console.log([`Key agreement on ${SECOND.length} hold-out notices keyed twice (all facts):`, line('the second key against the first', keyers), line('the importer against the first key', againstFirst), line('the importer against the second key', againstSecond)].join('\n'));
    expect(SECOND.length).toBe(50);
  }, 60_000);
});
