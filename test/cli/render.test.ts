/**
 * `privacy-consent render`: the notice as static HTML, written where asked; on a config `check`
 * rejects, the same messages and exit codes, and nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compliantConfig } from '../check/compliant-config.js';
import { buildCli, hasStackTrace, runCli } from './run-cli.js';

let cli: string;
let scratch: string;
beforeAll(() => {
  cli = buildCli();
  scratch = mkdtempSync(join(tmpdir(), 'privacy-render-'));
}, 60_000);
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(dirname(cli), { recursive: true, force: true });
});

const fixture = (name: string) => `test/fixtures/configs/${name}`;

describe('privacy-consent render', () => {
  it('writes a complete page with -o, and says what it wrote', async () => {
    const out = join(scratch, 'notice.html');
    const result = await runCli(cli, ['render', 'demo/example-privacy.json', '-o', out]);
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toMatch(/<privacy-notice lang="en-GB" data-notice-version="[^"]+" data-config-version="[^"]+"><template shadowroot="open" shadowrootmode="open">/);
    expect(result.stderr).toMatch(/notice\.html: the notice in en-GB, \d+\.\d KB/);
  });

  it('writes only the element to standard output with --fragment, in the language asked for', async () => {
    const result = await runCli(cli, ['render', 'demo/cy/site.json', '--lang', 'cy', '--fragment']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^<privacy-notice lang="cy" /);
    expect(result.stdout).toContain('>Cipolwg<');
    expect(result.stdout.trimEnd().endsWith('</privacy-notice>')).toBe(true);
    // The config's other language is pointed out.
    expect(result.stderr).toContain('The config also has en-GB: render each with --lang.');
  });

  it('on a config check rejects: the same findings and exit code as check, and nothing written', async () => {
    for (const name of ['broken/misspelt-key.json', 'broken/wrong-type.json']) {
      const out = join(scratch, 'not-written.html');
      const check = await runCli(cli, ['check', fixture(name)]);
      const render = await runCli(cli, ['render', fixture(name), '-o', out]);
      expect(render.code, name).toBe(check.code);
      expect(render.code, name).toBe(2);
      expect(render.stderr, name).toContain(check.stdout.trim());
      expect(render.stderr).toContain('nothing written');
      expect(existsSync(out), name).toBe(false);
      expect(hasStackTrace(render.stderr)).toBe(false);
    }
  });

  it('stops on compliance errors as check does, and renders them with --draft', async () => {
    const config = compliantConfig();
    delete config.notice.complaints;
    const file = join(scratch, 'no-regulator.json');
    writeFileSync(file, JSON.stringify(config, null, 2));
    const out = join(scratch, 'draft.html');
    const plain = await runCli(cli, ['render', file, '-o', out]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('[regulator · UK GDPR Art 13(2)(d)]');
    expect(existsSync(out)).toBe(false);
    const draft = await runCli(cli, ['render', file, '--draft', '-o', out]);
    expect(draft.code).toBe(0);
    expect(draft.stderr).toContain('[regulator · UK GDPR Art 13(2)(d)]');
    expect(readFileSync(out, 'utf8')).toContain('<privacy-notice');
  });

  it('exits 1 and writes nothing on warnings with --strict', async () => {
    const out = join(scratch, 'strict.html');
    const result = await runCli(cli, ['render', fixture('valid/warnings-only.json'), '--strict', '-o', out]);
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('explains usage mistakes and a language the config does not have, without a stack trace', async () => {
    const none = await runCli(cli, ['render']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give the path of a config file to render');
    const level = await runCli(cli, ['render', 'demo/example-privacy.json', '--heading-level', '9']);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('--heading-level must be a number from 1 to 6');
    const french = await runCli(cli, ['render', 'demo/cy/site.json', '--lang', 'fr']);
    expect(french.code).toBe(2);
    expect(french.stderr).toMatch(/no wording in "fr": it has "(cy|en-GB)", "(cy|en-GB)"/);
    const missing = await runCli(cli, ['render', 'no-such-file.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot find no-such-file.json');
    for (const result of [none, level, french, missing]) expect(hasStackTrace(result.stderr)).toBe(false);
    const help = await runCli(cli, ['help', 'render']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: privacy-consent render <config.json>');
  });
});
