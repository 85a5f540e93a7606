/**
 * The one URL policy for every link we render (the banner's notice link, a service's privacy
 * policy in the dialog and on a cookies page, every link in the notice): a link is only ever
 * `https:`, `http:`, `mailto:`, `tel:` or relative. Anything else (`javascript:`, `data:`,
 * `vbscript:`…) is not linked, and `check` reports it as an error (`linkProblem` in links.ts says
 * why, and agrees with this by construction).
 *
 * The test is the browser's own: the WHATWG URL parser (https://url.spec.whatwg.org/#url-parsing),
 * which drops leading and trailing C0 controls and spaces, removes tabs and newlines anywhere and
 * lower-cases the scheme. So `JaVa\tScRiPt:`, `\u0000javascript:` and ` javascript:` are read
 * exactly as the browser would follow them, and no hand-written pattern can disagree with it.
 *
 * A module of its own, without the reasons' wording: the first-visit banner needs only the
 * verdict, and its chunk has no bytes to spare under the 12 KiB budget (the wording cost it 126
 * bytes gzip, measured with `npm run size`).
 */

/** The href to use for `url`, or `undefined` when it must not be a link. */
export function safeHref(url: unknown): string | undefined {
  // Control characters are never part of a link someone wrote; the parser would silently drop
  // some of them (`java\tscript:`), so a link that has any is refused rather than guessed at.
  // eslint-disable-next-line no-control-regex
  if (typeof url !== 'string' || !url.trim() || /[\u0000-\u001f\u007f]/.test(url)) return undefined;
  try {
    // A relative link resolves against an `https:` base; the real base only changes where it points.
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(new URL(url, 'https://relative.invalid/').protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
