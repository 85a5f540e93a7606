/**
 * Builds a constructable stylesheet from a static CSS template: `sheet\`:host { … }\``. LitElement
 * adopts these like its own `css` results, and the banner (which is not a LitElement) adopts them
 * without Lit's css-tag module. No interpolation: styles are constants.
 *
 * On the server (`privacy-consent render`, Node has no CSSStyleSheet) it returns the text in the
 * shape Lit SSR reads, `{ cssText }`, which it writes into the declarative shadow root's `<style>`.
 */
export function sheet(strings: TemplateStringsArray): CSSStyleSheet {
  const text = strings.join('');
  if (typeof CSSStyleSheet === 'undefined') return { cssText: text } as unknown as CSSStyleSheet;
  const style = new CSSStyleSheet();
  style.replaceSync(text);
  return style;
}
