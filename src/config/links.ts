/**
 * Link safety. Config text is data: a link is only ever `https:`, `http:`, `mailto:`, `tel:` or
 * relative. Anything else (`javascript:`, `data:`, `vbscript:`…) is shown as plain text.
 */

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const ALLOWED = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The href to use for `url`, or `undefined` when it must not be a link. The URL parser drops
 * tabs and line breaks anywhere and C0 controls or spaces at either end (WHATWG URL §4.4), so
 * `java\nscript:` is checked as the browser will read it.
 */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!cleaned) return undefined;
  const scheme = SCHEME.exec(cleaned)?.[1];
  if (scheme === undefined) return cleaned;
  return ALLOWED.has(scheme.toLowerCase()) ? cleaned : undefined;
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
