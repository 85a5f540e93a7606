/** Purposes: what the notice says it uses the information for, linked to a basis where it says so. */
import type { LawfulBasis, Purpose } from '../../config/notice-model.js';
import { slug } from '../patterns.js';
import { sentences } from '../segments.js';
import { findArt6 } from './legal.js';
import type { FactsInput } from './types.js';

export function extractPurposes({ segments, ids, notes }: FactsInput, bases: LawfulBasis[]): Purpose[] {
  const purposes: Purpose[] = [];
  const INTRO = /\b(?:use|process|collect|hold)\b[^.:]{0,60}\b(?:information|data|details)\b[^.:]{0,30}\b(?:to|for)\s*:\s*$|\bfor the following purposes\s*:\s*$|\bin order to\s*:\s*$/i;
  for (const seg of segments) {
    if (seg.kind !== 'item' || !seg.intro || !INTRO.test(seg.intro)) continue;
    const label = seg.text.replace(/[.;,]$/, '').trim();
    if (!label || label.split(/\s+/).length > 25) continue;
    const purpose: Purpose = { id: ids.take(`purpose-${slug(label).split('-').slice(0, 3).join('-')}`), label, bases: [], at: seg.at };
    purposes.push(purpose);
  }
  // In a section about purposes: "We use your information to assess your needs and arrange care."
  const USE_SENTENCE = /^(?:We|The \w+(?: \w+)?) (?:will |may |also )?(?:use|process|need|collect) (?:your|this|the|personal) (?:personal )?(?:information|data|details)(?: about you)? (?:to|for|so that we can|in order to) ([^.:;]{8,200})\.$/;
  for (const seg of segments) {
    if (seg.topic !== 'purposes' || (seg.kind !== 'p' && seg.kind !== 'item')) continue;
    for (const sentence of sentences(seg.text)) {
      const m = USE_SENTENCE.exec(sentence.trim());
      if (!m || purposes.some((p) => p.label === m[1])) continue;
      purposes.push({ id: ids.take(`purpose-${slug(m[1]!).split('-').slice(0, 3).join('-')}`), label: m[1]!.trim(), bases: [], at: seg.at });
    }
  }
  // "We use the lawful basis of Legitimate Interests to provide you with the service."
  const BASIS_PURPOSE = /\b(?:lawful|legal) basis(?: of)?:? (?:the )?(?:Legitimate Interests?|Public Task|Legal Obligation|Vital Interests?|Consent|Contract)\b,? to ([^.:;]{8,200})\./i;
  for (const seg of segments) {
    for (const sentence of sentences(seg.text)) {
      const m = BASIS_PURPOSE.exec(sentence);
      if (!m) continue;
      const found = findArt6(sentence)[0];
      const basis = found && bases.find((b) => b.art6 === found.letter);
      if (!basis) continue;
      const label = m[1]!.trim();
      if (label.split(/\s+/).length > 30 || purposes.some((p) => p.label === label)) continue;
      purposes.push({ id: ids.take(`purpose-${slug(label).split('-').slice(0, 3).join('-')}`), label, bases: [basis.id], at: seg.at });
      notes.add(seg.at, 'inferred', `Purpose "${label}" read from "${clip(sentence, 100)}", with the basis it names.`);
    }
  }
  if (purposes.some((p) => !p.bases.length)) {
    const only = bases.length === 1 ? bases[0] : undefined;
    const listed = purposes.filter((p) => !p.bases.length);
    if (only) for (const p of listed) p.bases.push(only.id);
    notes.add(
      listed[0]!.at ?? 'notice',
      'inferred',
      `${listed.length} purpose${listed.length === 1 ? '' : 's'} (${listed.map((p) => `"${clip(p.label, 60)}"`).join(', ')}) read from what the notice says it uses the information for.${only ? ` All linked to the only lawful basis found (Article 6(1)(${only.art6})).` : ' Link each to its lawful basis.'}`,
    );
  }
  return purposes;
}

/** The end of a long quotation, for notes: "…to use this information to:". */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}
