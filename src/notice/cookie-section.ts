import type { Notice } from '../config/notice-model.js';
import { allSections, hasBlock } from './sections.js';

/**
 * The id of the notice section that shows the cookie list and the visitor's choices: the first
 * section (at any depth) that has a `{ "show": "cookies" }` block, else the first with topic
 * `cookies`. When the notice has none, `<privacy-notice>` adds its own section with id `cookies`.
 */
export function cookieSectionId(notice: Notice | undefined): string {
  const all = allSections(notice);
  // Top-level blocks only, as before: a section shows the cookies where it says so itself.
  const shown = all.find((s) => Array.isArray(s.blocks) && s.blocks.some((b) => !!b && typeof b === 'object' && 'show' in b && b.show === 'cookies'));
  return (shown ?? all.find((s) => s.topic === 'cookies'))?.id ?? 'cookies';
}

/**
 * Whether this page shows the cookie choices inline: a `<cookie-preferences>` element, or a
 * `<privacy-notice>` that renders its cookies section (the whole notice, or just that section).
 */
export function showsCookieControls(doc: Document, notice: Notice | undefined): boolean {
  // The modal dialog (`<cookie-preferences modal>`, made on first use) is not part of the page's content.
  if (doc.querySelector('cookie-preferences:not([modal])')) return true;
  const id = cookieSectionId(notice);
  return Array.from(doc.querySelectorAll('privacy-notice')).some((el) => {
    const section = el.getAttribute('section');
    return section === null || section === id;
  });
}
