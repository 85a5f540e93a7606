// HTML first for the demo: every demo page whose <privacy-notice> shows the page's config (the
// privacy page, the real notices, the Welsh privacy page) gets the notice rendered into it at
// build time with the server render (dist/render.js, `privacy-consent/render`), and is written to
// dist/demo/ at the same path. scripts/serve.mjs serves dist/demo/ before demo/, so the demo site
// shows the rendered pages and the sources in demo/ stay as a site author writes them. Run by
// postbuild.mjs after build-cli.mjs; PRIVACY_DEMO_OUTDIR writes elsewhere.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const demo = join(root, 'demo');

/** HTML files under `dir`. */
function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const attribute = (tag, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Where the page's notice reads its config: the element's `src`, else the drop-in script's
 * `data-config`, else the inline config. Returns the JSON text, or undefined (nothing to render).
 */
function configOf(html, element, file) {
  const src = attribute(element, 'src') ?? /<script[^>]*\sdata-config="([^"]+)"/.exec(html)?.[1];
  if (src) return readFileSync(src.startsWith('/') ? join(demo, src) : join(dirname(file), src), 'utf8');
  return /<script type="application\/json" id="privacy-consent-config">([\s\S]*?)<\/script>/.exec(html)?.[1];
}

/**
 * Renders every demo notice page into `outdir` with `renderNotice` (dist/render.js). Throws when a
 * demo config does not render: the demo must show a working notice.
 */
export async function buildDemoNotices(outdir = process.env.PRIVACY_DEMO_OUTDIR ?? join(root, 'dist/demo'), render = join(root, 'dist/render.js')) {
  const { renderNotice } = await import(pathToFileURL(render).href);
  const written = [];
  for (const file of pages(demo)) {
    const html = readFileSync(file, 'utf8');
    // An empty element without `section`: a full notice the page leaves to the script.
    const element = /<privacy-notice(\s[^>]*)?><\/privacy-notice>/.exec(html);
    if (!element || attribute(element[0], 'section') !== undefined) continue;
    const config = configOf(html, element[0], file);
    if (config === undefined) continue;
    const level = attribute(element[0], 'heading-level');
    const rendered = await renderNotice(config, {
      lang: attribute(/<html[^>]*>/.exec(html)?.[0] ?? '', 'lang'),
      fragment: true,
      headingLevel: level ? Number(level) : undefined,
      // The real notices are faithful imports with their gaps still open: the demo shows them as they are.
      draft: true,
    });
    const page = relative(demo, file).split(sep).join('/');
    if (!rendered.html) throw new Error(`demo/${page}: the notice did not render:\n${rendered.findings.map((f) => `  ${f.path}: ${f.message}`).join('\n')}`);
    // The page's own attributes on the element (an id, a class) stay, beside the rendered ones.
    const own = (element[1] ?? '').trim();
    const notice = rendered.html.trim().replace('<privacy-notice', own ? `<privacy-notice ${own}` : '<privacy-notice');
    const out = join(outdir, page);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html.replace(element[0], () => notice));
    written.push(page);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const written = await buildDemoNotices();
  console.log(`Rendered the notice into ${written.length} demo pages: ${written.join(', ')}`);
}
