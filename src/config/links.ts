/**
 * Links in words: why a link fails the one URL policy (`safe-href.ts`), for the elements' console
 * errors and `check`, and the `tel:` and `mailto:` links the notice builds from a phone number or
 * an address. `safeHref` is re-exported here, so every caller keeps one import for links.
 */
import { safeHref } from './safe-href.js';

export { safeHref };

/**
 * Why `url` must not be rendered as a link, or `undefined` when it may be. `undefined` exactly
 * when `safeHref` accepts it, so the page, its console errors and `check` cannot disagree.
 */
export function linkProblem(url: unknown): string | undefined {
  if (safeHref(url) !== undefined) return undefined;
  // Refused: say why, in the order `safeHref` tests. (A relative link is never refused, so any
  // base serves to read the scheme of one that is.)
  if (typeof url !== 'string' || !url.trim()) return 'expected a link';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(url)) return 'contains control characters';
  let protocol: string;
  try {
    protocol = new URL(url, 'https://relative.invalid/').protocol;
  } catch {
    return 'is not a valid link';
  }
  return `"${protocol}" links are not allowed (only https:, http:, mailto:, tel: or relative)`;
}

/** A `tel:` link for a phone number as written: digits and a leading `+` only ("0303 123 1113" → `tel:03031231113`). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.slice(0, 1)}${digits.slice(1).replace(/\+/g, '')}`;
}

/** A `mailto:` link for an address, or `undefined` when it does not look like one. */
export function mailtoHref(email: string): string | undefined {
  const address = email.trim();
  return /^[^\s@<>()"]+@[^\s@<>()"]+$/.test(address) ? `mailto:${address}` : undefined;
}
