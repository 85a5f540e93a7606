/**
 * The second pass on small invented notices: what is filled, what is linked, and which notes
 * are left for the reviewer. None of these texts comes from the three real notices.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Bookmark, Document, HeadingLevel, InternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { expansionBefore } from '../../src/import/facts/glossary.js';
import { rightKind } from '../../src/import/facts/rights.js';
import { importNotice, type ImportResult } from '../../src/import/import-notice.js';
import { findArt6, findArt9, findLegislation, findSchedule1 } from '../../src/import/facts/legal.js';
import { nameSlips } from '../../src/import/facts/slips.js';
import type { Inline, Notice } from '../../src/config/notice-model.js';

const enc = (s: string) => new TextEncoder().encode(s);
const load = (text: string, name = 'notice.txt', options = {}): Promise<ImportResult> => importNotice(name, enc(text), { today: new Date('2026-11-23'), ...options });
const notesOf = (notice: Notice, kind?: string) => (notice.importNotes ?? []).filter((n) => !kind || n.kind === kind).map((n) => n.text);

/** Every inline run in the notice's sections, flattened. */
function runs(notice: Notice): Inline[] {
  const out: Inline[] = [];
  const text = (t: unknown) => {
    if (Array.isArray(t)) for (const r of t as Inline[]) {
      out.push(r);
      if (typeof r === 'object' && r && 'strong' in r) text(r.strong);
    }
  };
  const blocks = (bs: unknown[]) => {
    for (const b of bs as Record<string, unknown>[]) {
      if ('p' in b) text(b.p);
      if ('list' in b) for (const item of b.list as { text: unknown; children?: unknown[] }[]) {
        text(item.text);
        blocks(item.children ?? []);
      }
    }
  };
  for (const s of notice.sections) blocks(s.blocks);
  return out;
}

/** An invented GP notice that says everything a notice must (shared with the import demo's page test). */
const GP = readFileSync(fileURLToPath(new URL('../fixtures/import/riverside-gp.txt', import.meta.url)), 'utf8');

describe('structured facts from an invented GP notice', () => {
  it('reads the controller and marks a GP practice as a public authority, with notes', async () => {
    const { config } = await load(GP);
    expect(config.organisation).toMatchObject({ name: 'Riverside Surgery', publicAuthority: true });
    expect(config.notice.controllers).toEqual([{ party: config.organisation.id, role: 'controller' }]);
    expect(notesOf(config.notice, 'inferred').join(' ')).toMatch(/controller "Riverside Surgery"/);
  });

  it('builds contact cards: the DPO with name, email and phone; the postal address', async () => {
    const { config } = await load(GP);
    const dpo = config.notice.contacts.find((c) => c.role === 'dpo');
    expect(dpo).toMatchObject({ person: 'Priya Shah', emails: ['dpo.riverside@nhs.net'], phones: [{ number: '0113 496 0000' }] });
    const post = config.notice.contacts.find((c) => c.address);
    expect(post?.address).toEqual({ lines: ['Riverside Surgery', '1 River Street', 'Leeds'], postcode: 'LS1 4AB' });
    // The ICO's own details are the built-in card, not one of the organisation's contacts.
    expect(config.notice.contacts.some((c) => c.phones?.some((p) => p.number === '0303 123 1113'))).toBe(false);
  });

  it('reads Article 6 and 9 letters and Schedule 1 conditions into one basis, and the Acts cited', async () => {
    const { config } = await load(GP);
    expect(config.notice.bases).toHaveLength(1);
    expect(config.notice.bases[0]).toMatchObject({ art6: 'e', art9: ['h'], dpaSchedule1: [{ part: 1, para: 2, title: 'Health or social care purposes' }] });
    expect(config.notice.legislation).toEqual(expect.arrayContaining([
      expect.objectContaining({ title: 'Health and Social Care Act 2012', section: '251', kind: 'act' }),
      expect.objectContaining({ title: 'Records Management Code of Practice 2021', kind: 'code' }),
    ]));
  });

  it('reads the purposes listed after "We use your information to:" and links them to the only basis', async () => {
    const { config } = await load(GP);
    expect(config.notice.purposes.map((p) => [p.label, p.bases])).toEqual([
      ['book your appointments', ['public-task']],
      ['send you reminders', ['public-task']],
    ]);
  });

  it('reads a retention period with its starting point', async () => {
    const { config } = await load(GP);
    expect(config.notice.retention).toEqual([expect.objectContaining({ period: { years: 10, from: "the patient's death, in line with the Records Management Code of Practice 2021" } })]);
  });

  it('recognises rights, automated decisions, transfers and the ICO complaint route', async () => {
    const { config } = await load(GP);
    expect(config.notice.rights.items.map((r) => r.kind)).toEqual(['access', 'rectification', 'object']);
    expect(config.notice.adm.used).toBe(false);
    expect(config.notice.transfers.outsideUk).toBe('no');
    expect(config.notice.complaints).toMatchObject({ regulator: 'ico' });
  });

  it('types emails, phones and web addresses in the text, keeping them as written', async () => {
    const { config } = await load(GP);
    const typed = runs(config.notice).filter((r) => typeof r === 'object');
    expect(typed).toEqual(expect.arrayContaining([
      { email: 'dpo.riverside@nhs.net' },
      { phone: '0113 496 0000' },
      { link: ['https://ico.org.uk/make-a-complaint/'], href: 'https://ico.org.uk/make-a-complaint/' },
    ]));
  });

  it('notes nothing as missing when the notice says everything', async () => {
    const { config } = await load(GP);
    expect(notesOf(config.notice, 'missing-content')).toEqual([]);
  });
});

describe('facts written in other common ways', () => {
  const COUNCIL = `Adult Social Care Privacy Notice

Last updated: 3 February 2025

Who we are

Westshire Council is the data controller. You can contact our Data Protection Officer by writing to: Data Protection Officer, County Hall, Westshire, WS1 2AB.

Why we use your information

We use your information to assess your care needs and arrange services.

Complaints

You can complain to the Information Commissioner:

Information Commissioner's Office
Wycliffe House
Water Lane
Wilmslow
SK9 5AF
`;

  it('sets lastUpdated from a date line near the top, with a note', async () => {
    const { config } = await load(COUNCIL);
    expect(config.notice.lastUpdated).toBe('2025-02-03');
    expect(notesOf(config.notice, 'inferred').join(' ')).toMatch(/"Last updated" set to 2025-02-03/);
  });

  it('reads a postal address introduced by "writing to:" into the card of the role named before it', async () => {
    const { config } = await load(COUNCIL);
    expect(config.notice.contacts.find((c) => c.role === 'dpo')?.address).toEqual({ lines: ['Data Protection Officer', 'County Hall', 'Westshire'], postcode: 'WS1 2AB' });
  });

  it("does not make a card of the ICO's own address: the built-in ICO card carries it", async () => {
    const { config } = await load(COUNCIL);
    expect(config.notice.contacts.some((c) => c.address?.postcode === 'SK9 5AF')).toBe(false);
    expect(config.notice.complaints?.regulator).toBe('ico');
  });

  it('reads a purpose from "We use your information to …" in a section about purposes', async () => {
    const { config } = await load(COUNCIL);
    expect(config.notice.purposes.map((p) => p.label)).toEqual(['assess your care needs and arrange services']);
  });
});

describe('structure from HTML and Word', () => {
  it('takes a bold first line before the first heading as the title, and gives unmatched sub-sections their parent\'s topic', async () => {
    const html = '<p><strong>Northfield Trust – Patient Privacy Notice</strong></p><h2>How we use your information</h2><h3>Direct care</h3><p>We use your records to care for you.</p>';
    const { config } = await load(html, 'notice.html');
    expect(config.notice.title).toBe('Northfield Trust – Patient Privacy Notice');
    expect(config.notice.intro).toBeUndefined();
    expect(config.notice.sections[0]!.sub?.[0]).toMatchObject({ heading: 'Direct care', topic: 'purposes' });
    // The notice's own name is not "a document named without a link".
    expect(notesOf(config.notice, 'missing-url')).toEqual([]);
  });

  it('reads "You have the right to …" paragraphs and a National Data Opt-Out statement anywhere', async () => {
    const html = '<h1>Notice</h1><h2>Your rights</h2><p>You have the right to access your records: ask at reception.</p><h2>Other</h2><p>National data opt-out: we comply with the national data opt-out policy.</p>';
    const { config } = await load(html, 'notice.html');
    expect(config.notice.rights.items).toEqual([{ kind: 'access', label: 'You have the right to access your records: ask at reception.' }]);
    expect(config.notice.ndoo).toMatchObject({ applies: 'yes' });
  });

  it('reads short bold lines as headings in a document that has no heading styles', async () => {
    const md = '**Greenfield Trust Privacy Policy**\n\n**Who we are**\n\nGreenfield Trust is the data controller for your information.\n\n**Contact us**\n\nEmail privacy@greenfield.org.uk with any questions.\n';
    const { config } = await load(md, 'policy.md');
    expect(config.notice.title).toBe('Greenfield Trust Privacy Policy');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Who we are', 'Contact us']);
    expect(notesOf(config.notice, 'inferred').join(' ')).toMatch(/does not use heading styles/);
  });

  it('keeps bold lines as text when the document has real headings', async () => {
    const md = '# Policy\n\n## Who we are\n\n**Important**\n\nGreenfield Trust is the data controller for your information.\n\n## Contact\n\nEmail us.\n';
    const { config } = await load(md, 'policy.md');
    expect(config.notice.sections.map((s) => s.heading)).toEqual(['Who we are', 'Contact']);
  });

  it('reads every right a sentence in a rights section names', async () => {
    const { config } = await load('Notice\n\nYour rights\n\nYou have the right to ask for a copy of your information, to have it corrected, and to object to our use of it. Contact us to make a request at any time.\n');
    expect(config.notice.rights.items.map((r) => r.kind).sort()).toEqual(['access', 'object', 'rectification']);
  });

  it('turns a Word link to a heading\'s bookmark into a cross-reference, and notes one to nowhere', async () => {
    const doc = new Document({ sections: [{ children: [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Notice')] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sharing')] }),
      new Paragraph({ children: [new TextRun('See '), new InternalHyperlink({ anchor: '_Toc9', children: [new TextRun('Your rights')] }), new TextRun(' and '), new InternalHyperlink({ anchor: '_Toc7', children: [new TextRun('Appendix B')] }), new TextRun('.')] }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new Bookmark({ id: '_Toc9', children: [new TextRun('Your rights')] })] }),
      new Paragraph('You can ask for a copy of your records.'),
    ] }] });
    const { config } = await importNotice('notice.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(config.notice.sections[0]!.blocks).toEqual([{ p: ['See ', { xref: 'your-rights', text: 'Your rights' }, ' and Appendix B.'] }]);
    expect(notesOf(config.notice, 'broken-xref').join(' ')).toMatch(/"Appendix B" pointed to a place in the document/);
    expect(config.notice.rights.items).toEqual([{ kind: 'access', label: 'You can ask for a copy of your records.' }]);
  });

  it('reads contacts and bases from table rows (role, name and email in separate cells)', async () => {
    const md = '# Notice\n\n## Contacts\n\n| Role | Name | Email |\n| --- | --- | --- |\n| Data Protection Officer | Ann Lee | dpo@trust.nhs.uk |\n\n## Lawful basis\n\n| Purpose | Basis |\n| --- | --- |\n| Direct care | Article 6(1)(e) and Article 9(2)(h) |\n';
    const { config } = await load(md, 'notice.md');
    expect(config.notice.contacts).toEqual([{ id: 'dpo', role: 'dpo', person: 'Ann Lee', emails: ['dpo@trust.nhs.uk'] }]);
    expect(config.notice.bases).toEqual([expect.objectContaining({ art6: 'e', art9: ['h'] })]);
  });

  it('reads a table of retention periods', async () => {
    const html = '<h1>Notice</h1><h2>How long we keep records</h2><table><tr><th>Record</th><th>Kept</th></tr><tr><td>GP record</td><td>10 years after death</td></tr></table>';
    const { config } = await load(html, 'notice.html');
    expect(config.notice.sections[0]!.blocks).toEqual([{ table: { head: ['Record', 'Kept'], rows: [['GP record', '10 years after death']] } }]);
    expect(config.notice.retention).toEqual([expect.objectContaining({ period: { years: 10, from: 'death' } })]);
  });
});

describe('gaps, suspicious text and references', () => {
  it('lists what a compliance check would flag as missing', async () => {
    const { config } = await load('Leaflet\n\nAbout us\n\nWe are a small charity that runs lunch clubs for older people in the town.\n');
    const missing = notesOf(config.notice, 'missing-content').join(' ');
    for (const gap of ['Data Protection Officer', 'lawful basis', 'how long data is kept', 'complain to the ICO', 'transfers outside the UK', 'automated decision-making']) {
      expect(missing).toContain(gap);
    }
  });

  it('links "see \'X\'" to the section X, fuzzy-matches an inexact heading, and notes a reference to no section', async () => {
    const text = 'Notice\n\nHow we share data\n\nWe share data with partners. See \'Contact us\' for questions. See \'Sharing data\' too. See \'Opting out of research\' for more.\n\nContact us\n\nWrite to the office at any time about any of these matters.\n';
    const { config } = await load(text);
    const xrefs = runs(config.notice).filter((r): r is { xref: string; text?: string } => typeof r === 'object' && 'xref' in r);
    expect(xrefs).toEqual([{ xref: 'contact-us', text: 'Contact us' }, { xref: 'how-we-share-data', text: 'Sharing data' }]);
    expect(notesOf(config.notice, 'inferred').join(' ')).toMatch(/"Sharing data" does not match a heading exactly/);
    expect(notesOf(config.notice, 'broken-xref').join(' ')).toMatch(/"Opting out of research" names no section/);
  });

  it('turns a marker after a word and the later line starting with it into a footnote', async () => {
    const text = 'Notice\n\nHow we contact you\n\nWe may contact you by:\n\n- post\n- text message†\n\n†Text messages are sent from a number that cannot receive replies.\n';
    const { config } = await load(text);
    expect(config.notice.footnotes).toEqual([{ id: 'footnote-1', marker: '†', body: [{ p: 'Text messages are sent from a number that cannot receive replies.' }] }]);
    expect(runs(config.notice)).toContainEqual({ fn: 'footnote-1' });
    expect(config.notice.sections[0]!.blocks).toContainEqual({ show: 'footnotes', ids: ['footnote-1'] });
  });

  it('flags an odd domain for a well-known body, and a .uk address with no second level', async () => {
    const { config } = await load('Notice\n\nComplaints\n\nYou can complain to the Information Commissioner at www.ico.uk or visit www.example.uk for more.\n');
    const errors = notesOf(config.notice, 'possible-error').join(' ');
    expect(errors).toMatch(/"www\.ico\.uk" is not the address of the body named beside it \(ico\.org\.uk\)/);
  });

  it('flags the name of a UK body with one word different, a doubled word and a missing verb', async () => {
    expect(nameSlips('shared with the Department for Work of Pensions today')).toEqual([{ written: 'Department for Work of Pensions', known: 'Department for Work and Pensions' }]);
    expect(nameSlips('the Department for Education')).toEqual([]);
    const { config } = await load('Notice\n\nSharing\n\nWe share it with the the council. If you not agree, tell us and we will stop sharing it straight away.\n');
    const errors = notesOf(config.notice, 'possible-error').join(' ');
    expect(errors).toMatch(/"the the": a word is repeated/);
    expect(errors).toMatch(/"If you not agree"/);
  });

  it('notes a link whose target was lost and a document named without a link', async () => {
    const { config } = await load('<h1>Notice</h1><h2>Forms</h2><p>Use the <a>Access Request Form</a> or the Carers Consent Form to ask.</p>', 'notice.html');
    expect(notesOf(config.notice, 'missing-url').join(' ')).toMatch(/"Access Request Form" had no target/);
    expect(notesOf(config.notice, 'missing-url').join(' ')).toMatch(/Named without a link: "Carers Consent Form"/);
  });

  it('flags an Act cited with a year it never had', async () => {
    const { config } = await load('Notice\n\nLegal basis\n\nWe rely on Article 6(1)(c) and the Care Act 2016, section 42, to share safeguarding concerns.\n');
    expect(notesOf(config.notice, 'possible-error').join(' ')).toMatch(/"Care Act 2016": no Act of that name has that year \(perhaps the Care Act 2014\?\)/);
  });

  it('adds acronyms the notice defines to the glossary, not those the built-in glossary explains', async () => {
    const { config } = await load('Notice\n\nAbout\n\nThe Multi Agency Safeguarding Hub (MASH) and our Data Protection Officer (DPO) work together. MASH meets weekly.\n');
    expect(config.notice.glossary).toEqual([{ id: 'term-mash', term: 'Multi Agency Safeguarding Hub', abbr: 'MASH', definition: 'Multi Agency Safeguarding Hub', from: 'notice' }]);
  });

  it('links a bold phrase naming a built-in glossary term', async () => {
    const { config } = await load('Notice\n\nAbout\n\nThe council is the **data controller** for this service and decides how it is run.\n');
    expect(runs(config.notice)).toContainEqual({ strong: [{ term: 'data-controller', text: 'data controller' }] });
  });

  it('reads "Name – www.address" lines in a sharing section as recipients with their web address', async () => {
    const { config } = await load('Notice\n\nWho we share with\n\nWe share with:\n\nLeeds City Council – www.leeds.gov.uk\n\nWest Yorkshire Police - www.westyorkshire.police.uk\n');
    expect(config.notice.parties.filter((p) => p.roles.includes('recipient')).map((p) => [p.name, p.url])).toEqual([
      ['Leeds City Council', 'https://www.leeds.gov.uk'],
      ['West Yorkshire Police', 'https://www.westyorkshire.police.uk'],
    ]);
  });

  it('reads a block of short lines (role, name, email, phone) as one card, and the next block as another', async () => {
    const text = 'Notice\n\nContact us\n\nIf you have any questions, contact:\n\nData Protection Officer\nJane Smith\nEmail: dpo@example.nhs.uk\nTel: 01234 567890\n\nCustomer Services Team\nEmail: help@example.nhs.uk\n';
    const { config } = await load(text);
    expect(config.notice.contacts).toEqual([
      { id: 'dpo', role: 'dpo', person: 'Jane Smith', emails: ['dpo@example.nhs.uk'], phones: [{ number: '01234 567890' }] },
      { id: 'complaints', role: 'complaints', emails: ['help@example.nhs.uk'] },
    ]);
  });

  it('reads "Role - Name" lines as named role holders', async () => {
    const { config } = await load('Notice\n\nContacts\n\nCaldicott Guardian - Sam Patel\n\nSenior Information Risk Owner - Alex Morgan\n\nEmail - ig@example.nhs.uk\n');
    expect(config.notice.contacts.filter((c) => c.person).map((c) => [c.role, c.person])).toEqual([
      ['caldicott-guardian', 'Sam Patel'],
      ['siro', 'Alex Morgan'],
    ]);
  });
});

describe('legal reference patterns', () => {
  it('reads Article 6 letters written as numbers or as basis names', () => {
    expect(findArt6('Article 6(1)(a) and Art. 6 (1) (f)').map((f) => f.letter)).toEqual(['a', 'f']);
    expect(findArt6('our legal basis is public task').map((f) => f.letter)).toEqual(['e']);
    expect(findArt6('as a Legal Obligation', ['Legal Obligation']).map((f) => f.letter)).toEqual(['c']);
    expect(findArt6('we need your consent')).toEqual([]);
  });

  it('reads Article 9 letters and Schedule 1 conditions, with the statutory title when none is written', () => {
    expect(findArt9('Article 9(2)(h) and Article 9 condition (g)')).toEqual(['h', 'g']);
    expect(findSchedule1('Schedule 1, Part 2, paragraph 6 applies')).toEqual([expect.objectContaining({ part: 2, para: 6, title: 'Statutory and government purposes', written: false })]);
    expect(findSchedule1('Schedule 1 Condition 10; Preventing or Detecting Unlawful Acts, when')).toEqual([expect.objectContaining({ part: 2, para: 10, title: 'Preventing or Detecting Unlawful Acts', written: true })]);
  });

  it('reads Acts with sections, codes, guidance and regulations', () => {
    const found = findLegislation('Under the Children Act 1989, section 47, the Caldicott Principles Guidance and the Privacy and Electronic Communications Regulations 2003.');
    expect(found.map((f) => [f.kind, f.title, f.section])).toEqual([
      ['act', 'Children Act 1989', '47'],
      ['guidance', 'Caldicott Principles Guidance', undefined],
      ['si', 'Privacy and Electronic Communications Regulations 2003', undefined],
    ]);
  });

  it('finds the expansion of an acronym before it', () => {
    expect(expansionBefore('we work with the Office for National Statistics', 'ONS')).toBe('Office for National Statistics');
    expect(expansionBefore('your date of birth', 'DOB')).toBe('date of birth');
    expect(expansionBefore('the UK General Data Protection Regulation', 'UK GDPR')).toBe('UK General Data Protection Regulation');
    expect(expansionBefore('the council', 'ICO')).toBeUndefined();
  });

  it('names the right a line states', () => {
    expect(rightKind('The right to erasure – delete it')).toBe('erasure');
    expect(rightKind('Portability: move your data')).toBe('portability');
    expect(rightKind('Withdraw your consent at any time')).toBe('withdraw-consent');
    expect(rightKind('We keep records safe')).toBeUndefined();
  });
});
