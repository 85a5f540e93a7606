/** Legislation, codes, guidance and regulations the notice cites, with slips in Acts' years noted. */
import type { LegalRef } from '../../config/notice-model.js';
import { slug } from '../patterns.js';
import { findLegislation } from './legal.js';
import type { FactsInput } from './types.js';

export function extractLegislation({ segments, ids, notes }: FactsInput): LegalRef[] {
  const refs: LegalRef[] = [];
  const add = (found: { title: string; section?: string; kind: LegalRef['kind'] }) => {
    if (refs.some((r) => r.title === found.title && r.section === found.section)) return;
    const ref: LegalRef = { id: ids.take(slug(`${found.title} ${found.section ?? ''}`)), title: found.title, kind: found.kind };
    if (found.section) ref.section = found.section;
    refs.push(ref);
  };
  for (const seg of segments) {
    for (const found of findLegislation(seg.text)) {
      // "NHS Act 2006:" followed by items "14Z34 Duty as to …": one reference per section.
      const sections = seg.kind === 'item' && /:\s*$/.test(seg.text) ? (seg.children ?? []).filter((c) => /^\d+[A-Z]*\d*\b/.test(c)) : [];
      if (sections.length) for (const s of sections) add({ ...found, section: s.replace(/[.;]$/, '') });
      else add(found);
      if (found.slip) {
        notes.add(seg.at, 'possible-error', `"${found.title}": no Act of that name has that year (perhaps the ${found.slip}?). Wording kept as written; confirm with the privacy officer.`);
      }
    }
  }
  return refs;
}
