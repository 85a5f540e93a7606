/**
 * The builder: from the intermediate document tree to a config. The outline (title, intro,
 * sections) comes from `build-notice.ts`, the facts from `facts/`, the draft consent section from
 * the cookie tables; everything inferred, suspicious or missing becomes an import note, and every
 * fact is listed with the sentence it was read from.
 */
import type { PrivacyConfig } from '../config/types.js';
import { noticeEnGB } from '../i18n/en-GB/notice.js';
import type { Notice, Party } from '../config/notice-model.js';
import {
  builtInTermIndex, convertBlock, demoteProseHeadings, dropRestartedNumbers, HeadingIndex, promoteBoldHeadings, convertSections, findFootnotes, flatSections, normaliseTerm, outline, titleFromFields, type FoundFootnote, type InlineContext,
} from './build-notice.js';
import { blockText, inlineText, type DocBlock, type DocTree } from './doc-tree.js';
import { extractCookies } from './facts/cookies.js';
import { extractFacts } from './facts/extract.js';
import { noteSlips } from './facts/slips.js';
import { FoundFacts, type FoundFact } from './facts/sources.js';
import { ImportError } from './import-errors.js';
import { NoteBook } from './notes.js';
import { IdPool, NAMED_NOTICE_TITLE, NOTICE_NAME, NOTICE_TITLE, slug } from './patterns.js';
import { segmentsOf } from './segments.js';
import { dropChromeBeforeTitle, dropWidgets, stripCellLabels } from './web-furniture.js';

/** The input formats the importer reads. */
export type ImportFormat = 'docx' | 'md' | 'txt' | 'html';

export interface ImportOptions {
  /** The organisation's name, when the document does not say it clearly. */
  organisation?: string;
  /** The config and notice version. Default `imported-YYYY-MM-DD`. */
  version?: string;
  /** Today, for the default version. */
  today?: Date;
  /** The address the notice was published at: links relative to it ("/contact") are made absolute. */
  baseUrl?: string;
}

/** Counts for the terminal summary. */
export interface ImportSummary {
  format: ImportFormat;
  title: string;
  sections: number;
  blocks: number;
  fields: Record<string, number>;
  notes: Record<string, number>;
}

export interface ImportResult {
  config: PrivacyConfig & { notice: Notice };
  summary: ImportSummary;
  /** Each fact read, with the sentence it came from. */
  found: FoundFact[];
}

/** A template's placeholder for the page's title, alone on the title line ("{title}", "{{ page.title }}", "${title}", "[% title %]"). */
const TITLE_PLACEHOLDER = /^(?:\{\{?\s*[\w.]*title\s*\}?\}|\$\{\s*[\w.]*title\s*\}|\[%\s*[\w.]*title\s*%\]|\{%\s*[\w.]*title\s*%\})$/i;

/** Builds the config from an intermediate tree (the second pass). */
export function buildConfig(tree: DocTree, format: ImportFormat, name: string, options: ImportOptions = {}): ImportResult {
  if (!tree.blocks.some((b) => blockText(b).trim())) throw new ImportError(`${name} contains no text: there is nothing to import.`, 'empty');
  const notes = new NoteBook();
  const ids = new IdPool(['notice', 'ico']);
  const siteName = dropChromeBeforeTitle(tree, notes);
  dropWidgets(tree, notes);
  stripCellLabels(tree);
  const demoted = demoteProseHeadings(tree);
  if (demoted) notes.add('notice', 'inferred', `${demoted} heading${demoted === 1 ? ' is' : 's are'} a sentence or the page's date line, not a heading: read as text. Check the section list.`);
  const restarted = dropRestartedNumbers(tree);
  if (restarted) notes.add('notice', 'inferred', `${restarted} headings each numbered "1.", none another number: each was a list of its own in the page, so the number is not the notice's numbering and was left out. Check the section list.`);
  const promoted = promoteBoldHeadings(tree);
  if (promoted) notes.add('notice', 'inferred', `The document does not use heading styles: ${promoted} short bold line${promoted === 1 ? '' : 's'} read as heading${promoted === 1 ? '' : 's'}. Check the section list.`);
  const shape = outline(tree, ids);
  let title = shape.title;
  // A title the page's template fills in ("# {title}" under front matter's "title: Privacy policy", "{{ page.title }}"): a
  // placeholder, not the notice's name; the front matter, when it has one, gives it.
  if (title && TITLE_PLACEHOLDER.test(title.trim())) {
    notes.add('notice', 'artefact', `The title line "${title}" is the page template's placeholder, not the notice's name.`);
    title = undefined;
  }
  if (!title && tree.meta?.title) {
    title = tree.meta.title;
    notes.add('notice', 'inferred', `The title "${title}" was read from the file's front matter or page template, not from its text.`);
  }
  if (!title && (title = titleFromFields(shape.intro))) notes.add('notice', 'inferred', `The title "${title}" was read from the document's control table (its title field), as no line gives it.`);
  // A page that opens with its site's message (a crisis line's banner, "If you or someone you know is in danger …"), no
  // title line, and a first heading that names the notice ("Privacy Policy"): that heading names it.
  const named = shape.sections[0]?.heading.trim();
  if (!title && named && (NOTICE_TITLE.test(named) || NAMED_NOTICE_TITLE.test(named))) {
    title = named;
    notes.add('notice', 'inferred', `The title "${title}" was read from the first heading: the text before it has no title line.`);
  }
  // No title line, and a line near the top that names the notice ("UNIQ+ Applicant Privacy Notice" under a page's image captions,
  // "Agoriad Swyddogol - Hysbysiad Preifatrwydd" over its date line): that line names it, rather than the file's name.
  if (!title && (title = namingLine(shape))) notes.add('notice', 'inferred', `The title "${title}" was read from the first line that names the notice: no line stands as its title. Check it.`);
  if (!title) {
    title = titleFromFileName(name);
    notes.add('notice', 'inferred', `The document has no title line: the title "${title}" was made from the file name. Replace it with the notice's real title.`);
  }
  if (!shape.sections.length) {
    // Text with no headings at all: one section, so the notice is valid and complete.
    const id = ids.take(slug(title));
    shape.sections.push({ id, heading: title, level: 2, topic: 'other', blocks: shape.intro.splice(0), sub: [] });
    notes.add(id, 'missing-content', 'The document has no headings: all of its text is in one section headed with the title. Split it into sections with headings (each heading becomes a section).');
  }
  for (const routeNote of tree.notes) notes.add(routeNoteAt(routeNote.block, tree.blocks, shape), routeNote.kind, routeNote.text);

  const flat = flatSections(shape.sections);
  const allBlocks = [...shape.intro, ...flat.flatMap((s) => s.blocks)];
  const footnotes = findFootnotes(allBlocks, ids);
  const terms = builtInTermIndex(Object.entries(noticeEnGB.glossary).map(([id, t]) => ({ id, term: t.term, ...(t.abbr ? { abbr: t.abbr } : {}) })));
  const segments = segmentsOf([{ id: 'notice', topic: 'about', blocks: shape.intro }, ...flat]);
  const found = new FoundFacts();
  const metaLang = tree.meta?.lang ? (/^cy\b/i.test(tree.meta.lang) ? 'cy' : /^en\b/i.test(tree.meta.lang) ? 'en-GB' : tree.meta.lang) : undefined;
  const facts = extractFacts({
    segments,
    sections: flat,
    notes,
    ids,
    ...(options.organisation ? { organisationName: options.organisation } : {}),
    knownTerms: new Set(terms.keys()),
    title,
    ...(siteName ? { siteName } : {}),
    ...(metaLang ? { lang: metaLang } : {}),
  }, found);
  found.add('language', facts.lang, title, 'notice');
  for (const term of facts.glossary) {
    terms.set(normaliseTerm(term.term), term.id);
    if (term.abbr) terms.set(normaliseTerm(term.abbr), term.id);
  }
  const ctx: InlineContext = {
    notes,
    headings: new HeadingIndex(flat.map((s) => ({ id: s.id, heading: s.heading }))),
    footnoteIds: new Map(footnotes.map((f) => [f.marker, f.id])),
    terms,
    counts: { xrefs: 0, links: 0, emails: 0, phones: 0, terms: 0, footnoteMarkers: 0 },
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
  };
  const intro = shape.intro.map((b) => convertBlock(b, 'notice', ctx, footnotes)).filter((b) => b !== undefined);
  const sections = convertSections(shape.sections, ctx, footnotes);
  const footnoteEntries = footnotes.map((f: FoundFootnote) => ({ id: f.id, marker: f.marker, body: [{ p: convertFootnoteBody(f, ctx) }] }));
  if (footnotes.length) {
    notes.add(footnotes[0]!.id, 'artefact', `${footnotes.length} footnote${footnotes.length === 1 ? '' : 's'} (${footnotes.map((f) => `"${f.marker}"`).join(', ')}) recognised: the markers link to the note, shown where the document had it.`);
  }
  namedWithoutLink(segments, notes, title);
  noteSlips(segments, notes);

  const organisationName = facts.organisation.name ?? 'Organisation name not found';
  if (!facts.organisation.name) {
    notes.add('notice', 'missing-content', 'The controller (the organisation responsible) was not found in the text ("X is the data controller"). Put its name in "organisation.name" (or import again with --organisation "Name").');
  }
  const orgParty: Party = { id: facts.organisation.id, name: organisationName, kind: 'organisation', roles: ['controller'] };
  if (facts.organisation.shortName) orgParty.shortName = facts.organisation.shortName;
  const version = options.version ?? `imported-${(options.today ?? new Date()).toISOString().slice(0, 10)}`;

  const notice: Notice = {
    id: slug(title).slice(0, 40) || 'notice',
    lang: facts.lang,
    title,
    version,
    controllers: [{ party: orgParty.id, role: 'controller' }],
    parties: [orgParty, ...facts.parties.filter((p) => p.id !== orgParty.id)],
    contacts: facts.contacts.map(outOfIntro),
    data: [],
    purposes: facts.purposes.map(outOfIntro),
    bases: facts.bases.map(outOfIntro),
    sharing: [],
    transfers: outOfIntro(facts.transfers),
    retention: facts.retention.map(outOfIntro),
    rights: outOfIntro(facts.rights),
    adm: outOfIntro(facts.adm),
    sections,
  };
  if (intro.length) notice.intro = intro;
  const dated = findLastUpdated([...(tree.meta?.date ? [{ at: 'notice', text: tree.meta.date }] : []), ...flat.slice(0, 3).map((sec) => ({ at: sec.id, text: sec.heading })), ...segments.slice(0, 12)]);
  if (dated?.iso) {
    notice.lastUpdated = dated.iso;
    notes.add(dated.at, 'inferred', `"Last updated" set to ${dated.iso} from "${dated.written}".`);
  } else if (dated) {
    notes.add(dated.at, 'inferred', `The notice is dated "${dated.written}" without a day: set "lastUpdated" (YYYY-MM-DD) if you know it.`);
  }
  for (const key of ['complaints', 'ndoo', 'children', 'cookies', 'processors'] as const) {
    if (facts[key]) (notice as unknown as Record<string, unknown>)[key] = outOfIntro(facts[key]);
  }
  if (facts.glossary.length) notice.glossary = facts.glossary;
  if (facts.legislation.length) notice.legislation = facts.legislation;
  if (footnoteEntries.length) notice.footnotes = footnoteEntries;
  noteGaps(notice, notes, facts.organisation.publicAuthority === true);

  const organisation: PrivacyConfig['organisation'] = { id: orgParty.id, name: organisationName };
  if (facts.organisation.shortName) organisation.shortName = facts.organisation.shortName;
  if (facts.organisation.publicAuthority) organisation.publicAuthority = true;
  // The headings above a section ("Essential cookies" over "Hosting platform"): a list of names
  // under a subheading is about cookies when a heading above it says so, and takes its grouping.
  const ancestors = new Map<(typeof flat)[number], string[]>();
  const walk = (sections: typeof flat, above: string[]) => {
    for (const s of sections) {
      ancestors.set(s, above);
      walk(s.sub, [s.heading, ...above]);
    }
  };
  walk(shape.sections, []);
  const cookieBlocks = [
    ...shape.intro.map((block, i) => ({ block, at: 'notice', context: contextBefore(shape.intro, i, title) })),
    ...flat.flatMap((s) => s.blocks.map((block, i) => ({ block, at: s.id, context: [...contextBefore(s.blocks, i, s.heading), ...(ancestors.get(s) ?? [])] }))),
  ];
  // A cookie's name may be all a short line says, which the outline then made a heading ("The _ga cookie.").
  const cookieHeadings = flat.map((s) => ({ text: s.heading, at: s.id, context: ancestors.get(s) ?? [] }));
  const cookies = extractCookies(cookieBlocks, facts.lang === 'cy' ? 'cy' : 'en', notes, found, title, cookieHeadings);
  notice.importNotes = notes.notes;
  const config: PrivacyConfig & { notice: Notice } = { version, lang: facts.lang, organisation, ...(cookies ? { consent: cookies.consent } : {}), notice };
  return { config, summary: summarise(config.notice, format, ctx, cookies?.count ?? 0), found: found.list };
}

/**
 * A fact read from the text before the first heading points at no section: the intro has none,
 * and its id here ('notice', the import notes' word for the whole notice) would be a broken
 * reference (`at`) that `<privacy-notice>` and `check` report.
 */
function outOfIntro<T>(fact: T): T {
  if (!fact || typeof fact !== 'object' || (fact as { at?: unknown }).at !== 'notice') return fact;
  const { at: _at, ...rest } = fact as T & { at?: unknown };
  return rest as T;
}

function convertFootnoteBody(f: FoundFootnote, ctx: InlineContext) {
  const converted = convertBlock({ kind: 'paragraph', content: f.body }, f.id, ctx, []);
  return converted && 'p' in converted ? converted.p : '';
}

/** The section a route note concerns (by block index), else the whole notice. */
function routeNoteAt(block: number | undefined, blocks: DocBlock[], shape: ReturnType<typeof outline>): string {
  if (block === undefined) return 'notice';
  const target = blocks[block];
  for (const s of flatSections(shape.sections)) if (target && s.blocks.includes(target)) return s.id;
  return 'notice';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The notice's date near its start: "Last updated: 12 March 2024", "Reviewed 03/02/2025",
 * "Websites and Apps – March 2018" (month only: noted, not set).
 */
export function findLastUpdated(segments: { at: string; text: string }[]): { iso?: string; written: string; at: string } | undefined {
  const month = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')})`;
  const full = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month}\\.?,?\\s+((?:19|20)\\d\\d)\\b`, 'i');
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b/;
  const iso = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/;
  const monthOnly = new RegExp(`\\b${month}\\s+((?:19|20)\\d\\d)\\b`, 'i');
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const seg of segments) {
    if (seg.text.split(/\s+/).length > 14) continue; // a date line, not a sentence that mentions a date
    let m = full.exec(seg.text);
    if (m) return { iso: `${m[3]}-${pad(MONTHS.findIndex((x) => x.startsWith(m![2]!.toLowerCase().slice(0, 3))) + 1)}-${pad(Number(m[1]))}`, written: m[0], at: seg.at };
    m = numeric.exec(seg.text);
    if (m && Number(m[2]) <= 12 && Number(m[1]) <= 31) return { iso: `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`, written: m[0], at: seg.at };
    m = iso.exec(seg.text);
    if (m) return { iso: m[0], written: m[0], at: seg.at };
    m = monthOnly.exec(seg.text);
    if (m) return { written: m[0], at: seg.at };
  }
  return undefined;
}

/**
 * The first short line of the introduction, or of the first headings, that names the notice ("Supporter Privacy Notice",
 * "Hysbysiad Preifatrwydd"): the title a page's copy lost. Never a line about the notice ("Changes to this privacy notice").
 */
function namingLine(shape: { intro: DocBlock[]; sections: { heading: string }[] }): string | undefined {
  const lines = [...shape.intro.filter((b) => b.kind === 'paragraph' || b.kind === 'heading').map((b) => blockText(b).trim()), ...shape.sections.slice(0, 2).map((s) => s.heading.trim())];
  return lines.find((t) => NOTICE_NAME.test(t) && t.split(/\s+/).length <= 12 && !/[.:;,!?]$/.test(t) && !/^\d/.test(t) && !/\b(?:this|these|our|changes?|updates?|reviews?|about|contact|ein|hwn|hon|newidiadau)\b/i.test(t));
}

/** "nhs-trust_privacy notice.docx" → "Nhs trust privacy notice". */
function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim() || 'Privacy notice';
  return base[0]!.toUpperCase() + base.slice(1);
}

/** Documents and forms named in capitals but not linked ("Support Request Form", "NHS Futures Privacy Policy"). */
function namedWithoutLink(segments: ReturnType<typeof segmentsOf>, notes: NoteBook, title: string): void {
  const NAMED = /\b((?:[A-Z][\w&'’-]*\s+){1,6}(?:Form|Privacy (?:Policy|Notice)|privacy (?:policy|notice)|Policy|Leaflet))\b/g;
  const bySection = new Map<string, Set<string>>();
  for (const seg of segments) {
    for (const m of seg.text.matchAll(NAMED)) {
      const name = m[1]!.replace(/^(?:The|Our|This|A|An|Please|See)\s+/, '').trim();
      if (!/^[A-Z]/.test(name) || /^(?:This|Our|The)\b/.test(name) || name.split(/\s+/).length < 2) continue;
      if (seg.linked.some((l) => l.includes(name))) continue; // linked (or noted as a lost link)
      if (title.toLowerCase().includes(name.toLowerCase())) continue; // the notice itself
      const set = bySection.get(seg.at) ?? new Set<string>();
      set.add(name);
      bySection.set(seg.at, set);
    }
  }
  for (const [at, names] of bySection) {
    notes.add(at, 'missing-url', `Named without a link: ${[...names].map((n) => `"${n}"`).join(', ')}. Add where readers can find ${names.size === 1 ? 'it' : 'them'} (a link), or confirm ${names.size === 1 ? 'it is' : 'they are'} only available on request.`);
  }
}

/** What `check` would flag because the notice does not say it: recorded so the reviewer sees it first. */
function noteGaps(notice: Notice, notes: NoteBook, publicAuthority: boolean): void {
  const missing: string[] = [];
  if (!notice.contacts.some((c) => c.emails?.length || c.phones?.length || c.address || c.web?.length || c.forms?.length)) missing.push('no contact details for the organisation (Art 13(1)(a))');
  if (!notice.contacts.some((c) => c.role === 'dpo')) missing.push(`no Data Protection Officer contact (Art 13(1)(b))${publicAuthority ? ', required for a public authority' : ''}`);
  else if (!notice.contacts.some((c) => c.role === 'dpo' && (c.emails?.length || c.phones?.length || c.address))) missing.push('the Data Protection Officer is named without an email, phone or address (Art 13(1)(b))');
  if (!notice.bases.length) missing.push('no lawful basis (Article 6) that the importer could recognise (Art 13(1)(c))');
  if (!notice.purposes.length) missing.push('no list of purposes the importer could recognise: add the purposes with their lawful bases (Art 13(1)(c))');
  if (!notice.retention.length) missing.push('nothing on how long data is kept (Art 13(2)(a))');
  if (!notice.rights.items.length) missing.push('no list of rights (Art 13(2)(b))');
  if (!notice.complaints) missing.push('no right to complain to the ICO (Art 13(2)(d))');
  if (notice.transfers.outsideUk === 'not-stated') missing.push('no statement on transfers outside the UK (Art 13(1)(f))');
  if (notice.adm.used === 'not-stated') missing.push('no statement on automated decision-making or profiling (Art 13(2)(f))');
  if (missing.length) notes.add('notice', 'missing-content', `Not found in the document: ${missing.join('; ')}.`);
}


/** The sentences and heading before a block (nearest first), which say what a table that follows is about. */
function contextBefore(blocks: DocBlock[], index: number, heading: string): string[] {
  const out: string[] = [];
  for (let i = index - 1; i >= 0 && out.length < 3; i--) {
    const b = blocks[i]!;
    if (b.kind === 'table') break;
    if (b.kind === 'paragraph' || b.kind === 'heading') out.push(inlineText(b.content));
  }
  out.push(heading);
  return out;
}

/** Field names in the summary: [one, several]. */
const FIELD_NAMES: Record<string, [string, string]> = {
  contacts: ['contact card', 'contact cards'], recipients: ['recipient', 'recipients'], bases: ['lawful basis', 'lawful bases'],
  purposes: ['purpose', 'purposes'], legislation: ['legal reference', 'legal references'], retention: ['retention entry', 'retention entries'],
  rights: ['right', 'rights'], glossary: ['glossary term', 'glossary terms'], footnotes: ['footnote', 'footnotes'],
  'cross-references': ['cross-reference', 'cross-references'], links: ['link', 'links'], emails: ['email address', 'email addresses'],
  phones: ['phone number', 'phone numbers'], cookies: ['cookie in the draft consent section', 'cookies in the draft consent section'],
};

/** The filled fields in words, for people: "4 contact cards", "1 lawful basis". */
export function describeFields(summary: ImportSummary): string[] {
  return Object.entries(summary.fields)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${FIELD_NAMES[k]?.[n === 1 ? 0 : 1] ?? k}`);
}

function countBlocks(sections: Notice['sections']): number {
  return sections.reduce((n, s) => n + s.blocks.length + countBlocks(s.sub ?? []), 0);
}

function summarise(notice: Notice, format: ImportFormat, ctx: InlineContext, cookies: number): ImportSummary {
  const notes: Record<string, number> = {};
  for (const note of notice.importNotes ?? []) notes[note.kind] = (notes[note.kind] ?? 0) + 1;
  const countSections = (sections: Notice['sections']): number => sections.reduce((n, s) => n + 1 + countSections(s.sub ?? []), 0);
  return {
    format,
    title: notice.title,
    sections: countSections(notice.sections),
    blocks: countBlocks(notice.sections) + (notice.intro?.length ?? 0),
    fields: {
      contacts: notice.contacts.length,
      recipients: notice.parties.filter((p) => p.roles.includes('recipient')).length,
      bases: notice.bases.length,
      purposes: notice.purposes.length,
      legislation: notice.legislation?.length ?? 0,
      retention: notice.retention.length,
      rights: notice.rights.items.length,
      glossary: notice.glossary?.length ?? 0,
      footnotes: notice.footnotes?.length ?? 0,
      'cross-references': ctx.counts.xrefs,
      links: ctx.counts.links,
      emails: ctx.counts.emails,
      phones: ctx.counts.phones,
      cookies,
    },
    notes,
  };
}
