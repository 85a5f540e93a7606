// A Vite plugin that minifies the CSS and HTML inside Lit's css`` and html`` tagged templates.
// The bundler minifies JavaScript but leaves template text as written, and our styles and
// templates are written for people: indentation and comments would cost every visitor bytes.
// Only safe reductions: comments out of CSS, runs of white space that contain a line break
// folded to one space (HTML and CSS treat them alike; we use no <pre>).
//
// Kept rather than replaced by a published plugin, measured on 2026-12-05 (gzip -9 bytes of the
// drop-in build, entry / banner chunk / preferences chunk / notice chunk / all chunks):
//   this plugin                                          5,081 / 6,359 / 6,885 / 19,292 / 83,541
//   @lit-labs/rollup-plugin-minify-html-literals 0.2.0   5,084 / 6,471 / 7,090 / 19,084 / 83,660
//   rollup-plugin-minify-template-literals 1.1.7         5,081 / 6,511 / 7,158 / 19,104 / 83,798
//   no template minification                             5,084 / 6,537 / 7,240 / 19,799 / 84,613
// Both plugins grow the first-visit path (banner +112 and +152 bytes), which has 700 bytes left
// under its 12 KB budget. The library minify-literals 2.2.0 (html-minifier-next and lightningcss,
// no plugin of its own) saves 305 bytes over all chunks, 29 on the first-visit path, but it
// rewrites markup as HTML: it trims white space around elements it does not know as inline (a
// custom element such as <privacy-term> in running text loses its spaces unless listed), drops
// empty attributes and decodes entities, and brings a native CSS binary and about 70 packages
// for those bytes. These 40 lines change nothing but white space and CSS comments.

/** A quoted CSS string (`content: ': '`): its text is shown, so it is never touched. */
const CSS_STRING = /("(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*')/;

/** Minifies the static parts of one CSS template, leaving quoted strings as written. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(CSS_STRING)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/** Folds indentation inside one HTML template. */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

const TEMPLATE = /\b(css|html|svg|sheet)`((?:[^`\\$]|\\[\s\S]|\$(?!\{)|\$\{(?:[^{}`]|\{[^{}]*\}|`(?:[^`\\]|\\[\s\S])*`)*\})*)`/g;

/** Minifies the literal parts of css``/html`` templates, leaving `${…}` expressions untouched. */
export function minifyTemplates(code) {
  return code.replace(TEMPLATE, (whole, tag, body) => {
    const parts = body.split(/(\$\{(?:[^{}`]|\{[^{}]*\}|`(?:[^`\\]|\\[\s\S])*`)*\})/);
    const minify = tag === 'css' || tag === 'sheet' ? minifyCss : minifyHtml;
    // CSS: expressions are rare and whole values; keep a space around them to be safe.
    const out = parts.map((part, i) => (i % 2 === 1 ? part : tag === 'css' && parts.length > 1 ? ` ${minify(part)} ` : minify(part)));
    return `${tag}\`${out.join('')}\``;
  });
}

export default function minifyTemplatesPlugin() {
  return {
    name: 'privacy-consent:minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg|sheet)`/.test(code)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}
