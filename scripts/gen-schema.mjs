// Generates the config's JSON Schema from the TypeScript types in src/config/types.ts, so the types,
// the published schema and the runtime validator share one source. Writes:
//   src/config/schema/privacy-config.schema.json  the full schema, with descriptions (published in dist/)
//   src/config/schema/runtime-schema.json         the same without prose, for the runtime validator
// `node scripts/gen-schema.mjs --check` fails when either file is out of date.
import { createGenerator } from 'ts-json-schema-generator';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}src/config/schema`;
const SCHEMA_ID = 'https://unpkg.com/privacy-consent/dist/privacy-consent.schema.json';

const generated = createGenerator({
  path: `${root}src/config/types.ts`,
  tsconfig: `${root}tsconfig.json`,
  type: 'PrivacyConfig',
  expose: 'export',
  topRef: true,
  jsDoc: 'extended',
  additionalProperties: false,
  skipTypeCheck: true,
}).createSchema('PrivacyConfig');

/** Draft 2020-12 keeps definitions under `$defs`. */
function toDraft2020(node) {
  if (Array.isArray(node)) return node.map(toDraft2020);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'definitions') out.$defs = toDraft2020(value);
    else if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/definitions/', '#/$defs/');
    else out[key] = toDraft2020(value);
  }
  return out;
}

const full = toDraft2020(generated);
full.$schema = 'https://json-schema.org/draft/2020-12/schema';
full.$id = SCHEMA_ID;
full.title = 'privacy-consent configuration';

const PROSE = new Set(['description', 'examples', 'markdownDescription', 'title', '$comment', 'default', '$id', '$schema']);
/** The runtime copy keeps only what validation needs: prose costs every visitor bytes. */
function stripProse(node, isPropertyMap = false) {
  if (Array.isArray(node)) return node.map((n) => stripProse(n));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (!isPropertyMap && PROSE.has(key)) continue;
    out[key] = stripProse(value, !isPropertyMap && (key === 'properties' || key === '$defs'));
  }
  return out;
}
const runtime = stripProse(full);

/** The definitions a schema node reaches, following `$ref`s, minus the ones named in `cut`. */
function reachable(rootName, cut) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || cut.has(name)) return;
    seen.add(name);
    JSON.stringify(runtime.$defs[name], (key, value) => {
      if (key === '$ref') visit(value.slice('#/$defs/'.length));
      return value;
    });
  };
  visit(rootName);
  return Object.fromEntries([...seen].map((name) => [name, runtime.$defs[name]]));
}

// The drop-in entry validates everything but the notice, which the notice's own chunk validates:
// a page with just the banner must not pay for the notice's schema.
const entryDefs = reachable('PrivacyConfig', new Set(['Notice']));
entryDefs.Notice = { type: 'object' };
const files = {
  'privacy-config.schema.json': JSON.stringify(full, null, 2) + '\n',
  'config-runtime.json': JSON.stringify({ $ref: '#/$defs/PrivacyConfig', $defs: entryDefs }) + '\n',
  'notice-runtime.json': JSON.stringify({ $ref: '#/$defs/Notice', $defs: reachable('Notice', new Set()) }) + '\n',
};

if (process.argv.includes('--check')) {
  let stale = false;
  for (const [name, text] of Object.entries(files)) {
    let current = '';
    try { current = readFileSync(`${outDir}/${name}`, 'utf8'); } catch {}
    if (current !== text) { console.error(`src/config/schema/${name} is out of date: run npm run gen`); stale = true; }
  }
  process.exit(stale ? 1 : 0);
}
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(`${outDir}/${name}`, text);
console.log(`wrote src/config/schema/ (${Object.keys(files).join(', ')})`);
