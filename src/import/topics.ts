/**
 * A section's topic from the words of its heading (notice-model.md §6). The first matching row
 * wins, so narrower rows come first ("Keeping your information safe" is security, not retention).
 */
import type { Topic } from '../config/notice-model.js';
import { cyMutations } from './patterns.js';

const TOPICS: [Topic, RegExp][] = [
  // "Privacy Statement – Websites and Apps – March 2018": the notice's own name, not a topic.
  ['about', /^privacy (?:notice|statement|policy)\b(?!.*\b(?:update|change|review))/i],
  ['ndoo', /opt[\s-]?out|optio allan/i],
  ['cookies', /cookie|\bcwci|\bgwci/i],
  ['children', /\bchild|\bunder\s*1[0-9]\b|young people/i],
  // The reader's right to have the data moved is a right, not a transfer abroad ("14.4 Right to request a transfer", "The right to
  // data portability").
  ['rights', /^(?:\d+(?:\.\d+)*\.?\s+)?(?:the |your )?right to (?:request |ask for )?(?:a |the )?(?:data )?(?:transfer|portability|move)\b/i],
  // Welsh "Trosglwyddo y tu allan i Ardal Economaidd Ewropeaidd" (transfers outside the EEA).
  ['transfers', new RegExp(String.raw`outside (?:of )?the (?:uk|united kingdom|eea|european)|\btransfer|international|overseas|abroad|\b${cyMutations('trosglwyddo')}\b|\by tu allan i['’]?r? (?:DU|Deyrnas|AEE|Ardal Economaidd)`, 'i')],
  ['processors', /processor/i],
  ['adm', /automated|profiling/i],
  ['complaints', /complain|concern|unhappy|dissatisfied|\bcwyn|\bgwyno|pryder/i],
  // "What gives us the right to use your information?": the organisation's right, the lawful basis, not the reader's rights.
  ['lawful-basis', /\bgives? us the right to\b|\bour (?:legal )?right to (?:use|process|collect|hold|share)\b/i],
  ['rights', /\brights?\b|\bhawl(?:iau)?\b/i],
  // (Plain English asks it: "Why we can use your information", "Why we're allowed to …", Welsh "Pam y gallwn ddefnyddio eich gwybodaeth".)
  ['lawful-basis', /\bwhy (?:we|we['’]re|we are|are we) (?:can|allowed|able|permitted|entitled)\b|\bpam (?:y )?(?:gallwn|caniateir i ni)\b|lawful|legal bas[ie]s|basis for|bases for|bas[ie]s of processing|legal reasons?|legal grounds?|conditions? for processing|legal framework|lawfulness|sail(?:iau)? gyfreithiol|seiliau cyfreithiol|\ballowed to (?:use|process|collect|hold|share)\b|\bwhat allows us\b|\bjustification for\b|\bcyfiawnhad dros\b/i],
  ['confidentiality', new RegExp(String.raw`confidential|\b${cyMutations('cyfrinachol')}\b`, 'i')],
  // Welsh "Cadw data'n ddiogel" (keeping data safe), "Diogelwch": security, before "cadw" (keep) reads as retention.
  // ("Steps we take to keep your information private": kept private is kept safe.)
  ['security', new RegExp(String.raw`secur|\bsafe\b|\bsafely\b|protect(?:ing|ed)? your|\b(?:keep|keeps|keeping|kept)\b.{0,40}\bprivate\b|\b${cyMutations('diogel')}(?:wch)?\b`, 'i')],
  ['contact-methods', /in touch with you|contact(?:ing)? you\b|communicat/i],
  ['retention', /\bkeep|retain|retention|how long|destroy|dispos|deleti|\bcadw\b|pa mor hir/i],
  ['sharing', /shar|third[\s-]part|disclos|recipient|pass (?:on|your)|who (?:we|will) give|\brhannu|trydydd parti/i],
  ['systems', /\bsystems?\b|software|platform|\bapps?\b/i],
  ['contacts', /contact|get in touch|\bdpo\b|data protection officer|further information|more information|how to reach|useful|cysylltu|manylion cyswllt|swyddog diogelu data/i],
  ['controller', /controller|who we are|about us|responsible for|pwy ydym ni|rheolydd data|rheolwr data/i],
  ['data', /what (?:personal )?(?:information|data)|what (?:do )?we (?:collect|hold|use|process|keep)\b|type of (?:personal )?information|types of|information (?:we|that we) (?:collect|hold|use|process)|categories|what we use|data we (?:collect|hold|use|process)/i],
  ['sources', /collect|where we get|where (?:does|do) .* come from|sources?\b|obtain|receive/i],
  ['purposes', /\bwhy\b|purpose|how we use|use of your|uses of|what we do with/i],
  ['changes', /change|update|review of this/i],
  ['links', /\blinks?\b|other (?:web)?sites/i],
  ['marketing', /marketing|newsletter|fundrais/i],
  ['principles', /principle/i],
  ['about', /introduction|about this|privacy (?:notice|statement|policy)|overview|scope|who this|purpose/i],
];

/** The topic a heading names, or `other` when no keyword matches (shown to the reviewer). */
export function topicOf(heading: string): Topic {
  for (const [topic, pattern] of TOPICS) if (pattern.test(heading)) return topic;
  return 'other';
}
