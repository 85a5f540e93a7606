/**
 * The phrasing banks (test/fixtures/import-phrasings/): real passages from public UK notices that
 * were never in the corpus, each keyed by hand for the facts it states, without the importer having
 * run on them. Each passage is placed under its own heading (or a neutral one) in a small notice and
 * read; the bank's families are scored like the corpus's. A bank measures how many of the ways UK
 * bodies really state a fact the readers know, across far more bodies than whole notices can bring.
 *
 * `PHRASINGS_MISSES=1` (or a bank's name) prints the passages read wrongly; `PHRASINGS_FLOORS=1` prints
 * the figures as FLOORS entries, to move the ratchet when a change raises them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import { factsOf, scoreFamily, Tally, type Family, type KeyFacts, type ReadFacts } from '../support/facts-score.js';

const DIR = fileURLToPath(new URL('../../fixtures/import-phrasings/', import.meta.url));

interface Expect {
  controller?: string[] | null;
  art6?: string[];
  art9?: string[];
  retention?: boolean;
  transfers?: string | null;
  rights?: string[];
  dpo?: boolean;
  ico?: boolean;
  cookies?: string[];
}
interface Item {
  source: string;
  body: string;
  lang: 'en' | 'cy';
  heading: string | null;
  text: string;
  expect: Expect;
  /** The page's opening as the tool gave it, imported as it is (no notice around it). */
  whole?: boolean;
}
interface Bank {
  bank: string;
  families: Family[];
  items: Item[];
}

const BANKS: Bank[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(`${DIR}${f}`, 'utf8')) as Bank);

/**
 * A ratchet at the figures reached, family by family: at least this many of the bank's facts found,
 * at most this many read wrongly (extracted and not in the key). A rule that loses a phrasing the
 * readers knew, or reads a negative passage, fails here. First blind run (2026-12-06, before any rule
 * was written from the banks): all-cy controller 21/26, art6 16/31, art9 5/7, retention 13/16,
 * transfers 0/2, rights 34/39, dpo 6/7, ico 1/3; bases-en art6 117/158 at 0.81, art9 38/48 at 0.84;
 * facts-en controller 41/49, retention 24/31, transfers 8/10, rights 68/83, dpo 12/14, ico 6/6;
 * cookies (joined later the same day) 113/143 at 0.91; openings (later still) controller 43/55 at 0.88;
 * transfers (2026-12-07, 60 passages, 45 English and 15 Welsh, a third of them near misses) 9/18 at 0.64 as
 * the code stood when it was keyed, 10/18 at 0.83 after batch 16z48's rules and before any from the bank;
 * bases-2 (60 passages, 12 Welsh, a third of them near misses: menus for staff, bases a right applies to, a table
 * with one row marked) art6 58/65 at 0.67, art9 13/17 at 1.00; controller-2 (60 passages from anywhere in the
 * page, 15 Welsh, a quarter naming no body) 29/45 at 0.94; rights-2 (60 passages, 15 Welsh, a quarter near misses)
 * 127/150 at 0.93; cookies-2 (35 English cookie listings as the page store flattens them, 6 naming none) 168/195 at 0.95;
 * near-misses (60 passages, 15 Welsh, 53 stating none of the facts: accessibility statements, regulators, FOI, service
 * complaints, security) controller 1/2 with 12 read wrongly, transfers 1 wrong, rights 2 wrong, retention 1/2;
 * four more the same day, gathered together, their sources checked against every earlier one: special-2 (37 passages, 10
 * Welsh, 21 near misses; Schedule 1 paragraphs keyed and scored) 23/30 with 11 wrong, retention-2 (50, 14 Welsh, 22 near
 * misses: reply times, cookie lifetimes, another body's schedule) 23/28 with 4 wrong, transfers-2 (41, 4 Welsh, 28 naming no
 * transfer) 10/13 with none wrong, controller-3 (60, 15 Welsh, 15 naming no body; from anywhere in the page, a third of them
 * cookie, accessibility and terms pages) 29/45 with 3 wrong; and with round twelve, bases-3 (41 passages, 12 Welsh, 17 near
 * misses, from anywhere in the page) art6 27/37 with 5 wrong, art9 3/4 with 1, and rights-3 (59, 15 Welsh, 15 naming no
 * right; a passage from a site that also gave the hold-out set a notice was dropped) 63/83 with 4 wrong; last, cookies-3 (30
 * listings, 3 Welsh, 10 naming no cookie) 87/114 with 9 wrong, and near-misses-2 (56 passages, 15 Welsh, 47 stating no fact;
 * four dropped for sharing a site with the hold-out set) controller 4 wrong, art6 1/2 with 1, retention 2/4 with 3, transfers
 * 1 wrong, rights 2/2 with 1, ico 2/2 with 4; and controller-4 (57 passages, 10 Welsh, from contact blocks, footers and openings;
 * three dropped for sharing a site with the hold-out set) 25/41 with 1 wrong. Round thirteen (2026-12-07), the search's store
 * of UK pages now mostly known, so the banks came short: transfers-3 (17 passages, 1 Welsh, 14 naming no transfer; two dropped
 * for sharing a site with the hold-out set) 2/3 with 2 wrong; controller-5 (26 passages, 3 Welsh, 11 naming no body) 10/15 with
 * 1 wrong; bases-4 (55 passages, 12 Welsh, 21 near misses; five dropped for sharing a site with the hold-out set) art6 55/62
 * with 5 wrong, art9 11/16 with 2; special-3 (14 passages, 2 Welsh, 10 near misses; four dropped for sharing a site with the
 * hold-out set) 2/4 with 8 wrong, two lists of Article 9's conditions given as the law's menu read as relied on; and with round
 * fourteen, near-misses-3 (56 passages, 15 Welsh, 43 stating no fact; four dropped for sharing a site with the hold-out set)
 * controller 3/4 with 2 wrong, art6 3/4 with 7, retention 1/2 with 4, transfers 1 wrong, rights 4/6, dpo 2/2, ico 1/1; and with
 * round fifteen, cookies-4 (5 passages, the search's store now nearly all known: NHS England's one-cell-a-line table cut short, four
 * naming no cookie) 8/12 with none wrong. Round sixteen (2026-12-07), the store of pages nearly all known, so one bank came from
 * repositories: bases-5 (44 passages, 9 Welsh, 16 near misses; one dropped for sharing a site with the hold-out set) art6 32/51
 * with 5 wrong, art9 8/10 with none; controller-6 (45 passages, 8 Welsh (UK bodies' Welsh pages), 12 naming no body; every one
 * from GOV.UK services' repositories and archived copies of UK bodies' pages, 2001 to 2019) 13/33 with 1 wrong; transfers-4 (35
 * passages, 10 Welsh (UK bodies' Welsh pages), 16 naming no transfer, most from repositories; eight dropped for sharing a site with
 * the hold-out set) 11/19 with 3 wrong. Round seventeen (2026-12-07), the search's allowance spent early by every helper: bases-6
 * (20 passages, 1 Welsh, 7 near misses: village halls, pre-schools, scout groups, a railway society; one dropped for sharing a site
 * with the hold-out set) art6 18/28 with 6 wrong, art9 0/1 with 1 wrong; special-4 (18 passages, 5 Welsh, 13 near misses; one
 * dropped for sharing a site with the hold-out set) 4/11 with 3 wrong; controller-7 (16 passages, 7 Welsh, 3 naming no body, from
 * repositories of councils', charities' and government sites; 29 dropped for sharing a repository with the hold-out set, FixMyStreet's
 * most of them) 3/13 with none wrong. Round eighteen (2026-12-07), every helper given a list of the hold-out set's sites to avoid:
 * bases-7 (44 passages, 9 Welsh, 16 near misses; recruitment, volunteering, grants and governors' pages, six archived; one dropped for
 * sharing a repository with the hold-out set) art6 33/45 with 17 wrong, art9 8/10 with 4 wrong; controller-8 (44 passages, 8 Welsh
 * (four of them UK bodies' Welsh pages), 13 naming no body, a dozen footers and contact blocks, every one from a repository; one
 * dropped likewise) 15/31 with 2 wrong; transfers-5 (37 passages, 10 Welsh (UK bodies' Welsh services), 20 naming no transfer,
 * most from repositories; one dropped likewise) 12/17 with 5 wrong. Round nineteen (2026-12-07): special-5 (19 passages, 5 Welsh, 15
 * near misses, most from repositories) 3/10 with 1 wrong; rights-4 (53 passages, 8 Welsh, 19 near misses) 74/99 with 3 wrong; cookies-5
 * (30 passages, 2 Welsh, 6 naming none; most templates from repositories, each read as the HTML it is; nine translation catalogues,
 * JSON, YAML, a JavaScript object and a gettext file, dropped as no document the importer takes) 102/136 with 4 wrong.
 */
const FLOORS: Record<string, Partial<Record<Family, { found: number; wrong: number }>>> = {
  // (all-cy art6 wrong 8 → 10: "buddiannau dilys", the Welsh for legitimate interests, is read since batch 16z44, and two passages that
  // explain the six bases in general, already read wrongly for (a) to (e), a council's list and a glossary's row, give (f) too.)
  'all-cy': { controller: { found: 24, wrong: 8 }, art6: { found: 27, wrong: 10 }, art9: { found: 7, wrong: 1 }, retention: { found: 16, wrong: 0 }, transfers: { found: 2, wrong: 0 }, rights: { found: 37, wrong: 1 }, dpo: { found: 6, wrong: 0 }, ico: { found: 3, wrong: 4 } },
  cookies: { cookies: { found: 127, wrong: 4 } },
  'bases-en': { art6: { found: 143, wrong: 14 }, art9: { found: 45, wrong: 3 } },
  openings: { controller: { found: 46, wrong: 2 } },
  transfers: { transfers: { found: 17, wrong: 0 } },
  // (bases-2 art9 13 → 17: its four Schedule 1 paragraphs, keyed from the start, are scored since special-2 joined.)
  'bases-2': { art6: { found: 58, wrong: 13 }, art9: { found: 17, wrong: 0 } },
  'controller-2': { controller: { found: 38, wrong: 2 } },
  'rights-2': { rights: { found: 136, wrong: 8 } },
  'cookies-2': { cookies: { found: 174, wrong: 2 } },
  'near-misses': { controller: { found: 1, wrong: 4 }, art6: { found: 0, wrong: 0 }, art9: { found: 0, wrong: 0 }, retention: { found: 2, wrong: 0 }, transfers: { found: 1, wrong: 1 }, rights: { found: 0, wrong: 2 }, dpo: { found: 1, wrong: 0 }, ico: { found: 1, wrong: 0 } },
  'special-2': { art9: { found: 26, wrong: 3 } },
  'retention-2': { retention: { found: 27, wrong: 2 } },
  'transfers-2': { transfers: { found: 12, wrong: 0 } },
  'controller-3': { controller: { found: 31, wrong: 1 } },
  'bases-3': { art6: { found: 35, wrong: 5 }, art9: { found: 3, wrong: 1 } },
  'rights-3': { rights: { found: 68, wrong: 3 } },
  'cookies-3': { cookies: { found: 96, wrong: 5 } },
  'controller-4': { controller: { found: 29, wrong: 0 } },
  // (transfers-3 2 → 3 found, 1 → 0 wrong; transfers-5 13 → 14, 4 → 3 wrong; cookies-5 102 → 105: the classes of the studied hold-out
  // notices, holdout-studied.test.ts, 2026-12-07: data kept in the EEA, where data is kept as notices put it, cookie rows and names.)
  'transfers-3': { transfers: { found: 3, wrong: 0 } },
  'controller-5': { controller: { found: 12, wrong: 0 } },
  'bases-4': { art6: { found: 61, wrong: 5 }, art9: { found: 11, wrong: 2 } },
  'special-3': { art9: { found: 2, wrong: 6 } },
  'cookies-4': { cookies: { found: 8, wrong: 0 } },
  'bases-5': { art6: { found: 35, wrong: 5 }, art9: { found: 8, wrong: 0 } },
  'controller-6': { controller: { found: 17, wrong: 1 } },
  // (transfers-4 13 → 14, transfers-5 14 → 16 with 3 → 1 wrong: data that "may transit through" countries outside the EEA, servers
  // "within the EEA" far into a long sentence; holdout-studied.test.ts.)
  'transfers-4': { transfers: { found: 14, wrong: 3 } },
  'bases-6': { art6: { found: 18, wrong: 6 }, art9: { found: 0, wrong: 1 } },
  'special-4': { art9: { found: 4, wrong: 3 } },
  'controller-7': { controller: { found: 3, wrong: 0 } },
  // (bases-7 art6 wrong 17 → 5: Article 6(1) quoted whole, the law's text, names no basis relied on; a right's condition in Welsh.)
  'bases-7': { art6: { found: 33, wrong: 5 }, art9: { found: 8, wrong: 4 } },
  // (controller-8 15 → 18, controller-6 16 → 17: "… processing activities carried out by X", "X has created this … privacy statement", "This website is managed by CLOSER".)
  'controller-8': { controller: { found: 18, wrong: 2 } },
  // (transfers-5 12 → 13, wrong 5 → 4: a question run into a line is no statement; "However … can be transferred" after a refusal admits one.)
  'transfers-5': { transfers: { found: 16, wrong: 1 } },
  // Round twenty's banks (2026-12-07), blind: keyed by hand before the importer read them, their floors what it read then. Passages
  // from a site of the hold-out set or of round twenty's notices were dropped before the run (two transfers-6 and one controller-9 site).
  // (bases-8 art6 12 → 14 found, 4 → 3 wrong: "the administration of justice" as the basis (HMCTS, English and Welsh), and a basis
  // cited after "we will not process … on the basis of", both read since banks-16z75.test.ts.)
  'bases-8': { art6: { found: 14, wrong: 3 }, art9: { found: 5, wrong: 1 } },
  // (controller-9 18 → 20 found: "X is also the data controller" and "X takes data protection seriously", read since banks-16z75.test.ts.)
  'controller-9': { controller: { found: 20, wrong: 3 } },
  'transfers-6': { transfers: { found: 4, wrong: 1 } },
  'special-5': { art9: { found: 3, wrong: 1 } },
  'rights-4': { rights: { found: 74, wrong: 3 } },
  // (cookies-5 105 → 108 found, 4 → 1 wrong: Haml pasted under an HTML heading is read as Haml, and "\_ga" is _ga.)
  'cookies-5': { cookies: { found: 108, wrong: 1 } },
  'near-misses-3': { controller: { found: 4, wrong: 2 }, art6: { found: 3, wrong: 1 }, art9: { found: 0, wrong: 0 }, retention: { found: 2, wrong: 4 }, transfers: { found: 0, wrong: 0 }, rights: { found: 5, wrong: 0 }, dpo: { found: 2, wrong: 0 }, ico: { found: 1, wrong: 0 } },
  'near-misses-2': { controller: { found: 0, wrong: 4 }, art6: { found: 2, wrong: 1 }, art9: { found: 0, wrong: 0 }, retention: { found: 4, wrong: 3 }, transfers: { found: 0, wrong: 1 }, rights: { found: 2, wrong: 1 }, dpo: { found: 0, wrong: 0 }, ico: { found: 2, wrong: 2 } },
  // (facts-en retention 28 → 27: the Northern Ireland Office's charter promise, "When we ask you for personal information, we promise: …
  // to make sure we don't keep it for longer than necessary", keyed here as retention; two studied notices' keys (DVLA's charter, Causeway
  // Coast and Glens' standards) read the same promise as none, and the importer now does too (the unread hold-out part read one wrong
  // retention fewer with it).)
  'facts-en': { controller: { found: 42, wrong: 5 }, retention: { found: 27, wrong: 2 }, transfers: { found: 10, wrong: 0 }, rights: { found: 72, wrong: 2 }, dpo: { found: 14, wrong: 2 }, ico: { found: 6, wrong: 10 } },
};

/** A passage that is markup (a page's or a template's HTML, as a repository holds it), read as the file it is. */
const markup = (item: Item) => /^\s*</.test(item.text) || /<\/(?:p|h[1-6]|td|li|div)>/.test(item.text);

/** A small notice around the passage: a title, one neutral section, then the passage's own heading (in HTML, for a passage of markup). */
function around(item: Item, cookies = false): string {
  if (item.whole) return item.text;
  // (A bank of cookie passages is read as a cookie page's.)
  const [title, lead, body, neutral] =
    item.lang === 'cy'
      ? [cookies ? 'Polisi cwcis' : 'Hysbysiad preifatrwydd', 'Sut rydym yn defnyddio eich data', 'Rydym yn defnyddio eich data i redeg y gwasanaeth.', 'Rhagor o wybodaeth']
      : [cookies ? 'Cookie policy' : 'Privacy notice', 'How we use your data', 'We use your data to run the service.', 'More information'];
  if (markup(item)) return `<h1>${title}</h1>\n<h2>${lead}</h2>\n<p>${body}</p>\n<h2>${item.heading ?? neutral}</h2>\n${item.text}\n`;
  return `${title}\n\n${lead}\n\n${body}\n\n${item.heading ?? neutral}\n\n${item.text}\n`;
}

/** A passage's key with the families it does not key left empty. */
function keyOf(expect: Expect): KeyFacts {
  return { controller: null, art6: [], art9: [], retention: false, transfers: null, rights: [], dpo: false, ico: false, cookies: [], ...expect };
}

/** Scores one passage's families into the bank's tallies; returns what it read wrongly. */
function score(item: Item, bank: Bank, read: ReadFacts, tallies: Record<Family, Tally>): string[] {
  // (The first banks key Article 9(2) letters only: there a DPA 2018 Schedule 1 paragraph read, "sch1:6", is a fact they
  // do not hold. A bank whose keyers were asked for the paragraphs too, bases-2 and special-2, has them scored.)
  const paragraphs = bank.items.some((i) => i.expect.art9?.some((x) => x.startsWith('sch1:')));
  const letters = paragraphs ? read : { ...read, art9: read.art9.filter((x) => /^[a-j]$/.test(x)) };
  return bank.families.flatMap((k) => scoreFamily(tallies[k], k, keyOf(item.expect), letters));
}

describe('the phrasing banks: real passages from unseen UK notices', () => {
  for (const bank of BANKS) {
    it(`reads bank "${bank.bank}" (${bank.items.length} passages) at or above its floors`, async () => {
      const tallies = Object.fromEntries(bank.families.map((k) => [k, new Tally()])) as Record<Family, Tally>;
      const misses: string[] = [];
      for (const item of bank.items) {
        const result = await importNotice(markup(item) ? 'notice.html' : 'notice.txt', new TextEncoder().encode(around(item, bank.families.includes('cookies'))), { today: new Date('2026-12-06') });
        const wrong = score(item, bank, factsOf(result), tallies);
        if (wrong.length) misses.push(`${item.body} | ${item.heading ?? '-'} | ${item.text.replace(/\n/g, ' ⏎ ').slice(0, 300)}\n    ${wrong.join('; ')}`);
      }
      const pct = (n: number) => n.toFixed(2);
      console.log(
        [`Phrasing bank ${bank.bank} (${bank.items.length} passages):`, ...bank.families.map((k) => `  ${k.padEnd(11)} ${String(tallies[k].found).padStart(3)} / ${String(tallies[k].expected).padEnd(3)} recall ${pct(tallies[k].recall)}  precision ${pct(tallies[k].precision)}`)].join('\n'),
      );
      const show = process.env.PHRASINGS_MISSES;
      if (show === '1' || show === bank.bank) console.log(misses.join('\n'));
      if (process.env.PHRASINGS_FLOORS) console.log(`  '${bank.bank}': { ${bank.families.map((k) => `${k}: { found: ${tallies[k].found}, wrong: ${tallies[k].extracted - tallies[k].correct} }`).join(', ')} },`);
      for (const [k, floor] of Object.entries(FLOORS[bank.bank] ?? {}) as [Family, { found: number; wrong: number }][]) {
        expect(tallies[k].found, `${bank.bank} ${k}: facts found`).toBeGreaterThanOrEqual(floor.found);
        expect(tallies[k].extracted - tallies[k].correct, `${bank.bank} ${k}: facts read wrongly`).toBeLessThanOrEqual(floor.wrong);
      }
      expect(Object.keys(FLOORS[bank.bank] ?? {}).sort(), `bank ${bank.bank} has a floor for each family`).toEqual([...bank.families].sort());
    }, 60_000);
  }
});
