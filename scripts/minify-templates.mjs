// A Vite plugin that minifies the CSS and HTML inside Lit's css`` and html`` tagged templates.
// The bundler minifies JavaScript but leaves template text as written, and our styles and
// templates are written for people: indentation and comments would cost every visitor bytes.
// Only safe reductions: comments out of CSS, runs of white space that contain a line break
// folded to one space (HTML and CSS treat them alike; we use no <pre>).

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
