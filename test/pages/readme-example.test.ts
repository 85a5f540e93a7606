/**
 * The README's "Add it to a site" example, pasted as a site would paste it: its three lines in a
 * page, its config at /privacy.json, and an analytics script at /matomo.js. It must work as
 * written: the banner asks, the gated script waits for a yes, the footer link reopens the choices,
 * `check` finds nothing, and the console stays quiet.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfigText } from '../../src/check/check.js';
import { useSite } from './support/site.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const example = README.slice(README.indexOf('## Add it to a site'), README.indexOf('## A short tour'));
/** The fenced code blocks of a language in the example section. */
const blocks = (language: string) => [...example.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

const [lines] = blocks('html');
const [config] = blocks('json');

const site = useSite({
  serve: (dir) => {
    mkdirSync(join(dir, 'readme-example'));
    writeFileSync(
      join(dir, 'readme-example/index.html'),
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Example</title><link rel="icon" href="data:,"></head>
<body><main><h1>Example NHS Trust</h1><p>Some page content.</p></main><footer>${lines}</footer></body></html>`,
    );
    writeFileSync(join(dir, 'privacy.json'), config!);
    writeFileSync(join(dir, 'matomo.js'), 'window.matomoRuns = (window.matomoRuns || 0) + 1;');
  },
});

describe('the README example', () => {
  it('has three lines of HTML and a config that check passes without a finding', () => {
    expect(lines!.trim().split('\n')).toHaveLength(3);
    const result = checkConfigText(config!);
    expect(result.findings).toEqual([]);
    expect(result.compliance).toBe(true);
  });

  it('works when pasted: asks, holds the analytics script until a yes, and reopens from the footer link', async () => {
    const visit = await site.visit('/readme-example/');
    await visit.banner.shown();
    expect(await visit.eval('window.matomoRuns ?? 0')).toBe(0);
    await visit.banner.click('accept');
    await visit.until('window.matomoRuns === 1');
    await visit.page.locator('footer a[data-consent-open]').click();
    await visit.dialog.opened();
    expect(visit.messages('error')).toEqual([]);
    expect(visit.messages('warning')).toEqual([]);
    expect(visit.pageErrors).toEqual([]);
  });
});
