import { cruise } from 'dependency-cruiser';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layer lint: imports run one way (.dependency-cruiser.cjs, docs/architecture.md).
const root = fileURLToPath(new URL('../../', import.meta.url));
const config = createRequire(import.meta.url)(`${root}.dependency-cruiser.cjs`);

async function violations(baseDir: string): Promise<string[]> {
  const result = await cruise(['src'], { ...config.options, tsConfig: undefined, ruleSet: { forbidden: config.forbidden }, validate: true, baseDir });
  const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('the layers', () => {
  it('src/ imports only down the layers, has no cycle, and the entry loads the checker only lazily', async () => {
    expect(await violations(root)).toEqual([]);
  }, 60_000);

  it('fails on an upward import, a cycle, and a static import of the checker from the entry', async () => {
    const found = await violations(`${root}test/fixtures/layers`);
    expect(found).toContain('layer-config: src/config/upward.ts -> src/elements/element.ts');
    expect(found.some((v) => v.startsWith('no-cycle: src/consent/a.ts'))).toBe(true);
    expect(found).toContain('entry-never-loads-check-statically: src/embed.ts -> src/check/rule.ts');
  }, 60_000);
});
