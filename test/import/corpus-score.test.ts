/**
 * The importer on real UK notices (test/fixtures/import-corpus/, each with its source address and
 * retrieval date in answers.json): every notice is imported and its facts scored against the
 * hand-made answer key. Prints recall (and precision) per fact family, for the development part
 * and the held-out third separately, and fails under the targets of issue 16.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importNotice, importPair, type ImportResult } from '../../src/import/import-notice.js';
import type { Section } from '../../src/config/notice-model.js';
import { checkNoticeReferences } from '../../src/notice/references.js';
import { factsOf, FAMILIES, type Family, type KeyFacts, norm, scoreFamily, Tally } from './support/facts-score.js';

const DIR = fileURLToPath(new URL('../fixtures/import-corpus/', import.meta.url));

interface Answer extends KeyFacts {
  file: string;
  source: string;
  lang: 'en' | 'cy';
  holdout?: boolean;
  /** Gathered after development stopped; answers written before the first run. */
  late?: boolean;
  /** The held-out batch a notice came in (scored on its own as well, to show each batch's figure). */
  batch?: string;
  /**
   * Hold-out set only: the date its misses were first read. Those notices are scored apart from
   * the rest, which stays the unseen measure.
   */
  studied?: string;
  /** When the notice was retrieved, where it differs from the file's date. */
  retrieved?: string;
  translationOf?: string;
  title: string[] | null;
  headings: string[];
}

const KEY = JSON.parse(readFileSync(`${DIR}answers.json`, 'utf8')) as { notices: Answer[] };

/**
 * The standing hold-out set (test/fixtures/import-holdout/): real notices with keys written
 * before the importer ever ran on them, measured here and never used to write a rule (except the
 * notices marked `studied`, scored apart). Its figures are printed and never gated, and the
 * unstudied notices' misses are never printed: they are the honest measure of how
 * the importer does on a notice nobody here has seen, which the corpus, whose misses each round
 * reads and fixes, cannot be.
 */
const HOLDOUT_DIR = fileURLToPath(new URL('../fixtures/import-holdout/', import.meta.url));
const HOLDOUT = existsSync(`${HOLDOUT_DIR}answers.json`) ? (JSON.parse(readFileSync(`${HOLDOUT_DIR}answers.json`, 'utf8')) as { notices: Answer[] }) : { notices: [] };


/** One scored run over a set of notices. */
interface Score {
  families: Record<Family, Tally>;
  language: Tally;
  title: Tally;
  headings: Tally;
  /** Per notice: headings found that the key does not have. */
  spurious: Map<string, string[]>;
  misses: string[];
}

function headingsOf(sections: Section[]): string[] {
  return sections.flatMap((s) => [s.heading, ...headingsOf(s.sub ?? [])]);
}

function score(answer: Answer, result: ImportResult, s: Score): void {
  const notice = result.config.notice;
  const read = factsOf(result);
  for (const family of FAMILIES) s.misses.push(...scoreFamily(s.families[family], family, answer, read).map((m) => `${answer.file}${m.startsWith(family + ':') ? ' ' : ': '}${m}`));
  const label = answer.file;
  const lang = notice.lang === 'cy' ? 'cy' : 'en';
  s.language.add(1, lang === answer.lang ? 1 : 0, 1, lang === answer.lang ? 1 : 0);
  if (lang !== answer.lang) s.misses.push(`${label}: language ${lang} ≠ ${answer.lang}`);
  if (answer.title) {
    const ok = answer.title.some((t) => norm(t) === norm(notice.title));
    s.title.add(1, ok ? 1 : 0, 1, ok ? 1 : 0);
    if (!ok) s.misses.push(`${label}: title "${notice.title}"`);
  }
  // Headings: each expected heading found once; others are spurious (the title's other reading is neither).
  const got = headingsOf(notice.sections).map(norm);
  const left = [...got];
  let hit = 0;
  for (const h of answer.headings.map(norm)) {
    if (answer.title?.some((t) => norm(t) === h) && norm(notice.title) === h) {
      hit++;
      continue;
    }
    const i = left.indexOf(h);
    if (i >= 0) {
      hit++;
      left.splice(i, 1);
    } else s.misses.push(`${label}: heading missed "${h}"`);
  }
  s.headings.add(answer.headings.length, hit, got.length, hit);
  const spurious = left.filter((h) => !answer.title?.some((t) => norm(t) === h) && h !== norm(notice.title));
  // A notice with no heading at all gets one section named after its title: not spurious.
  const placeholder = notice.importNotes?.some((n) => /has no headings/.test(n.text)) ? [norm(notice.title)] : [];
  s.spurious.set(label, spurious.filter((h) => !placeholder.includes(h)));
  for (const h of s.spurious.get(label)!) s.misses.push(`${label}: heading spurious "${h}"`);
}

function newScore(): Score {
  return { families: Object.fromEntries(FAMILIES.map((k) => [k, new Tally()])) as Record<Family, Tally>, language: new Tally(), title: new Tally(), headings: new Tally(), spurious: new Map(), misses: [] };
}

function overall(s: Score): Tally {
  const t = new Tally();
  for (const k of FAMILIES) t.add(s.families[k].expected, s.families[k].found, s.families[k].extracted, s.families[k].correct);
  return t;
}

function report(name: string, s: Score): string {
  const pct = (n: number) => n.toFixed(2);
  const rows = FAMILIES.map((k) => `  ${k.padEnd(11)} ${String(s.families[k].found).padStart(3)} / ${String(s.families[k].expected).padEnd(3)} recall ${pct(s.families[k].recall)}  precision ${pct(s.families[k].precision)}`);
  const o = overall(s);
  const spurious = [...s.spurious.values()].reduce((n, l) => n + l.length, 0);
  return [
    `${name}:`,
    ...rows,
    `  overall     ${o.found} / ${o.expected} recall ${pct(o.recall)}  precision ${pct(o.precision)}`,
    `  language    ${s.language.found} / ${s.language.expected}`,
    `  title       ${s.title.found} / ${s.title.expected}`,
    `  headings    ${s.headings.found} / ${s.headings.expected} recall ${pct(s.headings.recall)}, ${spurious} spurious (most in one notice: ${Math.max(0, ...[...s.spurious.values()].map((l) => l.length))})`,
  ].join('\n');
}

const results = new Map<string, ImportResult>();
const all = newScore();
const dev = newScore();
const held = newScore();
const late = newScore();
const batches = new Map<string, Score>();

describe('the importer on a corpus of real UK notices', () => {
  it('imports every notice without a crash', async () => {
    for (const answer of KEY.notices) {
      const bytes = new Uint8Array(readFileSync(`${DIR}${answer.file}`));
      const result = await importNotice(answer.file, bytes, { today: new Date('2026-12-05') });
      results.set(answer.file, result);
      score(answer, result, all);
      score(answer, result, answer.holdout ? held : dev);
      if (answer.late) score(answer, result, late);
      if (answer.batch) {
        if (!batches.has(answer.batch)) batches.set(answer.batch, newScore());
        score(answer, result, batches.get(answer.batch)!);
      }
    }
    expect(results.size).toBe(KEY.notices.length);
    console.log(`${report(`Development (${KEY.notices.filter((n) => !n.holdout).length} notices)`, dev)}\n${report(`Held out (${KEY.notices.filter((n) => n.holdout).length} notices)`, held)}\n${report(`  of which gathered after development (${KEY.notices.filter((n) => n.late).length} notices)`, late)}\n${[...batches].map(([b, sc]) => `${report(`  batch ${b} (${KEY.notices.filter((n) => n.batch === b).length} notices)`, sc)}\n`).join('')}${report(`All (${KEY.notices.length} notices)`, all)}`);
    if (process.env.IMPORT_SCORE_MISSES) console.log((process.env.IMPORT_SCORE_MISSES === '1' ? all : batches.get(process.env.IMPORT_SCORE_MISSES) ?? all).misses.join('\n'));
  }, 120_000); // over a thousand documents, seconds on an idle machine: the limit only stops a hang (time is measured by the benchmarks)

  it('meets the targets: facts recall ≥ 0.90 at precision ≥ 0.95, each key family ≥ 0.85', () => {
    const o = overall(all);
    expect(o.recall, 'overall facts recall').toBeGreaterThanOrEqual(0.9);
    expect(o.precision, 'overall facts precision').toBeGreaterThanOrEqual(0.95);
    for (const k of ['controller', 'art6', 'retention', 'transfers', 'dpo', 'ico'] as const) {
      expect(all.families[k].recall, `${k} recall`).toBeGreaterThanOrEqual(0.85);
    }
    expect(all.families.cookies.recall, 'cookie names into the draft consent section').toBeGreaterThanOrEqual(0.9);
  });

  it('detects the language of every notice', () => {
    expect(all.language.found).toBe(all.language.expected);
  });

  it('keeps the headings: recall ≥ 0.97, at most one spurious section per notice', () => {
    expect(all.headings.recall, 'headings recall').toBeGreaterThanOrEqual(0.97);
    for (const [file, extra] of all.spurious) expect(extra.length, `${file}: ${extra.join(' | ')}`).toBeLessThanOrEqual(1);
  });

  it('gives notices whose every reference resolves (a fact read before the first heading points at no section)', () => {
    const broken = [...results].flatMap(([file, result]) => checkNoticeReferences(result.config.notice).filter((f) => f.severity === 'error').map((f) => `${file}: ${f.path} ${f.message}`));
    expect(broken).toEqual([]);
  });

  it('measures the standing hold-out set, unseen by every rule (reported, not gated; no misses printed)', async () => {
    const unseen = newScore();
    const studied = newScore();
    for (const answer of HOLDOUT.notices) {
      const bytes = new Uint8Array(readFileSync(`${HOLDOUT_DIR}${answer.file}`));
      score(answer, await importNotice(answer.file, bytes, { today: new Date('2026-12-05') }), answer.studied ? studied : unseen);
    }
    const count = (seen: boolean) => HOLDOUT.notices.filter((n) => !!n.studied === seen).length;
    if (count(false)) console.log(report(`Standing hold-out set, never used to write a rule (${count(false)} notices)`, unseen));
    if (count(true)) console.log(report(`  its studied part, whose misses were read to find why rules do not transfer (${count(true)} notices)`, studied));
    // The studied part's misses may be read; the rest's never are.
    if (process.env.IMPORT_HOLDOUT_STUDIED_MISSES) console.log(studied.misses.join('\n'));
    // Only that it imports: a crash or a stack trace here is a bug like any other.
    expect(unseen.language.expected + studied.language.expected).toBe(HOLDOUT.notices.length);
  }, 120_000);

  it('imports a bilingual pair (English and Welsh files of one notice) into one config with a translations entry', async () => {
    const pair = KEY.notices.find((n) => n.translationOf)!;
    const other = KEY.notices.find((n) => n.file === pair.translationOf)!;
    const read = (n: Answer) => ({ name: n.file, bytes: new Uint8Array(readFileSync(`${DIR}${n.file}`)) });
    const { config } = await importPair(read(pair), read(other));
    expect(config.notice.lang).toBe('en-GB');
    expect(config.translations?.cy?.notice?.lang).toBe('cy');
    expect(config.translations?.cy?.notice?.title).toBe('Hysbysiad Preifatrwydd');
  });
});
