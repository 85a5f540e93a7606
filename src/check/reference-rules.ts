/**
 * Dangling references: every id the notice points at (a section from `at` or `xref`, a glossary
 * term, a footnote, a contact card, a party, a lawful basis, …) must exist, and ids must be unique
 * within their list. The check itself is the notice's own (`src/notice/references.ts`, which
 * `<privacy-notice>` also runs); this rule adds the one reference that crosses into the consent
 * section: the cookie categories a `{ "show": "cookies", "ids": […] }` block names.
 */
import { checkNoticeReferences } from '../notice/references.js';
import { noticesOf } from './notices.js';
import type { LintRule } from './types.js';

export const references: LintRule = {
  id: 'references',
  severity: 'error',
  cites: 'UK GDPR Art 12(1): easily accessible (no dead links or missing cards)',
  title: 'Every id the notice refers to exists, and ids are unique within their list',
  check(config, report) {
    const cookieCategories = (config.consent?.categories ?? []).map((c) => c.id);
    for (const { notice, path } of noticesOf(config)) {
      for (const finding of checkNoticeReferences(notice, { path, organisationId: config.organisation.id, cookieCategories })) report(finding.path, finding.message, finding.severity);
    }
  },
};
