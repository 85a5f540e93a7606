/**
 * Editors show the schema's descriptions while a developer types a config: every property of
 * the published schema has one (from the JSDoc in src/config/types.ts and src/config/notice-model.ts).
 */
import { describe, expect, it } from 'vitest';
import schema from '../../../src/config/schema/privacy-config.schema.json';

interface Node {
  $ref?: string;
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: boolean | Node;
  anyOf?: Node[];
}
const defs = (schema as { $defs: Record<string, Node> }).$defs;

/** Every property of every definition without a description, as `Definition.path.key`. */
function undescribed(): string[] {
  const missing: string[] = [];
  const visit = (node: Node | boolean | undefined, path: string) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const description = child.description ?? (child.$ref ? defs[child.$ref.slice('#/$defs/'.length)]?.description : undefined);
      if (!description?.trim()) missing.push(`${path}.${key}`);
      visit(child, `${path}.${key}`);
    }
    visit(node.items, `${path}[]`);
    visit(node.additionalProperties, `${path}{}`);
    node.anyOf?.forEach((branch) => visit(branch, path));
  };
  for (const [name, def] of Object.entries(defs)) visit(def, name);
  return missing;
}

describe('the published JSON Schema', () => {
  it('is draft 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/privacy-consent\.schema\.json$/);
  });

  it('describes every property', () => {
    expect(undescribed()).toEqual([]);
  });

  it('gives examples for the values developers most often get wrong', () => {
    const config = defs.PrivacyConfig as Node & { properties: Record<string, Node & { examples?: unknown[] }> };
    expect(config.properties.version!.examples).toBeDefined();
    const category = defs.Category as Node & { properties: Record<string, Node & { examples?: unknown[] }> };
    expect(category.properties.id!.examples).toBeDefined();
  });
});
