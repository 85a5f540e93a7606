/**
 * What the package offers tools and TypeScript users: custom-elements.json describes every
 * element fully, and the package's `types`/`exports` resolve for a TypeScript consumer.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = (name: string) => join(root, 'node_modules/.bin', name);

interface Described { name: string; description?: string; privacy?: string; static?: boolean; inheritedFrom?: unknown; kind?: string }
interface Declaration extends Described {
  tagName?: string;
  customElement?: boolean;
  attributes?: Described[];
  members?: Described[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: Described[];
}

describe('custom-elements.json', () => {
  let elements: Declaration[];
  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'privacy-cem-'));
    execFileSync(bin('cem'), ['analyze', '--litelement', '--quiet', '--config', 'custom-elements-manifest.config.mjs'], { cwd: root, env: { ...process.env, PRIVACY_CEM_OUTDIR: out }, stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
    rmSync(out, { recursive: true, force: true });
    // Registered elements only: the shared base class (TemplateElement) has no tag of its own.
    elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  }, 60_000);

  it('is what package.json points tools at', () => {
    expect(pkg.customElements).toBe('dist/custom-elements.json');
  });

  it('lists every element with its tag name', () => {
    expect(elements.map((e) => e.tagName).sort()).toEqual(expect.arrayContaining(['cookie-consent', 'cookie-preferences', 'privacy-notice']));
  });

  it('describes every attribute, public property, event, slot, CSS part and custom property', () => {
    const undocumented: string[] = [];
    for (const element of elements) {
      const check = (kind: string, items: Described[] | undefined) =>
        items?.forEach((item) => {
          if (!item.description?.trim()) undocumented.push(`<${element.tagName}> ${kind} ${item.name}`);
        });
      check('attribute', element.attributes);
      // Public API declared by the element itself (the shared base class documents its own).
      check('property', element.members?.filter((m) => !m.privacy && !m.static && !m.inheritedFrom && !m.name.startsWith('#')));
      check('event', element.events);
      check('slot', element.slots);
      check('CSS part', element.cssParts);
      check('CSS custom property', element.cssProperties);
      if (!element.description?.trim()) undocumented.push(`<${element.tagName}> itself`);
    }
    expect(undocumented).toEqual([]);
  });

  it('gives the banner its CSS parts and custom properties', () => {
    const banner = elements.find((e) => e.tagName === 'cookie-consent')!;
    expect(banner.cssParts?.map((p) => p.name)).toEqual(expect.arrayContaining(['accept-button', 'reject-button']));
    expect(banner.cssProperties?.map((p) => p.name)).toContain('--privacy-accent');
    expect(banner.events?.map((e) => e.name)).toEqual(expect.arrayContaining(['consent-change']));
  });
});

describe('TypeScript users', () => {
  it('resolve the package’s types through "exports" and get checked configs and typed elements', () => {
    // A consumer project whose node_modules/privacy-consent has this package.json and freshly
    // built declarations, so the test needs no prior build.
    const project = mkdtempSync(join(tmpdir(), 'privacy-types-'));
    const installed = join(project, 'node_modules/privacy-consent');
    mkdirSync(installed, { recursive: true });
    writeFileSync(join(installed, 'package.json'), JSON.stringify(pkg));
    execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', join(installed, 'dist/types')], { cwd: root, stdio: 'pipe' });
    symlinkSync(join(root, 'node_modules'), join(installed, 'node_modules'));
    writeFileSync(
      join(project, 'consumer.ts'),
      `import type { PrivacyConfig, PrivacyConsentApi } from 'privacy-consent';

const config: PrivacyConfig = {
  version: '2026-11-01',
  organisation: { name: 'Example NHS Trust' },
  consent: { categories: [{ id: 'analytics', title: 'Analytics' }] },
};
// @ts-expect-error "version" is required
const missing: PrivacyConfig = { organisation: { name: 'Example NHS Trust' } };
// @ts-expect-error "position" is "bottom" or "top"
const position: PrivacyConfig = { ...config, consent: { categories: [], position: 'left' } };

declare const api: PrivacyConsentApi;
const banner: HTMLElement | null = document.querySelector('cookie-consent');
export { config, missing, position, api, banner };
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
    );
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
    let output = '';
    try {
      execFileSync(bin('tsc'), ['-p', project], { cwd: project, stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: Buffer }).stdout ?? error);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
    expect(output).toBe('');
  }, 60_000);
});
