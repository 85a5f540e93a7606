/**
 * The data subject's rights, in English and Welsh, from a list ("The right to erasure – …"), a
 * definition list, or a sentence that names several ("You have the right to ask for a copy of
 * your information, to have it corrected, and to complain": access, rectification and complaint,
 * one per clause). Outside a rights section, only sentences that say "right" (or "hawl"), a
 * subject access request, or that consent can be withdrawn are read.
 */
import type { RightKind, Rights } from '../../config/notice-model.js';
import { sentences } from '../segments.js';
import type { FoundFacts } from './sources.js';
import type { FactsInput } from './types.js';

// Narrower rights first: "object to profiling" is about automated decisions, "a copy … in a
// machine-readable format" is portability.
const RIGHT_KINDS: [RightKind, RegExp][] = [
  ['withdraw-consent', /withdraw|tynnu[^.]{0,30}\byn ôl\b/i],
  ['automated-decisions', /automated|profiling|awtomat|proffilio/i],
  ['portability', /portab|machine[- ]readable|structured, commonly used|cludadw|trosglwyddo['’]r data/i],
  ['erasure', /\beras|\berase|\bdelet|forgotten|\bddileu\b|\bdileu\b/i],
  ['rectification', /rectif|correct|inaccurate|incomplete|\bgywiro\b|\bcywiro\b|\bcywir\b/i],
  ['restriction', /restrict|suppress|\bgyfyngu\b|\bcyfyngu\b/i],
  ['object', /\bobject(?:s|ing|ions?)?\b|\bstop (?:processing|using)\b|\bwrthwynebu\b|\bgwrthwynebu\b/i],
  ['access', /\baccess\b|copy of|\b(?:find out|know) what (?:personal )?(?:information|data)\b|\bto see\b|\bsee (?:your|the|what) (?:data|information|records?|personal)|\bsubject access\b|\bgopi\b|\bcopi\b|mynediad|gwrthrych am wybodaeth/i],
  ['informed', /\binformed\b|information about how|\bhysbysu\b|\b[cg]ael gwybod\b/i],
  ['complain', /complain|\bgwyno\b|\bcwyno\b|\bcwyn\b/i],
];

/** The right a line states ("The right to erasure – …", "to object to…", "Access: …"), if any. */
export function rightKind(text: string): RightKind | undefined {
  return RIGHT_KINDS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** Each right a sentence names, one per clause ("to see, correct, or ask us to delete"). */
export function rightKinds(text: string): RightKind[] {
  const out: RightKind[] = [];
  for (const clause of text.split(/,|;|\s+(?:and|or|a|ac|neu)\s+(?=to\b|the\b|ask\b|request\b|have\b|i\b|gofyn\b|cael\b|[a-z]+\b)/i)) {
    const kind = rightKind(clause);
    if (kind && !out.includes(kind)) out.push(kind);
  }
  return out;
}

const RIGHT_WORDS = /\bright(?:s)?\b|\bhawl(?:iau)?\b/i;
const STANDALONE = /\bsubject access request\b|\b[cg]ais gwrthrych am wybodaeth\b|\b(?:g|)ofyn am gopi o['’]r wybodaeth\b|\bask for a copy of (?:the |your |any )?(?:personal )?(?:information|data|records?)\b|\bconsent can be withdrawn\b|\bwithdraw (?:your |their )?consent\b/i;

/** The rights the notice states, in its order, with the sentence each was read from. */
export function extractRights({ segments, notes }: FactsInput, found: FoundFacts): Rights {
  const rights: Rights = { items: [] };
  const add = (kind: RightKind, label: string, at: string, source: string, conditions?: string) => {
    found.add('rights', kind, source, at);
    if (rights.items.some((r) => r.kind === kind)) return;
    const item: Rights['items'][number] = { kind, label };
    if (conditions) item.conditions = conditions;
    rights.items.push(item);
    rights.at ??= at;
  };
  for (const seg of segments) {
    const inRights = seg.topic === 'rights' || RIGHT_WORDS.test(seg.intro ?? '') || /^(?:you can|you may|gallwch)\b/i.test(seg.intro ?? '') && segments.some((s) => s.at === seg.at && RIGHT_WORDS.test(s.text));
    const short = seg.text.split(/\s+/).length <= 30;
    if (inRights && (seg.kind === 'item' || seg.kind === 'dl' || ((seg.kind === 'p' || seg.kind === 'line') && short && /^(?:you (?:also )?have (?:the|a)\s+)?(?:the\s+)?(?:right|to\b|of\b|not to\b)/i.test(seg.text)))) {
      const text = seg.kind === 'dl' ? seg.term! : seg.text;
      const kinds = seg.kind === 'dl' ? [rightKind(text) ?? rightKind(seg.text)].filter((k): k is RightKind => !!k) : rightKinds(text);
      for (const kind of kinds) add(kind, kinds.length === 1 ? text : text, seg.at, seg.text, seg.kind === 'dl' ? seg.desc : undefined);
      continue;
    }
    // Sentences that name rights: in a rights section, any "you can …" or "right" sentence;
    // elsewhere, only one that says "right" / "hawl", or a standalone right.
    for (const sentence of sentences(seg.text)) {
      if (sentence.split(/\s+/).length > 60) continue;
      const about = STANDALONE.test(sentence) || RIGHT_WORDS.test(sentence) && (inRights || /\b(?:you|your|chi|eich|individuals?|unigolion)\b/i.test(sentence)) || (inRights && /\b(?:you (?:can|may|are entitled to|could|are allowed to)|gallwch)\b/i.test(sentence));
      if (!about) continue;
      // "Your rights" in a heading-like clause ("tell you about your privacy rights") names none.
      for (const kind of rightKinds(sentence.replace(/\b(?:your|our|privacy|data|legal)\s+rights\b/gi, ''))) add(kind, sentence, seg.at, sentence);
    }
  }
  if (rights.items.length) {
    const n = rights.items.length;
    notes.add(rights.at ?? 'notice', 'inferred', `${n} right${n === 1 ? '' : 's'} recognised (${rights.items.map((r) => r.kind).join(', ')}) from their wording. Check that none is missing or misread.`);
  }
  return rights;
}
