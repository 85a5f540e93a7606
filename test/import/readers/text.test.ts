import { describe, expect, it } from 'vitest';
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';
import { isLabelValue, looksLikeHeading, splitDefinition, textToTree } from '../../../src/import/readers/text.js';
import { importNotice } from '../../../src/import/import-notice.js';

const kinds = (blocks: DocBlock[]) => blocks.map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind));

describe('plain-text headings', () => {
  it('reads a short standalone line followed by body as a heading, the first as the title', () => {
    const tree = textToTree('Riverside Surgery Privacy Notice\n\nWho we are\n\nWe are a GP practice in Leeds and we look after your records.\n');
    expect(kinds(tree.blocks)).toEqual(['h1', 'h2', 'paragraph']);
    expect(blockText(tree.blocks[1]!)).toBe('Who we are');
  });

  it('never takes a cookie\'s name, a dash and what it does for a heading ("ASP.NET_SessionId - keeps your session, deleted when you close your browser")', () => {
    const tree = textToTree('Cookie policy\n\nNecessary cookies\n\nThese are needed for the site to work.\n\nASP.NET_SessionId - keeps your session, deleted when you close your browser\n\n__RequestVerificationToken - stops attacks on forms, session\n\nAnalytics cookies\n\nWe use Google Analytics.\n');
    expect(tree.blocks.filter((b) => b.kind === 'heading').map((b) => blockText(b))).toEqual(['Cookie policy', 'Necessary cookies', 'Analytics cookies']);
  });

  it('accepts a question mark and a full stop on a title-like line, never on a sentence', () => {
    expect(looksLikeHeading('What are your rights?')).toBe(true);
    expect(looksLikeHeading('How we use your information.')).toBe(true);
    expect(looksLikeHeading('Parking Services Team.')).toBe(true);
    expect(looksLikeHeading('How do we use your information and who do we share it with?')).toBe(true);
    expect(looksLikeHeading('We do not sell your data.')).toBe(false);
    expect(looksLikeHeading('Contact us:')).toBe(false);
    expect(looksLikeHeading('Email dpo@example.nhs.uk')).toBe(false);
    expect(looksLikeHeading('This line is far too long to be a heading because it runs on and on for many words')).toBe(false);
  });

  it('keeps a short line straight after a heading as body ("Not applicable.")', () => {
    const tree = textToTree('Council Tax Privacy Notice\n\nData processors\nNot applicable\n\nYour rights\n\nYou can ask for a copy of your information at any time.\n');
    expect(kinds(tree.blocks)).toEqual(['h1', 'h2', 'paragraph', 'h2', 'paragraph']);
  });

  it('removes a tab prefix without losing the heading', () => {
    const tree = textToTree('Title\n\tOur role\n\n\tThe council is the data controller for the information it holds about you.\n');
    expect(kinds(tree.blocks)).toEqual(['h1', 'h2', 'paragraph']);
    expect(blockText(tree.blocks[2]!)).toBe('The council is the data controller for the information it holds about you.');
  });

  it('reads numbered lines followed by body ("1. Who we are") as headings, keeping the numbers', () => {
    const tree = textToTree('Council Privacy Notice\n\n1. Who we are\n\nThe council runs the library service for the county.\n\n2. What we collect\n\nWe collect:\n- your name\n- your address\n');
    expect(kinds(tree.blocks)).toEqual(['h1', 'h2', 'paragraph', 'h2', 'paragraph', 'list']);
    expect(blockText(tree.blocks[3]!)).toBe('2. What we collect');
  });

  it('reads a short title-case line ending in ":" before a paragraph as a heading, but not an intro before a list', () => {
    const tree = textToTree('Parish Council Privacy Notice\n\nYour Rights:\n\nYou can ask for a copy of your information at any time by writing to the clerk.\n\nExamples of this are:\n\n- the police\n- the courts\n');
    expect(kinds(tree.blocks)).toEqual(['h1', 'h2', 'paragraph', 'paragraph', 'list']);
  });

  it('keeps a numbered list of steps a list', () => {
    const tree = textToTree('To ask for your records:\n\n1. Fill in the form\n2. Send it to us\n3. Wait for our reply\n');
    expect(kinds(tree.blocks)).toEqual(['paragraph', 'list']);
  });

  it('does not read a date line ("Last updated: 12 March 2024") as a heading', () => {
    const tree = textToTree('Privacy Notice\n\nLast updated: 12 March 2024\n\nWho we are\n\nWe are the county council and we run adult social care.\n');
    expect(kinds(tree.blocks)).toEqual(['h1', 'paragraph', 'h2', 'paragraph']);
  });

  it('makes no heading at all from text that has none', () => {
    const tree = textToTree('We hold your name and address so that we can send you letters about your care, and we keep them for eight years.\n');
    expect(kinds(tree.blocks)).toEqual(['paragraph']);
  });
});

describe('plain-text lists', () => {
  it('reads bullet glyphs (- • · * ▪) as one list, blank lines and mixed glyphs allowed', () => {
    const tree = textToTree('We share with:\n\n• the police\n\n\n- social services\n· your GP\n* the courts\n▪ the coroner\n');
    const list = tree.blocks[1]!;
    expect(list.kind).toBe('list');
    expect(list.kind === 'list' && list.items.length).toBe(5);
  });

  it('reads numbering as an ordered list and nests deeper indentation', () => {
    const tree = textToTree('Steps:\n1. Ask us\n    a) by email\n    b) by post\n2. Wait one month\n');
    const list = tree.blocks[1]!;
    if (list.kind !== 'list') throw new Error('expected a list');
    expect(list.ordered).toBe(true);
    expect(list.items).toHaveLength(2);
    const nested = list.items[0]!.children[0]!;
    expect(nested.kind === 'list' && nested.items.length).toBe(2);
  });

  it('joins a hard-wrapped item continued on indented lines', () => {
    const tree = textToTree('- research bodies who carry out evaluation. Your data\n  is only shared with approval\n  of the Caldicott Guardian\n- funders\n');
    const list = tree.blocks[0]!;
    if (list.kind !== 'list') throw new Error('expected a list');
    expect(list.items.map((i) => blockText({ kind: 'paragraph', content: i.content }))).toEqual([
      'research bodies who carry out evaluation. Your data is only shared with approval of the Caldicott Guardian',
      'funders',
    ]);
    expect(tree.notes.some((n) => /broken line/.test(n.text))).toBe(true);
  });

  it('joins a sentence broken by a page break (blank lines, then lower case)', () => {
    const tree = textToTree('Paper records are destroyed by a contractor who will shred them on\n\n\n\nour premises.\n');
    expect(blockText(tree.blocks[0]!)).toBe('Paper records are destroyed by a contractor who will shred them on our premises.');
  });

  it('restores bullets lost after an intro ending in ":" when the lines share a first word, nesting marked lines', () => {
    const text = 'The records team:\nWill keep your file up to date. We use it to:\n· book appointments\n· send reminders\nWill keep your file secure.\nWill delete it when no longer needed.\n';
    const tree = textToTree(text);
    expect(kinds(tree.blocks)).toEqual(['paragraph', 'list']);
    const list = tree.blocks[1]!;
    if (list.kind !== 'list') throw new Error('expected a list');
    expect(list.items).toHaveLength(3);
    expect(list.items[0]!.children[0]!.kind).toBe('list');
  });

  it('groups "Label:" lines each followed by bullets into one list with nested items', () => {
    const tree = textToTree('Care Act 2014:\n· section 42\nChildren Act 1989:\n· section 17\n· section 47\n');
    const list = tree.blocks[0]!;
    if (list.kind !== 'list') throw new Error('expected a list');
    expect(list.items.map((i) => blockText({ kind: 'paragraph', content: i.content }))).toEqual(['Care Act 2014:', 'Children Act 1989:']);
  });

  it('reads short lines after an intro ending in ":" as an implicit list', () => {
    const tree = textToTree('We work with:\n\nLeeds City Council – www.leeds.gov.uk\n\nWest Yorkshire Police\n\nAge UK Leeds - www.ageuk.org.uk\n\nWe never sell your information to anyone, for any reason at all.\n');
    expect(kinds(tree.blocks)).toEqual(['paragraph', 'list', 'paragraph']);
  });

  it('does not take a contact line with a phone number into an implicit list', () => {
    const tree = textToTree('Contact the ICO:\n\nhttps://ico.org.uk/make-a-complaint/ or call 0303 123 1113\n\nOur contacts\n\nThe DPO can be reached at dpo@example.org.uk for any question about this notice.\n');
    expect(kinds(tree.blocks)).toEqual(['paragraph', 'paragraph', 'h2', 'paragraph']);
  });
});

describe('plain-text definitions, labels and addresses', () => {
  it('reads three or more "Term – explanation" lines as a definition list', () => {
    const tree = textToTree('Right of access – ask for a copy\n\nRight to rectification – have mistakes corrected\n\nRight to erasure – ask us to delete it\n');
    const dl = tree.blocks[0]!;
    expect(dl.kind).toBe('dl');
    if (dl.kind === 'dl') expect(dl.items[1]!.separator).toBe(' – ');
  });

  it('splits "Label - value" only when the value is a phone, email, address or person', () => {
    expect(isLabelValue('Telephone - 01206 833000')).toBe(true);
    expect(isLabelValue('Email - info@example.org.uk')).toBe(true);
    expect(isLabelValue('Caldicott Guardian - Priya Shah')).toBe(true);
    expect(isLabelValue('Right of access - ask for a copy')).toBe(false);
    expect(splitDefinition('659 – 662 The Crescent')).toBeUndefined();
  });

  it('keeps an address (short lines ending in a postcode) as separate lines', () => {
    const tree = textToTree('Write to us:\n\nInformation Governance\nCounty Hall\nMarket Road\nChelmsford\nCM1 1QH\n');
    expect(tree.blocks.filter((b) => b.kind === 'paragraph' && b.line)).toHaveLength(5);
  });

  it('keeps a contact block (name, then "Email: …") as lines, not a heading or a list', () => {
    const tree = textToTree('Contact:\n\nPatient Advice and Liaison Service\nEmail: pals@example.nhs.uk\n');
    expect(kinds(tree.blocks)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(tree.blocks.slice(1).every((b) => b.kind === 'paragraph' && b.line)).toBe(true);
  });

  it('reads **bold** copied from Word as strong', () => {
    const tree = textToTree('We rely on **Public Task** for this.\n');
    const p = tree.blocks[0]!;
    expect(p.kind === 'paragraph' && p.content).toEqual(['We rely on ', { strong: ['Public Task'] }, ' for this.']);
  });
});

describe('text extracted from a PDF', () => {
  const page = (n: number, body: string) => `OFFICIAL\n${body}\nHospice Privacy Notice v2.1                          Page ${n}\nOFFICIAL\n\n`;
  const pdf =
    page(1, 'Hospice Privacy Notice\n\nWHO WE ARE\nThe hospice is a registered charity that provides specialist palliative care to\nadults in the county. The hospice is the data controller for the personal data we\nhold about patients, families and the supporters who help to fund our care.') +
    page(2, 'YOUR RIGHTS\nYou can ask for a copy of the information we hold about you, and ask us to correct\nit if it is wrong. We will reply within one month of receiving your request, and\nExplain any reason we cannot do what you ask.') +
    page(3, 'COMPLAINTS\nYou can complain to the Information Commissioner if you are unhappy with how we\nhave used your information or how we have answered a request you made to us.');

  it('removes running headers, footers, page numbers and protective markings repeated on every page', () => {
    const tree = textToTree(pdf);
    const text = tree.blocks.map(blockText).join('\n');
    expect(text).not.toMatch(/OFFICIAL|Page \d/);
    expect(tree.notes.map((n) => n.text).join(' ')).toMatch(/9 running header, footer or page-number lines/);
  });

  it('joins lines wrapped at a fixed width, whatever letter the next line starts with, but not into a capitalised heading', () => {
    const tree = textToTree(pdf);
    expect(kinds(tree.blocks)).toEqual(['h1', 'h2', 'paragraph', 'h2', 'paragraph', 'h2', 'paragraph']);
    expect(blockText(tree.blocks[4]!)).toMatch(/receiving your request, and Explain any reason/);
  });
});

describe('plain-text debris', () => {
  it('removes zero-width characters, soft hyphens, bookmarks, field codes and page breaks, and says so', () => {
    const tree = textToTree('Your rights\u200B\n\nYou can ask for a co\u00ADpy [bookmark: _Toc123]{ PAGEREF _Toc1 \\h } of your data\u00A0at any time.\fPage 2 of 9\n');
    expect(blockText(tree.blocks[1]!)).toBe('You can ask for a copy of your data at any time.');
    expect(tree.notes.find((n) => n.kind === 'artefact')?.text).toMatch(/zero-width/);
    for (const word of ['soft hyphen', 'bookmark', 'field code', 'page break', 'page-number']) expect(tree.notes[0]!.text).toContain(word);
  });

  it('removes what an image link cut at the start of the copy leaves (".jpg)"), so the title after it is the title', () => {
    const tree = textToTree('.jpg)\nPolisi Preifatrwydd\nMae’r polisi preifatrwydd hwn yn nodi sut mae’r Brifysgol yn defnyddio eich data personol ac yn ei ddiogelu.\n');
    expect(tree.blocks.map(blockText)[0]).toBe('Polisi Preifatrwydd');
    expect(tree.blocks[0]!.kind === 'heading' && tree.blocks[0]!.level).toBe(1);
    expect(tree.notes[0]!.text).toMatch(/image link/);
    expect(textToTree('See the map (banner.png)\n').blocks.map(blockText)).toEqual(['See the map (banner.png)']);
  });
});

describe('a notice pasted as one line', () => {
  // A line of a site's furniture ("beta This is a new service …", "Hepgor gwe-lywio", "Cookie
  // Consent by …") opening a copy with no line breaks: the line is the whole notice, not furniture.
  const body = 'Who we are Anytown Council is the data controller for the personal information you give us when you apply for a licence. Why we need it We use your information to decide your application, to enforce the conditions of your licence and to keep the public register that the law requires. How long we keep it We keep your application for six years after your licence ends and then delete it securely. Your rights You can ask for a copy of your information.';
  for (const opening of ['beta This is a new service – your feedback will help us to improve it.', 'Cookie Consent by Privacy Policies Generator website', 'Hepgor gwe-lywio Bydd eich adborth yn ein helpu i wella\'r wefan hon.', 'Try out and test our new website!']) {
    it(`keeps the notice after "${opening}"`, async () => {
      const tree = textToTree(`${opening} ${body}\n`);
      expect(tree.blocks.map(blockText).join(' ')).toContain('We keep your application for six years');
      const { config } = await importNotice('one-line.txt', new TextEncoder().encode(`${opening} ${body}`), { today: new Date('2026-12-07') });
      expect(JSON.stringify(config.notice.sections)).toContain('Anytown Council is the data controller');
    });
  }
  it('still drops the same furniture as a short line of its own', () => {
    const tree = textToTree(`beta This is a new service – your feedback will help us to improve it.\n\nLicensing privacy notice\n\n${body}\n`);
    expect(tree.blocks.map(blockText).join(' ')).not.toContain('feedback');
  });
});

describe('plain-text structure seen in batch 16d (invented texts)', () => {
  it('reads a numbered question over a paragraph, and a short numbered heading ending in a full stop', () => {
    const tree = textToTree('Privacy Notice\n\n1. Why do we handle personal data?\n\nWe handle personal data for two broad purposes, set out in the list below this paragraph.\n\n2. Our lawful basis for processing data.\n\nThe law allows personal data to be processed under one of six conditions, and we rely on one.\n');
    expect(tree.blocks.filter((b) => b.kind === 'heading').map(blockText)).toEqual(['Privacy Notice', '1. Why do we handle personal data?', '2. Our lawful basis for processing data.']);
  });

  it('takes no heading from a titled person and their post, a value after "are:", a citation after an intro, or an address line in a contact block', () => {
    expect(looksLikeHeading('Mrs J Jones – Northfield Primary School')).toBe(false);
    expect(looksLikeHeading('Our data protection officers are: Mr S Smith – Northfield High School')).toBe(false);
    const tree = textToTree('Survey notice\n\nData Controller Name: Department of Health\nResearch Branch\n\nCastle Buildings\n\nTelephone: 028 9052 0500\n\nOur lawful basis\n\nWe consider that the processing of this information is necessary as part of our public task:\n\nGDPR Article 6 1(e) (public task)\n\nThe department employs an agency to collect the survey data on its behalf and passes it on.\n');
    expect(tree.blocks.filter((b) => b.kind === 'heading').map(blockText)).toEqual(['Survey notice', 'Our lawful basis']);
  });

  it('takes the title under a site name line in two languages and a language switcher, and a heading with a bare domain', () => {
    const tree = textToTree('Skip to content\n\nCyngor Sir Dyffryn - Valley County Council\n\nEnglishCymraeg\n\nHysbysiad preifatrwydd: Gwasanaethau Hamdden\n\nMae’r hysbysiad hwn yn rhoi gwybodaeth i chi ynglŷn â’r data yr ydym yn ei gadw amdanoch a sut yr ydym yn ei ddefnyddio.\n');
    expect(tree.blocks.find((b) => b.kind === 'heading' && b.level === 1) && blockText(tree.blocks.find((b) => b.kind === 'heading' && b.level === 1)!)).toBe('Hysbysiad preifatrwydd: Gwasanaethau Hamdden');
    expect(looksLikeHeading('Cookies on example.gov.uk')).toBe(true);
    expect(looksLikeHeading('Email dpo@example.gov.uk')).toBe(false);
  });
});
