import { BUILT_IN_TERM_IDS, type BuiltInTerm, type BuiltInTermId, type Id, type Notice, type Term } from '../config/notice-model.js';

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
