/**
 * Builds a constructable stylesheet from a static CSS template: `sheet\`:host { … }\``. LitElement
 * adopts these like its own `css` results, and the banner (which is not a LitElement) adopts them
 * without Lit's css-tag module. No interpolation: styles are constants.
 */
export function sheet(strings: TemplateStringsArray): CSSStyleSheet {
  const style = new CSSStyleSheet();
  style.replaceSync(strings.join(''));
  return style;
}
