/**
 * Bad input: every case ends in a clear message or a valid (if minimal) config, never a crash
 * or a hang. The CLI's exit codes and files are checked in-process through `runImport`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/import-command.js';
import { checkConfigText } from '../../src/check/check.js';
import { detectFormat, importNotice, ImportError } from '../../src/import/import-notice.js';

const enc = (s: string) => new TextEncoder().encode(s);

async function failure(name: string, bytes: Uint8Array): Promise<ImportError> {
  try {
    await importNotice(name, bytes);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('input that cannot be imported', () => {
  it('an empty file, or one with only white space', async () => {
    expect((await failure('notice.txt', new Uint8Array())).message).toMatch(/notice\.txt is empty/);
    expect((await failure('notice.md', enc(' \n\t\n'))).reason).toBe('empty');
  });

  it('a binary file that is not a .docx', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const error = await failure('notice.txt', png);
    expect(error.reason).toBe('binary');
    expect(error.message).toMatch(/looks like a binary file/);
    expect((await failure('notice.docx', png)).message).toMatch(/not a Word \.docx file/);
  });

  it('a password-protected .docx (an encrypted OLE package) and an old .doc', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const encrypted = await failure('notice.docx', ole);
    expect(encrypted.reason).toBe('encrypted');
    expect(encrypted.message).toMatch(/password-protected/);
    expect((await failure('notice.doc', ole)).message).toMatch(/Word 97–2003/);
  });

  it('a corrupt .docx (a broken zip)', async () => {
    const error = await failure('notice.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3]));
    expect(error.reason).toBe('corrupt');
    expect(error.message).toMatch(/could not be read as a Word document/);
  });

  it('an unsupported extension', async () => {
    expect((await failure('notice.pdf', enc('%PDF-1.7 text'))).reason).toBe('unsupported');
  });
});

describe('input that gives a minimal config', () => {
  it('text with no headings at all: one section named from the file, and a note saying so', async () => {
    const { config } = await importNotice('parish-council-notice.txt', enc('We keep the names and addresses of people who book the village hall. We delete them after two years.\n'));
    expect(config.notice.title).toBe('Parish council notice');
    expect(config.notice.sections).toHaveLength(1);
    expect(config.notice.sections[0]!.blocks).toEqual([{ p: 'We keep the names and addresses of people who book the village hall. We delete them after two years.' }]);
    expect(config.notice.importNotes?.map((n) => n.text).join(' ')).toMatch(/no headings/);
    const checked = checkConfigText(JSON.stringify(config));
    expect(checked.findings.filter((f) => f.rule === 'schema' || f.rule === 'json')).toEqual([]);
  });

  it('text in Windows-1252 (not UTF-8) is read, with a note', async () => {
    const bytes = new Uint8Array([...enc('Notice\n\nAbout\n\nWe charge '), 0xa3, ...enc('5 for copies of records that you ask us for.\n')]);
    const { config } = await importNotice('notice.txt', bytes);
    expect(JSON.stringify(config.notice.sections)).toContain('£5');
    expect(config.notice.importNotes?.map((n) => n.text).join(' ')).toMatch(/Windows-1252/);
  });

  it('a 500-page document is imported in one pass (generated here), every section kept', async () => {
    const page = (i: number) =>
      `Section ${i} heading\n\nWe use the information in record ${i} to provide your care, and we share it with the hospital when you are referred for tests. ` +
      `Contact the team on 0113 496 ${String(1000 + (i % 8999)).slice(0, 4)} or records${i}@example.nhs.uk. See 'Section ${i + 1} heading' for more.\n\n` +
      `- first item of page ${i}\n- second item of page ${i}, which runs on\n  over a second line\n\n` +
      'Lorem ipsum style filler is not used here: each page carries ordinary sentences that a notice might have. '.repeat(12) + '\n\n';
    let text = 'Large Trust Privacy Notice\n\n';
    for (let i = 0; i < 500; i++) text += page(i);
    const started = Date.now();
    const { config, summary } = await importNotice('large.txt', enc(text));
    expect(summary.sections).toBe(500);
    expect(config.notice.sections[499]!.heading).toBe('Section 499 heading');
    // Generous: linear work on ~1 MB finishes in a few seconds even on a loaded machine.
    expect(Date.now() - started).toBeLessThan(45_000);
  }, 60_000);
});

describe('pathological input stays fast', () => {
  it('a 200 KB paragraph of capitalised words (no quadratic pattern matching)', async () => {
    const started = Date.now();
    const { summary } = await importNotice('caps.txt', enc(`Title\n\nHeading\n\n${'Aaaa Bbbb '.repeat(20_000)}\n`));
    expect(summary.sections).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('HTML nested 5000 elements deep', async () => {
    const { config } = await importNotice('deep.html', enc(`<h1>T</h1><h2>S</h2>${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}`));
    expect(JSON.stringify(config.notice.sections)).toContain('deep text');
  });
});

describe('privacy-consent import (in-process)', () => {
  let dir: string;
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), cwd: dir } };
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    writeFileSync(join(dir, 'surgery.txt'), 'Surgery Privacy Notice\n\nWho we are\n\nBridge Street Surgery is the data controller for your records and decides how they are used.\n');
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'docs.rst'), 'Privacy\n=======\n\nWho we are\n----------\n\nThe Scottish Government (the data controller) provides this site.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes <name>.json by default, prints a summary and exits 0', async () => {
    const { out, io: cli } = io();
    expect(await runImport(['surgery.txt'], cli)).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'surgery.json'), 'utf8'));
    expect(written.notice.title).toBe('Surgery Privacy Notice');
    const summary = out.join('');
    expect(summary).toMatch(/Imported surgery\.txt \(plain text\) → surgery\.json/);
    expect(summary).toMatch(/1 section/);
    expect(summary).toMatch(/Import notes: \d+ \(.*missing-content/);
    expect(summary).toMatch(/privacy-consent check surgery\.json/);
  });

  it('says a reStructuredText file was read as Markdown', async () => {
    const { out, io: cli } = io();
    expect(await runImport(['docs.rst'], cli)).toBe(0);
    expect(out.join('')).toMatch(/Imported docs\.rst \(reStructuredText, read as Markdown\) → docs\.json/);
  });

  it('refuses to overwrite without --force (exit 2), and overwrites with it', async () => {
    const first = io();
    expect(await runImport(['surgery.txt'], first.io)).toBe(2);
    expect(first.err.join('')).toMatch(/already exists.*--force/);
    expect(await runImport(['surgery.txt', '--force'], io().io)).toBe(0);
  });

  it('writes the JSON to standard output with -o - and the summary to standard error', async () => {
    const { out, err, io: cli } = io();
    expect(await runImport(['surgery.txt', '-o', '-', '--organisation', 'Riverside Surgery'], cli)).toBe(0);
    expect(JSON.parse(out.join('')).organisation.name).toBe('Riverside Surgery');
    expect(err.join('')).toMatch(/Imported surgery\.txt/);
  });

  it('exits 2 with a clear message for an empty file, a missing file and a bad option, writing nothing', async () => {
    const empty = io();
    expect(await runImport(['empty.md', '-o', 'empty.json'], empty.io)).toBe(2);
    expect(empty.err.join('')).toMatch(/empty\.md is empty.*\nNothing written/);
    expect(existsSync(join(dir, 'empty.json'))).toBe(false);
    const missing = io();
    expect(await runImport(['nope.docx'], missing.io)).toBe(2);
    expect(missing.err.join('')).toMatch(/cannot read nope\.docx: no such file/);
    const bad = io();
    expect(await runImport(['surgery.txt', '--organization', 'x'], bad.io)).toBe(2);
    expect(bad.err.join('')).toMatch(/unknown option --organization; did you mean --organisation\?/);
  });

  it('shows each fact read with its sentence in the summary', async () => {
    const { out, io: cli } = io();
    expect(await runImport(['surgery.txt', '-o', 'facts.json'], cli)).toBe(0);
    expect(out.join('')).toMatch(/Controller: Bridge Street Surgery ← "Bridge Street Surgery is the data controller for your records and decides how they are used\."/);
    // "The Surgery is the data controller" gives no name: a note says so, "Surgery" is not taken for one.
    writeFileSync(join(dir, 'unnamed.txt'), 'Privacy Notice\n\nWho we are\n\nThe Surgery is the data controller for your records and decides how they are used.\n');
    const unnamed = io();
    expect(await runImport(['unnamed.txt', '-o', 'unnamed.json'], unnamed.io)).toBe(0);
    expect(unnamed.out.join('')).toMatch(/Organisation: Organisation name not found/);
    expect(unnamed.out.join('')).toMatch(/calls the controller "the Surgery" without giving its name/);
  });

  it('imports a notice and its Welsh translation into one config, and refuses a --base-url that is not http(s)', async () => {
    writeFileSync(join(dir, 'notice-cy.txt'), 'Hysbysiad Preifatrwydd\n\nPwy ydym ni\n\nMae Meddygfa’r Bont yn Rheolydd Data ar gyfer eich cofnodion chi.\n');
    const { out, io: cli } = io();
    expect(await runImport(['notice-cy.txt', 'surgery.txt', '-o', 'pair.json'], cli)).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'pair.json'), 'utf8'));
    expect(written.notice.title).toBe('Surgery Privacy Notice');
    expect(written.translations.cy.notice.title).toBe('Hysbysiad Preifatrwydd');
    expect(out.join('')).toMatch(/Imported notice-cy\.txt \+ surgery\.txt/);
    expect(out.join('')).toMatch(/Language: English \(en-GB\), with Welsh \(cy\) in "translations"/);
    const bad = io();
    expect(await runImport(['surgery.txt', '--base-url', 'javascript:alert(1)'], bad.io)).toBe(2);
    expect(bad.err.join('')).toMatch(/--base-url must be an https: or http: address/);
    const three = io();
    expect(await runImport(['surgery.txt', 'surgery.txt', 'surgery.txt'], three.io)).toBe(2);
  });

  it('exits 1 when the document had no headings (a minimal config was written)', async () => {
    writeFileSync(join(dir, 'flat.txt'), 'We keep your booking details for one year and then delete them from our systems.\n');
    const { io: cli } = io();
    expect(await runImport(['flat.txt'], cli)).toBe(1);
    expect(existsSync(join(dir, 'flat.json'))).toBe(true);
  });
});

describe('a PDF', () => {
  it('is refused with a message saying how to convert it, whatever its name', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    for (const name of ['notice.pdf', 'notice.txt']) {
      expect(() => detectFormat(name, pdf)).toThrow(/is a PDF.*copy it into a \.txt file/);
    }
  });
});
