/**
 * The published JSON Schema (checked here with ajv, as editors and CI tools check it) and the
 * runtime validator (`validateSchema`, which the browser and the CLI use) are generated from the
 * same types. This proves they agree: every demo config passes both, and every broken config
 * fails both at the same JSON paths.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import schema from '../../../src/config/schema/privacy-config.schema.json';
import { childPath, validateSchema, type SchemaNode } from '../../../src/config/validate.js';
import { demoConfigs, jsonFiles } from './demo-configs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(schema);

/** ajv's `instancePath` (a JSON pointer) in our `$.a.b[0]` form, using the data to tell indexes from keys. */
function toPath(pointer: string, data: unknown): string {
  let path = '$';
  let node = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      path = childPath(path, Number(key));
      node = node[Number(key)];
    } else {
      path = childPath(path, key);
      node = (node as Record<string, unknown> | undefined)?.[key];
    }
  }
  return path;
}

/** ajv's errors as paths: a missing or unknown key is reported at the key, like the runtime validator. */
function ajvPaths(errors: ErrorObject[], data: unknown): { paths: string[]; unions: string[] } {
  // A failed union reports one error per branch too; keep the union's own path only.
  const unions = errors.filter((e) => e.keyword === 'anyOf');
  const inBranch = (e: ErrorObject) => unions.some((u) => e !== u && e.schemaPath.startsWith(`${u.schemaPath}/`));
  const paths = errors.filter((e) => !inBranch(e)).map((e) => {
    const path = toPath(e.instancePath, data);
    if (e.keyword === 'required') return childPath(path, (e.params as { missingProperty: string }).missingProperty);
    if (e.keyword === 'additionalProperties') return childPath(path, (e.params as { additionalProperty: string }).additionalProperty);
    return path;
  });
  return { paths, unions: unions.map((u) => toPath(u.instancePath, data)) };
}

/** Paths inside a failed union collapse onto the union: both validators may say more or less there. */
function collapse(paths: string[], unions: string[]): string[] {
  const within = (path: string, union: string) => path === union || path.startsWith(`${union}.`) || path.startsWith(`${union}[`);
  return [...new Set(paths.map((path) => unions.filter((u) => within(path, u)).sort((a, b) => a.length - b.length)[0] ?? path))].sort();
}

function compare(file: string) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const valid = validate(data);
  const { paths, unions } = ajvPaths(validate.errors ?? [], data);
  const runtime = validateSchema(schema as SchemaNode, data).map((f) => f.path);
  return { valid, ajv: collapse(paths, unions), runtime: collapse(runtime, unions) };
}

describe('demo configs', () => {
  const files = demoConfigs();
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files.map((f) => [relative(root, f), f]))('%s validates against the schema and the runtime validator', (_name, file) => {
    const { valid, ajv: ajvFound, runtime } = compare(file);
    expect(ajvFound).toEqual([]);
    expect(runtime).toEqual([]);
    expect(valid).toBe(true);
  });
  it.each(files.map((f) => [relative(root, f), f]))('%s points "$schema" at the published schema', (_name, file) => {
    const value = JSON.parse(readFileSync(file, 'utf8'));
    expect(value.$schema).toMatch(/privacy-consent\.schema\.json$/);
  });
});

describe('broken configs', () => {
  const files = jsonFiles(join(root, 'test/fixtures/configs/broken'));
  it('cover many kinds of mistake', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });
  it.each(files.map((f) => [relative(root, f), f]))('%s fails at the same paths in ajv and the runtime validator', (_name, file) => {
    const { valid, ajv: ajvFound, runtime } = compare(file);
    expect(valid).toBe(false);
    expect(runtime.length).toBeGreaterThan(0);
    expect(runtime).toEqual(ajvFound);
  });
});
