/**
 * The route to complain to the regulator: the Information Commissioner's Office named in a
 * complaints section, or in a sentence about complaining, in English or Welsh ("Swyddfa'r
 * Comisiynydd Gwybodaeth", "cwyno"). Being registered with the ICO is not a complaint route.
 */
import type { ContactCard, Notice } from '../../config/notice-model.js';
import type { FoundFacts } from './sources.js';
import type { FactsInput } from './types.js';

const ICO = /(?<!Scottish )Information Commissioner|\bICO\b|ico\.org\.uk|Comisiynydd Gwybodaeth/;
/** The same in any case, for a heading that may be in capitals ("APPEALS TO THE INFORMATION COMMISSIONER'S OFFICE"). */
const ICO_ANY_CASE = new RegExp(ICO.source, 'i');
// "concerns" as a noun ("if you have any concerns"), never the verb ("This privacy notice concerns the processing …").
const COMPLAIN = /complain|\b(?:any|your|raise|raising|have|has|with|of) concerns?\b|\bconcerns? (?:about|regarding|over|with)\b|lodge|unhappy|dissatisfied|not satisfied|not happy|\bcwyn|\bgwyno\b|\bcwyno\b|anfodlon|pryder/i;

/** How to complain, when the notice names the ICO as the place to complain to. */
export function extractComplaints({ segments, sections }: FactsInput, contacts: ContactCard[], found: FoundFacts): Notice['complaints'] | undefined {
  const ico = segments.filter((s) => ICO.test(s.text) || ICO.test(s.intro ?? ''));
  const seg =
    ico.find((s) => s.topic === 'complaints' && !/\bregistered\b|\bcofrestru\b/i.test(s.text)) ??
    ico.find((s) => COMPLAIN.test(`${s.text} ${s.intro ?? ''}`));
  // A heading that is the route ("Appeals to the Information Commissioner's Office", "Cwyno i Swyddfa'r Comisiynydd
  // Gwybodaeth"), where the copy of its section was cut short.
  const heading = seg ? undefined : sections.find((s) => ICO_ANY_CASE.test(s.heading) && (COMPLAIN.test(s.heading) || /\bappeal|\bapel/i.test(s.heading)));
  const at = seg?.at ?? heading?.id;
  if (!at) return undefined;
  found.add('ico', 'ico', seg?.text ?? heading!.heading, at);
  const complaints: NonNullable<Notice['complaints']> = { regulator: 'ico', at };
  const own = contacts.filter((c) => c.role === 'complaints').map((c) => c.id);
  if (own.length) complaints.controller = { contacts: own };
  return complaints;
}
