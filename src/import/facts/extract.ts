/**
 * Reads every fact family the importer knows (one file each in this folder) from the notice's
 * segments, in the order they depend on each other: the glossary expands the controller's
 * abbreviation, legislation feeds the bases and retention, contacts feed the complaint route.
 * Each fact is recorded with the sentence it came from (`FoundFacts`), and every guess is noted.
 */
import { extractContacts } from './contacts.js';
import { extractOrganisation } from './controller.js';
import { extractGlossary } from './glossary.js';
import { extractComplaints } from './ico-route.js';
import { detectLanguage } from './language.js';
import { extractBases } from './lawful-bases.js';
import { extractLegislation } from './legislation.js';
import { extractPurposes } from './purposes.js';
import { extractRecipients } from './recipients.js';
import { extractRetention } from './retention.js';
import { extractRights } from './rights.js';
import type { FoundFacts } from './sources.js';
import { extractAdm, extractStatements } from './statements.js';
import { extractTransfers } from './transfers.js';
import type { Facts, FactsInput } from './types.js';

export type { Facts, FactsInput } from './types.js';

/** Reads every fact the importer knows how to find. */
export function extractFacts(input: FactsInput, found: FoundFacts): Facts {
  // (The notice's wording, its title and headings with its running text, and apart from it its tables' rows.)
  const wording = [input.title ?? '', ...input.sections.map((s) => s.heading), ...input.segments.filter((s) => s.kind !== 'cell').map((s) => s.text)];
  const lang = input.lang ?? detectLanguage(wording.join('\n'), input.segments.filter((s) => s.kind === 'cell').map((s) => s.text).join('\n'), input.segments.slice(0, 3).map((s) => s.text).join('\n'));
  const glossary = extractGlossary(input);
  const organisation = extractOrganisation(input, glossary, found);
  const contacts = extractContacts(input);
  for (const card of contacts) if (card.role === 'dpo') found.add('dpo', card.person ?? card.emails?.[0] ?? card.phones?.[0]?.number ?? (card.address ? `by post: ${[...card.address.lines, card.address.postcode ?? ''].join(', ').replace(/, $/, '')}` : 'named, without contact details'), cardSource(input), 'notice');
  const legislation = extractLegislation(input);
  const bases = extractBases(input, legislation, found);
  const facts: Facts = {
    lang,
    organisation,
    parties: extractRecipients(input),
    contacts,
    purposes: extractPurposes(input, bases),
    bases,
    legislation,
    retention: extractRetention(input, legislation, found),
    rights: extractRights(input, found),
    adm: extractAdm(input),
    transfers: extractTransfers(input, found),
    glossary,
  };
  const complaints = extractComplaints(input, contacts, found);
  if (complaints) facts.complaints = complaints;
  Object.assign(facts, extractStatements(input));
  return facts;
}

/** The sentence that names the Data Protection Officer, for the list of facts. */
function cardSource(input: FactsInput): string {
  return input.segments.find((s) => /Data Protection Officer|\bDPO\b|Swyddog (?:Gwybodaeth a )?(?:Diogelu|Gwarchod) Data/i.test(s.text))?.text ?? 'Data Protection Officer';
}
