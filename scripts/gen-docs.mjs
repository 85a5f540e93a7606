// `npm run docs`: writes the API tables of the topic pages in docs/, each between
// `<!-- api:NAME:start -->` and `<!-- api:NAME:end -->`, from what defines them, so they cannot
// drift from the code:
//   attributes:TAG  members:TAG  events:TAG  css-parts:TAG  css-properties:TAG
//                   the element's entry in the custom elements manifest (its JSDoc: @fires,
//                   @csspart, @cssprop, properties), made by the analyzer with
//                   custom-elements-manifest.config.mjs, as `npm run build` makes dist/custom-elements.json
//   js-api          `PrivacyConsentApi` (window.PrivacyConsent) in the same manifest
//   config:DEF[.KEY] the fields of a definition in the JSON Schema generated from the types
//                   (src/config/schema/privacy-config.schema.json), or of one of its object fields
//   rules           the compliance rules, src/check/rules.ts
// `node scripts/gen-docs.mjs --check` writes nothing and exits 1 when a page is out of date;
// test/scripts/gen-docs.test.ts does the same in `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const DOCS = join(root, 'docs');
const SCHEMA = join(root, 'src/config/schema/privacy-config.schema.json');
const MARKER = /<!-- api:([\w:.-]+):start -->\n[\s\S]*?<!-- api:\1:end -->/g;

/** The custom elements manifest of the current source: the analyzer run into a temporary directory. */
function readManifest() {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-consent-cem-'));
  try {
    const run = spawnSync('npx', ['cem', 'analyze', '--litelement', '--quiet', '--config', 'custom-elements-manifest.config.mjs'], {
      cwd: root,
      env: { ...process.env, PRIVACY_CEM_OUTDIR: dir },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`the custom elements manifest analyzer failed:\n${run.stderr}`);
    return JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The compliance rules, bundled from the TypeScript source (Node 20 cannot import .ts). */
async function readRules() {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-consent-rules-'));
  try {
    const file = join(dir, 'rules.mjs');
    await build({ entryPoints: [join(root, 'src/check/rules.ts')], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'error' });
    return (await import(pathToFileURL(file).href)).RULES;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A table cell: one line, pipes escaped. */
const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => `\`${String(text).replace(/\|/g, '\\|')}\``;
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The element declaration for a tag. */
function element(manifest, tag) {
  for (const module of manifest.modules) {
    const found = (module.declarations ?? []).find((d) => d.customElement && d.tagName === tag);
    if (found) return found;
  }
  throw new Error(`no element <${tag}> in the custom elements manifest`);
}

/** Public members a page uses: not inherited, not private or static, not also an attribute. */
const ownMembers = (declaration) =>
  (declaration.members ?? []).filter((m) => !m.inheritedFrom && !m.static && !m.name.startsWith('#') && !['private', 'protected'].includes(m.privacy) && !m.attribute && m.description);

const signature = (method) => `${method.name}(${(method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}`).join(', ')})`;

const ELEMENT_TABLES = {
  attributes: (d) =>
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Meaning'],
      (d.attributes ?? []).map((a) => [code(a.name), a.fieldName ? code(a.fieldName) : '', cell(a.type?.text), a.default === undefined ? '' : code(a.default), cell(a.description)]),
    ),
  members: (d) =>
    table(
      ['Property or method', 'Meaning'],
      ownMembers(d).map((m) => [code(m.kind === 'method' ? signature(m) : m.name), cell(m.description)]),
    ),
  events: (d) =>
    table(
      ['Event', 'Detail', 'When'],
      (d.events ?? []).map((e) => [code(e.name), e.type?.text ? code(e.type.text) : '', cell(e.description)]),
    ),
  'css-parts': (d) => table(['Part', 'What it is'], (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
  'css-properties': (d) =>
    table(['Custom property', 'Default', 'What it sets'], (d.cssProperties ?? []).map((p) => [code(p.name), p.default === undefined ? '' : code(p.default), cell(p.description)])),
};

function jsApi(manifest) {
  const api = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'PrivacyConsentApi');
  if (!api) throw new Error('PrivacyConsentApi is not in the custom elements manifest');
  return table(
    ['Method', 'Returns', 'Does'],
    api.members.map((m) => [code(`${m.name}(${m.parameters.map((p) => p.name).join(', ')})`), code(m.return.type.text), cell(m.description)]),
  );
}

/** A schema node's type in words. */
function typeText(node, defs, depth = 0) {
  if (!node) return '';
  if (node.$ref) {
    const name = node.$ref.split('/').pop();
    const target = defs[name];
    // Objects by name; simple definitions (a URL, an id, text) by what they are, and their name.
    return target?.type === 'object' || target?.anyOf?.every((a) => a.$ref) || depth > 1 ? name : `${typeText(target, defs, depth + 1)} (${name})`;
  }
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' or ');
  if (node.anyOf) return node.anyOf.map((a) => typeText(a, defs, depth + 1)).join(' or ');
  const types = [node.type].flat().filter(Boolean);
  return types
    .map((type) => {
      if (type === 'array') return `list of ${typeText(node.items, defs, depth + 1)}`;
      if (type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') return `object of ${typeText(node.additionalProperties, defs, depth + 1)}`;
      if (type === 'object') return depth > 0 && node.properties ? `{ ${Object.keys(node.properties).join(', ')} }` : 'object';
      if (type === 'integer') return 'whole number';
      if ((type === 'number' || type === 'integer') && (node.minimum !== undefined || node.maximum !== undefined)) return `number, ${node.minimum ?? ''}–${node.maximum ?? ''}`;
      return type;
    })
    .join(' or ');
}

function configTable(schema, name) {
  const defs = schema.$defs;
  const [defName, ...keys] = name.split('.');
  let node = defs[defName];
  for (const key of keys) node = node?.properties?.[key];
  if (!node?.properties) throw new Error(`no object ${name} in the JSON Schema`);
  const required = new Set(node.required ?? []);
  return table(
    ['Field', 'Type', 'Required', 'Meaning'],
    Object.entries(node.properties)
      .filter(([key]) => key !== '$schema')
      .map(([key, field]) => {
        const type = typeText(field, defs);
        const description = field.description ?? (field.$ref ? defs[field.$ref.split('/').pop()]?.description : '') ?? '';
        const fallback = field.default === undefined ? '' : ` Default: ${code(JSON.stringify(field.default))}.`;
        return [code(key), cell(type), required.has(key) ? 'yes' : '', cell(description) + fallback];
      }),
  );
}

function rulesTable(rules) {
  return table(
    ['Rule', 'Severity', 'Checks', 'Cites'],
    rules.map((rule) => [code(rule.id), rule.severity, cell(rule.title), cell(rule.cites)]),
  );
}

/** Every docs page with its tables regenerated: a map of file path to its new text. */
export async function renderDocs() {
  const pages = readdirSync(DOCS)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ file: join(DOCS, name), text: readFileSync(join(DOCS, name), 'utf8') }));
  const names = pages.flatMap((p) => [...p.text.matchAll(MARKER)].map((m) => m[1]));
  const manifest = names.some((n) => n === 'js-api' || n.split(':')[0] in ELEMENT_TABLES) ? readManifest() : undefined;
  const rules = names.includes('rules') ? await readRules() : undefined;
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));

  const render = (name) => {
    const [kind, subject] = name.split(/:(.*)/s);
    if (kind in ELEMENT_TABLES) return ELEMENT_TABLES[kind](element(manifest, subject));
    if (kind === 'js-api') return jsApi(manifest);
    if (kind === 'config') return configTable(schema, subject);
    if (kind === 'rules') return rulesTable(rules);
    throw new Error(`unknown table "${name}" (see scripts/gen-docs.mjs)`);
  };
  const out = new Map();
  for (const page of pages) {
    out.set(
      page.file,
      page.text.replace(MARKER, (_whole, name) => `<!-- api:${name}:start -->\n<!-- Generated by \`npm run docs\` from the source; do not edit. -->\n${render(name)}\n<!-- api:${name}:end -->`),
    );
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [file, text] of await renderDocs()) {
    if (readFileSync(file, 'utf8') === text) continue;
    stale.push(file.slice(root.length));
    if (!check) writeFileSync(file, text);
  }
  if (check && stale.length) {
    console.error(`API tables out of date in ${stale.join(', ')}: run \`npm run docs\`.`);
    process.exit(1);
  }
  console.log(stale.length ? `${check ? 'Out of date' : 'Updated'}: ${stale.join(', ')}` : 'API tables are up to date.');
}
