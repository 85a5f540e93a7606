/**
 * The one URL policy for every link we render (the banner's notice link, a service's privacy
 * policy in the dialog and on a cookies page, every link in the notice): a link is only ever
 * `https:`, `http:`, `mailto:`, `tel:` or relative. Anything else (`javascript:`, `data:`,
 * `vbscript:`…) is not linked, and `check` reports it as an error.
 *
 * The test is the browser's own: the WHATWG URL parser (https://url.spec.whatwg.org/#url-parsing),
 * which drops leading and trailing C0 controls and spaces, removes tabs and newlines anywhere and
 * lower-cases the scheme. So `JaVa\tScRiPt:`, `\u0000javascript:` and ` javascript:` are read
 * exactly as the browser would follow them, and no hand-written pattern can disagree with it.
 */

const ALLOWED = ['http:', 'https:', 'mailto:', 'tel:'];
/** Resolves relative links to an allowed scheme; the real base only changes where they point. */
const BASE = 'https://relative.invalid/';

/**
 * Why `url` must not be rendered as a link, or `undefined` when it may be. Used by `safeHref`,
 * by the elements' console errors and by `check`, so the three cannot disagree.
 */
export function linkProblem(url: unknown): string | undefined {
  if (typeof url !== 'string' || !url.trim()) return 'expected a link';
  // Control characters are never part of a link someone wrote; the parser would silently drop
  // some of them (`java\tscript:`), so a link that has any is refused rather than guessed at.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(url)) return 'contains control characters';
  let protocol: string;
  try {
    protocol = new URL(url, BASE).protocol;
  } catch {
    return 'is not a valid link';
  }
  return ALLOWED.includes(protocol) ? undefined : `"${protocol}" links are not allowed (only https:, http:, mailto:, tel: or relative)`;
}

/** The href to use for `url`, or `undefined` when it must not be a link (see `linkProblem`). */
export function safeHref(url: unknown): string | undefined {
  return linkProblem(url) ? undefined : (url as string);
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
