/**
 * The styles only a static notice needs (`privacy-consent render`), written into its declarative
 * shadow root after the element's own. They go when the element replaces the static notice.
 *
 * - A section heading is a link in the static notice (a button does nothing without JavaScript);
 *   it must look and measure exactly like the button that replaces it, or the swap would move
 *   the page (buttons are `border-box` and not underlined).
 * - The browser follows `#section` links only to ids in the document, never inside a shadow root
 *   (HTML, "find a potential indicated element"), so each link target is an empty `<span>` in
 *   the light DOM, slotted where the target is. A section's span sits at the start of the
 *   section's hidden body, so following a link opens the section (HTML `hidden="until-found"`:
 *   the browser reveals the flat-tree ancestors of a fragment's target), and is placed at the
 *   top of the section (`.section` is `position: relative` in the element's styles), so the
 *   heading is what scrolls into view.
 * - Without JavaScript (`@media (scripting: none)`, Media Queries 5) every section is open,
 *   the controls that need a script are hidden, and the cookies section says how to change
 *   cookie settings without JavaScript instead of showing choices that cannot be saved.
 */
export const STATIC_STYLES = `
a.section-toggle {
  box-sizing: border-box;
  text-decoration: none;
}
::slotted([slot^="#"]) {
  position: absolute;
}
::slotted(.section-target) {
  top: 0;
}
@media (scripting: none) {
  .section-body[hidden] {
    display: block;
    content-visibility: visible;
  }
  .controls,
  .chevron,
  .languages,
  .cookies cookie-preferences {
    display: none;
  }
  .without-script[hidden],
  .glossary[hidden] {
    display: block;
  }
}
`;
