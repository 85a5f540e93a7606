import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoConfigs } from '../config/schema/demo-configs.js';
import { buildCli, hasStackTrace, root, runCli } from './run-cli.js';

let cli: string;
let scratch: string;
beforeAll(() => {
  cli = buildCli();
  scratch = mkdtempSync(join(tmpdir(), 'privacy-check-'));
}, 60_000);
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(dirname(cli), { recursive: true, force: true });
});

const fixture = (name: string) => `test/fixtures/configs/${name}`;

describe('privacy-consent check: results and exit codes', () => {
  it('exits 0 and says so for a clean config', async () => {
    const result = await runCli(cli, ['check', fixture('valid/compliant.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no problems found');
  });

  it('exits 0 on warnings alone, and 1 with --strict', async () => {
    const plain = await runCli(cli, ['check', fixture('valid/warnings-only.json')]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/0 errors, 2 warnings/);
    const strict = await runCli(cli, ['check', '--strict', fixture('valid/warnings-only.json')]);
    expect(strict.code).toBe(1);
  });

  it('exits 2 on errors, with file:line:column, the JSON path, the expectation and a suggestion', async () => {
    const result = await runCli(cli, ['check', fixture('broken/misspelt-key.json')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${fixture('broken/misspelt-key.json')}:4:3: warning: unknown key "organisaton"; did you mean "organisation"?`);
    // Said plainly, and placed where the key would go (the root's closing brace), not at 1:1.
    expect(result.stdout).toMatch(/:\d+:1: error: "organisation" is missing from the config — the organisation responsible for the website \(the data controller\)\. Add it as an object with "name"\.\n\s+at \$\.organisation/);
    expect(result.stdout).not.toMatch(/:1:1: error: "organisation"/);
    expect(result.stdout).toContain('the compliance checks run once the errors above are fixed');
  });

  it('names the rule and the law it cites for a compliance finding', async () => {
    const config = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(root, fixture('valid/compliant.json')), 'utf8')));
    delete config.notice.complaints;
    const file = join(scratch, 'no-ico.json');
    writeFileSync(file, JSON.stringify(config, null, 2));
    const result = await runCli(cli, ['check', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('[regulator · UK GDPR Art 13(2)(d)]');
  });

  it('prints every finding as JSON with --format json', async () => {
    const result = await runCli(cli, ['check', '--format', 'json', fixture('broken/wrong-type.json')]);
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ errors: 2, warnings: 0, exitCode: 2 });
    expect(report.files[0].compliance).toBe(false);
    expect(report.files[0].findings).toEqual([
      expect.objectContaining({ path: '$.version', severity: 'error', rule: 'schema', line: 3, column: 3, message: 'expected text, got a whole number' }),
      expect.objectContaining({ path: '$.consent.expiryDays', line: 5, message: 'expected a number, got text' }),
    ]);
  });

  it('suggests the nearest id for a dangling reference', async () => {
    const config = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(root, fixture('valid/compliant.json')), 'utf8')));
    config.notice.purposes[0].bases = ['tsak'];
    const file = join(scratch, 'dangling.json');
    writeFileSync(file, JSON.stringify(config, null, 2));
    const result = await runCli(cli, ['check', '--format=json', file]);
    const [finding] = JSON.parse(result.stdout).files[0].findings;
    expect(finding).toMatchObject({ rule: 'references', path: '$.notice.purposes[0].bases[0]', message: expect.stringMatching(/"tsak".*did you mean "task"\?/) });
    expect(finding.line).toBeGreaterThan(1);
  });

  it('checks several files and exits with the worst result', async () => {
    const result = await runCli(cli, ['check', fixture('valid/compliant.json'), fixture('broken/bad-enum.json')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('2 files: 1 error, 0 warnings');
  });
});

describe('privacy-consent check: the demo configs', () => {
  const files = demoConfigs();
  it.each(files.map((f) => [relative(root, f)]))('%s: no structural errors, every finding placed in the file', async (file) => {
    const result = await runCli(cli, ['check', '--format', 'json', file]);
    expect(hasStackTrace(result.stderr)).toBe(false);
    const report = JSON.parse(result.stdout);
    const findings = report.files[0].findings as { rule: string; line: number; severity: string }[];
    expect(findings.filter((f) => f.rule === 'schema' && f.severity === 'error')).toEqual([]);
    for (const finding of findings) expect(finding.line).toBeGreaterThan(0);
    expect(result.code).toBe(report.errors > 0 ? 2 : 0);
  });
});

describe('privacy-consent check: bad input', () => {
  it('says a missing file is missing', async () => {
    const result = await runCli(cli, ['check', 'no/such/config.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('cannot find no/such/config.json');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('reports a missing file in JSON output too', async () => {
    const result = await runCli(cli, ['check', '--format', 'json', 'no/such/config.json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ errors: 1, exitCode: 2, files: [{ file: 'no/such/config.json', problem: expect.stringContaining('cannot find') }] });
  });

  it('says a directory is a directory, and lists JSON files in it', async () => {
    const result = await runCli(cli, ['check', 'test/fixtures/configs/valid']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is a directory, not a config file.*compliant\.json/);
  });

  it('gives the line and column of a JSON syntax error', async () => {
    const file = join(scratch, 'trailing-comma.json');
    writeFileSync(file, '{\n  "version": "1",\n  "organisation": { "name": "A" },\n}\n');
    const result = await runCli(cli, ['check', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`${file}:4:1: error: not valid JSON: trailing comma before '}'`);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });

  it('refuses a 50 MB file quickly, without reading it', async () => {
    const file = join(scratch, 'huge.json');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const result = await runCli(cli, ['check', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is 50.0 MB, too large for a config');
    expect(result.ms).toBeLessThan(10_000);
  });

  it('checks a config with 10,000 sections in reasonable time', async () => {
    const config = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(root, fixture('valid/compliant.json')), 'utf8')));
    config.notice.sections = Array.from({ length: 10_000 }, (_, i) => ({
      id: `section-${i}`,
      heading: `Section ${i}`,
      topic: 'other',
      blocks: [{ p: ['See ', { xref: `section-${(i + 1) % 10_000}` }, ' and ', { xref: `sektion-${i}` }, '.'] }],
    }));
    config.notice.data[0].at = 'section-0';
    config.notice.purposes.forEach((p: { at: string }) => (p.at = 'section-1'));
    const file = join(scratch, 'many-sections.json');
    writeFileSync(file, JSON.stringify(config, null, 1));
    const result = await runCli(cli, ['check', file], { timeout: 80_000 });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('10000 errors, 0 warnings');
    expect(result.stdout).toContain('… and 9800 more');
    // About 2 s of CPU; the wall-clock limit allows for a machine busy with other test suites.
    expect(result.ms).toBeLessThan(45_000);
  }, 90_000);

  it('says a binary file is not UTF-8 text', async () => {
    const file = join(scratch, 'binary.json');
    writeFileSync(file, Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x7d]));
    const result = await runCli(cli, ['check', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not UTF-8 text');
  });

  it('rejects an unknown option with a suggestion, and a missing file argument', async () => {
    const typo = await runCli(cli, ['check', '--stict', fixture('valid/compliant.json')]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown option --stict; did you mean --strict?');
    const none = await runCli(cli, ['check']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give the path of a config file');
  });

  it('suggests the nearest command for a misspelt one', async () => {
    const result = await runCli(cli, ['chek', 'x.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "chek"; did you mean "check"?');
  });

  it('tells the user to build first when the CLI is not built', async () => {
    const result = await runCli(join(scratch, 'nowhere', 'cli.js'), ['check', fixture('valid/compliant.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Run "npm run build" first');
  });

  it('works from another directory with a relative path', async () => {
    const dir = join(scratch, 'site');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'privacy.json'), '{"version":"1","organisation":{"name":"A"}}');
    const result = await runCli(cli, ['check', 'privacy.json'], { cwd: dir });
    expect(result.code).toBe(0);
  });
});
