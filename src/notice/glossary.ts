import type { Id, Notice, Term, Text } from '../config/notice-model.js';

/**
 * The ids of the built-in glossary: common UK data-protection terms every language's notice
 * strings define (`src/i18n/en-GB/notice.ts`). A notice's `glossary` adds terms and replaces a
 * built-in one by using its id.
 */
export const BUILT_IN_TERM_IDS = [
  'data-controller',
  'joint-controller',
  'data-processor',
  'personal-data',
  'special-category-data',
  'criminal-offence-data',
  'data-subject',
  'processing',
  'lawful-basis',
  'consent',
  'explicit-consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
  'subject-access-request',
  'data-portability',
  'profiling',
  'automated-decision-making',
  'pseudonymised-data',
  'anonymised-data',
  'data-breach',
  'dpo',
  'caldicott-guardian',
  'siro',
  'ico',
  'uk-gdpr',
  'dpa-2018',
  'pecr',
  'common-law-duty-of-confidentiality',
  'national-data-opt-out',
  'confidential-patient-information',
  'section-251',
  'direct-care',
  'information-sharing-agreement',
  'data-protection-impact-assessment',
  'retention-period',
  'cookies',
] as const;

/** The id of a built-in glossary term. */
export type BuiltInTermId = (typeof BUILT_IN_TERM_IDS)[number];

/** A built-in term's wording in one language. */
export interface BuiltInTerm {
  /** The term as it is usually written. */
  term: string;
  /** Its usual abbreviation. */
  abbr?: string;
  /** A plain-English definition. */
  definition: Text;
}

/**
 * The glossary a notice uses: the built-in terms, then the notice's own entries, which add
 * terms or replace a built-in term with the same id.
 */
export function resolveGlossary(notice: Pick<Notice, 'glossary'> | undefined, builtIn: Record<BuiltInTermId, BuiltInTerm>): Map<Id, Term> {
  const glossary = new Map<Id, Term>();
  for (const id of BUILT_IN_TERM_IDS) glossary.set(id, { id, from: 'library', ...builtIn[id] });
  for (const term of Array.isArray(notice?.glossary) ? notice.glossary : []) {
    if (term && typeof term.id === 'string') glossary.set(term.id, term);
  }
  return glossary;
}
