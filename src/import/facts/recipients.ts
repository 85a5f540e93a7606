/** Recipients: "Essex County Council – www.essex.gov.uk", "Name - https://…" in sharing sections. */
import type { Party } from '../../config/notice-model.js';
import { findDetails, slug } from '../patterns.js';
import type { Segment } from '../segments.js';
import type { FactsInput } from './types.js';

export function extractRecipients({ segments, ids, notes }: FactsInput): Party[] {
  const parties: Party[] = [];
  const listed = segments.filter((s) => (s.kind === 'item' || s.kind === 'p' || s.kind === 'dl') && (s.topic === 'sharing' || /\bshare|third part|partner|work with/i.test(s.intro ?? '')));
  const NAME_URL = /^(.{3,100}?)\s+[–—-]\s+((?:https?:\/\/|www\.)\S+|\S+\.(?:uk|com|org|net)\S*)$/;
  const lists = new Map<string, Segment[]>();
  for (const seg of listed) {
    if (seg.kind === 'p') continue;
    const key = `${seg.at}\u0000${seg.intro ?? ''}`;
    lists.set(key, [...(lists.get(key) ?? []), seg]);
  }
  for (const seg of listed) {
    const m = NAME_URL.exec(seg.text);
    if (m) {
      const url = findDetails(m[2]!)[0];
      const party: Party = { id: ids.take(slug(m[1]!)), name: m[1]!.trim(), kind: 'organisation', roles: ['recipient'] };
      if (url?.kind === 'url') party.url = url.value;
      parties.push(party);
    }
  }
  // Other short names in the same list as "Name – url" lines are recipients too ("Synnova Business Services Ltd").
  for (const group of lists.values()) {
    if (!group.some((s) => NAME_URL.test(s.text))) continue;
    for (const seg of group) {
      if (NAME_URL.test(seg.text) || seg.text.split(/\s+/).length > 8 || /[.:;]$/.test(seg.text)) continue;
      parties.push({ id: ids.take(slug(seg.text)), name: seg.text, kind: 'organisation', roles: ['recipient'] });
    }
  }
  if (parties.length) {
    notes.add(parties.length ? listed[0]!.at : 'notice', 'inferred', `${parties.length} recipients read from "Name – web address" lines. Their sharing entries (basis, purpose) are not inferred: add them where the notice says.`);
  }
  return parties;
}
