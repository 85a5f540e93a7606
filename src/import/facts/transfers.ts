/**
 * Transfers outside the UK: "we do not transfer … outside the European Union", "stored outside the
 * UK and EEA … Model Contract Clauses", "may be transferred outside the United Kingdom", "Ni
 * fyddwn yn trosglwyddo eich data … y tu allan i'r Ardal Economaidd Ewropeaidd". The data
 * protection principles ("should not be transferred … unless") state the law, not a transfer.
 */
import type { Notice } from '../../config/notice-model.js';
import { sentences } from '../segments.js';
import type { FoundFacts } from './sources.js';
import type { FactsInput } from './types.js';

const OUTSIDE = /\b(?:outside|outwith|beyond) (?:of )?(?:the )?(?:UK|U\.K\.|United Kingdom|EEA|European Economic Area|EU|European Union|Britain)\b|\b(?:to|in) (?:other|third|non-UK|non-EEA) countr(?:y|ies)\b|\binternational(?:ly)? transfer|\boverseas\b|\babroad\b|\by tu (?:allan|hwnt) i(?:['’]r| r)? (?:DU|Deyrnas Unedig|Ardal Economaidd Ewropeaidd|AEE|Undeb Ewropeaidd|UE)\b|\btramor\b/i;
const NEG = /\b(?:do not|don['’]t|does not|doesn['’]t|will not|won['’]t|never|not|no)\b[^.]{0,50}\b(?:transfer|send|store|process|move|host|share|sent|transferred|stored|processed|hosted|held|leave)s?\b|\bno (?:personal )?(?:data|information) (?:is|will be) (?:transferred|sent|stored|processed)/i;
const YES = /\b(?:may|will|would|might|could|can|do|does|sometimes|is|are|be)\s+(?:also\s+|only\s+)?(?:be\s+)?(?:transferred|sent|stored|processed|hosted|held|accessed|shared)\b|\b(?:we|us)\s+(?:(?:may|will|would|sometimes|also|only|do|to)\s+){0,3}(?:transfer|send|share|store|process|host)\b|\bstandard contractual clauses\b|\bmodel contract(?:ual)? clauses\b|\binternational data transfer agreement\b|\bIDTA\b|\badequacy (?:regulations|decision)\b|\bbinding corporate rules\b/i;
const CY_NEG = /\b(?:[Nn]i|[Nn]id)\s+(?:fyddwn|fydd|ydym|yw|chaiff|caiff|byddwn|wnawn)\b[^.]{0,60}\b(?:t|d|nh)?r?os?glwyddo|\b(?:[Nn]i|[Nn]id)\s+(?:fyddwn|fydd|chaiff|byddwn)\b[^.]{0,60}\b(?:anfon|storio|phrosesu|brosesu)/;
const CY_YES = /\b(?:gall|gallai|efallai y|byddwn yn|rydym yn)\b[^.]{0,60}\b(?:t|d|nh)?r?os?glwyddo/i;
const PRINCIPLES = /\bprinciples?\b|\begwyddor/i;

/** Whether the data leaves the UK, with the sentence that says so. */
export function extractTransfers({ segments }: FactsInput, found: FoundFacts): Notice['transfers'] {
  for (const seg of segments) {
    if (seg.topic === 'principles' || PRINCIPLES.test(seg.intro ?? '')) continue;
    for (const sentence of sentences(seg.text)) {
      if (!OUTSIDE.test(sentence)) continue;
      if (/\b(?:should|shall|must|cannot) not be transferred\b|\bNi ddylid\b|\boni bai\b/i.test(sentence) && !/\bwe\b/i.test(sentence)) continue; // the law, not the practice
      if (NEG.test(sentence) || CY_NEG.test(sentence)) {
        const outsideUk = /\bunless\b[^.]*\bconsent|\bwith(?:out)? your (?:explicit )?consent/i.test(sentence) ? 'only-with-consent' : 'no';
        found.add('transfers', outsideUk, sentence, seg.at);
        return { outsideUk, text: sentence, at: seg.at };
      }
      if (YES.test(sentence) || CY_YES.test(sentence)) {
        found.add('transfers', 'yes', sentence, seg.at);
        return { outsideUk: 'yes', text: sentence, at: seg.at };
      }
    }
  }
  return { outsideUk: 'not-stated' };
}
