// `npm run size`: raw, gzip and brotli bytes of the drop-in entry and of each lazy chunk, and the
// budgets: entry ≤ 5 KB gzip; entry plus everything the first-visit banner needs ≤ 12 KB gzip.
// KB here is 1,024 bytes.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';

const DIST = process.env.PRIVACY_DIST ?? 'dist';
if (!existsSync(join(DIST, 'privacy-consent.js'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(2);
}

const measure = (file) => {
  const bytes = readFileSync(join(DIST, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

/** Static imports of a chunk (what loads with it), followed transitively. */
const importsOf = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    importsOf(normalize(dir + match[1]), seen);
  }
  return seen;
};
const normalize = (path) => {
  const parts = [];
  for (const part of path.split('/')) part === '..' ? parts.pop() : part !== '.' && parts.push(part);
  return parts.join('/');
};
/** Dynamic imports (`import("./chunks/x.js")`) of a chunk: the lazily loaded parts. */
const dynamicImportsOf = (file) => {
  const code = readFileSync(join(DIST, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return [...code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => normalize(dir + m[1]));
};

const chunks = readdirSync(join(DIST, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`);
const rows = [measure('privacy-consent.js'), ...chunks.map(measure)];
const kb = (n) => (n / 1024).toFixed(2).padStart(7);
console.log('file'.padEnd(48) + '    raw KB   gzip KB  brotli KB');
for (const r of rows) console.log(r.file.padEnd(48) + `${kb(r.raw)}   ${kb(r.gzip)}   ${kb(r.brotli)}`);

const sum = (files, key) => [...files].reduce((total, f) => total + measure(f)[key], 0);
const entry = measure('privacy-consent.js');
const bannerChunk = dynamicImportsOf('privacy-consent.js').find((f) => /chunks\/cookie-consent-/.test(f));
const firstVisit = new Set(['privacy-consent.js', ...(bannerChunk ? importsOf(bannerChunk) : [])]);
const noticeChunk = dynamicImportsOf('privacy-consent.js').find((f) => /chunks\/privacy-notice-/.test(f));

// What a click on the banner loads next: recording the decision (the dialog loads only when opened).
const afterClick = new Set([...firstVisit, ...[...firstVisit].flatMap(dynamicImportsOf).filter((f) => /chunks\/decision-/.test(f))]);
const budgets = [
  { name: 'entry (returning visitor)', gzip: entry.gzip, limit: 5 * 1024 },
  { name: 'entry + first-visit banner', gzip: sum(firstVisit, 'gzip'), limit: 12 * 1024 },
];
console.log('');
for (const b of budgets) {
  const ok = b.gzip <= b.limit;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${b.name.padEnd(34)} ${kb(b.gzip)} KB gzip (budget ${(b.limit / 1024).toFixed(0)} KB)`);
}
console.log(`     ${'first visit, after Accept or Reject'.padEnd(34)} ${kb(sum(afterClick, 'gzip'))} KB gzip (no budget; recording a choice loads on the click)`);
// --- The notice's weight (issue 17; helper for the notice, kept apart from the rest) ---------
// What a page with <privacy-notice> downloads: the entry, the notice's chunk and its static
// imports, and its wording (British English here), found through the source maps; plus the
// term popover (<privacy-term>, @floating-ui/dom) only when the notice defines terms, and the
// cookie choices (<cookie-preferences>) only when it lists them. Never the schema check.
const noticeBudgets = [];
if (noticeChunk) {
  const sources = (file) => {
    try {
      return JSON.parse(readFileSync(join(DIST, `${file}.map`), 'utf8')).sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
    } catch {
      return [];
    }
  };
  const files = ['privacy-consent.js', ...chunks];
  const chunkWith = (source) => files.find((f) => sources(f).includes(source));
  const graph = (...entries) => new Set(entries.filter(Boolean).flatMap((e) => [...importsOf(e)]));
  const english = [chunkWith('src/i18n/en-GB/notice.ts'), chunkWith('src/i18n/en-GB/preferences.ts')];
  const terms = chunkWith('src/elements/privacy-term/define.ts');
  const choices = chunkWith('src/elements/cookie-preferences/define.ts');
  const minimal = graph('privacy-consent.js', noticeChunk, ...english);
  const full = graph('privacy-consent.js', noticeChunk, ...english, terms, choices);
  const checked = [...full].filter((f) => sources(f).includes('src/notice/check-notice.ts'));
  noticeBudgets.push(
    { name: 'notice page (English, no terms)', gzip: sum(minimal, 'gzip'), limit: 39 * 1024 },
    { name: 'notice page, terms + cookie choices', gzip: sum(full, 'gzip'), limit: 52 * 1024 },
  );
  for (const b of noticeBudgets) console.log(`${b.gzip <= b.limit ? 'ok  ' : 'OVER'} ${b.name.padEnd(34)} ${kb(b.gzip)} KB gzip (budget ${(b.limit / 1024).toFixed(0)} KB; entry included)`);
  if (checked.length) console.log(`OVER the notice page loads the schema check: ${checked.join(', ')}`);
  if (checked.length) noticeBudgets.push({ gzip: 1, limit: 0 });
}
process.exit([...budgets, ...noticeBudgets].every((b) => b.gzip <= b.limit) ? 0 : 1);
