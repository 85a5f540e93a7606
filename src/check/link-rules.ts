/**
 * Links in the config may only use `https:`, `http:`, `mailto:` or `tel:`, or be relative. The
 * test is `linkProblem` (src/config/links.ts), the WHATWG URL parser's reading of the link, which
 * is also what the banner, dialog, cookies page and notice use to decide whether to link it: what
 * the check passes is what the page links, and what it refuses the page shows as plain text.
 */
import { linkProblem } from '../config/links.js';
import { childPath } from '../config/validate.js';
import type { LintRule } from './types.js';

/** Keys whose string values (or string list items) are links. */
const LINK_KEYS = new Set(['href', 'url', 'noticeUrl', 'privacyUrl', 'detailsUrl', 'policyUrl', 'websites']);

/** Whether a link is safe to render: an allowed scheme, or relative (an empty link is left to the schema). */
export function isAllowedLink(href: string): boolean {
  return href.trim() === '' || linkProblem(href) === undefined;
}

export const linkSchemes: LintRule = {
  id: 'link-scheme',
  severity: 'error',
  cites: 'Notice model §3.1: links only https:, http:, mailto:, tel: or relative',
  title: 'Links use only https:, http:, mailto: or tel:, or are relative',
  check(config, report) {
    const visit = (node: unknown, path: string, linkKey: boolean): void => {
      if (typeof node === 'string') {
        if (linkKey && !isAllowedLink(node)) {
          report(path, `${linkProblem(node)}; it is shown as plain text, not as a link`);
        }
      } else if (Array.isArray(node)) {
        node.forEach((item, i) => visit(item, childPath(path, i), linkKey));
      } else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) visit(value, childPath(path, key), LINK_KEYS.has(key));
      }
    };
    visit(config, '$', false);
  },
};
