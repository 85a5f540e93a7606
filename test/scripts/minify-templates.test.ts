import { describe, expect, it } from 'vitest';
import { minifyCss, minifyTemplates } from '../../scripts/minify-templates.mjs';

describe('minifyTemplates', () => {
  it('removes CSS comments and white space inside css and sheet templates', () => {
    const code = 'const a = sheet`\n  :host {\n    /* why */\n    display: block;\n  }\n`;';
    expect(minifyTemplates(code)).toBe('const a = sheet`:host{display:block}`;');
  });
  it('folds indentation in html templates but keeps expressions and single spaces', () => {
    const code = 'html`<p>\n      ${a} and ${b ? html`<b>x</b>` : nothing}\n    </p>`';
    expect(minifyTemplates(code)).toBe('html`<p> ${a} and ${b ? html`<b>x</b>` : nothing} </p>`');
  });
  it('leaves other template literals alone', () => {
    expect(minifyTemplates('const s = `a\n   b`;')).toBe('const s = `a\n   b`;');
  });
  it('never changes the text of a quoted string (the space in "Name: session")', () => {
    expect(minifyCss("td::before {\n  content: attr(data-label) ': ';\n}")).toBe("td::before{content:attr(data-label) ': '}");
    expect(minifyCss('a::after { content: " ( {x} ; y ) "; }')).toBe('a::after{content:" ( {x} ; y ) "}');
    expect(minifyCss("b::after { content: 'it\\'s:  here'; }")).toBe("b::after{content:'it\\'s:  here'}");
  });
  it('keeps the space in selectors and values', () => {
    expect(minifyCss('a:focus-visible , button { margin: 0 0 1px; }')).toBe('a:focus-visible,button{margin:0 0 1px}');
  });
});
