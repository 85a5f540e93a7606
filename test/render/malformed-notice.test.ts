/**
 * The notice on a live page runs only its small guard (`notice/guard-notice.ts`), not the schema
 * check: whatever a config holds, `<privacy-notice>` renders what it can and never throws. Checked
 * here through the server render of the element itself (Lit SSR, no browser needed), over a
 * real notice with one part broken at a time.
 */
import { html } from 'lit';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// Registers the elements for the server render.
import '../../src/render/render-notice.js';
import { loadNoticeStrings } from '../../src/i18n/languages.js';

const demo = JSON.parse(readFileSync(fileURLToPath(new URL('../../demo/example-privacy.json', import.meta.url)), 'utf8'));

/** The element's own render of `config`, as a string (no check before it, unlike `renderNotice`). */
const renderElement = (config: unknown) => collectResultSync(render(html`<privacy-notice lang="en-GB" .config=${config}></privacy-notice>`));

/** Every path (as keys) to a value inside `value`. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...at, key]))];
}

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BAD = [null, 42, -1, 'text', '', [], {}, true, [null], { x: 1 }, [[]], '<b>', 'javascript:alert(1)'];

beforeAll(() => loadNoticeStrings('en-GB'));

describe('<privacy-notice> with a malformed notice', () => {
  it('renders the rest, and never throws, whichever single part of a real notice is broken', () => {
    const next = random(Number(process.env.FUZZ_SEED ?? 17));
    // Anywhere in the config: the notice, and the consent section its cookies section lists.
    const all = paths(demo).filter((p) => p.length > 1 && (p[0] === 'notice' || p[0] === 'consent'));
    const failures: string[] = [];
    for (let i = 0; i < Number(process.env.FUZZ ?? 150); i++) {
      const config = structuredClone(demo);
      const path = all[Math.floor(next() * all.length)]!;
      const bad = BAD[Math.floor(next() * BAD.length)];
      let parent = config;
      for (const key of path.slice(0, -1)) parent = parent[key];
      parent[path.at(-1)!] = structuredClone(bad);
      try {
        const out = renderElement(config);
        if (!out.includes('<privacy-notice')) failures.push(`${path.join('.')} = ${JSON.stringify(bad)}: nothing rendered`);
      } catch (error) {
        failures.push(`${path.join('.')} = ${JSON.stringify(bad)}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('shows nothing, without throwing, for a notice that is not an object', () => {
    for (const notice of [undefined, null, 'text', 3, [], [{ id: 'a' }]]) {
      const out = renderElement({ ...structuredClone(demo), notice });
      expect(out, JSON.stringify(notice)).not.toContain('part="notice"');
    }
  });

  it('leaves out sections it cannot place and shows the others', () => {
    const config = structuredClone(demo);
    config.notice.sections.splice(1, 0, { heading: 'No id' }, { id: 'no-heading' }, null, { id: config.notice.sections[0].id, heading: 'Same id again' });
    const out = renderElement(config);
    expect(out).not.toContain('No id');
    expect(out).not.toContain('Same id again');
    expect(out).not.toContain('id="no-heading"');
    for (const section of demo.notice.sections) expect(out).toContain(`id="${section.id}"`);
  });

  it('drops a link whose address is not allowed, keeping its words', () => {
    const config = structuredClone(demo);
    config.notice.sections[0].blocks.push({ p: [{ link: ['Unsafe link words'], href: 'javascript:alert(1)' }] });
    const out = renderElement(config);
    expect(out).toContain('Unsafe link words');
    expect(out).not.toContain('javascript:');
  });
});
