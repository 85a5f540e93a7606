/**
 * Short statements: automated decision-making, the National Data Opt-Out, processors, children,
 * and where cookies are explained.
 */
import type { Notice } from '../../config/notice-model.js';
import { sentences } from '../segments.js';
import type { Facts, FactsInput } from './types.js';

export function extractAdm({ segments, notes }: FactsInput): Notice['adm'] {
  const NEG = /\b(?:do not|don't|does not|doesn't|will not|won't|never|not)\s+(?:use|make|carry out|undertake|employ|subject you to|involve)\s+(?:any\s+)?(?:solely\s+)?automated(?:\s+individual)?\s+decision/i;
  const NO = /\bno (?:solely )?automated(?:\s+individual)? decision|\bnot (?:be )?subject(?:ed)? to (?:any )?automated decision/i;
  const YES = /\b(?:we|the \w+)\s+(?:use|make|carry out|undertake)s?\s+(?:some\s+)?automated(?:\s+individual)?\s+decision/i;
  for (const seg of segments) {
    if (seg.kind === 'item' && seg.topic === 'rights') continue; // the right not to be subject to ADM is not a statement of use
    for (const sentence of sentences(seg.text)) {
      if (NEG.test(sentence) || (NO.test(sentence) && seg.topic !== 'rights')) return { used: false, text: sentence, at: seg.at };
      if (YES.test(sentence)) {
        notes.add(seg.at, 'inferred', 'The notice says automated decisions are made: check that it explains the logic and the consequences.');
        return { used: true, text: sentence, at: seg.at };
      }
    }
  }
  return { used: 'not-stated' };
}

export function extractStatements({ segments, sections }: FactsInput): Partial<Facts> {
  const out: Partial<Facts> = {};
  const first = (topic: string) => segments.find((s) => s.topic === topic);
  const ndoo = first('ndoo') ?? segments.find((s) => /national data opt[\s-]?out/i.test(s.text) && s.text.split(/\s+/).length <= 40);
  if (ndoo) {
    const applies = /not applicable/i.test(ndoo.text) ? 'not-applicable' : /\b(?:does not|doesn't|will not) apply/i.test(ndoo.text) ? 'no' : /\b(?:applies|apply|comply|complies|respect|honour)/i.test(ndoo.text) ? 'yes' : undefined;
    if (applies) out.ndoo = { applies, text: ndoo.text, at: ndoo.at };
  }
  const processors = first('processors');
  if (processors && /^not applicable\.?$|^none\.?$/i.test(processors.text)) out.processors = { parties: [], text: processors.text, at: processors.at };
  const children = first('children');
  if (children) {
    out.children = { text: children.text, at: children.at };
  }
  const cookies = sections.find((s) => s.topic === 'cookies');
  if (cookies) out.cookies = { at: cookies.id };
  return out;
}
