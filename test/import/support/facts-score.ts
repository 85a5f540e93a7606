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

/** The facts of one import, as the keys state them. */
export interface ReadFacts {
  /** The organisation's name, when the importer read or proposed a controller. */
  controller: string | undefined;
  art6: string[];
  art9: string[];
  retention: boolean;
  /** 'yes' | 'no', or null when not stated ("only with consent" is a transfer, so 'yes'). */
  transfers: string | null;
  /** The data subject's rights; the right to complain to the regulator is scored as `ico`. */
  rights: string[];
  dpo: boolean;
  ico: boolean;
  cookies: string[];
}

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
