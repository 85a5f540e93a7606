import { childPath, MAX_NESTING, TOO_DEEP } from './json-path.js';

/**
 * A small validator for the subset of JSON Schema that `scripts/gen-schema.mjs` emits from our
 * types. It exists so the browser checks a config against the same schema editors and the CLI
 * use, without shipping a general validator.
 *
 * Why not ajv (measured 2026-12-05, esbuild --minify, gzip -9, with our schema): this module is
 * 1,400 bytes, 11,632 with the schema. ajv 8.20 compiling the schema in the page is 50,808
 * bytes, and it compiles with `new Function`, which a Content-Security-Policy without
 * 'unsafe-eval' blocks (our strict-CSP page tests forbid it); ajv's standalone code generated
 * at build time for this schema is 22,298 bytes, and its messages name schema keywords rather
 * than what a config author should write. The report chunk that holds this loads on a failed
 * entry check, a first visit to a loopback host, and `data-debug`.
 */

/** A JSON Schema node, as the generator writes it. */
export interface SchemaNode {
  $ref?: string;
  /** What the value is for (the full schema only; the runtime copies leave prose out). */
  description?: string;
  $defs?: Record<string, SchemaNode>;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  minLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

/** One problem found in a config, located by its JSON path (`$.consent.categories[1].id`). */
export interface Finding {
  path: string;
  severity: 'error' | 'warning';
  message: string;
}

// JSON paths and the nesting cap live in their own small module, which pages that render a
// config (the notice's guard, the language switch) import without this schema interpreter.
export { capDepth, childPath, MAX_NESTING } from './json-path.js';

/** The JSON type name of a value, as the schema's `type` keyword uses it. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** JSON's types in the words a privacy officer uses: text, a number, true or false, a list. */
const WORDS: Record<string, string> = { string: 'text', boolean: 'true or false', array: 'a list', object: 'an object', integer: 'a whole number', null: 'null' };
function describeType(type: string): string {
  return WORDS[type] ?? `a ${type}`;
}

/** Describes what a schema node accepts, for "expected …" messages. */
function describe(node: SchemaNode, defs: Record<string, SchemaNode>): string {
  if (node.$ref) return describe(defs[node.$ref.slice(8)] ?? {}, defs);
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (node.anyOf) return [...new Set(node.anyOf.map((n) => describe(n, defs)))].join(' or ');
  if (node.type === 'object' && node.required?.length) return `an object with "${node.required.join('", "')}"`;
  const types = ([] as string[]).concat(node.type ?? []);
  return types.length ? types.map(describeType).join(' or ') : 'a value';
}

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate nearest to `word`, when it is near enough to be a likely misspelling. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** A suffix suggesting the nearest candidate, or nothing. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = nearest(word, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}

/**
 * Checks `value` against `schema` and returns every problem. Unknown keys are warnings (a
 * misspelt optional key must not take a site's banner down); everything else is an error.
 * A value nested deeper than `MAX_NESTING` levels is an error at that place and is not followed.
 */
export function validateSchema(schema: SchemaNode, value: unknown, rootPath = '$'): Finding[] {
  const defs = schema.$defs ?? {};
  const findings: Finding[] = [];
  check(schema, value, rootPath, defs, findings, 0);
  return findings;
}

function check(node: SchemaNode, value: unknown, path: string, defs: Record<string, SchemaNode>, out: Finding[], depth: number): void {
  if (node.$ref) return check(defs[node.$ref.slice(8)] ?? {}, value, path, defs, out, depth);
  const error = (message: string): void => void out.push({ path, severity: 'error', message });
  if (depth > MAX_NESTING && value && typeof value === 'object') return error(TOO_DEEP);

  if (node.anyOf) return checkAnyOf(node, value, path, defs, out, depth);
  if (node.const !== undefined && value !== node.const) return error(`expected ${JSON.stringify(node.const)}, got ${JSON.stringify(value)}`);
  if (node.enum && !node.enum.includes(value as never)) {
    return error(`expected ${describe(node, defs)}, got ${JSON.stringify(value)}`);
  }
  if (node.type) {
    const actual = typeOf(value);
    const allowed = ([] as string[]).concat(node.type);
    if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number'))) {
      return error(`expected ${describe(node, defs)}, got ${actual === 'undefined' ? 'nothing' : describeType(actual)}`);
    }
  }
  if (typeof value === 'string') {
    if (node.minLength !== undefined && value.length < node.minLength) error('must not be empty');
    if (node.pattern !== undefined && !new RegExp(node.pattern, 'u').test(value)) {
      error(`${JSON.stringify(value)} is not allowed here (expected text matching ${node.pattern})`);
    }
  }
  if (typeof value === 'number') {
    if (node.minimum !== undefined && value < node.minimum) error(`must be at least ${node.minimum}`);
    if (node.maximum !== undefined && value > node.maximum) error(`must be at most ${node.maximum}`);
  }
  if (Array.isArray(value)) {
    if (node.minItems !== undefined && value.length < node.minItems) error(`must have at least ${node.minItems} item${node.minItems === 1 ? '' : 's'}`);
    if (node.items) value.forEach((item, i) => check(node.items!, item, childPath(path, i), defs, out, depth + 1));
  }
  if (typeOf(value) === 'object') checkObject(node, value as Record<string, unknown>, path, defs, out, depth);
}

/** Where a path's value sits, in words: "the config", `"notice"`, `item 2 of "categories"`. */
function place(path: string): string {
  const last = /(?:\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])$/.exec(path);
  if (!last) return 'the config';
  if (last[2] !== undefined) return `item ${Number(last[2]) + 1} of ${place(path.slice(0, last.index))}`;
  return `"${last[1] ?? JSON.parse(last[3]!)}"`;
}

/** The first sentence of a schema description, lower-cased as a phrase; empty without one. */
function purpose(node: SchemaNode | undefined, defs: Record<string, SchemaNode>): string {
  const text = node?.description ?? (node?.$ref ? defs[node.$ref.slice(8)]?.description : undefined);
  const first = text?.split(/(?<=\.)\s/)[0]?.trim().replace(/\.$/, '');
  if (!first) return '';
  // "The data controllers" reads on as "the data controllers"; "ICO …" keeps its capitals.
  return /^[A-Z][a-z]/.test(first) ? first[0]!.toLowerCase() + first.slice(1) : first;
}

/**
 * A missing required key, said plainly: what is missing, where, what it is for (from the schema's
 * description, when the schema has one) and what to add: `"controllers" is missing from "notice"
 * — the data controllers: who decides why and how the data is used. Add it as a list.`
 */
function missing(path: string, key: string, node: SchemaNode | undefined, defs: Record<string, SchemaNode>): string {
  const why = purpose(node, defs);
  return `"${key}" is missing from ${place(path)}${why ? ` — ${why}` : ''}. Add it as ${describe(node ?? {}, defs)}.`;
}

function checkObject(node: SchemaNode, value: Record<string, unknown>, path: string, defs: Record<string, SchemaNode>, out: Finding[], depth: number): void {
  const properties = node.properties ?? {};
  for (const key of node.required ?? []) {
    if (value[key] === undefined) {
      out.push({ path: childPath(path, key), severity: 'error', message: missing(path, key, properties[key], defs) });
    }
  }
  for (const [key, child] of Object.entries(value)) {
    const known = properties[key];
    if (known) check(known, child, childPath(path, key), defs, out, depth + 1);
    else if (typeof node.additionalProperties === 'object') check(node.additionalProperties, child, childPath(path, key), defs, out, depth + 1);
    else if (node.additionalProperties === false) {
      out.push({ path: childPath(path, key), severity: 'warning', message: `unknown key "${key}"${didYouMean(key, Object.keys(properties))}` });
    }
  }
}

/**
 * A union passes when one branch passes. When none does, report the branch that came closest,
 * so `{ "strong": 5 }` says "expected a list" rather than listing every kind of rich text.
 */
function checkAnyOf(node: SchemaNode, value: unknown, path: string, defs: Record<string, SchemaNode>, out: Finding[], depth: number): void {
  let best: Finding[] | undefined;
  let bestScore = Infinity;
  for (const branch of node.anyOf!) {
    const found: Finding[] = [];
    check(branch, value, path, defs, found, depth);
    // An unknown key rules a branch out of a union (it is what tells `{ strong }` from `{ em }`).
    const score = found.reduce((sum, f) => sum + (f.path === path ? 10 : 1), 0);
    if (score === 0) return;
    if (score < bestScore) [best, bestScore] = [found, score];
  }
  const rootMismatch = best!.some((f) => f.path === path);
  if (rootMismatch) {
    out.push({ path, severity: 'error', message: `expected ${describe(node, defs)}` });
  } else {
    out.push(...best!.map((f) => ({ ...f, severity: 'error' as const })));
  }
}
