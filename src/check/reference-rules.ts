/**
 * Dangling references: every id the notice points at (a section from `at` or `xref`, a glossary
 * term, a footnote, a contact card, a party, a lawful basis, …) must exist, and ids must be unique
 * within their list. The check itself is the notice's own (`src/notice/check-references.ts`,
 * which `<privacy-notice>` also runs); this rule adds the one reference that crosses into the
 * consent section: the cookie categories a `{ "show": "cookies", "ids": […] }` block names.
 */
import { checkNoticeReferences } from '../notice/references.js';
import type { Block } from '../config/notice-model.js';
import { childPath } from '../config/validate.js';
import { noticesOf } from './notices.js';
import { didYouMeanId } from './suggest.js';
import type { LintRule } from './types.js';

export const references: LintRule = {
  id: 'references',
  severity: 'error',
  cites: 'UK GDPR Art 12(1): easily accessible (no dead links or missing cards)',
  title: 'Every id the notice refers to exists, and ids are unique within their list',
  check(config, report) {
    const categoryIds = (config.consent?.categories ?? []).map((c) => c.id);
    for (const { notice, path } of noticesOf(config)) {
      for (const finding of checkNoticeReferences(notice, { path, organisationId: config.organisation.id })) report(finding.path, finding.message, finding.severity);
      walkBlocks(notice, path, (block, at) => {
        if (!('show' in block) || block.show !== 'cookies') return;
        block.ids?.forEach((id, i) => {
          if (!categoryIds.includes(id)) report(childPath(`${at}.ids`, i), `no cookie category has the id "${id}"${didYouMeanId(id, categoryIds)}`);
        });
      });
    }
  },
};

/** Calls `visit` on every block-shaped object (one with `show`) anywhere in the notice. */
function walkBlocks(node: unknown, path: string, visit: (block: Block, path: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walkBlocks(item, childPath(path, i), visit));
  } else if (node && typeof node === 'object') {
    if (typeof (node as { show?: unknown }).show === 'string') visit(node as Block, path);
    for (const [key, value] of Object.entries(node)) {
      if (value && typeof value === 'object') walkBlocks(value, childPath(path, key), visit);
    }
  }
}
