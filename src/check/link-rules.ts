/**
 * Links in the config may only use `https:`, `http:`, `mailto:` or `tel:`, or be relative. The
 * schema's pattern catches plain cases; this rule reads a link the way a browser's URL parser does
 * (WHATWG URL: leading and trailing spaces and control characters dropped, tabs and newlines
 * removed anywhere), so " javascript:…" or "java\tscript:…" cannot pass as a relative path.
 */
import { safeHref } from '../config/links.js';
import { childPath } from '../config/validate.js';
import type { LintRule } from './types.js';

/** Keys whose string values (or string list items) are links. */
const LINK_KEYS = new Set(['href', 'url', 'noticeUrl', 'privacyUrl', 'detailsUrl', 'policyUrl', 'websites']);

/** The scheme a browser would see in `href`, lower-cased, or `undefined` for a relative link. */
export function linkScheme(href: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * Whether a link is safe to render: an allowed scheme, or relative. The same test as the
 * notice's renderer (`safeHref`), so what the check passes is what the page links.
 */
export function isAllowedLink(href: string): boolean {
  return safeHref(href) !== undefined || linkScheme(href) === undefined;
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
          report(path, `"${linkScheme(node)}:" links are not allowed (use https:, http:, mailto:, tel: or a relative path); it would be shown as plain text`);
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
