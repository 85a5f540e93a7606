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
// Welsh "anhapus" (unhappy), "cyfeirio eich achos … at" (refer your case to).
const COMPLAIN = /complain|\b(?:any|your|raise|raising|have|has|with|of) concerns?\b|\bconcerns? (?:about|regarding|over|with)\b|lodge|unhappy|dissatisfied|not satisfied|not happy|\bcwyn|\bgwyno\b|\bcwyno\b|anfodlon|anhapus|\b(?:g|ch)?yfeirio eich achos\b|pryder/i;

/** Being registered (notified) with the ICO as a controller, which is no complaint route. */
const REGISTERED = /\bregistered\b|\bnotified\b|\bcofrestru\b|\bcofrestredig\b/i;

/**
 * The ICO as the route for a Freedom of Information or Environmental Information request's appeal ("Internal review
 * requests should be submitted within two months … you can complain to the Information Commissioner"): not a complaint
 * about the reader's personal data, unless the text says so too.
 */
const FOI = /\bfreedom of information\b|\bFOI\b|\benvironmental information regulations\b|\bEIRs?\b|\binternal reviews?\b|\brefusal notice\b|\brhyddid gwybodaeth\b|\badolygiad mewnol\b/i;
const PERSONAL = /\bpersonal (?:data|information)\b|\bdata protection\b|\bdiogelu data\b|\bdata personol\b|\bgwybodaeth bersonol\b/i;

/** How to complain, when the notice names the ICO as the place to complain to. */
export function extractComplaints({ segments, sections }: FactsInput, contacts: ContactCard[], found: FoundFacts): Notice['complaints'] | undefined {
  const headingOf = (at: string) => sections.find((x) => x.id === at)?.heading ?? '';
  const ico = segments.filter((s) => (ICO.test(s.text) || ICO.test(s.intro ?? '')) && !(FOI.test(`${s.text} ${s.intro ?? ''} ${headingOf(s.at)}`) && !PERSONAL.test(`${s.text} ${s.intro ?? ''}`)));
  const seg =
    ico.find((s) => s.topic === 'complaints' && !REGISTERED.test(s.text)) ??
    ico.find((s) => COMPLAIN.test(`${s.text} ${s.intro ?? ''}`)) ??
    // The right to complain to "a supervisory authority" and, on the next line, which one it is ("Mae gennych hefyd yr hawl i
    // gyflwyno cwyn i awdurdod goruchwylio …" / "Yn y DU, yr awdurdod goruchwylio yw Swyddfa'r Comisiynydd Gwybodaeth …").
    ico.find((s) => ((before) => !!before && before.at === s.at && COMPLAIN.test(before.text) && !REGISTERED.test(s.text))(segments[segments.indexOf(s) - 1]));
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
