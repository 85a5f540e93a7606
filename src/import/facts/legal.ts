/**
 * Legal references in a notice's text: UK GDPR Article 6 and 9 letters, DPA 2018 Schedule 1
 * conditions, Acts (with sections), codes of practice, guidance and regulations.
 */
import type { LawfulBasis, LegalRef } from '../../config/notice-model.js';
import type { Segment } from '../segments.js';

/**
 * The intro of a list of what the law says a notice must tell you ("you have a right to be told:",
 * "Privacy notices should include the following information:", "You are also entitled to have
 * your personal information:"): its items ("whether it will be transferred … outside the UK",
 * "kept only for as long as it is needed") describe the duty, not what the organisation does.
 */
const DUTY_INTRO = /\b(?:(?:a |the )?right to (?:be told|know|be informed)|entitled to (?:know|be told|have)|(?:notices?|documents?|these|they) (?:should|must|will) (?:tell|explain|include|set out)|must tell you)\b[^.]*:?\s*$/i;

/** An item of a list describing what a notice must tell you (see DUTY_INTRO): no basis, retention or transfer is read from it. */
export function isNoticeDutyItem(seg: Segment): boolean {
  return seg.kind === 'item' && DUTY_INTRO.test(seg.intro ?? '');
}

/**
 * The intro of a list stating what the law requires of data ("Personal data held about you must be:",
 * "Mae'r Rheoliad yn datgan bod rhaid i ddata fod:", "bod rhaid i'r wybodaeth bersonol sydd gennym amdanoch:"): the data protection principles without the
 * word "principles". Its items ("not kept for longer than is necessary", "not transferred to
 * countries outside the European Economic Area unless …") state the law, not the practice.
 */
// The intro may end in a dash instead of a colon ("It says that organisations must make sure that information is-").
const LAW_INTRO = /\b(?:personal )?(?:data|information)\b[^.:]{0,60}\b(?:must|shall|should) be\s*[:–-]?\s*$|\b(?:states?|says?|requires?) that (?:personal )?(?:data|information)\b[^.:]{0,40}\b(?:must|shall|should)\b[^.:]{0,30}[:–-]?\s*$|\b(?:it|law|legislation|regulations?|act|GDPR)\b[^.:]{0,40}\b(?:states?|says?|requires?) that\b[^.:]{0,80}\b(?:must|shall|should)\b[^.:]{0,60}\b(?:is|are|be)\s*[:–-]?\s*$|\brhaid i (?:ddata|wybodaeth)\b[^.:]{0,40}\bfod\s*:?\s*$|\brhaid i['’]r (?:data|wybodaeth)\b[^.:]{0,60}(?:\bfod)?\s*:\s*$/i;

/** An item of a list stating what the law requires of data (see LAW_INTRO): no retention, transfer or basis is read from it. */
export function isLawStatementItem(seg: Segment): boolean {
  return seg.kind === 'item' && LAW_INTRO.test(seg.intro ?? '');
}

type Art6 = LawfulBasis['art6'];
type Art9 = NonNullable<LawfulBasis['art9']>[number];

/** "Article 6(1)(e)", "Art. 6 (1) (e)", "6(1)(e)", "UK GDPR 6(1)(e)". */
// Also "Article 6.1 c" and "Article 6.1(c)", written with dots, and "Article 6 1(e)", the paragraph
// without its brackets (after "Article", so that a bare "6 1(e)" in a list is not read).
// Square brackets too ("Erthygl 6[1][a]"). After "Article", the letter's brackets may be lost
// ("Article 6(1)e") and a comma may part the article from its paragraph ("Article 6, 1(e)"), or the
// paragraph may be left out, the letter straight after the number ("GDPR Article 6d (Vital Interests)", "Article 6(c)").
const ART6 = /(?:\bArt(?:icle|\.)?\s*)?\b6\s*[([]\s*1\s*[)\]]\s*[([]\s*([a-f])\s*[)\]]|\bArt(?:icle|\.)?\s*6(?:\.1\s*\.?\s*|\s+1\s*|\s*\(\s*1\s*\)(?=\(?[a-f]\b)|\s*,\s*1\s*(?=\())\(?([a-f])\)?(?![\w])|\bArt(?:icle|\.)?\s*6(?:\(([a-f])\)|([a-f]))(?![\w(])/gi;
/** "Article 9(2)(h)", "Article 9 condition (h)", "Art 9 (2) (a)", "Article 9 2(h)", Welsh "Erthygl 9(2)(g)". */
// The letter's opening bracket may be lost ("Erthygl 9 2 g) rhesymau …"), or both ("Article 9(2)j"),
// and a comma may part the article from its paragraph ("Article 9, 2(i)").
const ART9 = /\b(?:Art(?:icle|\.)?|Erthygl)\s*9\s*(?:\(\s*2\s*\)\s*|\s2\s*|\s*,\s*2\s*(?=\())?(?:condition\s*)?\(?\s*([a-j])\s*\)|\b(?:Art(?:icle|\.)?|Erthygl)\s*(?:9\.2\s*\.?\s*|9\s*\(\s*2\s*\)(?=\(?[a-j]\b))\(?([a-j])\)?(?![\w])/gi;
/** "Schedule 1, Condition 10; Title", "Schedule 1 Part 2 paragraph 6", "Sch 1 para 2". */
// Also "Schedule 1, Part 1(2) Health and Social Care Purposes": the paragraph in brackets after the part.
const SCHEDULE1 = /\bSch(?:edule|\.)?\s*1\s*,?\s*(?:Part\s*([123])\s*,?\s*)?(?:condition|para(?:graph)?\.?|(?<=Part\s*[123]\s*)\()\s*(\d{1,2})\b\)?\s*[;:,–-]?\s*/gi;

/** Basis names written out, with their Article 6(1) letter. */
const BASIS_NAMES: [RegExp, Art6][] = [
  [/^legitimate interests?$/i, 'f'],
  [/^public task$/i, 'e'],
  [/^(?:legal obligation|compliance with (?:a )?legal obligation)$/i, 'c'],
  [/^vital interests?$/i, 'd'],
  [/^(?:explicit )?consent$/i, 'a'],
  [/^contract$/i, 'b'],
];
const BASIS_WORDS = 'Legitimate Interests?|Public Task|Legal Obligation|Vital Interests?|Explicit Consent|Consent|Contract';
/** "lawful basis of Legitimate Interests", "rely on the lawful basis Vital Interests", "legal basis is public task". */
const BASIS_IN_WORDS = new RegExp(`\\b(?:lawful|legal) bas(?:is|es)(?: for processing)?(?: (?:of|is|as|being|known as))?:? (?:the )?(?:\\*\\*)?(${BASIS_WORDS})\\b`, 'gi');

/** DPA 2018 Schedule 1 paragraph titles (Parts 1 and 2), for conditions cited by number only. */
export const SCHEDULE1_TITLES: Record<number, string> = {
  1: 'Employment, social security and social protection',
  2: 'Health or social care purposes',
  3: 'Public health',
  4: 'Research etc',
  6: 'Statutory and government purposes',
  7: 'Administration of justice and parliamentary purposes',
  8: 'Equality of opportunity or treatment',
  9: 'Racial and ethnic diversity at senior levels of organisations',
  10: 'Preventing or detecting unlawful acts',
  11: 'Protecting the public against dishonesty etc',
  12: 'Regulatory requirements relating to unlawful acts and dishonesty etc',
  13: 'Journalism etc in connection with unlawful acts and dishonesty etc',
  14: 'Preventing fraud',
  15: 'Suspicion of terrorist financing or money laundering',
  16: 'Support for individuals with a particular disability or medical condition',
  17: 'Counselling etc',
  18: 'Safeguarding of children and of individuals at risk',
  19: 'Safeguarding of economic well-being of certain individuals',
  20: 'Insurance',
  21: 'Occupational pensions',
  22: 'Political parties',
  23: 'Elected representatives responding to requests',
  24: 'Disclosure to elected representatives',
  25: 'Informing elected representatives about prisoners',
  26: 'Publication of legal judgments',
  27: 'Anti-doping in sport',
  28: 'Standards of behaviour in sport',
};

/** Acts often cited in UK health, care and council notices, with their years: a different year is likely a slip. */
const KNOWN_ACTS: [RegExp, number[], string][] = [
  [/^(?:NHS|National Health Service) Act$/i, [1946, 1977, 2006], 'National Health Service Act 2006'],
  [/^Health and Social Care Act$/i, [2001, 2008, 2012], 'Health and Social Care Act 2012'],
  [/^Health and Care Act$/i, [2022], 'Health and Care Act 2022'],
  [/^Data Protection Act$/i, [1984, 1998, 2018], 'Data Protection Act 2018'],
  [/^Care Act$/i, [2014], 'Care Act 2014'],
  [/^Children Act$/i, [1989, 2004], 'Children Act 1989 or 2004'],
  [/^Mental Health Act$/i, [1959, 1983, 2007], 'Mental Health Act 1983'],
  [/^Mental Capacity Act$/i, [2005], 'Mental Capacity Act 2005'],
  [/^Human Rights Act$/i, [1998], 'Human Rights Act 1998'],
  [/^Freedom of Information Act$/i, [2000], 'Freedom of Information Act 2000'],
  [/^Access to Health Records Act$/i, [1990], 'Access to Health Records Act 1990'],
  [/^Crime and Disorder Act$/i, [1998], 'Crime and Disorder Act 1998'],
  [/^Equality Act$/i, [2006, 2010], 'Equality Act 2010'],
  [/^Public Records Act$/i, [1958], 'Public Records Act 1958'],
  [/^Computer Misuse Act$/i, [1990], 'Computer Misuse Act 1990'],
  [/^Children and Families Act$/i, [2014], 'Children and Families Act 2014'],
  [/^Localism Act$/i, [2011], 'Localism Act 2011'],
  [/^Digital Economy Act$/i, [2010, 2017], 'Digital Economy Act 2017'],
  [/^Coroners and Justice Act$/i, [2009], 'Coroners and Justice Act 2009'],
  [/^Counter-Terrorism and Security Act$/i, [2015], 'Counter-Terrorism and Security Act 2015'],
  [/^Statistics and Registration Service Act$/i, [2007], 'Statistics and Registration Service Act 2007'],
];

export interface Art6Found { letter: Art6; index: number; written: string }

/** Every Article 6(1) letter cited, and basis names given in words ("lawful basis of Legitimate Interests"). */
/** Word's autocorrect turns a typed "(c)" into "©": "Article 6(1)©" is 6(1)(c). Same length, so every index still holds. */
const autocorrected = (text: string) => text.replace(/(?<=\d\)?\s?)©/g, 'c');

export function findArt6(input: string, strong: string[] = []): Art6Found[] {
  const text = autocorrected(input);
  const out: Art6Found[] = [];
  for (const m of text.matchAll(ART6)) out.push({ letter: (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase() as Art6, index: m.index, written: m[0] });
  for (const { letter, index, written } of lettersListed(text, '6')) out.push({ letter: letter as Art6, index, written });
  for (const m of text.matchAll(BASIS_IN_WORDS)) {
    const letter = basisLetter(m[1]!);
    if (letter) out.push({ letter, index: m.index + m[0].length - m[1]!.length, written: m[1]! });
  }
  // A basis name the organisation set in bold ("as either a **Public Task** or …") is one it relies on.
  for (const phrase of strong) {
    const letter = basisLetter(phrase);
    if (letter && letter !== 'a' && letter !== 'b') {
      const index = text.indexOf(phrase);
      if (!out.some((f) => f.letter === letter && f.index === index)) out.push({ letter, index, written: phrase });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function basisLetter(name: string): Art6 | undefined {
  return BASIS_NAMES.find(([pattern]) => pattern.test(name.trim()))?.[1];
}

/** Article 9(2) letters cited. */
export function findArt9(input: string): Art9[] {
  const text = autocorrected(input);
  return [...[...text.matchAll(ART9)].map((m) => (m[1] ?? m[2])!.toLowerCase() as Art9), ...lettersListed(text, '9').map((l) => l.letter as Art9)];
}

/** The patterns of lettersListed for each article, built once: the run after a citation, a letter in it, the list before one. */
const LISTED_LETTERS = Object.fromEntries(
  (['6', '9'] as const).map((article) => {
    const top = article === '6' ? 'f' : 'j';
    return [
      article,
      {
        run: new RegExp(String.raw`\bArt(?:icle|\.)?\s*${article}\s*\(\s*${article === '6' ? 1 : 2}\s*\)\s+((?:[a-${top}]\)\s+[A-Z][^()]{2,120}?\s*){2,})(?=\bArt(?:icle|\.)?\s*\d|$)`, 'g'),
        letter: new RegExp(String.raw`(?:^|\s)([a-${top}])\)\s+[A-Z]`, 'g'),
        before: new RegExp(String.raw`\bconditions?\s+((?:\(?[a-${top}]\)?(?:\s*,\s*|\s+and\s+|\s*&\s*))+\(?[a-${top}]\)?)\s+of\s+(?:the\s+)?(?:UK\s+)?(?:GDPR\s*[–-]?\s*)?Art(?:icle|\.)?\s*${article}\b`, 'gi'),
        one: new RegExp(`[a-${top}]`, 'g'),
      },
    ];
  }),
) as Record<'6' | '9', { run: RegExp; letter: RegExp; before: RegExp; one: RegExp }>;

/**
 * Letters an article's citation lists after it or before it: "Article 6(1) a) Consent b) Performance of a contract c) …" (each
 * letter and its bracket opening a basis's words), "conditions a, b, c and d of GDPR – Article 9".
 */
function lettersListed(text: string, article: '6' | '9'): { letter: string; index: number; written: string }[] {
  const { run, letter, before, one } = LISTED_LETTERS[article];
  const out: { letter: string; index: number; written: string }[] = [];
  for (const m of text.matchAll(run)) for (const l of m[1]!.matchAll(letter)) out.push({ letter: l[1]!, index: m.index + m[0].indexOf(m[1]!) + l.index, written: m[0] });
  for (const m of text.matchAll(before)) for (const l of m[1]!.matchAll(one)) out.push({ letter: l[0], index: m.index, written: m[0] });
  return out;
}

/** DPA 2018 Schedule 1 conditions cited, with the title as written (or the statutory title). */
export function findSchedule1(text: string): { part: 1 | 2; para: number; title: string; written: boolean; index: number }[] {
  const out: { part: 1 | 2; para: number; title: string; written: boolean; index: number }[] = [];
  for (const m of [...text.matchAll(SCHEDULE1), ...text.matchAll(SCHEDULE1_CY)]) {
    const para = Number(m[2]);
    const part = m[1] ? Number(m[1]) : para <= 5 ? 1 : para <= 28 ? 2 : 3;
    if (part === 3) continue;
    const written = titleRun(text.slice(m.index + m[0].length));
    const known = SCHEDULE1_TITLES[para];
    const title = written ?? known;
    if (!title) continue;
    out.push({ part: part as 1 | 2, para, title, written: !!written, index: m.index });
  }
  for (const m of text.matchAll(SCHEDULE1_LIST)) {
    for (const n of m[2]!.split(/\s*(?:,|and|&)\s*/)) {
      const para = Number(n);
      const title = SCHEDULE1_TITLES[para];
      if (title && para <= 28 && !out.some((f) => f.para === para)) out.push({ part: para <= 5 ? 1 : 2, para, title, written: false, index: m.index });
    }
  }
  return out;
}

/** A list of paragraphs: "Schedule 1, Part 2, Part 2 Paras 6, 8, 17, 18 and 19", "Schedule 1, Part 1, Para 1, 2 and 3". */
const SCHEDULE1_LIST = /\bSch(?:edule|\.)?\s*1\s*,?\s*(?:Part\s*([12])\s*,?\s*)*(?:para(?:graph)?s?\.?|conditions)\s*(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})+)\b/gi;

/** Welsh: "Atodlen 1, rhan 2(6)", "Atodlen 1, Rhan 2, par 6", "Atodlen 1 paragraff 8", "Atodlen 1 - Rhan 1, Adran 2". */
// ("Adran" only after a part: "Atodlen 1 Adran 4" is the Schedule's Part 4, the appropriate policy document.)
const SCHEDULE1_CY = /\bAtodlen\s*1\s*(?:[,–-]\s*)?(?:[Rr]han\s*([12])\s*,?\s*(?:[Aa]dran\s*)?)?(?:\(\s*|par(?:agraff)?\.?\s*)?(\d{1,2})\b\)?/g;

/** A run of Title Case words at the start of `text` ("Health and Social Care Purposes to work…" → "Health and Social Care Purposes"). */
export function titleRun(text: string): string | undefined {
  const m = /^(?:\*\*)?((?:[A-Z][\w'’-]*)(?:\s+(?:(?:and|or|of|for|the|in|at|to|etc)\s+){0,3}[A-Z][\w'’-]*){0,12})/.exec(text);
  const run = m?.[1];
  return run && run.split(/\s+/).length >= 2 ? run : undefined;
}

export interface LegalFound { title: string; section?: string; kind: LegalRef['kind']; index: number; slip?: string }

// Bounded repetition: an Act's title is at most a dozen words, and unbounded runs would make a
// long run of capitalised words quadratic.
const ACT = /\b((?:[A-Z][\w’'-]*|\([A-Z][\w ]*\))(?:\s+(?:[A-Z][\w’'-]*|\([A-Z][\w ]*\)|and|of|for|the|to|on|in)){0,12}?)\s+Act\s+((?:19|20)\d\d)\b/g;
const CODE = /\b((?:[A-Z][\w’'-]*\s+){1,6}Code of (?:Practice|Conduct)(?:\s+(?:19|20)\d\d)?(?:\s+\((?:[Uu]pdated|[Rr]evised|[Aa]mended)\s+(?:19|20)\d\d\))?)/g;
const GUIDANCE = /\b((?:[A-Z][\w’'-]*\s+(?:(?:with|and|of|for|on|to)\s+)*){1,8}Guidance)\b/g;
const REGULATIONS = /\b((?:(?!Guidance\b|Act\b|Code\b)[A-Z][\w’'()-]*\s+(?:(?:and|of|for)\s+)*){1,8}Regulations\s+(?:19|20)\d\d)\b/g;
const SECTION = /^\s*,?\s*(?:\(|,)?\s*(?:section|sections|s\.|ss\.)\s*(\d+[A-Z]*\d*(?:\(\d+\))*)/i;

/** Acts (with a following section number), codes of practice, guidance and regulations cited in `text`. */
export function findLegislation(text: string): LegalFound[] {
  const out: LegalFound[] = [];
  for (const m of text.matchAll(ACT)) {
    const name = m[1]!.replace(/^(?:(?:under|and|of|in|by|to|the|with|see|per|as|from)\s+)+/i, '');
    if (/^(?:Protection|The)$/.test(name)) continue;
    const title = `${name} Act ${m[2]}`;
    const section = SECTION.exec(text.slice(m.index + m[0].length))?.[1];
    const found: LegalFound = { title, kind: 'act', index: m.index };
    if (section) found.section = section;
    const year = Number(m[2]);
    const known = KNOWN_ACTS.find(([pattern]) => pattern.test(`${name} Act`));
    if (known && !known[1].includes(year)) found.slip = known[2];
    out.push(found);
  }
  for (const m of text.matchAll(CODE)) out.push({ title: m[1]!.trim(), kind: 'code', index: m.index });
  for (const m of text.matchAll(GUIDANCE)) out.push({ title: m[1]!.trim(), kind: 'guidance', index: m.index });
  for (const m of text.matchAll(REGULATIONS)) {
    if (/General Data Protection/i.test(m[1]!)) continue;
    out.push({ title: m[1]!.trim(), kind: 'si', index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}
