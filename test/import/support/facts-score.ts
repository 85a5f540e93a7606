/**
 * How the importer's answer is read and scored against a hand-written key, one definition for the
 * corpus score (whole notices) and the phrasing banks (passages): what counts as each fact family's
 * value in an import result, how an organisation's name matches the key's, and the tally of found /
 * expected / extracted / correct that recall and precision come from.
 */
import type { ImportResult } from '../../../src/import/import-notice.js';

/** Found / expected / extracted counts for one fact family. */
export class Tally {
  found = 0;
  expected = 0;
  extracted = 0;
  correct = 0;
  add(expected: number, found: number, extracted: number, correct: number): void {
    this.expected += expected;
    this.found += found;
    this.extracted += extracted;
    this.correct += correct;
  }
  get recall(): number {
    return this.expected ? this.found / this.expected : 1;
  }
  get precision(): number {
    return this.extracted ? this.correct / this.extracted : 1;
  }
}

/** Case, curly quotes, dashes, a closing colon or full stop and spacing do not matter to a match. */
export const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[–—]/g, '-').replace(/[:.]$/, '').replace(/\s+/g, ' ').trim();
const bareName = (s: string) => norm(s).replace(/^(?:the|y|yr)\s+/, '');
/** The name read is one of the key's, or holds one, or (two words or more) is held by one. */
export const nameMatches = (found: string, wanted: string[]) => wanted.some((w) => bareName(found).includes(bareName(w)) || (bareName(w).includes(bareName(found)) && bareName(found).split(' ').length >= 2));

/** The facts a hand-written key states (a notice's entry in answers.json, or a second key's). */
export interface KeyFacts {
  /** The acceptable names of the controller, or null when the text never names it. */
  controller: string[] | null;
  art6: string[];
  art9: string[];
  retention: boolean;
  /** 'yes' | 'no', or null when not stated. */
  transfers: string | null;
  /** The data subject's rights; the right to complain to the regulator is the `ico` fact. */
  rights: string[];
  dpo: boolean;
  ico: boolean;
  cookies: string[];
}

/** The facts of one import, as the keys state them: the controller is the one name read (or proposed), if any. */
export type ReadFacts = Omit<KeyFacts, 'controller'> & { controller: string | undefined };

/** Reads an import result's facts the way the keys state them. */
export function factsOf(result: ImportResult): ReadFacts {
  const { config, found } = result;
  const notice = config.notice;
  const outside = notice.transfers.outsideUk;
  return {
    controller: notice.importNotes?.some((n) => /controller .*(?:was read|is proposed)/.test(n.text)) ? config.organisation.name : undefined,
    art6: [...new Set(notice.bases.map((b) => b.art6 as string))],
    art9: [...new Set(found.filter((x) => x.family === 'art9').map((x) => x.value))],
    retention: notice.retention.length > 0,
    transfers: outside === 'not-stated' ? null : outside === 'only-with-consent' ? 'yes' : outside,
    rights: notice.rights.items.map((r) => r.kind).filter((k) => k !== 'complain'),
    dpo: notice.contacts.some((c) => c.role === 'dpo'),
    ico: notice.complaints?.regulator === 'ico',
    cookies: (config.consent?.categories ?? []).flatMap((c) => [...(c.cookies ?? []), ...(c.services ?? []).flatMap((sv) => sv.cookies ?? [])]).map((c) => c.name),
  };
}

/** The fact families a key states, in the order reports list them. */
export const FAMILIES = ['controller', 'art6', 'art9', 'retention', 'transfers', 'rights', 'dpo', 'ico', 'cookies'] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * Scores one family of one notice into a tally: what the key expects, what was read, and how many
 * agree (sets count each member; the controller matches by name). Returns what disagrees, in the
 * words the misses lists use ("missed e", "extra a", "controller X ≠ Y", "retention true ≠ false").
 */
export function scoreFamily(t: Tally, family: Family, key: KeyFacts, read: ReadFacts): string[] {
  switch (family) {
    case 'controller': {
      const name = read.controller;
      const ok = !!name && !!key.controller && nameMatches(name, key.controller);
      t.add(key.controller ? 1 : 0, ok ? 1 : 0, name ? 1 : 0, ok ? 1 : 0);
      if (key.controller && !ok) return [`controller ${name ?? '(none)'} ≠ ${key.controller[0]}`];
      return !key.controller && name ? [`controller extra ${name}`] : [];
    }
    case 'art6':
    case 'art9':
    case 'rights':
    case 'cookies': {
      const want = new Set(key[family]);
      const have = new Set(read[family]);
      const hit = [...want].filter((x) => have.has(x)).length;
      t.add(want.size, hit, have.size, hit);
      return [...[...want].filter((x) => !have.has(x)).map((x) => `${family}: missed ${x}`), ...[...have].filter((x) => !want.has(x)).map((x) => `${family}: extra ${x}`)];
    }
    case 'transfers': {
      const same = !!read.transfers && read.transfers === key.transfers;
      t.add(key.transfers ? 1 : 0, same ? 1 : 0, read.transfers ? 1 : 0, same ? 1 : 0);
      return key.transfers !== read.transfers ? [`transfers ${read.transfers} ≠ ${key.transfers}`] : [];
    }
    default: {
      t.add(key[family] ? 1 : 0, key[family] && read[family] ? 1 : 0, read[family] ? 1 : 0, key[family] && read[family] ? 1 : 0);
      return key[family] !== read[family] ? [`${family} ${read[family]} ≠ ${key[family]}`] : [];
    }
  }
}

/** Adds one notice to a tally of all its facts together. */
export function tallyFacts(t: Tally, key: KeyFacts, read: ReadFacts): void {
  for (const family of FAMILIES) scoreFamily(t, family, key, read);
}

/** A key read as if it were the importer's answer (its first name for the controller), to score one key against another. */
export function asRead(key: KeyFacts): ReadFacts {
  return { ...key, controller: key.controller?.[0] };
}
