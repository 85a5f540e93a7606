/**
 * Runs in the page: the organisation's wording as the reader of `<privacy-notice>` gets it, one
 * block per line, for comparing with a source notice through `comparableText`. Shared by the
 * round-trip tests of the hand-encoded demo notices and of imported ones. It
 * reads the notice's header (without the version line), intro and sections, walking open shadow
 * roots and slots (defined terms are their own elements), including sections that are closed,
 * and leaving out what the element adds itself (`data-ui`), hidden definitions, decorative
 * (`aria-hidden`) marks and the first layer. Block boundaries become line breaks, so
 * `comparableText` sees the same lines as in the source. Kept as a string: code passed to the
 * page must not depend on the test's bundler helpers.
 */
export const READ_WORDING = `(() => {
  const root = document.querySelector('privacy-notice')?.shadowRoot;
  if (!root) return null;
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) { out.push(node.data); return; }
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) { node.childNodes.forEach(walk); return; }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node;
    const tag = el.localName;
    if (tag === 'style' || tag === 'script' || tag === 'template' || tag === 'svg') return;
    if (el.hasAttribute('data-ui') || el.getAttribute('aria-hidden') === 'true' || el.matches('[part~="meta"]')) return;
    if (el.hasAttribute('hidden') && el.getAttribute('hidden') !== 'until-found') return;
    const display = getComputedStyle(el).display;
    if (display === 'none') return;
    const block = !display.startsWith('inline') && display !== 'contents';
    if (block) out.push('\\n');
    if (el.shadowRoot) el.shadowRoot.childNodes.forEach(walk);
    else if (tag === 'slot') {
      const assigned = el.assignedNodes({ flatten: true });
      (assigned.length ? assigned : Array.from(el.childNodes)).forEach(walk);
    } else el.childNodes.forEach(walk);
    if (block) out.push('\\n');
  };
  for (const part of ['header', 'intro', 'sections']) {
    const region = root.querySelector('[part~="' + part + '"]');
    if (region) walk(region);
  }
  return out.join('');
})()`;
