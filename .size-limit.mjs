// `npm run size`: size-limit (with @size-limit/file) measures the built drop-in and fails when a
// budget is exceeded. The budgets, in gzip bytes (level 9), with KB meaning 1,024 bytes:
//   entry (what a returning visitor downloads)                  <= 5 KiB  (5,120 bytes)
//   entry + everything the first-visit banner loads with it     <= 12 KiB (12,288 bytes)
// A page with <privacy-notice> (issue 17), British English, the entry included:
//   the notice without defined terms or cookie choices                   <= 41 KiB
//   the notice with terms (their popover) and the cookie choices         <= 54 KiB
// The notice shares Lit and the shared styles with the banner, and those live in the banner's
// chunk (vite.config.ts says why: the first visit then stays within its budget), so the notice
// page also loads the banner's own code, about 2.4 kB gzip of these budgets.
// and it fails when the notice's chunks would load the JSON Schema check (never on a live page).
// One more figure has no budget: the first visit after a click on Accept or Reject (recording a
// choice loads on the click). Then every chunk on its own.
//
// Which chunks load together comes from the bundler's own record, dist/.vite/manifest.json
// (vite.config.ts sets `build.manifest`), not from reading the code.
//
// size-limit prints sizes in kB of 1,000 bytes (its bytes-iec formatting cannot be changed): the
// 5 KiB budget prints as "5.12 kB", and an entry of 4.96 KiB as "5.08 kB".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = process.env.PRIVACY_DIST ?? 'dist';
const MANIFEST = join(DIST, '.vite/manifest.json');
const ENTRY_SOURCE = 'src/embed.ts';

/** size-limit reports a missing path as "can't find files" and fails; say how to get them. */
if (!existsSync(MANIFEST)) {
  console.error(`No build found (${MANIFEST} is missing): run \`npm run build\` first.`);
  process.exit(2);
}

/** @type {Record<string, { file: string, imports?: string[], dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const fileOf = (key) => join(DIST, manifest[key].file);

/** A chunk and every chunk it imports statically (what loads with it), as manifest keys. */
function withImports(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) withImports(imported, seen);
  return seen;
}
/** The chunks `key` loads lazily, as manifest keys. */
const lazy = (key) => manifest[key].dynamicImports ?? [];
/** The lazily loaded chunk whose file name starts with `name`. */
const lazyNamed = (keys, name) => keys.flatMap(lazy).find((key) => manifest[key].file.startsWith(`chunks/${name}-`));

const banner = lazyNamed([ENTRY_SOURCE], 'cookie-consent');
const notice = lazyNamed([ENTRY_SOURCE], 'privacy-notice');
const firstVisit = new Set([ENTRY_SOURCE, ...(banner ? withImports(banner) : [])]);
// What a click on the banner loads next: recording the decision (the dialog loads only when opened).
const decision = lazyNamed([...firstVisit], 'decision');
const afterClick = new Set([...firstVisit, ...(decision ? withImports(decision) : [])]);

// Vendor consent integrations (docs/integrations.md): nothing for a config without them; with
// them, the <head> script, the entry's integrations chunk, and one small chunk per vendor named
// (each in the per-chunk list below).
const integrations = lazyNamed([ENTRY_SOURCE], 'connect-integrations');
const HEAD_SCRIPT = join(DIST, 'privacy-consent-defaults.js');

const files = (keys) => [...keys].map(fileOf);

// The notice page: the entry, the notice's chunk with what it imports, and its English wording;
// the term popover (<privacy-term>, @floating-ui/dom) only when the notice defines terms, the cookie
// choices (<cookie-preferences>) only when it lists them. Each loads lazily, so each is a manifest entry.
const withAll = (keys) => new Set(keys.filter(Boolean).flatMap((key) => [...withImports(key)]));
const NOTICE_PARTS = { strings: 'src/i18n/en-GB/notice.ts', terms: 'src/elements/privacy-term/define.ts', choices: 'src/elements/cookie-preferences/define.ts' };
const noticePage = notice && withAll([ENTRY_SOURCE, notice, NOTICE_PARTS.strings]);
const noticeFull = notice && withAll([ENTRY_SOURCE, notice, ...Object.values(NOTICE_PARTS)].filter((key) => manifest[key]));
// The schema check is the interpreter and the generated schema; it must stay a lazily loaded chunk.
const SCHEMA_CHECK = ['src/notice/check-notice.ts', 'src/config/validate.ts', 'src/config/schema/notice-runtime.json'];
/** The source files bundled into a chunk, from its (hidden) source map; none for the bundler's runtime, which has no map. */
const sourcesOf = (key) => {
  const map = `${fileOf(key)}.map`;
  return existsSync(map) ? JSON.parse(readFileSync(map, 'utf8')).sources.map((source) => source.replace(/^(\.\.\/)+/, '')) : [];
};
const checked = noticeFull ? [...noticeFull].filter((key) => sourcesOf(key).some((source) => SCHEMA_CHECK.includes(source))) : [];
if (checked.length) {
  console.error(`The notice page would load the JSON Schema check (${files(checked).join(', ')}): it must load only for developers.`);
  process.exit(1);
}
const chunks = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file) => file.startsWith('chunks/'))
  .sort();

export default [
  { name: 'entry (returning visitor), budget 5 KiB', path: [fileOf(ENTRY_SOURCE)], gzip: true, limit: '5 KiB' },
  { name: 'entry + first-visit banner, budget 12 KiB', path: files(firstVisit), gzip: true, limit: '12 KiB' },
  { name: 'first visit, after Accept or Reject (no budget; recording a choice loads on the click)', path: files(afterClick), gzip: true },
  ...(notice
    ? [
        { name: 'notice page: entry + notice, English, no terms or cookie choices, budget 41 KiB', path: files(noticePage), gzip: true, limit: '41 KiB' },
        { name: 'notice page: entry + notice with terms and cookie choices, budget 54 KiB', path: files(noticeFull), gzip: true, limit: '54 KiB' },
      ]
    : []),
  ...(integrations ? [{ name: 'integrations chunk (only for a config with consent.integrations), with what it imports', path: files(withImports(integrations)), gzip: true }] : []),
  ...(existsSync(HEAD_SCRIPT) ? [{ name: 'privacy-consent-defaults.js (the <head> script, only with integrations)', path: [HEAD_SCRIPT], gzip: true }] : []),
  ...chunks.map((file) => ({ name: file, path: [join(DIST, file)], gzip: true })),
];
