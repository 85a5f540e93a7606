// The notice page, with and without HTML first: the demo's privacy page (demo/privacy.html, the
// example config's full notice with its cookie choices) as the build sends it, with the notice
// rendered in (dist/demo/privacy.html, `privacy-consent render`), and as written, where only the
// script renders the notice. Measured like the other subjects: a fresh context per run, at normal
// speed and with the CPU throttled 4×.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressedSizes } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The two pages; `file` is relative to the repository, or to the build for the rendered one. */
export const NOTICE_PAGE_CASES = [
  { id: 'notice-html-first', label: 'HTML first: the notice rendered into the page at build time', file: (dist) => join(dist, 'demo/privacy.html') },
  { id: 'notice-script-only', label: 'script only: the element renders the notice', file: () => join(root, 'demo/privacy.html') },
];

/**
 * How the notice page is measured. Readable: the first frame in which the notice's title is
 * rendered in the viewport (the static notice's, or the element's).
 */
export const NOTICE_PAGE_PATHS = {
  banner: ['privacy-notice', 'h1'],
  accept: null,
};

/** Whether the build has the rendered demo page (scripts/build-demo-notices.mjs). */
export function noticePageAvailable(dist) {
  return existsSync(join(dist, 'demo/privacy.html'));
}

/**
 * The pages to serve for the notice cases, by URL path: each case's page, and the files the page
 * refers to from the site root (its stylesheet and config); the build serves the script.
 */
export function noticePageFiles(dist) {
  const pages = Object.fromEntries(NOTICE_PAGE_CASES.map((c) => [`/${c.id}/`, readFileSync(c.file(dist), 'utf8')]));
  for (const asset of ['/assets/site.css', '/example-privacy.json']) pages[asset] = readFileSync(join(root, 'demo', asset), 'utf8');
  return pages;
}

/** The HTML document's own bytes (the rendered notice is in it), compressed as a server would send it. */
export function documentSize(dist, id) {
  return compressedSizes(readFileSync(NOTICE_PAGE_CASES.find((c) => c.id === id).file(dist)));
}
