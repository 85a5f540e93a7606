/**
 * The plain-text route: text copied out of Word or a PDF, where structure survives only as line
 * breaks, blank lines, bullet glyphs and indentation. Heuristics (notice-model.md §6) rebuild
 * headings, nested lists, definition lists and short-line blocks (addresses) from those traces.
 */
import { describeDebris, removeDebris } from './debris.js';
import { blockText, tidyInline, type DocBlock, type DocInline, type DocListItem, type DocTree, type RouteNote } from '../doc-tree.js';
import { CONTROLLER_FIELD, COOKIE_COLUMN_WORD, COOKIE_NAMES_FIELD, COOKIE_PURPOSE_FIELD, COOKIE_WORD, findDetails, HOST_NAME, isPersonName, NAMED_NOTICE_TITLE, NOTICE_NAME, NOTICE_TITLE, POSTCODE, PRODUCT_NAME, STREET_LINE } from '../patterns.js';

/** A site's hashtag alone on a line ("#TrefiSmartCymru"): its header, never the notice's wording. */
const HASHTAG = /^#\p{L}[\p{L}\p{N}_]{2,40}$/u;

/** One non-blank line of the input. */
interface Line {
  text: string;
  /** Leading whitespace width (a tab counts 4). */
  indent: number;
  tab: boolean;
  /** Blank lines before it. */
  gap: number;
  marker?: Marker;
}

interface Marker {
  ordered: boolean;
  /** The glyph or numbering as written ("·", "1.", "a)"). */
  glyph: string;
}

/** A paragraph of the source: one line, or lines joined because one continues the other. */
interface Unit {
  text: string;
  indent: number;
  tab: boolean;
  gap: number;
  marker?: Marker;
  /** Number of source lines joined into it. */
  lines: number;
  /** The left cell of a label / value table copied between "|" lines: a heading. */
  label?: boolean;
  /** A value cell of such a table: never a heading. */
  cell?: boolean;
  /** A heading whose level its numbering fixed ("1. …:" over lettered subheadings "a. …"). */
  level?: number;
}

// Bullet glyphs (hyphen, dashes, bullets, middle dot, squares, arrows, ticks, Word's "o" and
// "§" for level-2 and level-3 bullets), numbering 1. 1) a) (a) i. and "- 1." as one marker.
const MARKER = /^(?:([-–—•·*▪◦‣∙●○■□➢➤►✓✔o§])(?:\s+(\d{1,3}[.)]))?|(\d{1,3}[.)]|[a-zA-Z][.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\)|[ivx]{1,5}[.)]))\s+(?=\S)/;
const TERMINAL = /[.!?:;]["'’”)]*$/;
const FUNCTION_WORD = /\b(?:the|a|an|of|on|in|to|and|or|for|with|by|from|this|that|these|our|your|their|at|as|is|are|be|was|will|can|may|not)$/i;
const INTERROGATIVE = /^(?:how|what|who|why|when|where|which|whom|whose|do|does|can|will|is|are)\b/i;
/** A question's own first word, English or Welsh: a heading that asks may run longer, and keep a full stop ("Pwy ydyn ni a'r hyn rydyn ni'n ei wneud."). */
const QUESTION_WORD = /^(?:how|what|who|why|which|where|when|sut|beth|pwy|pam|pa|ble|pryd)\s/i;
const DL_DASH = /^(?<term>[^\s].{0,79}?)(?<sep>\s+[–—-]\s+)(?<desc>\S.*)$/;
const DL_COLON = /^(?<term>[A-Z][^:.]{0,59}?)(?<sep>:\s+)(?<desc>\S.*)$/;

/** Reads plain text into the intermediate tree. */
export function textToTree(input: string): DocTree {
  const notes: RouteNote[] = [];
  const { text, counts } = removeDebris(input);
  const debris = describeDebris(counts);
  if (debris) notes.push({ kind: 'artefact', text: debris });
  const { text: body, removed } = removeRunningLines(text);
  if (removed) notes.push({ kind: 'artefact', text: `${removed} running header, footer or page-number line${removed === 1 ? '' : 's'} (repeated on every page) removed.` });
  const lines = undashHeadings(listDocumentLinks(unglueIcons(splitJoinedHeader(splitRoleColumns(dropChrome(readLines(body), notes), notes)))));
  const { units, joined } = joinContinuations(lines, wrapWidth(lines));
  if (joined) notes.push({ kind: 'artefact', text: `${joined} broken line${joined === 1 ? '' : 's'} (hard wraps and page breaks inside a sentence) joined.` });
  const labelled = labelColumns(units);
  if (labelled) notes.push({ kind: 'artefact', text: `A two-column table copied one cell a line between "|" lines was read as ${labelled} label${labelled === 1 ? '' : 's'} (read as headings) over their values.` });
  const asked = formQuestions(units);
  if (asked) notes.push({ kind: 'artefact', text: `${asked} numbered questions of a form's template, each ending in ":" over its answer ("1. Purpose of the processing …:"), read as headings, their numbers kept.` });
  const numbered = numberedHeadings(units);
  if (numbered) notes.push({ kind: 'artefact', text: `${numbered} numbered line${numbered === 1 ? '' : 's'} ("1. Who we are") read as headings, their numbers kept.` });
  const bulleted = bulletedHeadings(units);
  if (bulleted) notes.push({ kind: 'artefact', text: `${bulleted} bulleted line${bulleted === 1 ? '' : 's'} standing alone over ${bulleted === 1 ? 'its' : 'their'} paragraphs ("- About us") read as heading${bulleted === 1 ? '' : 's'}, the numbers the page gave them lost in the copy.` });
  const groups = bulletedCookieGroups(units);
  if (groups) notes.push({ kind: 'artefact', text: `${groups} bulleted line${groups === 1 ? '' : 's'} naming a kind of cookie ("• Necessary Cookies"), alone over ${groups === 1 ? 'its' : 'their'} cookies, read as heading${groups === 1 ? '' : 's'}.` });
  const lettered = letteredHeadings(units);
  if (lettered) notes.push({ kind: 'artefact', text: `${lettered} lettered line${lettered === 1 ? '' : 's'} ("a. If you visit our website") over paragraphs read as subheadings of the numbered heading above them, their letters kept.` });
  const builder = new BlockBuilder(units, notes);
  return { blocks: settleTitle(builder.build(), notes), notes };
}

/** Words that name what a document is: its title says one of them. */
const DOCUMENT_KIND = /\b(?:privacy|cookies?|notice|policy|statement|data protection|your (?:data|information)|preifatrwydd|[cg]wcis|hysbysiad|polisi|datganiad|diogelu data|eich (?:data|gwybodaeth))\b/i;

/**
 * The first heading is the title, except where the page copied says otherwise:
 * - a site's name ("GovWire") over the notice's own title ("Press release: Privacy Notice") is
 *   page furniture: the second is the title, the first kept as a line of the introduction;
 * - a first heading over a table, matched by a later heading over a table with the same columns
 *   ("Service cookies" / table, "Google Analytics" / table), is the first of parallel sections,
 *   and the page's own title was not copied.
 */
/** The words that end an organisation's name, in a site's name line. */
const SITE_ORG = /\b(?:Council|Cyngor|Government|Llywodraeth|NHS|Trust|University|Prifysgol|Police|Heddlu|College|Coleg|Authority|Awdurdod|Commissioner|Comisiynydd|Board|Bwrdd)\b/;

/** Other words that end or open an organisation's name. */
const ORG_WORD = /\b(?:Limited|Ltd|plc|LLP|CIC|Cyf(?:yngedig)?|Association|Society|Cymdeithas|Hospice|Hosbis|Charity|Elusen|Foundation|Sefydliad|Group|Grŵp|Company|Cwmni|Partnership|Practice|Practis|Surgery|Meddygfa|School|Ysgol|Academy|Academi|Services?|Gwasanaeth(?:au)?|Centre|Canolfan|Agency|Asiantaeth|Commission|Comisiwn|Office|Swyddfa|Department|Adran|Institute|Union|Undeb|Homes|Cartrefi)\b/;

function settleTitle(blocks: DocBlock[], notes: RouteNote[]): DocBlock[] {
  const [first, second] = blocks;
  // A site-wide announcement copied above the title ("Charity law is changing. Click here to find
  // out how …"): the heading after it that names the document is the title.
  // So is a notice about the site itself ("Please be aware we’re making some improvements and
  // building a new website. … Thanks for your patience.").
  const announcement = (t: string) => (wordCount(t) <= 30 && /\b(?:click here|find out (?:more|how)|read more|learn more|sign up|cliciwch yma|darganfod mwy)\b/i.test(t)) || (wordCount(t) <= 60 && /\b(?:(?:building|launching|testing|developing) (?:a|our) new (?:web)?site|making (?:some )?improvements to (?:our|this|the) (?:web)?site|thanks? (?:you )?for your patience|diolch (?:i chi )?am eich amynedd|(?:adeiladu|datblygu) gwefan newydd)\b/i.test(t));
  if (first?.kind === 'paragraph' && second?.kind === 'heading' && announcement(inlineTextOf(first.content)) && DOCUMENT_KIND.test(inlineTextOf(second.content)) && wordCount(inlineTextOf(second.content)) <= 8) {
    notes.push({ kind: 'artefact', text: `The line "${inlineTextOf(first.content)}" above the title reads as a site announcement: kept as a line of the introduction.` });
    return [{ ...second, level: 1 }, first, ...blocks.slice(2)];
  }
  // A title too long for a heading that opens by naming the document ("Hysbysiad Preifatrwydd -
  // Arfarniad opsiynau Camlesi … - holiadur yr ymgynghoriad"), first in the text: the title.
  if (first?.kind === 'paragraph' && LONG_TITLE.test(inlineTextOf(first.content)) && wordCount(inlineTextOf(first.content)) <= 20) {
    return [{ kind: 'heading', level: 1, content: first.content }, ...blocks.slice(1)];
  }
  // The page's title in small letters, as its style showed it ("first party cookies" / "Performance
  // cookies" / …): a short first line that names the document, no sentence, over the first heading.
  // (With no heading under it, when the line is the document's name and nothing else: "cookies" / "Our site drops the following cookies:".)
  const bareName = /^(?:(?:our|the|website|site)\s+)?(?:cookies?|privacy|data protection|[cg]wcis|preifatrwydd)(?:\s+(?:and|&|a)\s+(?:cookies?|privacy|[cg]wcis|preifatrwydd))?(?:\s+(?:notice|policy|statement))?$/i.test(first?.kind === 'paragraph' ? inlineTextOf(first.content).trim() : '');
  if (first?.kind === 'paragraph' && !first.line && (second?.kind === 'heading' || bareName) && /^\p{Ll}/u.test(inlineTextOf(first.content)) && wordCount(inlineTextOf(first.content)) <= 8 && DOCUMENT_KIND.test(inlineTextOf(first.content)) && !/[.:;,!?]$/.test(inlineTextOf(first.content))) {
    return [{ kind: 'heading', level: 1, content: first.content }, ...blocks.slice(1)];
  }
  // A title too long for a heading, in title case and with no stop ("UK General Data Protection
  // Regulation (UK GDPR) and the Data Protection Act 2018"; "Beth mae’r Ysgol neu’r Darparwr
  // Blynyddoedd Cynnar, … yn ei wneud â Gwybodaeth Addysgol a gedwir ganddynt am Blant a Phobl
  // Ifanc"), first in the text over its body: the title.
  const long = first?.kind === 'paragraph' ? inlineTextOf(first.content) : '';
  if (first?.kind === 'paragraph' && !first.line && wordCount(long) > 12 && wordCount(long) <= 30 && /^\p{Lu}/u.test(long) && !/[.:;,!?]$/.test(long) && titleCaseRatio(long) >= 0.6 && (second?.kind === 'heading' || (second?.kind === 'paragraph' && wordCount(inlineTextOf(second.content)) >= 12))) {
    notes.push({ kind: 'artefact', text: `The first line "${long.slice(0, 80)}", too long for a heading but in title case with no stop, was read as the title.` });
    return [{ kind: 'heading', level: 1, content: first.content }, ...blocks.slice(1)];
  }
  // A short title the page ended with a colon ("How we use your information:") over the notice's
  // name ("Privacy Notice for Applicants and Tenants") and the first heading: the title and its subtitle.
  const colonTitle = first?.kind === 'paragraph' ? inlineTextOf(first.content) : '';
  const subtitle = second?.kind === 'paragraph' ? inlineTextOf(second.content) : '';
  if (first?.kind === 'paragraph' && !first.line && second?.kind === 'paragraph' && blocks[2]?.kind === 'heading' && /\p{Ll}:$/u.test(colonTitle) && wordCount(colonTitle) <= 8 && looksLikeHeading(colonTitle.slice(0, -1)) && !LEAD_IN.test(colonTitle)
    && NOTICE_NAME.test(subtitle) && wordCount(subtitle) <= 12 && !/[.:;,!?]$/.test(subtitle)) {
    return [{ kind: 'heading', level: 1, content: first.content }, { kind: 'heading', level: 2, content: second.content }, ...blocks.slice(2)];
  }
  // The page's lines above the notice's own name, a heading that names the document: the site's
  // name as its logo's text, one word in small letters ("procare" / "PRIVACY NOTICE FOR DOMICILIARY
  // HOME CARE SERVICE"), or the pointer to the document's download and its accessibility caveat
  // ("Download the policy in full" / "This file may not be suitable for users of assistive
  // technology. Request an accessible format." / "Privacy and Cookies on our website"; "Our Privacy
  // Notice … can be also be downloaded here." / "Privacy Notice: General Data Protection
  // Regulation"): the heading is the title; the lines are kept under it, as the introduction's.
  const at = blocks.findIndex((b) => b.kind === 'heading');
  const own = at > 0 && at <= 2 ? blocks[at]! : undefined;
  // A breadcrumb trail copied as a list, from the home page down to the page's own name, which the
  // heading under it repeats ("- Home" / "- About us" / … / "- Privacy policy" / "Privacy policy"):
  // the trail is the site's, the heading the title.
  const crumbs = first?.kind === 'list' ? first.items.map((item) => inlineTextOf(item.content).trim().toLowerCase()) : [];
  // (The trail's "Home" may have gone with the site's menu: three crumbs or more, each a link's few words.)
  if (at === 1 && own?.kind === 'heading' && crumbs.length >= 3 && crumbs.every((c) => wordCount(c) <= 6 && !TERMINAL.test(c)) && crumbs[crumbs.length - 1] === inlineTextOf(own.content).trim().toLowerCase()) {
    notes.push({ kind: 'artefact', text: `The list over the heading "${inlineTextOf(own.content)}" ("${crumbs.slice(0, 3).join('", "')}" …) reads as the page's breadcrumb trail, which ends in the heading: the heading is the title.` });
    return [{ ...own, level: 1 }, first!, ...blocks.slice(2)];
  }
  // The header image's text alternative over the notice's name ("A woman with her back to the camera
  // delivers a speech to three other females" / "Privacy notice for CCTV" / "Privacy notice for CCTV",
  // the name shown twice as a page's banner and its heading do): a line with no stop, no sentence of
  // the notice's; the name is the title, the line kept under it.
  const altText = first?.kind === 'paragraph' && !first.line ? inlineTextOf(first.content).trim() : '';
  if (at === 1 && own?.kind === 'heading' && NOTICE_NAME.test(inlineTextOf(own.content)) && wordCount(inlineTextOf(own.content)) <= 12 && /^\p{Lu}/u.test(altText) && !TERMINAL.test(altText) && !/,$/.test(altText) && !DOCUMENT_KIND.test(altText) && wordCount(altText) >= 4 && wordCount(altText) <= 30) {
    notes.push({ kind: 'artefact', text: `The line "${altText.slice(0, 60)}" over the notice's name "${inlineTextOf(own.content)}" has no stop and names no document: read as the header image's text alternative, the name as the title.` });
    return [{ ...own, level: 1 }, first!, ...blocks.slice(2)];
  }
  if (own?.kind === 'heading' && DOCUMENT_KIND.test(inlineTextOf(own.content)) && wordCount(inlineTextOf(own.content)) <= 12 && !/^\d/.test(inlineTextOf(own.content)) && !/[?.]$/.test(inlineTextOf(own.content))
    && blocks.slice(0, at).every((b) => b.kind === 'paragraph' && (PAGE_POINTER.test(inlineTextOf(b.content)) || (at === 1 && /^\p{Ll}[\p{Ll}\d]{2,20}$/u.test(inlineTextOf(b.content)))))) {
    notes.push({ kind: 'artefact', text: `The line${at === 1 ? '' : 's'} above the heading "${inlineTextOf(own.content)}" ("${blocks.slice(0, at).map((b) => (b.kind === 'paragraph' ? inlineTextOf(b.content) : '').slice(0, 40)).join('", "')}") read${at === 1 ? 's' : ''} as the page's: the heading is the title.` });
    return [{ ...own, level: 1 }, ...blocks.slice(0, at), ...blocks.slice(at + 1)];
  }
  // The site's header copied over the notice's own name, the site's web address among its lines
  // ("Cyngor Caerdydd www.caerdydd.gov.uk" / "Loading" / "Fy Nghymdogaeth" / "Defnyddiwch eich cod
  // post …" / "Find facilities in my area" / "Cyngor Caerdydd" / "www.caerdydd.gov.uk" / "Hysbysiad
  // Preifatrwydd"): the name is the title. The lines above it, forty words at most and none naming
  // the document, are the page's, kept before it as lines (the web furniture pass takes them out and
  // reads the site's name from them); a line under the title that repeats one of them is the
  // site's name as the page's byline ("Hysbysiad Preifatrwydd" / "Cyngor Caerdydd"), no heading.
  // (Or the site's hashtag, "#TrefiSmartCymru", as its header.)
  // (The name with what the notice is for: "Hysbysiad preifatrwydd y dreth gyngor".)
  const nameAt = blocks.findIndex((b, k) => k > 0 && k <= 10 && b.kind === 'heading' && (NOTICE_TITLE.test(inlineTextOf(b.content).trim()) || NAMED_NOTICE_TITLE.test(inlineTextOf(b.content).trim())));
  if (nameAt > 0) {
    const before = blocks.slice(0, nameAt);
    const site = (t: string) => t.split(/\s+/).some((w) => HOST_NAME.test(w.replace(/^https?:\/\//i, '').replace(/\/$/, '')));
    // (Or three short lines or more that end no sentence, a school's banner and menu: "Our Value for this term is UNITY" / "Read
    // more about our Values Programme" / "Whitefields Primary" / "Microsoft 365 Facebook Twitter" / "A Values Based School".)
    const menuLike = (lines: DocBlock[]) => lines.length >= 3 && lines.every((b) => wordCount(blockText(b)) <= 8 && !TERMINAL.test(blockText(b).trim()));
    if (before.every((b) => (b.kind === 'heading' || b.kind === 'paragraph') && !DOCUMENT_KIND.test(inlineTextOf(b.content))) && before.reduce((w, b) => w + wordCount(blockText(b)), 0) <= 40 && (before.some((b) => site(blockText(b)) || HASHTAG.test(blockText(b).trim())) || menuLike(before))) {
      const lines = before.map((b) => blockText(b).trim().toLowerCase());
      const title = blocks[nameAt] as DocBlock & { kind: 'heading' };
      const byline = blocks[nameAt + 1];
      const repeated = byline?.kind === 'heading' && lines.some((l) => l === blockText(byline).trim().toLowerCase() || l.startsWith(`${blockText(byline).trim().toLowerCase()} `));
      notes.push({ kind: 'artefact', text: `The site's header over the notice's name "${inlineTextOf(title.content)}" ("${lines.slice(0, 3).join('", "')}" …) read as the page's: the name is the title.` });
      const plain = (b: DocBlock): DocBlock => ({ kind: 'paragraph', content: b.kind === 'paragraph' || b.kind === 'heading' ? b.content : [] });
      return [...before.map(plain), { ...title, level: 1 }, ...(repeated ? [plain(byline)] : []), ...blocks.slice(nameAt + (repeated ? 2 : 1))];
    }
  }
  // The notice's own name a few lines down, under the site's lines: its slogan and opening hours ("Home of Dentistry without
  // Anxiety, Fear or Pain" / "Evenings and Saturday Appointments Available" / "• Call Us ON: …" / "Privacy policy"), an alert and
  // its paragraph ("Bin Collections" / "All garden waste … collections are suspended …" / "Privacy Notice - Electoral
  // Registration"), a header's labels or social links run together: lines that name no document, over one that opens with the
  // document's name. That line is the title; the lines above are kept under it as the introduction's.
  const namesIt = (b: DocBlock | undefined) => (b?.kind === 'heading' || (b?.kind === 'paragraph' && !b.line)) && NOTICE_OPENING.test(inlineTextOf(b.content).trim()) && wordCount(inlineTextOf(b.content)) <= 12 && !/[?:]$/.test(inlineTextOf(b.content).trim());
  const nameLine = blocks.slice(1, 7).findIndex(namesIt) + 1;
  const siteLine = (b: DocBlock, k: number) => {
    if (/\b(?:privacy|preifatrwydd|cookies?|[cg]wcis|data protection|diogelu data|personal (?:data|information))\b/i.test(blockText(b))) return false;
    if (b.kind === 'list') return b.items.length <= 3 && b.items.every((item) => wordCount(inlineTextOf(item.content)) <= 8);
    if (b.kind !== 'paragraph' && b.kind !== 'heading') return false;
    const text = inlineTextOf(b.content).trim();
    // (An alert's paragraph, under its short heading: "Bin Collections" / "All garden waste … suspended …".)
    const alertBody = k > 0 && blocks[k - 1]!.kind === 'heading' && wordCount(inlineTextOf((blocks[k - 1] as DocBlock & { kind: 'heading' }).content)) <= 4 && wordCount(text) <= 80;
    // (A line about information, the law or the page itself may be the page's own title, "Tier Three – The law explained",
    // "How we use information about you", "Fair Processing Notice", "About Us": only lines about something else are the site's.)
    // (Nor an organisation's name, which a page sets over the notice's as its title, "Cardiff Parkway Developments Limited" /
    // "Hysbysiad Preifatrwydd"; nor a title's parts set off by dashes, "Gwarchod y Cyhoedd – Iechyd yr Amgylchedd - …".)
    const name = SITE_ORG.test(text) || ORG_WORD.test(text) || /\s[–—-]\s/.test(text);
    return (wordCount(text) <= 20 && !TERMINAL.test(text) && !ABOUT_THE_PAGE.test(text) && !name) || alertBody;
  };
  if (nameLine >= 1 && !namesIt(first) && blocks[nameLine + 1] && blocks.slice(0, nameLine).every(siteLine)) {
    notes.push({ kind: 'artefact', text: `The line${nameLine === 1 ? '' : 's'} above "${inlineTextOf((blocks[nameLine] as DocBlock & { kind: 'heading' | 'paragraph' }).content)}" ("${blocks.slice(0, nameLine).map((b) => blockText(b).slice(0, 40)).join('", "')}") name${nameLine === 1 ? 's' : ''} no document: read as the site's, kept under the notice's name, the title.` });
    const asText = blocks.slice(0, nameLine).map((b): DocBlock => (b.kind === 'heading' ? { kind: 'paragraph', content: b.content } : b));
    return [{ kind: 'heading', level: 1, content: (blocks[nameLine] as DocBlock & { kind: 'heading' | 'paragraph' }).content }, ...asText, ...blocks.slice(nameLine + 1)];
  }
  if (first?.kind !== 'heading') return blocks;
  // A field's label first ("Data Controller" / "• Ulster University" / "Data Protection Officer" /
  // …): the page's title was not copied; the label heads the first section.
  if (LABEL_HEADING.test(inlineTextOf(first.content))) return [{ ...first, level: 2 }, ...blocks.slice(1)];
  // So does a contents list's label ("On this page" / "- About us" / …): the page's title was not copied.
  if (CONTENTS_LABEL.test(inlineTextOf(first.content).trim())) return [{ ...first, level: 2 }, ...blocks.slice(1)];
  if (first.level !== 1) {
    const text = inlineTextOf(first.content);
    // No title line, and the first heading names the document ("1. SCHOOLS PRIMARY PRIVACY NOTICE")
    // with another heading straight after it: it is the title, numbered or not.
    if (DOCUMENT_KIND.test(text) && second?.kind === 'heading' && wordCount(text) <= 8) return [{ ...first, level: 1 }, ...blocks.slice(1)];
    // A title that opens with a number of its name ("10 Downing Street privacy notice for contact
    // details" / "Published 13 February 2019" / "1. Your data"): the sections' numbering starts at 1
    // after it, so its number is no section's.
    const lead = /^(\d{1,3})\s+\p{L}/u.exec(text);
    const numberedOne = blocks.slice(1).some((b) => b.kind === 'heading' && /^1[.)]?\s/.test(inlineTextOf(b.content)));
    if (lead && Number(lead[1]) > 1 && numberedOne && DOCUMENT_KIND.test(text) && wordCount(text) <= 14) return [{ ...first, level: 1 }, ...blocks.slice(1)];
    return blocks;
  }
  const text = inlineTextOf(first.content);
  // A section's word first ("Introduction" / "The Commissioner … is committed to protecting your
  // privacy …" / "Who we are"; "INTRODUCTION"; "Cyflwyniad"): the page's title was not copied, and
  // the word heads the first section, as it does in every notice that has one.
  // (So does a notice's first section named for what it gives: "General Information", "Important
  // information", "Gwybodaeth gyffredinol", "Gwybodaeth bwysig"; a document is never called so.)
  // (Or for the occasion it covers, "When you contact us" / "If you apply for a permit": a section of a
  // template copied without its title; a document names what it is.)
  if (/^(?:introduction|background|overview|cyflwyniad|cefndir|trosolwg|(?:general|important|key) information|gwybodaeth (?:gyffredinol|bwysig|allweddol))$/i.test(text.trim())
    || (/^(?:when|if|pan|os)\s+(?:you|we|byddwch|fyddwch|ydych|rydych|byddwn)\b/i.test(text.trim()) && !DOCUMENT_KIND.test(text) && wordCount(text) <= 8 && !/[?.]$/.test(text.trim()))) {
    notes.push({ kind: 'artefact', text: `The first line "${text}" names a section, not the document: read as the first section's heading (the page's title was not copied).` });
    return [{ ...first, level: 2 }, ...blocks.slice(1)];
  }
  const next = second?.kind === 'heading' ? inlineTextOf(second.content) : '';
  // A page copied without its title opens with its first question ("Who is collecting the
  // information?" … "Why are we collecting it …?"; "What are cookies?" … "Why would we use
  // cookies?"): when the next heading asks a question too, the first is one of the sections.
  const question = (t: string) => INTERROGATIVE.test(t) && /\?$/.test(t);
  const nextHeading = blocks.slice(1).find((b) => b.kind === 'heading');
  if (question(text) && nextHeading?.kind === 'heading' && nextHeading.level === 2 && question(inlineTextOf(nextHeading.content))) {
    notes.push({ kind: 'artefact', text: `The first line "${text}" asks a question, as the headings after it do: read as the first section, not the title (the page's title was not copied).` });
    return [{ ...first, level: 2 }, ...blocks.slice(1)];
  }
  // Or a first question that asks what a term is, answered by the paragraph under it, which opens
  // with the term ("What is data protection legislation?" / "Data protection legislation is made up
  // of …"; "Beth yw cwcis?" / "Cwcis yw …"): a question-and-answer page's first section.
  // (The page may have left its mark off: "What are cookies" / "Cookies are small pieces of text …".)
  const term = /^(?:what|beth)\s+(?:is|are|yw|ydy|ydyw|mae)\s+(?:(?:an?|the|y|yr|['’]r)\s+)?([^?]{3,60})\??$/i.exec(text)?.[1]?.toLowerCase();
  const answer = second?.kind === 'paragraph' ? inlineTextOf(second.content).toLowerCase().replace(/^(?:(?:an?|the|y|yr)\s+)/, '') : '';
  if (term && answer.startsWith(`${term} `)) {
    notes.push({ kind: 'artefact', text: `The first line "${text}" asks what a term is and the paragraph under it answers: read as the first section, not the title (the page's title was not copied).` });
    return [{ ...first, level: 2 }, ...blocks.slice(1)];
  }
  // Not a section word ("Introduction"), nor a sentence under it ("Welcome to our privacy notice.").
  // The site's name may be the organisation's, in two languages ("Cyngor Sir Ynys Môn - Isle of Anglesey County Council").
  // Or its slogan over a short title ("Ar-lein, Mae'n arbed amser" / "Cwcis"), two to four short
  // phrases set off by commas ("Cynnal enw da, gwarchod safonau, mynd i'r afael â phryderon" / "Cwcis").
  // Or a tagline or badge over the notice's own name ("Specialists in palliative care" / "Privacy
  // Notice"; a sign-language badge, SIGN_BADGE, is taken out before, wherever it stands).
  // Never an organisation's name ("Cardiff Parkway Developments Limited" / "Hysbysiad Preifatrwydd"): the title keeps it.
  const tagline = wordCount(text) <= 8 && !SITE_ORG.test(text) && !ORG_WORD.test(text) && /^(?:(?:website |general |full )?privacy (?:notice|policy|statement)|cookie (?:policy|notice)|hysbysiad preifatrwydd|polisi preifatrwydd|datganiad preifatrwydd|polisi cwcis)\b/i.test(next) && wordCount(next) <= 6 && !/[.:?!;,]$/.test(text);
  // (Or the site section the page sits in, its breadcrumb's crumb: "About our website" / "Advertising cookies".)
  // (Or the site's section the page sits under, asked as its menu asks it: "What Happens to my information?" / "Sexual Health
  // Services (Embrace) privacy notice", the notice named straight under it.)
  const crumbQuestion = /\?$/.test(text) && wordCount(text) <= 8 && !!next && NOTICE_NAME.test(next) && wordCount(next) <= 12;
  const siteName = wordCount(text) <= 2 || tagline || crumbQuestion || /^about (?:our|this|the) (?:web ?site|site)$/i.test(text) || (wordCount(text) <= 12 && SITE_ORG.test(text) && !/[.:?!]$/.test(text)) || (wordCount(text) <= 12 && wordCount(next) <= 3 && isSlogan(text));
  if (second?.kind === 'heading' && next && siteName && !DOCUMENT_KIND.test(text) && !/^(?:introduction|contents|overview|summary|cyflwyniad|cynnwys|trosolwg|crynodeb)$/i.test(text) && DOCUMENT_KIND.test(next) && !/[.!]$/.test(next)) {
    notes.push({ kind: 'artefact', text: `The first line "${text}" reads as the site's name above the notice's title "${next}": kept as a line of the introduction.` });
    return [{ kind: 'paragraph', content: first.content }, { ...second, level: 1 }, ...blocks.slice(2)];
  }
  // The site's name and its motto over the notice's own name ("Ysgol Caer Elen" / "Daw derwen o fesen
  // fach" / "Hysbysiad Preifatrwydd - Presenoldeb Medi 2020"; "Riverside School" / "Learning together"
  // / "Privacy Notice for Parents"): both are the site's; the third line is the title.
  const third = blocks[2];
  const motto = second?.kind === 'heading' ? inlineTextOf(second.content) : '';
  const named = third?.kind === 'heading' ? inlineTextOf(third.content) : '';
  // (The first may be the header image's text alternative instead of the site's name: "Menyw yn helpu
  // bachgen llenwi ffurflen" / "Hyb Gwybodaeth a Dysgu" / "Polisi preifatrwydd a chwcis".)
  const plainLine = !/[.:?!;,]$/.test(text) && !INTERROGATIVE.test(text) && !QUESTION_WORD.test(text) && !/^(?:introduction|contents|overview|summary|cyflwyniad|cynnwys|trosolwg|crynodeb)$/i.test(text);
  if (second?.kind === 'heading' && third?.kind === 'heading' && wordCount(text) <= 8 && (SITE_ORG.test(text) || ORG_WORD.test(text) || plainLine) && !DOCUMENT_KIND.test(text)
    && wordCount(motto) <= 8 && !DOCUMENT_KIND.test(motto) && !/[.:?!;,]$/.test(motto) && !INTERROGATIVE.test(motto) && !/^(?:introduction|contents|overview|summary|cyflwyniad|cynnwys|trosolwg|crynodeb)$/i.test(motto)
    && NOTICE_NAME.test(named) && NOTICE_NAME.exec(named)!.index === 0 && wordCount(named) <= 12) {
    notes.push({ kind: 'artefact', text: `The first lines "${text}" and "${motto}" read as the site's name and motto above the notice's title "${named}": kept as lines of the introduction.` });
    return [{ kind: 'paragraph', content: first.content }, { kind: 'paragraph', content: second.content }, { ...third, level: 1 }, ...blocks.slice(3)];
  }
  if (second?.kind === 'table') {
    const head = (b: DocBlock | undefined) => (b?.kind === 'table' ? b.head.map(inlineTextOf).join('|').toLowerCase() : undefined);
    const parallel = blocks.some((b, i) => i > 1 && b.kind === 'heading' && head(blocks[i + 1]) === head(second));
    if (parallel) return [{ ...first, level: 2 }, ...blocks.slice(1)];
  }
  return blocks;
}

/** Words of a line about information, the law or the page: a title's, never only the site's. */
const ABOUT_THE_PAGE = /\b(?:information|gwybodaeth|wybodaeth|data|law|laws|legislation|processing|prosesu|notice|notices|hysbysiad|use|uses|using|defnyddio|about us|amdanom|your|eich|policy|polisi|statement|datganiad|rights|hawliau)\b/i;

/** A line that opens with the document's name ("Privacy Policy", "Privacy Notice - Electoral Registration", "Use of cookies and your data.", "Diogelu Data"). */
const NOTICE_OPENING = /^(?:(?:website|general|full|our|the)\s+)?(?:privacy|cookies?|data protection|use of cookies|hysbysiad preifatrwydd|polisi preifatrwydd|polisi cwcis|datganiad preifatrwydd|diogelu data)\b/i;

/**
 * A page's pointer to the notice's download, with its accessibility caveat ("Download the policy in
 * full", "This file may not be suitable for users of assistive technology. Request an accessible
 * format.", "Our Privacy Notice … can be also be downloaded here.", "Lawrlwythwch y polisi").
 */
const PAGE_POINTER = /^(?:(?:download|lawrlwytho|lawrlwythwch) (?:the|this|our|a|y|yr|ein)\b.{0,60}|this file may not be suitable for users of assistive technology\b.{0,60}|.{0,120}\b(?:can|may)\b.{0,20}\bdownloaded (?:here|below|from)\b.{0,40})$/i;

/** Two to four short phrases set off by commas, with no stop or dash: a site's slogan ("Cynnal enw da, gwarchod safonau, mynd i'r afael â phryderon"). */
function isSlogan(text: string): boolean {
  const phrases = text.split(/,\s+/);
  return phrases.length >= 2 && phrases.length <= 4 && phrases.every((p) => p && !p.includes(',') && wordCount(p) <= 5) && !/\s[–—-]\s/.test(text) && !/[.:?!]$/.test(text);
}

/** A notice's name, a dash or colon, then what it covers, with no full stop. */
// (Or what it covers after a preposition: "Hysbysiad diogelu data ar gyfer cronfeydd o ddefnyddwyr y wefan at ddibenion ymchwil", "Privacy notice for …".)
// (A full stop may end it, as a page's summary line does: "Hysbysiad preifatrwydd ar gyfer ymgeiswyr swyddi a phenodiadau cyhoeddus.".)
// (Or the service's name comes first, the document's kind after a colon: "Book or manage a free NHS flu vaccine at a pharmacy : GDPR information".)
const LONG_TITLE = /^(?:(?:privacy (?:notice|policy|statement)|cookie (?:policy|notice)|data protection (?:notice|statement|policy)|fair processing notice|hysbysiad preifatrwydd|polisi preifatrwydd|datganiad preifatrwydd|hysbysiad diogelu data|datganiad diogelu data|hysbysiad prosesu teg)(?:\s*[-–—:]\s+|\s+(?:for|about|on|of|ar gyfer|am|i|o|y|yr)\s+)[^.!?:;]+\.?|\p{Lu}[^.!?:;]{2,120}?\s?:\s+(?:GDPR information|privacy (?:notice|information|policy|statement)|data protection (?:information|notice)|cookies? (?:policy|notice)|gwybodaeth GDPR|hysbysiad preifatrwydd))$/iu;

/** Protective markings printed on every page of UK public-sector documents. */
const MARKING = /^(?:OFFICIAL|OFFICIAL[- ]SENSITIVE|CONFIDENTIAL|PROTECT|RESTRICTED|UNCLASSIFIED|NOT PROTECTIVELY MARKED)$/i;

/**
 * Running headers and footers of a PDF or printed Word file: a short line repeated on three or
 * more pages (digits ignored, so "Page 1" and "Page 2" are the same line) that names a page, a
 * protective marking or a copyright. Removed wherever they appear.
 */
function removeRunningLines(text: string): { text: string; removed: number } {
  const lines = text.split('\n');
  const key = (line: string) => line.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const line of lines) {
    const k = key(line);
    if (k && k.length <= 120) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const running = (k: string) => (counts.get(k) ?? 0) >= 3 && (/\bpage\s*#/i.test(k) || MARKING.test(k) || /©|\bcopyright\b/i.test(k));
  let removed = 0;
  const kept = lines.map((line) => {
    if (!running(key(line))) return line;
    removed++;
    return '';
  });
  return { text: kept.join('\n'), removed };
}

/**
 * The width text was wrapped at, when it was (PDF extraction, e-mail): the length most long
 * lines reach. Undefined for text whose paragraphs are one line each (Word copy-paste).
 */
function wrapWidth(lines: Line[]): number | undefined {
  const texts = lines.filter((l) => !l.marker).map((l) => l.text.trimEnd());
  const lengths = texts.map((t) => t.length).sort((a, b) => a - b);
  if (lengths.length < 8) return undefined;
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < 50 || width > 140) return undefined;
  // Wrapped text has many lines just short of the width; one-line paragraphs vary widely.
  const near = texts.filter((t) => t.length >= width * 0.8 && t.length <= width * 1.1);
  // And a wrap cuts sentences: most lines near the width stop mid-sentence. One-line paragraphs of
  // about one length end their sentences ("The Council is the Data Controller for the personal data
  // we process." / "We may collect and process the following types of personal data:").
  const open = near.filter((t) => !/[.!?:;]["'’”)]?$/.test(t)).length;
  return near.length / lengths.length >= 0.3 && open * 2 >= near.length ? width : undefined;
}

/** A heading that names a field whose value follows on the next line. */
const LABEL_HEADING = /^(?:(?:the\s+)?(?:data\s+)?controller(?:\s+(?:name|contact details|details))?|name|address|contact(?: details)?|data protection officer(?: \(dpo\))?|dpo|owner|rheolydd data|rheolwr data|enw|cyfeiriad)\s*:?$/i;

/**
 * Page furniture copied with a web page's text: skip links, accessibility tools, menus; a banner
 * image's text ("EC Default Banner"), the platform's credit ("Powered by …", "Wedi'i bweru gan …")
 * and a page region's label ("Privacy Notice - Header").
 */
// Also a SharePoint page's "Desktop" switch and "You are in :" trail, and a cookie banner's "By continuing to use the site …" (Welsh "Trwy barhau i ddefnyddio'r wefan …").
const CHROME = /^\[?(?:skip ribbon commands|desktop|you are in\s*:?|(?:by continuing to (?:use|browse)|trwy barhau i (?:ddefnyddio|bori))\b.*|accessibility links|(?:listen with|gwrandewch (?:gyda|â)) browsealoud|language selection|dewis (?:eich )?iaith|(?:please )?(?:select|choose) (?:a|your) language|dewis(?:i?w)ch (?:eich )?iaith(?: os gwelwch yn dda)?|cau|close|hepgor gwe-lywio|symud i['’]r prif gynnwys|hepgor i['’]r (?:prif )?gynnwys|on this page|ar y dudalen hon|page content|cynnwys y dudalen|\d{1,3}|.*breadcrumb separator.*|(?:new )?(?:tele)?phone numbers?|\+?\d[\d ]{7,15}|(?:helpline|enquiries|general enquiries|switchboard|ymholiadau(?: cyffredinol)?|llinell gymorth)\s*:?\s*\+?\d[\d ]{7,15}|contact us\s*[»›>]?|(?:this is a new (?:website|service)|gwefan newydd yw hon)\b.*|text (?:colou?r|size)\s*:?(?:\s+[A-Z])*|[A-Z]|(?:high )?contrast|policy paper|papur polisi|guidance|canllawiau|corporate report|dogfen|(?:coronavirus|coronafeirws|covid-19)(?:\s*\(covid-19\))?\s*[:–-]\s*(?:(?:the )?(?:latest|information|advice|updates?)\b.*|(?!.*\b(?:privacy|preifatrwydd|notice|hysbysiad|policy|polisi)\b).{60,})|(?:try|test|visit|preview)\b.{0,40}\bnew website\b.*|cookie consent by\b.*|.{0,40}\b(?:your feedback will help us|bydd eich adborth yn ein helpu)\b.*|skip to (?:the )?(?:main )?content|skip to (?:site map|accessibility statement|navigation)|(?:skip to [\w ]+?\s*)+|neidio i['’]r (?:prif )?gynnwy?s?|(?:full width )?image\s*[-–]?|enable recite|accessibility (?:tools|links)|access ?keys\s*:?|browsealoud|menu|search|quick exit|leave this site|cookie settings|privacy settings|(?:manage )?cookie preferences|gosodiadau (?:cwcis|preifatrwydd)|home|hafan|english|cymraeg|back to top|print(?: this page)?|(?:main |site )?logo|[^.!?:]{0,80}\slogo(?:\s[^.!?:]{0,120})?|logo\s[^.!?:]{1,80}|(?!.*\b(?:cookie|cwci))(?:[^.!?:]{0,60}\s)?(?:(?:default|page|hero|header|top|main) )?banner(?: image)?|(?:powered|hosted|built) by\s[^.!?:]{1,40}|(?:wedi['’]i )?(?:bweru|pweru) gan\s[^.!?:]{1,40}|[^.!?:|]{1,60}\s[-–]\s(?:header|footer|pennyn|troedyn)|play video|please enable javascript[^.]*\.?|you are here|(?:\d{1,2}\.\s*)?(?:home|hafan)|toggle (?:mobile )?(?:menu|navigation)(?: visibility)?|toglo (?:gwelededd )?(?:y )?(?:dewislen|llywio)(?: symudol)?|(?:alpha|beta)\s+(?:this is a new service\b.*|gwasanaeth newydd yw hwn\b.*|(?:this|it) is a (?:new|trial) service\b.*|(?:this|it) is a (?:prototype|pilot|trial)\b.*))\]?$/i;

/**
 * Skip links copied as lines ("Skip to main content", "start content", "top of page", "Neidio i'r
 * prif gynnwys", "Yn ôl i'r brig"): the links a page gives keyboard and screen-reader users to move
 * about it (WCAG 2.4.1 Bypass Blocks), never the notice's wording, wherever the copy put them (one
 * between the title and the notice's name: "Hysbysiad Preifatrwydd" / "start content" / …).
 */
// ("Skip to contents of guide", a council's guide pages; Welsh "Ewch i’r prif gynnwys".)
const SKIP_LINK = /^\[?(?:skip (?:to|over) (?:the )?(?:main |page )?(?:contents? of (?:this |the )?(?:guide|page)|content|navigation|menu|footer)|ewch i['’]r (?:prif )?gynnwys|(?:jump|go) to (?:the )?(?:main |page )?(?:content|navigation|menu)|(?:neidio|gwibio) (?:i['’]r|at y) (?:prif )?(?:cynnwys|gynnwys|fwydlen|ddewislen|llywio)(?: (?:fordwyo|lywio|llywio))?|start (?:of )?(?:the )?(?:main |page )?content|(?:end|bottom) of (?:the )?(?:main )?(?:content|navigation|menu)|(?:back|return|go) to (?:the )?top(?: of (?:the )?page)?|top of (?:the )?page|neidio i['’]r (?:prif )?gynnwy?s?|hepgor i['’]r (?:prif )?gynnwys|(?:yn ôl )?i['’]r brig|(?:yn ôl )?i frig y dudalen|brig y dudalen|dechrau['’]r cynnwys)\]?$/i;

/** A page's machine timestamp, run onto its slug or name ("privacy policy2019-07-08T14:47:10+00:00"): the CMS's, never the title. */
const PAGE_STAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A site-wide alert's heading ("Gwybodaeth am wyliau'r banc - y Pasg", "Gwaith cynnal hanfodol ar y
 * wefan – Dydd Iau 9 Ionawr 2020"; "Bank holiday opening hours", "Planned website maintenance"):
 * the site's news about holidays, closures and maintenance, shown above every page.
 */
const SITE_ALERT = /\b(?:(?:essential|planned|scheduled|urgent) (?:website |site |system )?maintenance|(?:website|site|system) maintenance|bank holidays?|(?:christmas|easter|festive|holiday) (?:opening|closures?|arrangements|hours)|service disruption|g?wyliau['’]r banc|gŵyl y banc|gwaith cynnal(?: a chadw)?(?: hanfodol)? ar y (?:wefan|system)|oriau agor (?:dros )?(?:y nadolig|y pasg|yr ŵyl)|tarfu ar (?:y )?wasanaeth(?:au)?)\b/i;

/**
 * A field label a CMS template left in the page ("Summary (optional)", "Crynodeb (dewisol)"): an
 * empty field's name, never a heading.
 */
const TEMPLATE_LABEL = /^(?:summary|description|teaser|intro(?:duction)?|crynodeb|disgrifiad|cyflwyniad)\s*\((?:optional|dewisol)\)$/i;

/**
 * A site's account links at the top of the page ("Login" / "Forgotten password?" / "Create Community
 * Alerts Account"; "Mewngofnodi" / "Wedi anghofio'ch cyfrinair?" / "Creu cyfrif"), and a "Back to
 * top" link cut to its last word ("top"): the site's furniture, never the notice's title or headings.
 */
// ("Log in or Register to save progress": the two links with what they are for.)
const ACCOUNT_LINK = /^(?:top|(?:log ?in|sign in)(?:\s+(?:or|\/)\s+(?:register|sign up|create an account))?(?:\s+to\s+[\p{L} ]{1,40})?|log ?out|sign (?:in|out|up)|register|my account|forgot(?:ten)? (?:your )?password\??|create (?:an? |your )?(?:[\p{L}-]+ ){0,3}account|mewngofnodi|allgofnodi|cofrestru|fy nghyfrif|wedi anghofio['’](?:ch|r)? cyfrinair\??|creu cyfrif(?: [\p{L}-]+){0,3})$/iu;

/** A breadcrumb trail with its label ("You are here: Home > Privacy notice", "Yr ydych yma: Datganiad Preifatrwydd"): the crumbs. */
const HERE = /^(?:you are (?:currently )?(?:here|in)|(?:yr ydych|rydych)(?: chi)? yma)\s*:\s*(\S.*)$/i;

/** The site's home page as a breadcrumb's first crumb, after the page's language switch ("cy", "English") when it has one. */
const HOME_CRUMB = /^(?:(?:en|cy|english|cymraeg)\s+)?(?:home|hafan|cartref)\s*[>›»|/]?\s+\S/i;

/**
 * A campaign's or newsletter's call to the visitor, copied with the page around a notice
 * ("Ymunwch â'r gymuned" / "Eisiau clywed am ein prosiectau, ymgyrchoedd a digwyddiadau diweddaraf
 * trwy ebost?" / "Enwebwch ni i gael £1,000!"; "Sign up to our newsletter", "Want to hear about our
 * latest news by email?", "Donate now!"): an exclamation, an invitation to join, sign up or give, or
 * a question offering news by email. A notice's headings state or ask; they never exclaim.
 */
// (And a link's words sending the reader on: "Learn more about online advertising", "Find out more about Google Analytics".)
const CALL_TO_ACTION = /^[^.?]{2,100}!$|^(?:learn|find out|read) more (?:about|on)\b[^.?:]{2,80}$|^(?:need|angen) (?:to talk|to speak to someone|someone to talk to|help|support|advice|siarad|help|cymorth|cyngor)\?$|^(?:join (?:us|our|the)|ymunwch (?:â|ag)|sign up|cofrestrwch|subscribe|tanysgrifiwch|donate|rhoddwch)(?=[\s'’]|$).{0,40}$|^(?:want to|would you like to|do you want to|eisiau|hoffech chi|ydych chi eisiau)\s+(?:hear|keep up|stay up|receive|get|clywed|derbyn|cael)\b.*\b(?:news|updates?|newsletters?|e-?mails?|ebost|e-bost|newyddion|diweddariadau|campaigns?|ymgyrch\w*|events|digwyddiadau|projects|prosiectau)\b.*\?$/i;

/**
 * A site's footer or menu links copied as one line ("Accessibility & Cookies", "Sitemap | Privacy |
 * Terms", "Hygyrchedd a Chwcis"): two or more of the pages every site links to, one of them no part
 * of a notice's name (accessibility, sitemap, terms, contact), so that "Privacy and cookies" stays a
 * title.
 */
const MENU_ITEM = /^(?:accessibility(?: statement)?|sitemap|site map|terms(?: (?:and|&) conditions| of use)?|contact(?: us)?|hygyrchedd|datganiad hygyrchedd|map o['’]r safle|map y safle|telerau(?: ac amodau)?|cysylltu â ni|cysylltwch â ni|cookies|privacy|[cg]wcis|preifatrwydd)$/i;
function isSiteMenu(text: string): boolean {
  const items = text.trim().split(/\s*(?:[&|,•·]|\band\b|\ba\b|\bac\b)\s*/i).filter(Boolean).map((w) => w.replace(/^[Cc]hwcis$/, 'cwcis'));
  return items.length >= 2 && items.every((w) => MENU_ITEM.test(w)) && items.some((w) => !/^(?:cookies|privacy|[cg]wcis|preifatrwydd)$/i.test(w));
}

/**
 * An image's text copied as a line above the notice: its alternative text naming only its role
 * ("Banner Default Image", "Hero image"), or its file name ("national-park-authority-headquarters-
 * building-with-logo-prominent", five or more words in small letters joined by hyphens).
 */
const IMAGE_LINE = /^(?:(?:[Bb]anner|[Hh]ero|[Hh]eader|[Dd]efault|[Pp]age|[Ff]eatured|[Mm]ain)\s+){1,3}[Ii]mage$|^[a-z0-9]+(?:-[a-z0-9]+){4,}$/;

/**
 * Lines only a page's top has, never a notice's: a loading indicator ("Loading", "Llwytho…"), the
 * word naming the form a notice is shown in ("Form", "Ffurflen"), and a campaign's banner asking for
 * support ("Support our Old Library Campaign", "Cefnogwch ein hapêl"), beside "Donate Now"; a
 * quick-exit button ("Cuddio'r dudalen", "Hide this page"), an icon's text alternative ("instagram
 * icon"), a site's accessibility panel ("Accessibility and Display Options" / "Choose accessibility
 * and display settings" / "Text Preferences" / "Colour Schemes" / "Save Close"), and a help banner's
 * lines ("Call our 24h help desk.", "We’re here to help").
 */
// (And a form's consent box copied with its field's label: "Privacy Policy* I have read and agree to Hospiscare's privacy policy".)
const TOP_FURNITURE = /^(?:loading|llwytho|please wait|arhoswch)(?:\s*(?:\.\.\.|…))?$|^(?:form|ffurflen|online form|ffurflen ar-?lein)$|^(?:support|back|give to|donate to|cefnogwch|rhoddwch i)\s+(?:us|our|ein|ni)\b[^.!?:]{0,60}\b(?:campaign|appeal|fund|ymgyrch|hymgyrch|apêl|hapêl|cronfa)$|^(?:hide (?:this )?(?:page|site)|cuddio['’]r (?:dudalen|wefan)(?: hon)?|exit (?:this )?(?:site|page)(?: (?:now|quickly))?|gadael y (?:wefan|dudalen)(?: hon)?(?: yn gyflym)?)$|^(?:[a-z-]+ ){1,2}icon$|^eicon(?: [a-z-]+){1,2}$|^(?:accessibility|display|hygyrchedd)(?: (?:and|&|a) (?:display|accessibility|arddangos))? (?:options|settings|controls|tools|opsiynau|gosodiadau|rheolaethau|offer)$|^(?:text size|font size|contrast|high contrast|colou?r contrast|multimedia|maint (?:y )?testun|cyferbyniad)$|^(?:choose|change|set) (?:your )?(?:accessibility|display)(?: (?:and|&) (?:accessibility|display))? (?:settings|options)$|^(?:text|font) (?:preferences|size|settings)$|^colou?r schemes?$|^(?:save|close|cancel|reset|cadw|cau)(?: (?:save|close|cancel|reset|cadw|cau))+$|^call (?:us|our)\b[^.!?]{0,50}\.?$|^(?:we['’]re|we are) here (?:to help|for you)\.?$|^rydyn ni yma i(?:['’]ch)? (?:helpu|chi)\.?$|^(?:[^.!?*]{0,60}\*\s*)?(?:I have read and (?:agree|accept|understood?)|I agree to (?:the|your|our)|Rwyf wedi darllen ac yn cytuno)\b[^.!?]{0,100}\.?$/i;

/**
 * The text alternatives of a row of icons copied as one line, each icon's name before the same
 * phrase ("Phone human-readable description of the message we trying to accomplish. Search
 * human-readable description … . Map pin human-readable description …", a template's placeholder
 * left in every icon): the page's header, never the notice's.
 */
function isIconLabels(text: string): boolean {
  const parts = text.trim().split(/(?<=[.!?])\s+/).map((p) => p.split(/\s+/));
  if (parts.length < 2) return false;
  let common = 0;
  while (common < parts[0]!.length && parts.every((p) => p.length > common && p[p.length - 1 - common]!.toLowerCase() === parts[0]![parts[0]!.length - 1 - common]!.toLowerCase())) common++;
  return common >= 4 && parts.every((p) => p.length - common >= 1 && p.length - common <= 3);
}

/**
 * A cookie banner copied before the page's skip link ("Dywedwch wrthym a ydych chi'n derbyn cwcis
 * ons.gov.uk" / "Rydym ni'n defnyddio cwcis …" / "You have accepted all additional cookies. …" /
 * "Neidio i'r prif gynnwys"; GOV.UK and most templates put the banner first in the page, before the
 * link to skip to its content): the lines above a skip link near the top, short, one of them a
 * sentence about cookies and none the page's own name ("Cookie policy"), are the banner's.
 */
function bannerBeforeSkipLink(lines: Line[]): number {
  const skip = lines.slice(0, 8).findIndex((l) => !l.marker && SKIP_LINK.test(l.text.trim()));
  if (skip < 1) return 0;
  const before = lines.slice(0, skip);
  const cookies = (t: string) => /\b(?:cookies?|[cg]wcis?)\b/i.test(t);
  if (before.some((l) => l.marker || wordCount(l.text) > 40 || NOTICE_TITLE.test(l.text.trim()) || /^(?:cookies?|[cg]wcis?)(?: (?:policy|notice|polisi))?$/i.test(l.text.trim()))) return 0;
  return before.some((l) => cookies(l.text) && TERMINAL.test(l.text.trim()) && wordCount(l.text) >= 8) ? skip : 0;
}

/** A line of nothing but a mark ("." or "-" over the title): a separator or an empty element's bullet, no words. */
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]{1,3}$/u;

/**
 * "On this page" over the bulleted links to the notice's sections ("On this page" / "- About us" /
 * "- How is your personal information collected" / …): the notice's own contents list and its label,
 * not the site's furniture (the label alone, or over a menu's short links, is).
 */
function contentsOverList(lines: Line[], n: number): boolean {
  const items = lines.slice(n + 1, n + 4);
  return CONTENTS_LABEL.test(lines[n]!.text.trim()) && items.length === 3 && items.every((l, k) => !!l.marker && (k === 0 || l.gap === 0)) && items.some((l) => wordCount(l.text) >= 4);
}

/** Drops furniture lines at the start of the text (noted). */
function dropChrome(lines: Line[], notes: RouteNote[]): Line[] {
  let n = 0;
  const banner = bannerBeforeSkipLink(lines);
  if (banner) {
    notes.push({ kind: 'artefact', text: `${banner} line${banner === 1 ? '' : 's'} of the site's cookie banner before the page's skip link ("${lines[0]!.text.trim().slice(0, 60)}" …) removed: the banner is the page's, not the notice's.` });
    lines = lines.slice(banner);
  }
  // A breadcrumb trail flattened onto one line, from the home page to the page's title that the
  // next line shows ("cy Cartref Hysbysiad Preifatrwydd" / "Hysbysiad Preifatrwydd"); the title may
  // be long, the crumbs before it are few ("Cartref Cyngor Mynediad i Wybodaeth Hysbysiadau
  // Preifatrwydd Gwarchod y Cyhoedd – Iechyd yr Amgylchedd - …" / "Gwarchod y Cyhoedd – …").
  const homeTrail = (k: number) => {
    const line = lines[k]!.text.trim();
    const next = lines[k + 1]?.text.trim() ?? '';
    return HOME_CRUMB.test(line) && wordCount(line) - wordCount(next) <= 10 && !!next && wordCount(next) < wordCount(line) && line.toLowerCase().endsWith(` ${next.toLowerCase()}`);
  };
  let crumb: string | undefined;
  // A site-wide alert at the page's top, its heading and its one paragraph ("Gwybodaeth am wyliau'r
  // banc - y Pasg" / "Gwybodaeth am wyliau'r banc ar gyfer ein gwasanaethau, …"), when the notice's
  // own name follows within a few lines: the site's, not the notice's.
  const alertAt = (k: number) => {
    const head = lines[k]!.text.trim();
    const body = lines[k + 1];
    return !lines[k]!.marker && SITE_ALERT.test(head) && wordCount(head) <= 14 && !/[.:;!?]$/.test(head) && !!body && !body.marker && wordCount(body.text) >= 8 && wordCount(body.text) <= 80
      && !DOCUMENT_KIND.test(head) && lines.slice(k + 2, k + 8).some((l) => DOCUMENT_KIND.test(l.text) || HOME_CRUMB.test(l.text.trim()));
  };
  const alerts: string[] = [];
  while (n < Math.min(lines.length, 10) && alertAt(n)) {
    alerts.push(lines[n]!.text.trim());
    lines = [...lines.slice(0, n), ...lines.slice(n + 2)];
  }
  // (A line of more than 80 words is never furniture, whatever its opening: a notice pasted as one
  // line, "beta This is a new service – … Cookies This website puts small files …", is the notice.)
  while (n < Math.min(lines.length, 10) && (wordCount(lines[n]!.text) <= 80 || isSiteMenu(lines[n]!.text)) && (PAGE_STAMP.test(lines[n]!.text.trim()) || PUNCTUATION_ONLY.test(lines[n]!.text.trim()) || IMAGE_LINE.test(lines[n]!.text.trim()) || isIconLabels(lines[n]!.text) || ((CHROME.test(lines[n]!.text.trim()) && !contentsOverList(lines, n)) || isSiteMenu(lines[n]!.text) || CALL_TO_ACTION.test(lines[n]!.text.trim()) || TOP_FURNITURE.test(lines[n]!.text.trim()) || SKIP_LINK.test(lines[n]!.text.trim()) || ACCOUNT_LINK.test(lines[n]!.text.trim()) || HERE.test(lines[n]!.text.trim()) || homeTrail(n)))) {
    const here = HERE.exec(lines[n]!.text.trim());
    crumb = here ? here[1]!.split(/\s*(?:[>›»|\\/]|→)\s*/).filter(Boolean).pop() : undefined;
    n++;
    while (n < Math.min(lines.length, 10) && alertAt(n)) {
      alerts.push(lines[n]!.text.trim());
      lines = [...lines.slice(0, n), ...lines.slice(n + 2)];
    }
  }
  // A site's menu copied as short lines with its separators ("-" / "Eich Undeb" / "Gwybodaeth Gyffredinol" / "-" / "Cymerwch Ran!" /
  // … / "- Etholiadau") straight over the notice's name ("Datganiad Preifatrwydd a Chyfrinachedd …"): the header's, not sections.
  const nameAt = lines.slice(n, n + 30).findIndex((l) => !l.marker && DOCUMENT_KIND.test(l.text) && wordCount(l.text) <= 14 && looksLikeHeading(l.text.trim()));
  if (nameAt >= 5) {
    const menu = lines.slice(n, n + nameAt);
    const separators = menu.filter((l) => PUNCTUATION_ONLY.test(l.text.trim()) || !!l.marker).length;
    if (separators >= 2 && menu.every((l) => wordCount(l.text) <= 4 && !/[.:;]$/.test(l.text.trim()) && !DOCUMENT_KIND.test(l.text))) {
      notes.push({ kind: 'artefact', text: `${menu.length} lines of the site's menu above the notice's name ("${menu.map((l) => l.text.trim()).filter((t) => !PUNCTUATION_ONLY.test(t)).slice(0, 3).join('", "')}" …) removed.` });
      n += nameAt;
    }
  }
  // The site's name over its logo's link, whose text is the name and "home" ("Children's Hearing Scotland" / "Children's Hearing
  // Scotland home"; "Hafan Cyngor Gwynedd"): the header's, not the notice's title.
  const logoLink = (name: string, link: string) => {
    const x = name.trim().toLowerCase();
    const l = link.trim().toLowerCase().replace(/^(?:go to|back to|return to)\s+(?:the\s+)?/, '');
    return wordCount(name) <= 10 && (l === `${x} home` || l === `${x} homepage` || l === `${x} home page` || l === `${x} - home` || l === `hafan ${x}`);
  };
  if (n + 2 < lines.length && !lines[n]!.marker && logoLink(lines[n]!.text, lines[n + 1]!.text)) {
    notes.push({ kind: 'artefact', text: `The site's name and its logo's link ("${lines[n]!.text.trim()}", "${lines[n + 1]!.text.trim()}") above the notice removed.` });
    n += 2;
  }
  if (alerts.length) notes.push({ kind: 'artefact', text: `The site's alert${alerts.length === 1 ? '' : 's'} ("${alerts.join('", "')}") above the notice removed, with ${alerts.length === 1 ? 'its paragraph' : 'their paragraphs'}.` });
  // The same trail a line or two further on, after the site's own strapline ("We are a partnership
  // of NHS, councils, and voluntary sector organisations, …" / "Home E Privacy Notices (ICB)", its
  // separator copied as a letter / "Privacy Notices (ICB)"): the page starts at its title; the
  // strapline, a sentence, is kept as a line of the introduction under it.
  const trailAt = [n + 1, n + 2].find((k) => k + 1 < lines.length && homeTrail(k) && lines.slice(n, k).every((l) => !l.marker && TERMINAL.test(l.text.trim()) && wordCount(l.text) <= 40));
  if (trailAt !== undefined) {
    notes.push({ kind: 'artefact', text: `The site's strapline ("${lines[n]!.text.trim().slice(0, 60)}" …) before the page's breadcrumb and title was kept as a line of the introduction.` });
    lines = [...lines.slice(0, n), lines[trailAt]!, lines[trailAt + 1]!, ...lines.slice(n, trailAt), ...lines.slice(trailAt + 2)];
    n++;
  }
  // A menu button the page shows twice in capitals (desktop and mobile: "REPORT CRIME ONLINE" /
  // the same again) before the notice's title: furniture. A repeated line in ordinary case is the
  // page's title shown twice (breadcrumb and heading: "Hotjar" / "Hotjar") and is kept.
  let m = n;
  while (m + 1 < Math.min(lines.length, n + 6) && lines[m]!.text.trim() === lines[m + 1]!.text.trim() && !/\p{Ll}/u.test(lines[m]!.text) && !DOCUMENT_KIND.test(lines[m]!.text)) m += 2;
  if (m > n && m < lines.length && DOCUMENT_KIND.test(lines[m]!.text) && wordCount(lines[m]!.text) <= 12) n = m;
  // A breadcrumb trail before the page's title shown twice (the trail's last item and the heading:
  // "About Us" / "How we use information about you" / "How we use information about you"): the
  // short lines before the repeated one are the trail.
  // The heading may come in capitals, a line after it ("Privacy Notice - General" / "Audience: All" /
  // "PRIVACY NOTICE - GENERAL").
  const same = (a: Line | undefined, b: Line) => !!a && a.text.trim().toLowerCase() === b.text.trim().toLowerCase();
  // (Or after the page's lead paragraph, when crumbs come before it: "Amdanom ni" / "Defnyddio eich
  // gwybodaeth" / "Eich Gwybodaeth Eich Hawliau" / "Mae'r daflen hon yn esbonio … sut y gellir
  // defnyddio hyn:" / "Eich Gwybodaeth Eich Hawliau", the page's heading and its panel's.)
  const lead = (l: Line | undefined) => !!l && !l.marker && wordCount(l.text) <= 40 && TERMINAL.test(l.text.trim());
  // (The trail may be a bulleted list from "Home" on: "- Home" / "- Privacy policies" / "- Privacy
  // Policy for Supporters" / "Privacy Policy for Supporters"; its last crumb goes, the heading stays.)
  const homeBullets = n > 0 && !!lines[n - 1]!.marker && /^(?:home|hafan|cartref)$/i.test(lines[n - 1]!.text.trim());
  // (Under such a trail the page's heading may be in capitals: "1. Hafan" / "2. Polisi Preifatrwydd" /
  // "3. ADRAN 12 - …" / "ADRAN 12 - …"; elsewhere a line in capitals twice is a menu's button.)
  const twice = lines.slice(n, n + 5).findIndex((l, k) => (same(lines[n + k + 1], l) || (same(lines[n + k + 2], l) && (wordCount(lines[n + k + 1]!.text) <= 4 || (k > 0 && lead(lines[n + k + 1]))))) && (/\p{Ll}/u.test(l.text) || homeBullets) && wordCount(l.text) <= 12 && looksLikeHeading(l.text.trim()));
  let copy = -1;
  // (Crumbs under a marked "Home" may be pages' full titles: "1. Home" / "2. Privacy" / "3. Privacy
  // notice - Adult Social Care: your information and you" / "4. What is the legal basis …?" / the heading.)
  // (The notice's own name over a question shown twice, "Privacy Notice" / "What is a Privacy
  // Notice?" / the same again, is its title over an accordion's first panel, not a trail.)
  const titleOverPanel = twice > 0 && NOTICE_TITLE.test(lines[n + twice - 1]!.text.trim()) && /\?$/.test(lines[n + twice]!.text.trim());
  if (twice > 0 && twice <= 3 && !titleOverPanel && lines.slice(n, n + twice).every((l) => (wordCount(l.text) <= 6 || (homeBullets && !!l.marker && wordCount(l.text) <= 12)) && (!l.marker || homeBullets) && !/[.!?:;,]$/.test(l.text.trim()) && looksLikeHeading(l.text.trim()))) {
    n += twice;
    if (homeBullets && lines[n]!.marker && !lines[n + 1]?.marker && same(lines[n + 1], lines[n]!)) n++;
    // The heading's copy a line further on goes; the line between (a label, "Audience: All") stays.
    else if (!same(lines[n + 1], lines[n]!)) copy = n + 2;
  } else if (twice === 0 && homeBullets && lines[n]!.marker && !lines[n + 1]!.marker) {
    // (The trail may be only "Home" and the page: "1. Home" / "2. Data Protection Privacy Notice" /
    // "Data Protection Privacy Notice"; "- Home" / "- Cookies" / "Cookies": the last crumb goes.)
    n++;
  }
  // The site's menu copied over the page's breadcrumb and its title ("UK approved programme" /
  // "International" / … / "Home > Apply > How we use your personal data" / "How we use your personal
  // data"): the trail's last crumb is the title; the short lines over the trail are the menu.
  const overTrail = lines.slice(n, n + 12).findIndex((l, k) => {
    const crumbs = l.text.trim().split(/\s*[>›»]\s*/);
    return k >= 2 && !l.marker && HOME_CRUMB.test(l.text.trim()) && crumbs.length >= 2 && wordCount(l.text) <= 16
      && lines.slice(n + k + 1, n + k + 3).some((m) => !m.marker && m.text.trim().toLowerCase() === crumbs[crumbs.length - 1]!.toLowerCase());
  });
  if (overTrail > 0 && lines.slice(n, n + overTrail).every((l) => wordCount(l.text) <= 6 && !/[.!?:;,]$/.test(l.text.trim()))) {
    n += overTrail + 1;
  }
  // A breadcrumb trail whose separators the copy lost, ending in the page's name that the next line gives ("Home Your Safety Safety at
  // Home Book a Safe and Well Visit Safe and Well Visits Privacy Notice" / "Safe and Well Visits Privacy Notice"): the trail is the site's.
  const named = lines[n + 1]?.text.trim() ?? '';
  if (n + 1 < lines.length && /^(?:Home|Hafan|Cartref)\s/.test(lines[n]!.text.trim()) && named.length >= 8 && lines[n]!.text.trim().endsWith(` ${named}`) && wordCount(lines[n]!.text) <= 30 && !TERMINAL.test(named)) n++;
  if (n) notes.push({ kind: 'artefact', text: `${n} line${n === 1 ? '' : 's'} of web page furniture at the start ("${lines.slice(0, n).map((l) => l.text.trim()).join('", "')}") removed.` });
  // The language switcher ("EnglishCymraeg", "English | Cymraeg") under the site's name, in the first lines.
  let rest = dropSkipLinks(lines.slice(n).filter((_, k) => k + n !== copy), notes);
  // A breadcrumb's last crumb names the page ("Yr ydych yma: Datganiad Preifatrwydd" / "Mae'r rhybudd
  // preifatrwydd yma yn dweud wrthoch …"): the title, when the page shows no other after the trail
  // (the next line is body, not a heading) and the crumb is not repeated as a line of its own.
  const first = rest[0]?.text.trim() ?? '';
  if (crumb && lines[n - 1] && HERE.test(lines[n - 1]!.text.trim()) && wordCount(crumb) <= 10 && !/^(?:home|hafan|cartref)$/i.test(crumb) && looksLikeHeading(crumb) && first && !looksLikeHeading(first)
    && !rest.slice(0, 3).some((l) => l.text.trim().toLowerCase() === crumb!.toLowerCase())) {
    notes.push({ kind: 'artefact', text: `The breadcrumb's last item "${crumb}" was read as the title: the page shows no other.` });
    rest = [{ text: crumb, indent: 0, tab: false, gap: 0 }, ...rest];
  }
  // A trail under the title it ends with ("Privacy Notice" / "Home | Privacy Notice"): the page's
  // breadcrumb shown after its heading.
  const trail = rest.slice(1, 6).findIndex((l, k) => {
    const text = l.text.trim();
    const crumbs = text.split(/\s*[>›»|/]\s*/);
    return HOME_CRUMB.test(text) && crumbs.length >= 2 && wordCount(text) <= 12 && crumbs.pop()!.toLowerCase() === rest[k]!.text.trim().toLowerCase();
  }) + 1;
  if (trail > 0) {
    notes.push({ kind: 'artefact', text: `The page's breadcrumb ("${rest[trail]!.text.trim()}") under its title removed.` });
    rest = [...rest.slice(0, trail), ...rest.slice(trail + 1)];
  }
  // The browser tab's title, the page's name and the site's after a bar, over the page's name alone
  // ("Information Charter | Norfolk Constabulary" / "Information Charter"): the page's name is the title.
  const tab = rest[0] && !rest[0].marker ? /^(.{3,120}?)\s+\|\s+(.{3,80})$/.exec(rest[0].text.trim()) : null;
  if (tab && rest.slice(1, 3).some((l) => !l.marker && l.text.trim().toLowerCase() === tab[1]!.toLowerCase())) {
    notes.push({ kind: 'artefact', text: `The page's tab title ("${rest[0]!.text.trim()}") over its heading removed.` });
    rest = rest.slice(1);
  }
  // The page template's fields over the title, flush on one another, one of them the title again
  // ("Name: Council Tax Privacy Notice" / "Description: Council Tax Privacy Notice" / "Council Tax
  // Privacy Notice"): the content system's record of the page, not the notice.
  const templateField = /^(?:name|title|description|summary|teaser|page title|enw|teitl|disgrifiad|crynodeb)\s*:\s*(\S.*)$/i;
  let fields = 0;
  while (fields < rest.length && !rest[fields]!.marker && templateField.test(rest[fields]!.text.trim()) && (fields === 0 || rest[fields]!.gap === 0)) fields++;
  const titleLine = rest[fields]?.text.trim().toLowerCase();
  if (fields && titleLine && rest.slice(0, fields).some((l) => templateField.exec(l.text.trim())![1]!.trim().toLowerCase() === titleLine)) {
    notes.push({ kind: 'artefact', text: `The page template's field${fields === 1 ? '' : 's'} over the title ("${rest.slice(0, fields).map((l) => l.text.trim()).join('", "')}") removed.` });
    rest = rest.slice(fields);
  }
  // The site's header copied flush over the page's title and its lead paragraph, in a text whose
  // paragraphs blank lines set apart a few lines on ("NHS Wales Dental Referral Management System" /
  // "Iaith" / "Eich Bwrdd Iechyd" / "Cadw data'n ddiogel" / "Rydym yn cymryd diogelwch eich data …"): the
  // service's name and its menu's entries, three short lines or more that name no document and give
  // no contact, over the line the lead paragraph hangs from, the title.
  const header = (l: Line) => !l.marker && wordCount(l.text) <= 8 && !TERMINAL.test(l.text.trim()) && !DOCUMENT_KIND.test(l.text) && !contactDetails(l.text).length && !POSTCODE.test(l.text);
  let top = 0;
  while (top < rest.length && header(rest[top]!) && (top === 0 || rest[top]!.gap === 0)) top++;
  const [heading, leadLine, after] = [rest[top - 1], rest[top], rest[top + 1]];
  if (top >= 4 && heading && leadLine && after && !leadLine.marker && leadLine.gap === 0 && wordCount(leadLine.text) >= 12 && TERMINAL.test(leadLine.text.trim()) && rest.slice(top + 1, top + 6).some((l) => l.gap > 0) && looksLikeHeading(heading.text.trim())) {
    notes.push({ kind: 'artefact', text: `The site's header over the title ("${rest.slice(0, top - 1).map((l) => l.text.trim()).join('", "')}") removed.` });
    rest = rest.slice(top - 1);
  }
  const switcher = rest.slice(0, 6).findIndex((l) => LANGUAGE_SWITCH.test(l.text.trim()));
  if (switcher >= 0) {
    notes.push({ kind: 'artefact', text: `The page's language switcher ("${rest[switcher]!.text.trim()}") removed.` });
    rest = [...rest.slice(0, switcher), ...rest.slice(switcher + 1)];
  } else {
    // (Or its two links a line each, under the title: "Polisi Preifatrwydd / Privacy policy" / "Cymraeg" / "English".)
    const pair = rest.slice(0, 6).findIndex((l, k) => !l.marker && !rest[k + 1]?.marker && LANGUAGE_SWITCH.test(`${l.text.trim()} ${rest[k + 1]?.text.trim() ?? ''}`));
    if (pair >= 0) {
      notes.push({ kind: 'artefact', text: `The page's language switcher ("${rest[pair]!.text.trim()}", "${rest[pair + 1]!.text.trim()}") removed.` });
      const after = rest[pair + 2];
      rest = [...rest.slice(0, pair), ...(after ? [{ ...after, gap: Math.max(rest[pair]!.gap, after.gap) }] : []), ...rest.slice(pair + 3)];
    }
  }
  return dropCookieBanner(rest, notes);
}

/**
 * A page's control copied as a line wherever it stood ("Print this Page" between the introduction's
 * paragraphs, "Play Video" over the notice's heading): a button, never a section or its body.
 * So are a guide's page links ("Next: Where can I get advice?", "Back: How do we protect your
 * information?"), "Continue reading", "Print", a site search's prompt ("Ydych chi'n chwilio am rywbeth
 * arall?"), a breadcrumb trail from the home page ("Home > Cookies"), and icons' names ("Facebook icon
 * Twitter icon email icon", "print icon"). So are a share button's word alone ("Share this page" /
 * "Share") and a breadcrumb's label whose trail was lost ("You are here" between the title's lines).
 */
const PAGE_CONTROL = /^(?:print(?: this)? page|play(?: the)? video|chwarae(?:['’]r)? fideo|argraffu['’]r dudalen(?: hon)?|(?:share|tweet) this page\s*:?|rhannu['’]r dudalen(?: hon)?|share|you are here\s*:?|yr ydych (?:chi )?yma\s*:?|(?:open|close|expand|collapse|show|hide) all(?: sections)?|(?:agor|cau|dangos|cuddio) (?:y cyfan|popeth|pob adran)|(?:back|return|go back) to\s+[^.!?:;,]{1,60}|(?:yn ôl|dychwelyd|ewch yn ôl) i(?:['’]r)?\s+[^.!?:;,]{1,60}|share (?:on|via) (?:facebook|twitter|x|linkedin|e-?mail|whatsapp|bluesky|threads)|rhannu (?:ar|drwy|trwy) (?:facebook|twitter|x|linkedin|e-?bost|whatsapp)|(?:next|previous|back|nesaf|blaenorol|yn ôl)\s*:\s+[^.!:]{2,80}|continue reading|parhau i ddarllen|print|argraffu|(?:are you )?looking for something else\?|can['’]t find what you['’]re looking for\?|ydych chi['’]n chwilio am rywbeth arall\?|(?:home|hafan|cartref)(?:\s*[>›»]\s*[^>›»]{1,60})+|(?:[a-z-]+ ){1,2}icon(?:\s+(?:[a-z-]+ ){1,2}icon)*)$/i;

/**
 * An image's text alternative copied as a line ("A Cookie Policy graphic featuring the Cookie
 * Monster and a chocolate chip cookie"): it describes a picture, it heads nothing. (WCAG 1.1.1
 * asks sites for such descriptions, so a page's text copy carries them.)
 */
const IMAGE_DESCRIPTION = /^(?:an?|the)\s[^.!?:;]{0,80}\b(?:graphic|image|photo(?:graph)?|picture|illustration|icon)\s+(?:featuring|showing|depicting)\s[^.!?:;]{3,120}$/i;

/**
 * A page's badge that a service is offered in British Sign Language, in Welsh, English or both
 * ("Defnyddir BSL Yma BSL Used Here", the "BSL Used Here" scheme's sign over a Welsh fire service's
 * notice): the site's sign, never the notice's title or a section.
 */
const SIGN_BADGE = /^(?:(?:defnyddir (?:bsl|iaith arwyddion prydain) yma|(?:bsl|british sign language) used here)\s*[|/–-]?\s*)+$/i;

/**
 * A site's links to its social media copied as a line ("Follow is on Twitter Like us on Facebook
 * Follow us on Instagram", the page's own typo kept; "Dilynwch ni ar Twitter"): one or more calls
 * to follow, like or find the organisation on a network, and nothing else. The site's, never a
 * heading or the notice's wording.
 */
const SOCIAL_LINKS = /^(?:(?:follow|like|find|join|watch|connect with|subscribe to|dilynwch|hoffwch|dewch o hyd i|ymunwch â|gwyliwch)\s+(?:us|is|ni|ein)(?:\s+(?:on|ar))?\s+(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|flickr|threads|bluesky|mastodon)\s*[|,•·]?\s*)+$/i;

/** The same with the organisation's name for "us", the links' texts run together ("… EnvironmentLike Ysgol Aberconwy on FacebookFollow Ysgol Aberconwy on Twitter"): two calls or more. */
function isSocialRun(text: string): boolean {
  return wordCount(text) <= 40 && (text.match(/(?:\b|(?<=\p{Ll}))(?:Like|Follow|Find|Join|Watch|Dilynwch|Hoffwch)\s[^.!?]{1,60}?\s(?:on|ar)\s(?:Twitter|X|Facebook|Instagram|LinkedIn|YouTube|TikTok|Flickr|Threads|Bluesky)(?!\p{Ll})/gu) ?? []).length >= 2;
}

/**
 * A form's note on its required fields ("Fields marked with * are required", "Mae meysydd sydd
 * wedi'u nodi â * yn orfodol"), copied with a notice shown inside an online form: the form's, never
 * a heading.
 */
const REQUIRED_FIELDS = /^(?:(?:all )?(?:fields|questions)\s+(?:marked|shown)\s+(?:with\s+)?(?:an?\s+)?(?:\*|asterisk|\(\*\))\s*(?:\(\*\)\s*)?(?:are|is)\s+(?:required|mandatory|compulsory)|(?:mae\s+)?(?:(?:y|pob)\s+)?(?:meysydd|cwestiynau)\s+(?:sydd\s+wedi['’]u\s+(?:nodi|marcio)|a\s+nodir|wedi['’]u\s+(?:nodi|marcio))\s+(?:â|ag|gyda)\s+(?:\*|seren)\s+yn\s+(?:orfodol|ofynnol))\.?$/i;

/** A logo's text alternative copied as a line ("Making a difference logo - Trust, Honesty, Respect, compassion and teamwork"): a few words naming it, "logo", and what it says. */
function isLogoText(text: string): boolean {
  const m = /^((?:[\p{L}&'’-]+\s){1,6})logo(?:\s*[-–—:]\s*[^.!?]{1,120})?$/iu.exec(text);
  return !!m && !STOPPED_PHRASE_VERB.test(m[1]!) && !/^(?:our|the|a|an|your|ein|eich)\s/i.test(m[1]!);
}

/** Takes skip links, page controls, images' descriptions, badges, social links and a form's required-field note (and a template's empty field labels) out wherever they stand; the line after one keeps the blank lines before it. */
function dropSkipLinks(lines: Line[], notes: RouteNote[]): Line[] {
  const out: Line[] = [];
  const removed: string[] = [];
  const labels: string[] = [];
  let gap = 0;
  for (const line of lines) {
    const furniture = SKIP_LINK.test(line.text.trim()) || PAGE_CONTROL.test(line.text.trim()) || isLogoText(line.text.trim()) || IMAGE_DESCRIPTION.test(line.text.trim()) || SIGN_BADGE.test(line.text.trim()) || SOCIAL_LINKS.test(line.text.trim()) || isSocialRun(line.text.trim()) || REQUIRED_FIELDS.test(line.text.trim());
    if (!line.marker && (furniture || TEMPLATE_LABEL.test(line.text.trim()))) {
      (furniture ? removed : labels).push(line.text.trim());
      gap = Math.max(gap, line.gap);
      continue;
    }
    out.push(gap ? { ...line, gap: Math.max(gap, line.gap) } : line);
    gap = 0;
  }
  if (labels.length) notes.push({ kind: 'artefact', text: `The page template's empty field label${labels.length === 1 ? '' : 's'} ("${labels.slice(0, 3).join('", "')}") removed.` });
  if (removed.length) notes.push({ kind: 'artefact', text: `${removed.length} skip link${removed.length === 1 ? '' : 's'}, page control${removed.length === 1 ? '' : 's'}, badge${removed.length === 1 ? '' : 's'} or image description${removed.length === 1 ? '' : 's'} ("${removed.slice(0, 3).join('", "')}") removed.` });
  return out;
}

/** Two roles' names side by side: a two-column contacts table's header flattened into one line. */
const ROLE = '(?:(?:the\\s+)?data\\s+controller|controller|data\\s+protection\\s+officer(?:\\s+\\(dpo\\))?|dpo|rheolydd\\s+data|rheolwr\\s+data|swyddog\\s+diogelu\\s+data)';
const ROLE_PAIR = new RegExp(`^(${ROLE})\\s+(${ROLE})$`, 'i');

/**
 * A contacts table of two columns copied as text ("Data Controller Data Protection Officer" /
 * the controller's address / a blank / "Tel: …" / a blank / the DPO's address …): the header is
 * the two roles joined, and the columns follow one after the other. Each role is put back as a
 * label ending in ":" over its block; the second block starts at the first line after a blank that
 * is not a contact field ("Tel:", "e:"), so that each address stays with its role.
 */
function splitRoleColumns(lines: Line[], notes: RouteNote[]): Line[] {
  const at = lines.findIndex((l) => ROLE_PAIR.test(l.text.trim()));
  if (at < 0) return lines;
  const [, first, second] = ROLE_PAIR.exec(lines[at]!.text.trim())!;
  if (first!.replace(/\W/g, '').toLowerCase() === second!.replace(/\W/g, '').toLowerCase()) return lines;
  let k = at + 1;
  if (lines[k]?.gap !== 0 || wordCount(lines[k]!.text) > 8) return lines;
  while (k < lines.length && wordCount(lines[k]!.text) <= 8 && !TERMINAL.test(lines[k]!.text.trim()) && !(lines[k]!.gap > 0 && !CONTACT_LABEL.test(lines[k]!.text.trim()) && !/^[a-z]{1,2}\s*:/i.test(lines[k]!.text.trim()))) k++;
  if (k >= lines.length || k - at < 3 || wordCount(lines[k]!.text) > 8) return lines;
  const label = (text: string, like: Line): Line => ({ text: `${text}:`, indent: like.indent, tab: false, gap: like.gap });
  notes.push({ kind: 'artefact', text: `A two-column contacts table ("${lines[at]!.text.trim()}") was read back as one block a role.` });
  return [...lines.slice(0, at), label(first!, lines[at]!), ...lines.slice(at + 1, k), label(second!, lines[k]!), { ...lines[k]!, gap: 0 }, ...lines.slice(k + 1)];
}

/** A site's language switcher copied as a line. */
const LANGUAGE_SWITCH = /^(?:english\s*[|/]?\s*cymraeg|cymraeg\s*[|/]?\s*english)$/i;

/** A cookie banner's sentence about the site ("This site uses cookies …", "We use cookies …", "Mae'r wefan hon yn defnyddio cwcis …"). */
const BANNER_SENTENCE = /^(?:(?:this|our) (?:web)?site uses cookies|we use cookies|(?:mae['’]r (?:wefan|safle) (?:hon|hwn|yma)|mae ein gwefan|rydym(?: ni)?|rydyn ni) yn defnyddio cwcis)\b/i;

/** A cookie banner's closing button ("Hide this message", "Cuddio'r neges hon", "Accept and close", "Got it"). */
const DISMISS = /^(?:hide (?:this )?message|cuddio['’]r neges(?: hon)?|close (?:this )?message|dismiss|got it|ok(?:ay)?,? (?:thanks|i understand)|accept(?: (?:and|&) close)?|derbyn(?: a chau)?|cau['’]r neges(?: hon)?)$/i;

/** A site's notice about its premises, shown on every page ("… yn amgylchedd di-fwg", "… is a smoke-free site"). */
const SMOKE_FREE = /\b(?:di-fwg|smoke[- ]free|no smoking|dim ysmygu)\b/i;



/**
 * The site's cookie banner copied with the page ("We use cookies …" / "Cookie settings." /
 * "Functional Cookies" …) before the notice's title: furniture, not the notice. Removed (noted)
 * only when it opens the text, most of its lines speak of cookies, and the title follows it.
 */
function dropCookieBanner(lines: Line[], notes: RouteNote[]): Line[] {
  // (A site-wide alert between the banner and the title is the site's too: "This site uses cookies
  // … I'm fine with this Cookie information" / "CORONAVIRUS (COVID-19)" / "*UPDATED* Hospital
  // visiting changes, …" / "Data Protection & Privacy". Under the banner, before the notice's name,
  // a pandemic's name over one short paragraph is the site's news, not a section.)
  const alert = (head: Line | undefined, text: Line | undefined) => !!head && !!text && !head.marker && !text.marker && (SITE_ALERT.test(head.text) || /^(?:coronavirus|coronafeirws|covid-19)(?:\s*\(covid-19\))?$/i.test(head.text.trim())) && wordCount(head.text) <= 14 && !TERMINAL.test(head.text.trim()) && wordCount(text.text) <= 60;
  if (lines[0] && !lines[0].marker && BANNER_SENTENCE.test(lines[0].text.trim()) && wordCount(lines[0].text) <= 40 && alert(lines[1], lines[2]) && lines[3] && DOCUMENT_KIND.test(lines[3].text) && wordCount(lines[3].text) <= 8) {
    notes.push({ kind: 'artefact', text: `The site's alert under its cookie banner ("${lines[1]!.text.trim()}") removed, with its paragraph.` });
    lines = [lines[0], ...lines.slice(3)];
  }
  // One sentence of the banner alone ("This site uses cookies that store non-personal information
  // to help us improve our site." / "Polisi cwcis" / "1. Cyflwyniad"), over a short line that names
  // the document: the banner's, in the site's language or the other.
  const [sentence, title, body] = lines;
  if (sentence && title && body && !sentence.marker && !title.marker && BANNER_SENTENCE.test(sentence.text.trim()) && wordCount(sentence.text) <= 40 && DOCUMENT_KIND.test(title.text) && wordCount(title.text) <= 8 && !TERMINAL.test(title.text.trim()) && looksLikeHeading(title.text.trim())) {
    notes.push({ kind: 'artefact', text: `The site's cookie banner before the title ("${sentence.text.trim().slice(0, 60)}" …) removed: the banner is the page's, not the notice's.` });
    return lines.slice(1);
  }
  // Or two, the second about cookies too, over a short title that names the document or the law
  // ("This website uses cookies to function correctly." / "You may delete cookies at any time but
  // doing so may result in some parts of the site not working correctly." / "GDPR, Confidentiality &
  // Rights").
  const [, second, heading, after] = lines;
  const lawTitle = (t: string) => DOCUMENT_KIND.test(t) || /\b(?:GDPR|confidentiality|cyfrinachedd|fair processing|information governance|llywodraethu gwybodaeth)\b/i.test(t);
  if (sentence && second && heading && after && !sentence.marker && !second.marker && !heading.marker && BANNER_SENTENCE.test(sentence.text.trim()) && /\b(?:cookies?|[cg]wcis?)\b/i.test(second.text) && TERMINAL.test(second.text.trim()) && wordCount(sentence.text) + wordCount(second.text) <= 50
    && lawTitle(heading.text) && wordCount(heading.text) <= 8 && !TERMINAL.test(heading.text.trim()) && looksLikeHeading(heading.text.trim()) && !/\b(?:cookies?|[cg]wcis?)\b/i.test(heading.text)) {
    notes.push({ kind: 'artefact', text: `The site's cookie banner before the title ("${sentence.text.trim().slice(0, 60)}" …) removed: the banner is the page's, not the notice's.` });
    return lines.slice(2);
  }
  // Or a banner closed by its button ("Rydym yn defnyddio cwcis ar y wefan hon, …" / "Os fyddwch yn
  // parhau …" / "Darganfyddwch fwy am ba gwcis rydym yn eu defnyddio a pham" / "Cuddio'r neges hon";
  // "We use cookies …" / … / "Hide this message"): every line up to the button is the banner's, and
  // so is the site's one-line notice under it, when it is about the site's premises ("Mae Bwrdd
  // Iechyd … yn amgylchedd di-fwg. Peidiwch ag ysmygu …", "… is a smoke-free site").
  const button = lines.slice(0, 6).findIndex((l) => DISMISS.test(l.text.trim()));
  if (sentence && !sentence.marker && BANNER_SENTENCE.test(sentence.text.trim()) && button >= 1 && lines.slice(0, button).every((l) => !l.marker && wordCount(l.text) <= 40)) {
    const end = button + 1 + (lines[button + 1] && SMOKE_FREE.test(lines[button + 1]!.text) && wordCount(lines[button + 1]!.text) <= 30 ? 1 : 0);
    notes.push({ kind: 'artefact', text: `${end} lines of the site's cookie banner, up to its button "${lines[button]!.text.trim()}"${end > button + 1 ? ', and the site\'s notice under it,' : ''} removed: they are the page's, not the notice's.` });
    return lines.slice(end);
  }
  if (!lines.length || !/\bcookies?\b/i.test(lines[0]!.text)) return lines;
  // (The page's title may not have been copied: the notice then starts at its first numbered section,
  // "1. Introduction", after the banner's "Functional Cookies" / "3rd Party Cookies" / ….)
  const titled = lines.slice(0, 16).findIndex((l) => NOTICE_TITLE.test(l.text.trim()));
  // (Only a banner's own sentence opens it then: "We use cookies to help provide you …".)
  const end = titled >= 0 ? titled : !BANNER_SENTENCE.test(lines[0]!.text.trim()) ? -1 : lines.slice(0, 16).findIndex((l) => !!l.marker && /^1[.)]$/.test(l.marker.glyph) && wordCount(l.text) <= 8 && looksLikeHeading(l.text.trim()));
  if (end < 2) return lines;
  const banner = lines.slice(0, end);
  if (banner.filter((l) => /\bcookies?\b/i.test(l.text)).length * 2 < banner.length) return lines;
  notes.push({ kind: 'artefact', text: `${end} lines of the site's cookie banner before the title ("${banner[0]!.text.trim().slice(0, 60)}" …) removed: the banner is the page's, not the notice's.` });
  return lines.slice(end);
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let gap = 0;
  let lone: { glyph: string; gap: number; indent: number } | undefined;
  for (const raw of text.split('\n').flatMap((l) => unrunTable(l) ?? unglueFields(l) ?? [l])) {
    const body = raw.replace(/\s+$/, '');
    if (!body.trim()) {
      gap++;
      continue;
    }
    const lead = /^[ \t]*/.exec(body)![0];
    const indent = [...lead].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0);
    let rest = body.slice(lead.length);
    // A bullet alone on its line, its item straight under it ("-" / "Details of your consultations,
    // treatments, and care"): the item is the bullet's. Set off by a blank line ("-" / "" /
    // "Purpose", an accordion's toggle), the dash stays a line of its own.
    const held = lone;
    lone = undefined;
    if (held && (gap > 0 || /^[-–•·*▪●]$/.test(rest) || MARKER.test(rest))) lines.push({ text: held.glyph, indent: held.indent, tab: false, gap: held.gap });
    if (/^[-–•·*▪●]$/.test(rest)) {
      lone = { glyph: rest, gap, indent };
      gap = 0;
      continue;
    }
    const line: Line = { text: rest, indent, tab: lead.includes('\t'), gap };
    if (held && gap === 0 && !MARKER.test(rest)) {
      line.marker = { ordered: false, glyph: held.glyph };
      line.gap = held.gap;
    }
    const m = MARKER.exec(rest);
    // "o" and "§" count as bullets only before a capital or digit ("o Names"), never in prose.
    if (m && !(m[1] && /^[o§]$/.test(m[1]) && !/^[A-Z0-9]/.test(rest.slice(m[0].length)))) {
      line.marker = m[3]
        ? { ordered: true, glyph: m[3] }
        : m[2]
          ? { ordered: true, glyph: `${m[1]} ${m[2]}` }
          : { ordered: false, glyph: m[1]! };
      rest = rest.slice(m[0].length);
      line.text = rest;
    }
    lines.push(line);
    gap = 0;
  }
  if (lone) lines.push({ text: lone.glyph, indent: lone.indent, tab: false, gap: lone.gap });
  return lines;
}

/**
 * A cookie's fields copied onto one line with each label run into the value before it ("Name
 * ASP.NET_SessionIdType SessionDomain  Expires At end of session", a definition table whose cells
 * lost their breaks): put back as "Label: value" lines, which the labelled reader reads. Only a
 * line opening "Name " with two labels or more after it; an empty field is left out.
 */
const GLUED_LABEL = /(Type|Domain|Path|Expires|Expiry|Duration|Provider)(?=\s|$)/g;
function unglueFields(line: string): string[] | undefined {
  const m = /^Name\s+(\S.*)$/.exec(line.trim());
  if (!m || line.length > 300) return undefined;
  const body = m[1]!;
  const at = [...body.matchAll(GLUED_LABEL)].filter((x) => x.index! > 0);
  // One label at least must be run into the value before it: a sentence never joins words so.
  if (at.length < 2 || !at.some((x) => /\S/.test(body[x.index! - 1]!))) return undefined;
  const out = [`Name: ${body.slice(0, at[0]!.index).trim()}`];
  at.forEach((x, k) => {
    const value = body.slice(x.index! + x[0].length, at[k + 1]?.index ?? body.length).trim();
    if (value) out.push(`${x[0]}: ${value}`);
  });
  return out;
}

/**
 * A cookie table whose header and rows were all run into one paragraph with its intro ("… are set
 * out below: Cookie Name Used by Description Expiration _cfduid Cloudflare Used by … 1 year TiPMix
 * Azure …", a page copied with its table cells and rows flattened to spaces). The header, in its
 * capitals, is found inside the line; the intro before it stays a line, and the rest is broken back
 * into rows where a period ends a row and a name with an identifier's marks starts the next.
 * Undefined for any other line. Linear: the period test looks at the last 80 characters only.
 */
const RUN_HEADER = /(?:^|\s)((?:Cookie [Nn]ame|Cookie|Name)\s+(?:(?:Used [Bb]y|Set [Bb]y|Provider|Type)\s+)?(?:Description|Purpose)\s+(?:Expiration|Expiry|Expires|Duration))\s+(?=\S)/;
function unrunTable(line: string): string[] | undefined {
  if (line.length < 200) return undefined;
  const m = RUN_HEADER.exec(line);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  const before = line.slice(0, start).trim();
  const tokens = line.slice(m.index + m[0].length).split(/\s+/);
  const rows: string[] = [];
  let row: string[] = [];
  // The row's last 80 characters, kept as it grows: joining the whole row for each word would be
  // quadratic on a long paragraph that never splits.
  let recent = '';
  for (const t of tokens) {
    const word = t.replace(/,$/, '');
    // "2 years from set/update", Google's own wording of a period that restarts on each visit.
    const tail = ` ${recent}`.replace(/\s+from\s+set\s*\/\s*update$/i, '');
    const named = (COOKIE_LIKE.test(word) || CAMEL.test(word) || /^\p{Ll}+\p{Lu}/u.test(word)) && /\p{L}/u.test(word) && !/[.:;]$/.test(t);
    if (row.length >= 3 && named && DURATION_END.test(tail)) {
      rows.push(row.join(' '));
      row = [];
      recent = '';
    }
    row.push(t);
    recent = `${recent} ${t}`.slice(-80).trimStart();
  }
  if (row.length) rows.push(row.join(' '));
  if (rows.length < 2) return undefined;
  return [...(before ? [before, ''] : []), m[1]!, ...rows];
}

/**
 * A cookie table's header joined into one line over rows copied one cell a line ("Enw Pwrpas Dod i
 * ben" / "SOMWEB" / "Helpu i ddynodi …" / "sesiwn" / "Lang" / …, a GOV.UK-style table whose header
 * row kept its line): the header is put back one cell a line, so the rows are read to its width.
 * Only when the line after the header is a name alone (no space in it) and a period cell follows
 * within the first row.
 */
function splitJoinedHeader(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = line.marker ? undefined : columnHeader(line.text);
    const next = lines[i + 1];
    const oneCell = !!header && header.length >= 2 && !!next && !next.marker && /^\S+$/.test(next.text.trim()) && /\p{L}/u.test(next.text)
      && lines.slice(i + 2, i + 2 + header.length).some((l) => DURATION_CELL.test(l.text.trim()) && wordCount(l.text) <= 6);
    if (!oneCell) {
      out.push(line);
      continue;
    }
    header!.forEach((cell, k) => out.push({ ...line, text: cell, gap: k ? 0 : line.gap }));
  }
  return out;
}

/**
 * Joins a line to the one before when it continues the same sentence: a hard wrap (indented
 * under the item, or starting in lower case after a line without final punctuation) or a page
 * break in mid-sentence (blank lines between, next line starts in lower case).
 */
function joinContinuations(lines: Line[], width?: number): { units: Unit[]; joined: number } {
  const units: Unit[] = [];
  let joined = 0;
  let lastLength = 0;
  for (const line of lines) {
    const prev = units[units.length - 1];
    // Wrapped text: a line that reached the wrap width without ending a sentence goes on.
    // (Never a cookie's field with its label: "Purpose: User session control and firewall protection" / "Expires: Removed at end of user session".)
    // (Nor a capitalised line after a table's row that ends in its expiry: "mpc_consent_id This site … 12 months" / "Functional".)
    const wrapped = !!width && !!prev && line.gap === 0 && lastLength >= width * 0.7 && !TERMINAL.test(prev.text) && !looksLikeHeadingLine(line) && !COOKIE_FIELD.test(line.text.trim()) && !(/^\p{Lu}/u.test(line.text.trim()) && DURATION_END.test(` ${prev.text.trimEnd()}`));
    lastLength = line.text.length;
    if (prev && !line.marker && !isTableRow(line.text) && !isTableRow(prev.text) && !startsRow(prev.text, line.text) && (wrapped || continues(prev, line))) {
      prev.text = `${prev.text.replace(/\s+$/, '')} ${line.text.trim()}`;
      prev.lines++;
      joined++;
      continue;
    }
    units.push({ text: line.text.trim(), indent: line.indent, tab: line.tab, gap: line.gap, ...(line.marker ? { marker: line.marker } : {}), lines: 1 });
  }
  return { units, joined };
}

/** A cookie category named in capitals ("FUNCTIONAL", "STRICTLY NECESSARY", "ANALYTICS"): a group's heading, never a cookie's name. */
const CATEGORY_CAPITALS = /^(?:STRICTLY NECESSARY|NECESSARY|ESSENTIAL|FUNCTIONAL|FUNCTIONALITY|ANALYTICS|ANALYTICAL|PERFORMANCE|MARKETING|ADVERTISING|TARGETING|PREFERENCES|STATISTICS|ANGENRHEIDIOL|HANFODOL|DADANSODDI|MARCHNATA|PERFFORMIAD)$/;

const COOKIE_FIELD_WORD = String.raw`(?:name|enw|purpose|diben|pwrpas|expires?|expiry|expiration|darfod ar ôl|dod i ben|daw i ben|duration|hyd|lifespan|lifetime|retention(?: period)?|provider|darparwr|typical content|cynnwys arferol)`;
/**
 * A cookie's field with its label ("Name: _ga", "Expires: 2 years", "Enw:_utmd", "Cookie provider:SESSxxxID"), or two labels
 * for one field joined by a slash ("Duration/expires: 2 years", "Expiry / Lifespan: Session").
 */
const COOKIE_FIELD = new RegExp(String.raw`^(?:(?:cookie|cwci)\s+)?${COOKIE_FIELD_WORD}(?:\s*\/\s*${COOKIE_FIELD_WORD})*\s*:\s*\S`, 'i');

/** An all-capitals line ("YOUR RIGHTS") starts something new, even in wrapped text. */
function looksLikeHeadingLine(line: Line): boolean {
  return /^[^a-z]{3,60}$/.test(line.text) && /[A-Z]{3}/.test(line.text);
}

/** Whether a line starts a cookie table's next row, its cells joined by spaces, rather than going on with the one before. */
function startsRow(prev: string, line: string): boolean {
  const t = line.trim();
  // A line that opens with an identifier and then a capitalised word ("isDSTObserved This cookie
  // stores …", "_gid Used to …"): no prose goes on so.
  if (/^(?:[a-z]+[A-Z][\w.-]*|[\w.-]*_[\w.*-]*)\s+\p{Lu}/u.test(t) && COOKIE_LIKE.test(t.split(/\s+/)[0]!)) return true;
  // A row whose cells ran together ("fmnFind my nearest …") after a header or row that ran together too.
  if ((gluedHeader(prev) || gluedRow(prev, true)) && gluedRow(t, true)) return true;
  // After a row that ends in its expiry ("… the security of requests When you close the browser",
  // "… iaith 1 flwyddyn"), a line that opens with one token and a capitalised word
  // ("nhsuk-cookie-consent Remembers …", "SESSIONID Cofio …").
  // Or with a name that has an identifier's underscore, whatever follows it ("ai_session and ai_user
  // Website Tracks users …", the row after "… End of session"): prose does not open so after a period.
  if (DURATION_END.test(` ${prev.trimEnd().slice(-80)}`) && /^[\w.*$<>{}-]*_[\w.*$<>{}-]*\s/.test(t) && COOKIE_LIKE.test(t.split(/\s+/)[0]!)) return true;
  // Or with one token and the domain it is set on ("hscw www.police.uk a data.police.uk JSON …", a
  // "Name Domains Description Expires" table).
  if (DURATION_END.test(` ${prev.trimEnd().slice(-80)}`) && /^[\w.*$<>{}-]+\s+(?:www\.|\.?[\w-]+\.(?:uk|com|org|net|cymru|wales)\b)/.test(t)) return true;
  // After a row that opens with a name and a capitalised word, one whose purpose ends with no stop
  // ("SSESS************** Drupal session cookie which name includes an encrypted reference to the
  // user"), a line that opens with a hyphenated or underscored name in small letters and a
  // capitalised word ("cookie-agreed Cookie which is set when …") is the next row: prose never
  // opens with such a word and a capital.
  if (/^[\w.*$<>{}#@-]{2,60}\s+\p{Lu}/u.test(prev.trim()) && /[_*$\d-]|\p{Ll}\p{Lu}/u.test(prev.trim().split(/\s+/)[0]!) && /^\p{Ll}[\w.*$-]*[-_][\w.*$-]*\s+\p{Lu}/u.test(t)) return true;
  // Under a header joined into one line ("Enw Fannau Cynnwys a Disgrifiad Dod i ben" / "map_state
  // www.police.uk …"), the first row starts on its own line: a header is no sentence to continue.
  if (columnHeader(prev) && /^[\w.*$<>{}-]+\s/.test(t)) return true;
  return DURATION_END.test(prev.trimEnd()) && /^[\w.*$<>{}-]+\s+\p{Lu}/u.test(t) && !FUNCTION_WORD.test(t.split(/\s+/)[0]!);
}

function continues(prev: Unit, line: Line): boolean {
  const last = prev.text.trimEnd();
  if (TERMINAL.test(last)) return false;
  // A line that opens with the next level of the line's own number ("2. Who we are and who our
  // data protection officer (DPO) is" / "2.1. University Hospitals …") starts that section's first
  // subsection, whatever word ended the line before.
  const own = prev.marker ? /^(\d{1,2})[.)]$/.exec(prev.marker.glyph)?.[1] : /^(\d{1,2})\.\s/.exec(prev.text)?.[1];
  if (own && new RegExp(`^${own}\\.\\d{1,2}\\.?\\s`).test(line.text.trim())) return false;
  // A line that is one identifier ("allow_analytics_cookies") is a table cell on its own line, not the rest of a sentence.
  if (/^[\w.*$-]+$/.test(line.text.trim()) && /[_$]/.test(line.text) && COOKIE_LIKE.test(line.text.trim())) return false;
  // So is one word alone after a blank line, with no stop ("nccmenuhide" after "End of session
  // (when you close your browser)"): a page break inside a sentence leaves more than one word.
  // (A cell copied with its separator, "nccmenuhide |", is read the same.)
  const word = /^[\w.*$-]+(?:\s\|)?$/.test(line.text.trim());
  if (line.gap > 0 && word) return false;
  // Or after a cell that gives an expiry ("End of session (when you close your browser)" / "nccmenuhide").
  if (word && DURATION_CELL.test(last.replace(/\s*\|$/, '')) && wordCount(last) <= 9) return false;
  // A line wholly in brackets after a blank line ("Online shop/donations/transactions cookie" / "" /
  // "(Cookie name: PHPSESSID)") is an aside under the line before, not the rest of its sentence.
  if (line.gap > 0 && /^\([^()]+\)$/.test(line.text.trim()) && !FUNCTION_WORD.test(last)) return false;
  // A line that is only a period ("20 hours", "2 flynedd") is a table cell copied on its own line, not a sentence's end.
  const period = /^\d+\s+\p{L}+\.?$/u.test(line.text.trim());
  const lower = (/^[a-z(]/.test(line.text.trim()) && !/^[a-z][.)]\s/.test(line.text.trim())) || (/^\d/.test(line.text.trim()) && !period && FUNCTION_WORD.test(prev.text.trimEnd()) && line.gap === 0);
  // (A line the page broke after a dash, "Your personal data –" / "what is it?", goes on; so does an
  // intro broken before its colon, "Other data" / "controllers the council works with:", which no item
  // of a list that lost its bullets ends with.)
  // (So does a heading broken before its second topic, "How we get your personal information" / "and
  // why we have it", the ICO template's heading.)
  const wrapped = last.length >= 40 || FUNCTION_WORD.test(last) || /\s[–—-]$/.test(last) || (line.gap === 0 && !prev.marker && /\p{Ll}:$/u.test(line.text.trim()) && wordCount(line.text) + wordCount(last) <= 12)
    || (line.gap === 0 && !prev.marker && /^(?:and|or|a|neu)\s+(?:how|why|what|where|who|when|which|sut|pam|beth|ble|phwy)\b[^.!?;:]*$/i.test(line.text.trim()) && wordCount(line.text) + wordCount(last) <= 16);
  if (line.gap === 0 && prev.marker && line.indent > prev.indent && (lower || wrapped)) return true;
  // (So does a question's clause broken where no wrap width reached, the rest a few words in small
  // letters: "Why we use" / "this data", a heading pasted from Word.)
  const brokenClause = line.gap === 0 && !prev.marker && prev.lines === 1 && QUESTION_WORD.test(last) && wordCount(last) <= 6 && wordCount(line.text) <= 4 && !/[.!?:;,]$/.test(line.text.trim());
  if (lower && brokenClause) return true;
  if (!lower || !wrapped) return false;
  return line.gap <= 4;
}

/**
 * A two-column table of labels and values copied one cell a line, a "|" line between cells
 * ("Cyflwyniad:" / "|" / "Mae Cyngor … yn Rheolwr Data …" / "|" / "Y sail gyfreithiol dros
 * brosesu'ch data personol yw:" / "|" / "Bydd y Cyngor yn prosesu …" / "|" …): each left cell is
 * a short label over the right cell's text, as a heading is over its section. The "|" lines are
 * removed; the first line of each label cell is marked a heading, the value cells' lines never
 * are. Only when three labels or more alternate with values, most of them short and ending in ":"
 * or heading-like. Returns how many labels.
 */
function labelColumns(units: Unit[]): number {
  const seps = units.flatMap((u, k) => (u.text === '|' && !u.marker ? [k] : []));
  if (seps.length < 4) return 0;
  // The cells: the line before the first "|" (the run's first label), then what lies between "|" lines.
  const cells: Unit[][] = [units.slice(Math.max(0, seps[0]! - 1), seps[0]!)];
  for (let k = 0; k + 1 < seps.length; k++) cells.push(units.slice(seps[k]! + 1, seps[k + 1]!));
  const labels = cells.filter((_, k) => k % 2 === 0);
  // A label may be numbered ("1. Cyflwyniad:"), never bulleted.
  const isLabel = (cell: Unit[]) => cell.length >= 1 && cell.length <= 2 && !(cell[0]!.marker && !/^\d{1,2}[.)]$/.test(cell[0]!.marker.glyph)) && wordCount(cell[0]!.text) <= 14 && (/:$/.test(cell[0]!.text) || looksLikeHeading(cell[0]!.text)) && !TERMINAL.test(cell[0]!.text.replace(/:$/, ''));
  const good = labels.filter(isLabel);
  if (good.length < 3 || good.length < labels.length * 0.75) return 0;
  cells.forEach((cell, k) => {
    if (k % 2 === 0 && isLabel(cell)) {
      const [first] = cell as [Unit];
      if (first.marker) first.text = `${first.marker.glyph} ${first.text}`;
      delete first.marker;
      first.label = true;
    }
    // The rest of a label cell ("(gweler Sail gyfreithiol i brosesu | …", a link under the label) and every value line.
    for (const unit of k % 2 === 1 ? cell : cell.slice(1)) unit.cell = true;
  });
  // Each "|" was a boundary between cells: the line after it starts afresh.
  for (const k of [...seps].reverse()) {
    const after = units[k + 1];
    if (after) after.gap = Math.max(after.gap, 1);
    units.splice(k, 1);
  }
  return good.length;
}

/** A contents list's item or a heading, compared: no number, no "(paragraff 1)" reference or page number, no final colon. */
function contentsKey(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, '').replace(/\s*\((?:paragraff|paragraph|para|section|adran|page|tudalen)?\s*\d{1,3}\)$/, '').replace(/(?:\s*\.{2,}|\s)\s*\d{1,3}$/, '').replace(/[:.]$/, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether the line at `i` names a section a contents list before it lists: a bulleted or numbered
 * list of three items or more, one of which is the line or starts with it ("Gwybodaeth bwysig a
 * phwy ydym ni (paragraff 1)" over "1. Gwybodaeth bwysig a phwy ydym ni"; "Your data protection
 * rights as an individual" over "Your Data Protection rights"). Such a line is a heading wherever
 * it stands, even over a paragraph the copy cut short.
 */
function namedInContents(units: Unit[], i: number): boolean {
  const unit = units[i];
  if (!unit || wordCount(unit.text) < 2 || wordCount(unit.text) > 16) return false;
  const line = contentsKey(unit.text);
  return contentsItems(units).some(({ at, key }) => at < i && (key === line || (key.startsWith(`${line} `) && line.length * 2 >= key.length)));
}

/**
 * Whether the line at `i` is one of a cookie table's column names copied one a line: a run of two
 * column names or more ("Cookie" / "Name" / "What they are used for" / "How they can be
 * managed"), one of them the name column, blank lines allowed between.
 */
function inHeaderCells(units: Unit[], i: number): boolean {
  const cell = (k: number) => !!units[k] && !units[k]!.marker && COLUMN_CELL.test(units[k]!.text.replace(/:$/, ''));
  if (!cell(i)) return false;
  let start = i;
  while (cell(start - 1)) start--;
  let end = i;
  while (cell(end + 1)) end++;
  return end > start && units.slice(start, end + 1).some((u) => NAME_CELL.test(u.text.replace(/:$/, '')) || /^(?:cookie|cwci)$/i.test(u.text));
}

/** A set of a text's lines computed once a text (the reader asks for it line by line), kept with the text's lines. */
function oncePerText(compute: (units: Unit[]) => Set<number>): (units: Unit[]) => Set<number> {
  const cache = new WeakMap<Unit[], Set<number>>();
  return (units) => {
    let found = cache.get(units);
    if (!found) cache.set(units, (found = compute(units)));
    return found;
  };
}

/**
 * The cells of a cookie table copied one cell a line under its header, when no table reader took it
 * ("Cookie name" / "Purpose" / "Expiry" / "Category" / ".AspNetCore.Antiforgery.#" / "Helps prevent
 * …" / "Session" / "Necessary" / "AI_buffer" / …): each row as many lines as the header has column
 * names, opening with the cookie's name; an identifier among a row's later lines starts the next row
 * (an empty cell leaves no line). A row must open with a name that has an identifier's marks, or
 * give a period, so that a one-word heading after the table ("Analytics" / a paragraph) ends it.
 * Computed once a text.
 */
const tableCellLines = oncePerText((units) => {
  const found = new Set<number>();
  const column = (k: number) => !!units[k] && !units[k]!.marker && COLUMN_CELL.test(units[k]!.text.replace(/:$/, ''));
  // (Names may be joined by "and", "or", "/": "_ga and _gid".)
  const token = (t: string) => /^[^\s,]{2,60}(?:(?:,\s*|\s+(?:and|or|&|a|neu)\s+|\s*\/\s*)[^\s,]{2,60})*$/.test(t) && /\p{L}/u.test(t) && !/[.,;:!?]$/.test(t) && !isExpiryCell(t);
  const marked = (t: string) => token(t) && (COOKIE_LIKE.test(t.split(/,\s*|\s+/)[0]!) || CAMEL.test(t) || /[_.#$*\d]|\p{Ll}\p{Lu}/u.test(t));
  // A cookie named in words ("Language version", "Session Tracking"): a row only when it ends in a period.
  const named = (t: string) => wordCount(t) <= 3 && /^\p{Lu}/u.test(t) && !/[.,;:!?]$/.test(t) && !isExpiryCell(t);
  for (let k = 0; k < units.length; k++) {
    if (!column(k) || column(k - 1)) continue;
    let end = k;
    while (column(end + 1)) end++;
    const width = end - k + 1;
    // ("Cwci" / "Diben" / "Dod i ben": the cookie column may be named "Cookie" or "Cwci" alone.)
    if (width < 2 || !units.slice(k, end + 1).some((u) => NAME_CELL.test(u.text.replace(/:$/, '')) || /^(?:cookie|cwci)$/i.test(u.text))) continue;
    let j = end + 1;
    while (j < units.length && !units[j]!.marker && (token(units[j]!.text) || named(units[j]!.text))) {
      // A product's name over the names of its cookies in the first cell ("Google Analytics" /
      // "_utma" / "_utmb" / … / what they do / a link): one cell.
      let ids = 0;
      while (!marked(units[j]!.text) && j + ids + 1 < units.length && !units[j + ids + 1]!.marker && marked(units[j + ids + 1]!.text)) ids++;
      let c = 1 + ids;
      while (c < width + ids && j + c < units.length && !units[j + c]!.marker && !marked(units[j + c]!.text)) c++;
      const row = units.slice(j, j + c).map((u) => u.text);
      // (A name whose marks the copy lost, "__utma" read as bold, is one word in small letters over a
      // row that ends in a sentence: "utma" / "Google Analytics" / "Stores the amount of visits …".)
      const bareName = /^\p{Ll}[\p{Ll}\d]{2,30}$/u.test(row[0]!) && row.length === width && TERMINAL.test(row[row.length - 1]!) && wordCount(row[row.length - 1]!) >= 6;
      if (!marked(row[0]!) && !row.some(isExpiryCell) && ids < 2 && !bareName) break;
      for (let r = j; r < j + c; r++) found.add(r);
      j += c;
    }
    k = end;
  }
  return found;
});

/**
 * Where a cookie table's header copied one cell a line ends ("Service" / "Name" / "Cookie Details" /
 * "Links"): two column names or more flush on one another, the cookie's name among them. Computed once a text.
 */
const cellHeaderEnds = oncePerText((units) => {
  const found = new Set<number>();
  const column = (k: number) => !!units[k] && !units[k]!.marker && COLUMN_CELL.test(units[k]!.text.replace(/:$/, ''));
  for (let k = 0; k < units.length; k++) {
    if (!column(k) || column(k - 1)) continue;
    let end = k;
    while (column(end + 1) && units[end + 1]!.gap === 0) end++;
    if (end > k && units.slice(k, end + 1).some((u) => NAME_CELL.test(u.text.replace(/:$/, '')) || /^(?:cookie|cwci)$/i.test(u.text))) found.add(end);
    k = end;
  }
  return found;
});

/**
 * The names in a cookie table's rows whose cells ran together or broke over lines, under its header
 * ("CwciEnwDibenDod i ben" / rows / "CookieControlcivicAllowCookies" / "civicShowCookieIcon" / "Mae'r
 * cwci hwn yn cofnodi … gwefan.10 awr" / "YouTube" / "VISITOR_INFO1_LIVE" / "PREF" / "… gwefan.8
 * mis"): a single token with an identifier's marks (an underscore, a digit, capitals inside) alone on
 * its line (a word in capitals only beside such a name), before the line that ends the row with its expiry, no more than five lines on; each row's
 * end keeps the table going. They are cells, never headings. Computed once a text.
 */
const rowNameLines = oncePerText((units) => {
  const found = new Set<number>();
  // (An expiry run into the purpose before it: "… ar ein gwefan.8 mis".)
  const endsRow = (u: Unit) => !u.marker && (isExpiryCell(u.text) || DURATION_END.test(` ${u.text.replace(/(?<=[.\p{L}])(?=\d)/gu, ' ')}`));
  // (The row's first cell may keep its space before the name, the product's label: "CookieControl
  // civicAllowCookies", "YouTube VISITOR_INFO1_LIVE", under "Cwci Enw Diben Dod i ben".)
  const token = (t: string) => /^[\w.*$#@%-]{2,60}$/.test(t) && (COOKIE_LIKE.test(t) || CAMEL.test(t) || /\p{Ll}\p{Lu}/u.test(t));
  const name = (u: Unit) => !u.marker && (token(u.text) || (/^\p{Lu}[\p{L}\d]*(?: \p{Lu}[\p{L}\d]*)? \S+$/u.test(u.text) && token(u.text.split(' ').pop()!) && /[_\d]|\p{Ll}\p{Lu}/u.test(u.text.split(' ').pop()!)));
  for (let k = 0; k < units.length; k++) {
    if (units[k]!.marker || !(columnHeader(units[k]!.text) || gluedHeader(units[k]!.text))) continue;
    let end = k;
    for (let j = k + 1; j < units.length && j - end <= 5; j++) {
      if (!endsRow(units[j]!)) continue;
      // (A word in capitals alone, "SESIYNAU", is a heading in capitals, unless a marked name shares its row: "VISITOR_INFO1_LIVE" / "PREF".)
      const names = units.slice(end + 1, j).map((u, d) => (name(u) ? end + 1 + d : -1)).filter((r) => r >= 0);
      if (names.some((r) => !/^\p{Lu}+$/u.test(units[r]!.text))) for (const r of names) found.add(r);
      end = j;
    }
    k = end;
  }
  return found;
});

/** A sentence that announces a table under it ("The following table explains the types of data …", "… yn y tabl isod"). */
const TABLE_INTRO = /\b(?:the following table|the table (?:below|that follows)|(?:in|see) the table\b.*\bbelow|(?:\by|['’]r) tabl (?:canlynol|isod)|yn y tabl\b.*\bisod)\b/i;

/**
 * The cells of a table a sentence announces, copied one cell a line under it because no reader took
 * the table ("The following table explains the types of data we collect and the legal basis …" /
 * "Purpose" / "Data (key elements)" / "Basis" / "Enquiring about our organisation" / "Name, email,
 * message" / …): short lines, the first a column's name of four words or fewer, none ending as a
 * sentence or a question does, three or more of them. They are cells, never headings; the run ends at
 * the first line too long for a cell or in a list. Computed once a text.
 */
const announcedCellLines = oncePerText((units) => {
  const found = new Set<number>();
  const cell = (u: Unit | undefined) => !!u && !u.marker && wordCount(u.text) <= 10 && !/[.?!:;]$/.test(u.text);
  // (An example's cell may run longer, a list of things with commas and no stop: "Car registration,
  // signature, date and time of visit, purpose of visit" / "Online Identifiers" / "IP addresses,
  // cookies, usage data …". The run goes on through it; a short line over a sentence after the
  // table is the next section's heading, never a cell: "Purposes of Processing" / "We process …".)
  const listing = (u: Unit | undefined) => !!u && !u.marker && wordCount(u.text) <= 20 && !/[.?!:;]$/.test(u.text) && /,/.test(u.text);
  const overSentence = (j: number) => { const n = units[j + 1]; return !!n && !n.marker && wordCount(n.text) >= 12 && TERMINAL.test(n.text); };
  for (let k = 0; k < units.length; k++) {
    if (units[k]!.marker || !TABLE_INTRO.test(units[k]!.text) || !cell(units[k + 1]) || wordCount(units[k + 1]!.text) > 4) continue;
    let j = k + 1;
    let longer = false;
    while (cell(units[j]) || (j - k - 1 >= 3 && listing(units[j]))) {
      if (longer && overSentence(j)) break;
      longer ||= !cell(units[j]);
      j++;
    }
    if (j - k - 1 >= 3) for (let r = k + 1; r < j; r++) found.add(r);
  }
  return found;
});

/**
 * A processing table's header copied a cell a paragraph ("What we collect..." / "Why" / "Legal Bases", a museum's table of what it
 * collects at its events): three to six short lines, one naming the lawful basis column and one the data's or the purpose's. Column
 * names, never headings. Computed once a text.
 */
const processingHeaderCells = oncePerText((units) => {
  const found = new Set<number>();
  const cell = (u: Unit | undefined) => !!u && !u.marker && wordCount(u.text) <= 4 && !/(?<!\.\.)[.;:!]$/.test(u.text.trim());
  const basis = /^(?:(?:the\s+)?(?:legal|lawful)\s+(?:bas[ie]s|grounds?)(?:\s+for\s+processing)?|bas[ie]s|(?:y\s+)?(?:sail|seiliau)\s+gyfreith(?:iol|lon))$/i;
  const other = /^(?:why(?: we (?:collect|use) it)?|purposes?(?: of processing)?|what(?: we (?:collect|use|hold))?(?:\s*(?:\.\.\.|…))?|(?:type|categor(?:y|ies)) of (?:personal )?(?:data|information)|(?:personal )?(?:data|information)|pam|dibenion?|pwrpas|pa wybodaeth|gwybodaeth|data)$/i;
  for (let k = 0; k < units.length; k++) {
    let j = k;
    while (j < units.length && j - k < 6 && cell(units[j])) j++;
    const run = units.slice(k, j).map((u) => u.text.trim());
    if (run.length >= 3 && run.some((t) => basis.test(t)) && run.some((t) => other.test(t))) {
      for (let m = k; m < j; m++) found.add(m);
      k = j - 1;
    }
  }
  return found;
});

/** The intro of a glossary ("In this privacy policy, the following definitions are used:", "defnyddir y diffiniadau canlynol:"). */
const DEFINITIONS_INTRO = /\b(?:the following (?:definitions|terms|words)(?: and expressions)?|definitions (?:are used|apply)|(?:have|has) the following meanings?|y diffiniadau canlynol|y termau canlynol|yr ystyron canlynol)\b[^.]*:\s*$/i;

/**
 * The terms of a glossary copied a cell a line under its intro ("… the following definitions are used:" / "Data" / "Collectively all
 * information that you submit …" / "Cookies" / "A small text file …"; the Welsh the same, "Data" / "Gyda'i gilydd, yr holl
 * wybodaeth …" / "Cwcis" / …): each short term over its longer meaning. Terms, never headings. Computed once a text.
 */
const definedTermLines = oncePerText((units) => {
  const found = new Set<number>();
  const term = (u: Unit | undefined) => !!u && !u.marker && wordCount(u.text) <= 8 && !TERMINAL.test(u.text.trim()) && !/[:;]$/.test(u.text.trim());
  // (A meaning is a noun phrase, "A small text file …"; a sentence with its subject, "We collect …", "Rydym yn …", is a section's body.)
  const meaning = (u: Unit | undefined) => !!u && !u.marker && wordCount(u.text) >= 6 && !/^(?:we|you|our|this|these|they|it|rydym|rydyn|byddwn|mae|gallwch|rydych|ni|nid)\b/i.test(u.text.trim());
  for (let k = 0; k < units.length; k++) {
    if (units[k]!.marker || !DEFINITIONS_INTRO.test(units[k]!.text)) continue;
    let j = k + 1;
    const terms: number[] = [];
    while (term(units[j]) && meaning(units[j + 1])) {
      terms.push(j);
      j += 2;
    }
    if (terms.length >= 2) for (const t of terms) found.add(t);
  }
  return found;
});

/** A retention schedule's column of periods, named alone ("Retention period", "Cadw", "Cyfnod cadw"). */
const RETENTION_COLUMN = /^(?:retention(?: period)?|retained for|period(?: of retention)?|how long(?: (?:we keep it|it is kept))?|cadw|cyfnod(?: cadw)?|am ba hyd)$/i;

/** The column a retention schedule's periods stand beside, named alone ("Description", "Record", "Disgrifiad"). */
const RECORD_COLUMN = /^(?:description|disgrifiad|records?|record type|type of (?:record|data|information)|(?:personal )?data|information|gwybodaeth|cofnod(?:ion)?|categor(?:y|ies)|categori|math o (?:gofnod|ddata|wybodaeth))$/i;

/**
 * The cells of a retention schedule copied one cell a paragraph under its two column names ("Disgrifiad"
 * / "Cadw" / "Data craidd dysgwyr" / "O leiaf 10 mlynedd ar ôl i chi adael y Coleg …" / "Deilliannau
 * dysgwyr - …" / "10 mlynedd ar ôl i chi adael y Coleg*"; "Description" / "Retention period" / …): a
 * record's column and a period's, then rows of two cells, each row's period cell giving a period
 * ("10 mlynedd", "Six years"); the first row without one ends the table. None is a heading.
 * Computed once a text.
 */
const retentionCellLines = oncePerText((units) => {
  const found = new Set<number>();
  const name = (u: Unit | undefined) => !!u && !u.marker && wordCount(u.text) <= 4 && !/[.:;,!?]$/.test(u.text);
  const cell = (u: Unit | undefined) => !!u && !u.marker && !u.label && !u.level && wordCount(u.text) <= 30 && !/[?:]$/.test(u.text);
  const period = new RegExp(`(?:^|\\s)${PERIOD}\\b`, 'iu');
  for (let k = 0; k + 1 < units.length; k++) {
    const [a, b] = [units[k]!, units[k + 1]!];
    if (!name(a) || !name(b) || !((RECORD_COLUMN.test(a.text) && RETENTION_COLUMN.test(b.text)) || (RETENTION_COLUMN.test(a.text) && RECORD_COLUMN.test(b.text)))) continue;
    // (Row by row, the period's cell beside the record's, in the header's order; a last cell the copy cut stays with them.)
    const periodAt = RETENTION_COLUMN.test(a.text) ? 0 : 1;
    let j = k + 2;
    while (cell(units[j]) && cell(units[j + 1]) && period.test(units[j + periodAt]!.text)) j += 2;
    if (j === k + 2) continue;
    if (j === units.length - 1 && cell(units[j])) j++;
    for (let r = k; r < j; r++) found.add(r);
    k = j - 1;
  }
  return found;
});

/**
 * The lines that are only a cookie's name, each over what it does, one after another ("1P_JAR" /
 * "· Used to gather website statistics …" / "CONSENT" / "· Stores the users cookie consent state …"
 * / "HSID" / …, a table copied one cell a line without its header): three names or more, each a
 * single token with an identifier's marks or in capitals ("NID", "SIDCC"), at most three lines of
 * description between one name and the next, and one name at least with an underscore, dot, digit
 * or capital inside, which words in capitals ("INTRODUCTION" / … / "COOKIES" / …) never have.
 * Computed once a text.
 */
const cookieNameLines = oncePerText((units) => {
  const found = new Set<number>();
  // (Or a name in capitalised parts, "CraftSessionId", beside "CRAFT_CSRF_TOKEN" and "returningVisitor".)
  // (Several names may share the record, joined by commas, "and" or "/": "1P_JAR, NID and CONSENT", "Recite.Persist and Recite_Session".)
  const one = (t: string) => /^[\w.*$-]{2,40}$/.test(t) && /\p{L}/u.test(t) && (COOKIE_LIKE.test(t) || /^[A-Z][A-Z0-9_]+$/.test(t) || CAMEL.test(t));
  const name = (k: number) => { const u = units[k]; return !!u && !u.marker && u.text.split(/,\s*|\s+(?:and|or|&|a|neu)\s+|\s*\/\s*/).every(one); };
  const described = (k: number) => { const u = units[k + 1]; return !!u && !name(k + 1) && (!!u.marker || wordCount(u.text) >= 4); };
  for (let k = 0; k < units.length; ) {
    if (!name(k) || !described(k)) {
      k++;
      continue;
    }
    const run = [k];
    let j = k;
    for (;;) {
      let n = j + 1;
      // (A name's fields may run to several bullets: "ASP.NET_SessionId" / "• Purpose: …" / "• Data stored by cookie: …" / … .)
      while (n < units.length && n - j <= 8 && !name(n)) n++;
      if (n - j > 8 || !name(n) || !described(n)) break;
      run.push(n);
      j = n;
    }
    const marked = run.some((r) => /[_.$*\d]|\p{Ll}\p{Lu}/u.test(units[r]!.text));
    // Two are enough when each has an identifier's marks and its fields follow as labelled bullets ("• Purpose: …").
    const fielded = run.length >= 2 && run.every((r) => /[_.$*\d]/.test(units[r]!.text) && !!units[r + 1]?.marker && /^(?:purpose|description|expires|expiry|duration|diben|pwrpas)\b[^:]{0,20}:/i.test(units[r + 1]!.text));
    if ((run.length >= 3 && marked) || fielded) for (const r of run) found.add(r);
    k = j + 1;
  }
  return found;
});

/**
 * The header and row names of a two-column table copied one cell a line ("Data" / "Pwrpas" /
 * "Tocyn Dyfais" / "Cod unigryw tymor hir … ." / "Rhif Dyfais" / "Cael ei ddefnyddio …" / …, an app's
 * data items and what each is for): a short first column's name over a purpose or description
 * column's name, then rows, each a short name over one to three lines that end as sentences (or sit
 * in brackets). The rows end at the first short line with no sentence under it, where a heading
 * over a heading starts the next section. Two rows at least; computed once a text.
 */
const pairCellLines = oncePerText((units) => {
  const found = new Set<number>();
  const short = (u: Unit | undefined) => !!u && !u.marker && wordCount(u.text) <= 6 && !/[.:;!?,]$/.test(u.text) && !/^\(.*\)$/.test(u.text);
  const said = (u: Unit | undefined) => !!u && !u.marker && (TERMINAL.test(u.text) || /^\(.*\)$/.test(u.text)) && !short(u);
  for (let k = 0; k + 1 < units.length; k++) {
    const head = units[k]!;
    if (!short(head) || wordCount(head.text) > 3 || COLUMN_CELL.test(head.text) || !/^(?:purpose|description|diben|pwrpas|disgrifiad|what (?:it|they) (?:is|are) used for|defnydd)$/i.test(units[k + 1]!.text)) continue;
    const rows: number[] = [];
    let j = k + 2;
    while (short(units[j]) && said(units[j + 1])) {
      rows.push(j);
      j += 2;
      while (j < units.length && said(units[j]) && j - rows[rows.length - 1]! <= 3) j++;
    }
    if (rows.length < 2) continue;
    for (const r of [k, k + 1, ...rows]) found.add(r);
    k = j - 1;
  }
  return found;
});

/**
 * Whether the line at `i` is the first item of a contents list straight under it ("Pwrpas prosesu"
 * / "– Pwrpas prosesu" / "– Gwybodaeth bersonol a gesglir a sail gyfreithiol" / …, a page whose
 * first section's heading came out above its in-page contents): that section's heading, never an
 * item that lost its bullet, since the list gives that item itself.
 */
function headsOwnContents(units: Unit[], i: number): boolean {
  const unit = units[i];
  // (The line may be numbered: "1. Pwrpas prosesu" over "• Pwrpas prosesu" / ….)
  if (!unit || (unit.marker && !/^\d{1,2}[.)]$/.test(unit.marker.glyph)) || wordCount(unit.text) < 2 || wordCount(unit.text) > 16) return false;
  const first = contentsItems(units).find(({ at }) => at > i);
  return first?.at === i + 1 && first.key === contentsKey(unit.text);
}

/**
 * The items of every run of three marked lines or more, compared by `contentsKey`, and of every
 * in-page contents list whose links lost their bullets (`plain`, see `isPlainContents`); computed
 * once a text (and again after `numberedHeadings` unmarks lines).
 */
const CONTENTS = new WeakMap<Unit[], { at: number; key: string; plain?: true }[]>();
function contentsItems(units: Unit[]): { at: number; key: string; plain?: true }[] {
  let items = CONTENTS.get(units);
  if (items) return items;
  items = [];
  for (let k = 0; k < units.length; ) {
    let end = k;
    while (units[end]?.marker) end++;
    if (end - k >= 3) for (let m = k; m < end; m++) items.push({ at: m, key: contentsKey(units[m]!.text) });
    k = Math.max(end, k + 1);
  }
  // (The title, the text's first line, is never one of them; the first section's heading, the list's
  // first item again with nothing between, ends the list.)
  for (let k = 1; k < units.length; ) {
    let end = k;
    const seen = new Set<string>();
    while (end < units.length && contentsLine(units[end]!) && !seen.has(contentsKey(units[end]!.text))) seen.add(contentsKey(units[end++]!.text));
    // (The list's own label among the lines, "Table of Contents", starts it: the lines above it are the
    // page's title and name, "Eden Academy Trust" / "Privacy notice".)
    const label = units.slice(k, end - 1).findIndex((u) => CONTENTS_LABEL.test(u.text.trim()));
    const from = label >= 0 ? k + label + 1 : k;
    // (Each link a block of its own, most of them set apart by blank lines: short lines flush on one another are an address's.)
    const apart = units.slice(from + 1, end).filter((u) => u.gap > 0).length;
    if (end - from >= 4 && apart * 2 >= end - from - 1 && isPlainContents(units, from, end)) for (let m = from; m < end; m++) items.push({ at: m, key: contentsKey(units[m]!.text), plain: true });
    k = Math.max(end, k + 1);
  }
  items.sort((a, b) => a.at - b.at);
  CONTENTS.set(units, items);
  return items;
}

/** A contents list's own label ("Contents", "Table of Contents", "Cynnwys", "Tabl cynnwys"). */
const CONTENTS_LABEL = /^(?:(?:table of )?contents|(?:tabl )?cynnwys|on this page|ar y dudalen hon)\s*:?$/i;

/** A line that could be a contents list's link: unmarked, one line of a heading's length and shape, no sentence's end. */
function contentsLine(unit: Unit): boolean {
  // (A numbered line read as a heading may be one: "1. Manylion hunaniaeth …" / "1.1 Categorïau …" / "Ffynhonnell …".)
  // (A link of one word too: "Gwefan", "Cookies".)
  return !unit.marker && !unit.label && !unit.cell && unit.lines === 1 && wordCount(contentsKey(unit.text)) <= 16 && !/[.:;,!]$/.test(unit.text) && !COLUMN_CELL.test(unit.text) && (looksLikeHeading(unit.text) || /^\p{Lu}\p{Ll}{2,}$/u.test(unit.text.trim()));
}

/**
 * Whether the lines from `start` to `end` (four or more, each a heading's shape, nothing between
 * them) are an in-page contents list copied without its bullets ("Manylion hunaniaeth a chyswllt y
 * cyngor" / "Categorïau o ddata personol sydd gennym" / "Sut mae adrannau'r cyngor yn casglu …?" /
 * "Ffynhonnell data personol" / … / "Datrysiad ffurfiol", then the sections): two of the lines at
 * least come again later as lines of their own, the sections' headings. Stacked headings are never
 * repeated so.
 */
function isPlainContents(units: Unit[], start: number, end: number): boolean {
  const later = new Set(units.slice(end).map((u) => contentsKey(u.text)));
  // (A table's column names repeat over each table: a contents list's links name sections in more than a word.)
  return units.slice(start, end).filter((u) => wordCount(u.text) >= 2 && later.has(contentsKey(u.text))).length >= 2;
}

/**
 * Numbered headings ("1. Who we are", "2. What we collect"): two or more numbered lines, each
 * heading-like and followed by unnumbered body, with rising numbers. They lose their list marker
 * (the number stays in the text, as written) so the heading rules see them.
 */
function numberedHeadings(units: Unit[]): number {
  const candidates: { unit: Unit; n: number; lone?: boolean }[] = [];
  const bracketed = bracketLetters(units);
  units.forEach((unit, i) => {
    const glyph = unit.marker?.glyph ?? '';
    const next = units[i + 1];
    // "1. Who we are" and "A. Data Controller": a number or a capital letter, never followed by another item.
    const kind = (g: string) => (/^\d/.test(g) ? 'number' : /^[A-H][.)]$/.test(g) ? 'letter' : 'other');
    // A numbered heading straight over a numbered subheading ("2. How we work with you" / "3. Our
    // inspections" / body): a run of two numbered lines with body after it, the first of three words or more.
    const prev = units[i - 1]?.marker;
    // A run of up to four numbered lines that carries on the headings' numbering ("2. How we share
    // your data" / "3. Who we share it with" / "4. Organisations acting for us" / body, after "1. …"
    // and its body) is nested headings; a contents list starts at 1.
    const same = (u: Unit | undefined) => !!u?.marker && kind(u.marker.glyph) === kind(glyph);
    let r = i;
    while (r > 0 && same(units[r - 1])) r--;
    let e = i;
    while (same(units[e + 1])) e++;
    // Body follows the run: a paragraph, or a list of another kind ("4. Personal data" / "- Name").
    const bodyAfter = !!units[e + 1] && (!units[e + 1]!.marker || kind(units[e + 1]!.marker!.glyph) !== kind(glyph));
    // A run from "1." is nested headings too when the next numbered line after its body carries its
    // numbering on ("1. Privacy Notices" / "2. Privacy" / "3. Personal Data and GDPR" / body / "4. …");
    // after a contents list the numbering starts again at 1.
    const last = parseInt(units[e]!.marker?.glyph ?? '', 10);
    const carriedOn = () => { const after = units.slice(e + 1).find((u) => u.marker && kind(u.marker.glyph) === 'number'); return !!after && parseInt(after.marker!.glyph, 10) === last + 1; };
    // A longer run carries them on too when a blank line sets off each of its lines and its first
    // number follows the last heading's ("4. Third Party Web Sites" / body / "5. Changes of Business
    // Ownership" / "" / "6. Controlling Access to your Data" / "" / … / "11. Changes to this Policy" /
    // body): headings whose sections the copy left empty; a list's items carry no heading's number on.
    const previous = candidates.filter((c) => units.indexOf(c.unit) < r).pop();
    const spaced = kind(glyph) === 'number' && !!previous && parseInt(units[r]!.marker!.glyph, 10) === previous.n + 1 && units.slice(r + 1, e + 1).every((u) => u.gap > 0);
    const continuing = (e - r < 4 || spaced) && bodyAfter && (parseInt(units[r]!.marker?.glyph ?? '', 10) > 1 || (kind(glyph) === 'number' && carriedOn()));
    // (Of two words only over a table: "1. Necessary Cookies" / "2. First-party" / "| Host | Name | Details |"; a list's two items stand over no table.)
    const tableAfter = !!units[i + 2] && (isTableRow(units[i + 2]!.text) || PIPE_CELL.test(units[i + 2]!.text) || !!columnHeader(units[i + 2]!.text));
    const over = same(next) && (continuing || (!(prev && kind(prev.glyph) === kind(glyph)) && !!units[i + 2] && !units[i + 2]!.marker && (wordCount(unit.text) >= 3 || (wordCount(unit.text) >= 2 && tableAfter))));
    // A numbered question on the last line, after a paragraph, heads a section the copy cut off.
    const cutOff = !next && /\?$/.test(unit.text) && !!units[i - 1] && !units[i - 1]!.marker;
    // A small letter alone, set off by blank lines, in title case ("a. Direct Medical Care and
    // Administration", a table's row heading copied as a line): a lettered heading, no item of a list.
    // Or in brackets, one of a run from "(a)", each alone over a paragraph of its own ("(a) Complaints
    // & issues raised against a trade union" / paragraphs / "(b) General Enquiries" / …): the letters
    // that follow one another, not the case, make them headings.
    const loneLetter = (/^[a-h][.)]$/.test(glyph) && !units[i - 1]?.marker && !!next && !next.marker && unit.gap > 0 && next.gap > 0 && wordCount(unit.text) >= 3 && wordCount(unit.text) <= 10 && titleCaseRatio(unit.text) >= 0.6)
      || (bracketed.has(i) && [1, -1].some((d) => bracketed.has(units.findIndex((u) => u.marker?.glyph === `(${String.fromCharCode(glyph.charCodeAt(1) + d)})`))));
    if ((!/^(?:\d{1,2}|[A-H])[.)]$/.test(glyph) && !loneLetter) || unit.lines > 1 || (!next && !cutOff) || (next?.marker && kind(next.marker.glyph) === kind(glyph) && !over)) return;
    // A short numbered line may end in a full stop ("2. Our lawful basis for processing data."):
    // the number, not the punctuation, makes it a heading; a longer one is a sentence in a list.
    // So may a short one end in a colon ("2. WHO WE ARE:"), unless it opens a sentence ("1. We use it for:").
    // A question asked with its own words may run to twelve ("1. Pwy ydyn ni a'r hyn rydyn ni'n ei wneud.", Welsh being wordier).
    // (So may a processing record's field with its colon: "2. Y sail gyfreithlon pam yr ydym yn defnyddio'r wybodaeth hon:".)
    // (So may the kind of thing the section lists with its clause: "1. Y math o wybodaeth bersonol rydym yn ei gasglu:".)
    // (So may a numbered part's clause, its label saying what it is: "1. Purpose 1: to provide a safe environment in which to study and work".)
    const bare = (wordCount(unit.text.replace(PART_LABEL, '')) <= (QUESTION_WORD.test(unit.text) || PART_LABEL.test(unit.text) ? 12 : 8) && !(/:$/.test(unit.text) && /^(?:we|i|you|they|it|this|these|if)\b/i.test(unit.text))) || ((RECORD_LABEL.test(unit.text) || KIND_OF.test(unit.text)) && wordCount(unit.text) <= 12) ? unit.text.replace(/[.:]$/, '') : unit.text;
    // (A cookie's name may open it, "2. _utma Google Analytics Cookie": the identifier's small letter or mark is no sentence's start.)
    // (Or be all of it: "1. apGwynedd", an app's name over the table of its data.)
    const named = /^[\w.*$#@%-]+(?=\s|$)/.exec(bare)?.[0];
    if (!looksLikeHeading(named && COOKIE_LIKE.test(named) && /^[^\p{Lu}]/u.test(named) ? `${glyph} ${bare}` : bare) || /[.!]$/.test(bare)) return;
    // The last line of a numbered list whose other lines are items ("1. Name" / … / "5. Signatures" /
    // a paragraph) is its last item, not a heading over the paragraph.
    // (Two numbered lines in a row may be a heading straight over its first subheading's heading: a
    // list has three or more, and the line carries its numbering on; "1." after a contents list's "10." starts anew.)
    const carries = parseInt(glyph, 10) === parseInt(units[i - 1]?.marker?.glyph ?? '', 10) + 1;
    if (i - r >= 2 && carries && candidates[candidates.length - 1]?.unit !== units[i - 1]) return;
    candidates.push({ unit, n: /^\d/.test(glyph) ? parseInt(glyph, 10) : 100 + glyph.charCodeAt(0), lone: loneLetter });
  });
  // One numbered line alone is a heading only when it is written as one ("1. Why Do We Collect
  // and Use Personal Information"); two or more need rising numbers.
  // A numbered question over a paragraph ("1. Why do we handle personal data?") is written as one too.
  // A contents list numbered as the headings it names, before them ("1. Our commitment to data
  // protection" / "- If you are applying for registration …" / … / "8. Contact us" / "9. Complaints" /
  // "10. Definitions" / "1. Our commitment to data protection" / its body): from the line that repeats
  // the list's first item, the numbered lines are the headings; the list's own stay its items.
  // (Headings numbered before the list, "1. Introduction" / "2. Contents", stay candidates.)
  const same = (a: (typeof candidates)[number], b: (typeof candidates)[number]) => a.n === b.n && contentsKey(a.unit.text) === contentsKey(b.unit.text);
  const again = candidates.findIndex((c, k) => k >= 2 && candidates.slice(0, k - 1).some((d) => same(d, c)));
  if (again > 0) {
    const first = candidates.findIndex((d) => same(d, candidates[again]!));
    candidates.splice(first, again - first);
  }
  const alone = candidates[0]?.unit;
  // Its answer may be a bulleted list ("1. What information do we collect about you?" / "• Opponents,
  // witnesses and referees" / …, accordion panels copied as bullets).
  const answered = (u: Unit) => { const k = units.indexOf(u); const next = units[k + 1]; return /\?$/.test(u.text) && !!next && ((!next.marker && wordCount(next.text) >= 8) || (!!next.marker && !next.marker.ordered && next.indent >= u.indent)); };
  // So is a short heading-like line over a paragraph ("1. Your rights" / "You have certain legal rights, …"),
  // or over a cookie table's header ("1. Google Analytic" / "Name" / "Content" / "Expires"), or a
  // two-column table's ("1. apGwynedd" / "Data" / "Pwrpas" / …).
  // (A bracketed line under it, "(Collective RSL Members)", is an aside: the body is after it.)
  // Or over a list's intro ("1. Why - we collect and use pupil information -" / "We use the pupil data:"),
  // the dashes that set its words off not counted as words.
  // (A question's clause, "1. Pam yr ydym yn casglu a defnyddio'r wybodaeth hon", may run to twelve words.)
  const overBody = (u: Unit) => { const k = units.indexOf(u); const next = /^\([^()]+\)$/.test(units[k + 1]?.text ?? '') ? units[k + 2] : units[k + 1]; return !/[.!?;]$/.test(u.text) && !(/:$/.test(u.text) && /\p{Ll}/u.test(u.text) && /^(?:we|i|you|they|it|this|these|if)\b/i.test(u.text)) && wordCount(u.text.replace(PART_LABEL, '').replace(/\s[–—-](?=\s|$)/g, '')) <= (QUESTION_WORD.test(u.text) || PART_LABEL.test(u.text) ? 12 : 8) && !!next && !next.marker && (wordCount(next.text) >= 12 || tableHeaderAt(units, k + 1) || isListIntro(next.text) || pairCellLines(units).has(k + 1)); };
  // And so is "1. Who we are" over "1.1 …": the next line carries its number one level down.
  // Or further on, after its own body ("1. What type of information we have and why we have it" / its
  // paragraphs / "1.1 Why we collect your data"): the first subsection's number says what it is.
  const overSub = (u: Unit) => { const k = units.indexOf(u); const n = parseInt(u.marker?.glyph ?? '', 10); const sub = new RegExp(String.raw`^${n}\.\d{1,2}\.?\s+\S`); const first = new RegExp(String.raw`^${n}\.1\.?\s+\S`); return !!n && (sub.test(units[k + 1]?.text ?? '') || (wordCount(u.text) <= 12 && units.slice(k + 1).some((x) => !x.marker && first.test(x.text)))); };
  // And so is a numbered line a contents list before it names ("- Gwybodaeth bwysig a phwy ydym ni (paragraff 1)" … "1. Gwybodaeth bwysig a phwy ydym ni").
  // And so is one whose number carries on the headings a form's questions made before it ("1. Pwnc:" / … /
  // "3. Gwybodaeth bersonol sy’n cael ei chadw:" / bullets / "4. Sut caiff y wybodaeth bersonol ei storio").
  const carriesOn = (u: Unit) => { const k = units.indexOf(u); const n = parseInt(u.marker?.glyph ?? '', 10); const before = units.slice(0, k).findLast((x) => !x.marker && x.level && /^\d{1,2}[.)]\s/.test(x.text)); return !!n && !!before && parseInt(before.text, 10) === n - 1; };
  if (candidates.length === 1 && !(titleCaseRatio(alone!.text) >= 0.5 && wordCount(alone!.text) >= 3) && !answered(alone!) && !overBody(alone!) && !overSub(alone!) && !carriesOn(alone!) && !namedInContents(units, units.indexOf(alone!)) && !headsOwnContents(units, units.indexOf(alone!))) return 0;
  // Numbers rise, or repeat: a page whose sections were each a one-item list ("1. …" twice) copies
  // as the same number; lettered headings ("A.", "B.") rise among themselves. The numbering may
  // start again at "1." (or "A.") after a run of two or more ("1. Cyflwyniad" … "5. Rheolwr Data" /
  // "1. Pa wybodaeth bersonol ydym yn ei chasglu?": a document numbered in parts). A contents list
  // before its headings ("1. Who we are" / "2. What we collect" / … / "1. Who we are") is no part:
  // its items name the lines after it, and still stop the numbered lines being read as headings.
  const rising = (list: typeof candidates) => {
    let from = 0;
    for (let k = 1; k < list.length; k++) {
      if (list[k]!.n >= list[k - 1]!.n) continue;
      const restart = list[k]!.n === (list[k]!.n < 100 ? 1 : 100 + 'A'.charCodeAt(0)) && k - from >= 2;
      if (!restart || list.slice(from, k).some((c) => contentsKey(c.unit.text) === contentsKey(list[k]!.unit.text))) return false;
      from = k;
    }
    return true;
  };
  if (!candidates.length || !rising(candidates.filter((c) => c.n < 100)) || !rising(candidates.filter((c) => c.n >= 100))) return 0;
  for (const { unit, lone } of candidates) {
    unit.text = `${unit.marker!.glyph} ${unit.text}`;
    delete unit.marker;
    // (Its letter, not the lines around it, makes the lone lettered line a heading: what follows may be a table's cells.)
    // A run of three or more rising numbers makes each a heading whatever follows it: an intro ("2.
    // Data Collected" / "Without limitation, any of the following Data may be collected:"), or the
    // next heading, its section left empty by the copy ("3. Our Use of Data" / "4. Third Party …").
    if (lone || candidates.length >= 3) unit.level = 2;
  }
  CONTENTS.delete(units);
  return candidates.length;
}

/**
 * A form's numbered questions, each ending in its colon over the answer written under it (a
 * council's privacy notice template: "1. Purpose of the processing and the legal basis for the
 * processing:" / "Fife Council uses …" / … / "2. Please describe the categories of personal data
 * processed by your Service or service:" / … / "4. The source the personal data originates from and
 * whether it came from publicly accessible sources (including …):" / …): three or more, numbered
 * 1, 2, 3 … in order, each over lines of its own that no number marks. However long, each is a
 * heading: its colon asks, and its answer, not a list, follows. Returns how many.
 */
function formQuestions(units: Unit[]): number {
  const asked = units.flatMap((u, i) => (u.marker?.ordered && /^\d{1,2}[.)]$/.test(u.marker.glyph) && /:$/.test(u.text) && u.lines <= 2 ? [i] : []));
  const run: number[] = [];
  for (const i of asked) {
    const n = parseInt(units[i]!.marker!.glyph, 10);
    if (n === run.length + 1 && units[i + 1] && !units[i + 1]!.marker && (!run.length || i - run[run.length - 1]! >= 2)) run.push(i);
    else if (n === 1) run.splice(0, run.length, ...(units[i + 1] && !units[i + 1]!.marker ? [i] : []));
  }
  // (Each answer stands between two questions: no other numbered line comes between them.)
  if (run.length < 3 || run.some((i, k) => k && units.slice(run[k - 1]! + 1, i).some((u) => u.marker?.ordered && /^\d/.test(u.marker.glyph)))) return 0;
  for (const i of run) {
    const unit = units[i]!;
    unit.text = `${unit.marker!.glyph} ${unit.text}`;
    delete unit.marker;
    unit.level = 2;
  }
  CONTENTS.delete(units);
  return run.length;
}

/**
 * Headings whose numbers the copy turned into bullets ("- About Parkgrove Medical Practice" / "This
 * practice is an independent contractor …" / … / "- About the personal information we use" / "We use
 * personal information on different groups of individuals including:" / "- Patients" / "- Staff" /
 * …): a bulleted line alone, no item before or after it, no intro ending in ":" above it, short and
 * heading-like with no stop, over a paragraph or a list's intro. Two such lines at least, and every
 * lone bulleted line over a paragraph in the text reads so: a list whose items each explain
 * themselves ("… on the following bases:" / "• Consent" / "You have given …" / "• Public task" / …)
 * has its first after an intro, and is left alone. Returns how many.
 */
function bulletedHeadings(units: Unit[]): number {
  const lone = units.flatMap((u, i) => (u.marker && !u.marker.ordered && !units[i - 1]?.marker && !units[i + 1]?.marker ? [i] : []));
  // (A panel's title over its indented body is an accordion's, which the builder reads from the indents.)
  const heading = (i: number) => {
    const [u, prev, next] = [units[i]!, units[i - 1], units[i + 1]];
    // (A question is a heading's shape too, and a line in capitals may be longer: "• WHY WE COLLECT PERSONAL INFORMATION ABOUT YOU
    // AND WHAT IS OUR LEGAL BASIS FOR PROCESSING PERSONAL INFORMATION?"; the copy's last line has nothing under it when the copy
    // was cut there: "• WHAT PERSONAL INFORMATION DO WE NEED TO COLL". An intro that points to the sections is no list's: "… please
    // read the relevant sections below:" / "• WHO WE ARE".)
    const under = next ? next.indent <= u.indent && (wordCount(next.text) >= 12 || isListIntro(next.text)) : i === units.length - 1 && i > 0;
    return under && u.lines === 1 && wordCount(u.text) >= 2 && wordCount(u.text) <= (/\p{Ll}/u.test(u.text) ? 10 : 20) && !/[.;:,!]$/.test(u.text) && /^\p{Lu}/u.test(u.text) && (!prev || !/:$/.test(prev.text) || /\b(?:sections?|headings?|adrannau|adran)\b[^.:]*:$/i.test(prev.text)) && looksLikeHeading(u.text);
  };
  if (lone.length < 2 || !lone.every(heading)) return 0;
  for (const i of lone) {
    delete units[i]!.marker;
    units[i]!.level = 2;
  }
  CONTENTS.delete(units);
  return lone.length;
}

/** A kind of cookie named alone ("Strictly necessary cookies", "Analytical Cookies", "Cwcis hanfodol"). */
const COOKIE_GROUP = /^(?:(?:strictly\s+)?necessary|essential|functional(?:ity)?|analytics?|analytical|performance|statistics|marketing|advertising|targeting|preferences?|third[- ]party|social media)\s+cookies$|^cwcis\s+(?:hollol\s+)?(?:angenrheidiol|hanfodol|swyddogaethol|dadansoddi|perfformiad|marchnata|trydydd parti)$/i;

/**
 * A bulleted line alone that names a kind of cookie, over its cookies ("The lists below explains …" / "• Necessary Cookies" /
 * "Session ID" / "NAME Purpose Expires" / …; "- Strictly necessary cookies" / "Delivering essential features …" / "Name | Purpose
 * | Expires |"): a cookie page's group heading set with a bullet, however many the page has. Returns how many.
 */
function bulletedCookieGroups(units: Unit[]): number {
  let found = 0;
  units.forEach((u, i) => {
    if (!u.marker || u.marker.ordered || units[i - 1]?.marker || units[i + 1]?.marker || !units[i + 1] || !COOKIE_GROUP.test(u.text.trim())) return;
    delete u.marker;
    u.level = 2;
    found++;
  });
  if (found) CONTENTS.delete(units);
  return found;
}

/**
 * The lines that open with a small letter in brackets and stand alone over a paragraph ("(b) General
 * Enquiries" / "If you make an enquiry by post or email …"; "(B) GENERAL ENQUIRIES"): ten words or
 * fewer, no sentence's stop, the paragraph under them twelve words or more (or the last, where the
 * copy was cut: "(c) Financial Irregularities investigations" / "A financial irregularity investigatio"). Candidates for lettered
 * headings, when the letters run on from one to the next.
 */
function bracketLetters(units: Unit[]): Set<number> {
  const found = new Set<number>();
  units.forEach((u, i) => {
    const next = units[i + 1];
    if (/^\([a-hA-H]\)$/.test(u.marker?.glyph ?? '') && !units[i - 1]?.marker && !!next && !next.marker && wordCount(u.text) <= 10 && !/[.:;!?,]$/.test(u.text) && (wordCount(next.text) >= 12 || i + 2 === units.length)) found.add(i);
  });
  return found;
}

/** The kind of thing a section lists, opening its heading ("The type of personal information we collect", "Y math o wybodaeth bersonol rydym yn ei gasglu", the ICO's template's). */
const KIND_OF = /^(?:the )?(?:types?|kinds?|categor(?:y|ies)) of\b|^y (?:math|mathau|categori[aï]u) o\b/i;

/** A sentence that introduces a list ("We use the pupil data:", "Rydym yn defnyddio'r data myfyriwr:"): body under a heading. */
function isListIntro(text: string): boolean {
  // (A short adverbial may come first: "Sefyllfa gyfredol, rydym yn casglu’r wybodaeth ganlynol:", "Currently, we collect:".)
  return /:$/.test(text) && wordCount(text) >= 4 && /^(?:[^,:]{2,30},\s*)?(?:we|you|our|this|these|rydym|mae|byddwn|gallwn|bydd|caiff|cedwir|gall)\b/i.test(text);
}

/**
 * Lettered subheadings under a numbered heading ("1. Mae’n gymwys ar gyfer gwybodaeth rydym yn
 * gasglu:" / "a. Os byddwch yn ymweld â’n safle we" / paragraph / "b. Pan fyddwch yn cysylltu gyda
 * ni …" / paragraph / "c. …" / paragraph): a run of lettered lines from "a", the letters following
 * one another, each a line with no sentence's stop over a paragraph of its own, straight under a
 * numbered line. The lettered lines are subheadings of the numbered one, which is a heading too
 * (its colon introduces them, not a list). A lettered list's items follow one another with no
 * paragraph between, or end as sentences, and are left alone. Returns how many lettered lines.
 */
function letteredHeadings(units: Unit[]): number {
  // A capital letter too ("A. …", "B. …": the same notice with its headings in capitals), which
  // `numberedHeadings` may have read as a heading already and unmarked, its letter kept in the text.
  const letter = (u: Unit | undefined) => (!u ? undefined : u.marker ? (u.marker.ordered && /^\(?[a-zA-Z][.)]$/.test(u.marker.glyph) ? u.marker.glyph.replace(/[().]/g, '').toLowerCase() : undefined) : /^([a-zA-Z])[.)]\s/.exec(u.text)?.[1]!.toLowerCase());
  const words = (u: Unit) => (u.marker ? u.text : u.text.replace(/^[a-zA-Z][.)]\s+/, ''));
  const numbered = (u: Unit | undefined) => !!u && (u.marker ? /^\d{1,2}[.)]$/.test(u.marker.glyph) : /^\d{1,2}[.)]\s/.test(u.text)) && u.lines === 1 && wordCount(u.text) <= 16 && !/[.;,]$/.test(u.text);
  let count = 0;
  for (let i = 1; i < units.length; i++) {
    if (letter(units[i]) !== 'a' || !numbered(units[i - 1])) continue;
    const run: Unit[] = [];
    let k = i;
    while (letter(units[k]) === String.fromCharCode(97 + run.length)) {
      const unit = units[k]!;
      if (unit.lines > 1 || wordCount(words(unit)) > 20 || !/^\p{Lu}/u.test(words(unit)) || /[.;:,]$/.test(unit.text)) break;
      // Its own paragraph under it, then the next lettered line (or the run's end).
      let e = k + 1;
      while (e < units.length && !units[e]!.marker && !letter(units[e])) e++;
      if (e === k + 1 || wordCount(units[k + 1]!.text) < 8) break;
      run.push(unit);
      k = e;
    }
    if (run.length < 2) continue;
    const parent = units[i - 1]!;
    if (parent.marker) parent.text = `${parent.marker.glyph} ${parent.text}`;
    delete parent.marker;
    parent.level = 2;
    for (const unit of run) {
      if (unit.marker) unit.text = `${unit.marker.glyph} ${unit.text}`;
      delete unit.marker;
      unit.level = 3;
    }
    count += run.length;
    i = k - 1;
  }
  if (count) CONTENTS.delete(units);
  return count;
}

/**
 * A contact block's field label alone on its line, its value on the next ("E-bost/ar-lein" /
 * "datacontroller@…", "Cyfeiriad post" / "72 Ffordd …", "Postal address", "Telephone"): a field,
 * not a heading. "Contact details" and "Contact us" name a section and are not fields.
 */
const CONTACT_FIELD = /^(?:(?:(?:our|ein)\s+)?(?:postal|post|e-?mail|email|web|registered|office|head office)?\s*address(?:es)?|cyfeiriad(?:\s+(?:post|e-?bost|y\s+swyddfa))?|e-?mail|e-?bost|ebost|(?:tele)?phone(?:\s+number)?|ff[ôo]n|rhif\s+ff[ôo]n|rhadff[ôo]n|freephone|fax|ffacs|mobile|sms|text(?:\s*phone)?|minicom|online|ar-?lein|website|gwefan|by\s+post|drwy['’]r\s+post|post|opening\s+hours|oriau\s+agor)(?:\s*(?:\/|&|\band\b|\bor\b|\ba\b|\bneu\b)\s*(?:e-?mail|e-?bost|ebost|(?:tele)?phone|ff[ôo]n|online|ar-?lein|post|address|cyfeiriad|website|gwefan|fax|ffacs|text))*\s*:?$/i;

/** A way to reach a contact, named as a subheading without a colon ("By post", "By email", "Drwy'r post", "Dros y ffôn"). */
const BY_CHANNEL = /^(?:by (?:post|e-?mail|(?:tele)?phone|letter|text(?: message)?|fax)|in person|online|(?:drwy|trwy)['’]r post|(?:drwy|trwy|ar) e-?bost|dros y ff[ôo]n|wyneb yn wyneb|ar-?lein|yn bersonol)$/i;

/** Opening hours ("Monday to Friday 9am to 5pm", "Dydd Llun i ddydd Gwener 08:00 i 18:00"): a contact block's line. */
const OPENING_HOURS = /^(?:(?:dydd\s+)?(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)(?:day)?)\b.*(?:\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm|yb|yh)\b)/i;

/** A field of a definition list whose label ran into its value ("ContainsAn integer", "ExpiresAfter 100 days", "Contains\"Test\"", "NotesUsed by …"). */
const GLUED_FIELD = /^(?:Contains|Expires|Expiry|Notes|Purpose|Description|Duration|Lasts|Provider|Type|Typical content|Cynnwys(?: arferol)?|Diben|Pwrpas|Disgrifiad|Hyd|Darparwr)(?:\p{Lu}|["“'‘\d])/u;

/** A line that gives a contact detail: "Email: …", "Tel - …", "Website …". */
const CONTACT_LABEL = /^(?:e-?mail|tel(?:ephone)?|phone|mobile|fax|text|web(?:site)?|address|post)\b\s*[:–-]?\s*\S/i;

/**
 * "Last updated: 12 March 2024", "First published", "Reviewed March 2025", "Version 3", "Policy version: 2026-05-26.1",
 * "Audience: All": document data, not a heading. So are a document control block's fields, their
 * colons lost ("Enw'r Awdur Prif Swyddog Gweithredol", "Author Chief Executive", "Dyddiadau
 * cymeradwyo Ebrill 2018 (fersiwn 1)", "Approved by the Board"). So is GOV.UK's line of the nations a
 * page covers, under its "Updated …" line ("Applies to England", "Applies to England and Wales").
 */
export const DATE_LINE = /^(?:(?:last|first)\s+)?(?:updated|reviewed|revised|published|effective(?:\s+from)?|issued|date(?:\s+of\s+(?:issue|publication|review|approval))?|dates?\s+(?:of\s+)?approv(?:al|ed)|version|review\s+date|(?:policy|document)\s+version|(?:document\s+)?author|approved\s+by)\b|^(?:diweddarwyd|diweddariad|adolygwyd|cyhoeddwyd|dyddiad(?:au)?|fersiwn|(?:enw['’]r\s+)?awdur|cymeradwywyd(?:\s+gan)?)\b|^(?:audience|cynulleidfa|document owner|perchennog y ddogfen)\s*:\s*\S|^(?:applies to|yn berthnasol i)\s+(?:england|wales|scotland|northern ireland|the uk|gymru|loegr|lloegr|['’]r alban|ogledd iwerddon|y du)(?:(?:,\s*|\s+(?:and|a|ac)\s+)(?:england|wales|scotland|northern ireland|gymru|loegr|lloegr|['’]r alban|ogledd iwerddon))*$/i;

/** A date and the version it gave the document, in brackets ("Ebrill 2020 (fersiwn 3)", "May 2024 (version 2.1)"): a document control line. */
const VERSION_DATE = /\b\d{4}\s*\((?:version|fersiwn|ver|v)\.?\s*\d{1,3}(?:\.\d{1,3})*\)$/i;

/** A line that is only a date or a time ("July 25", "12:53 2023", "5 March 2024", "25/05/2018"). */
const DATE_ONLY = /^(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+\d{4})?|\d{1,2}:\d{2}(?:\s*[ap]m)?(?:\s+\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/i;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A "Term – explanation" or "Term: explanation" line. */
export function splitDefinition(text: string): { term: string; separator: string; desc: string } | undefined {
  const m = DL_DASH.exec(text) ?? DL_COLON.exec(text);
  if (!m?.groups) return undefined;
  const term = m.groups.term!.trim();
  if (wordCount(term) > 10 || /[.;!?]$/.test(term) || !/^[A-Z0-9"'‘“]/.test(term)) return undefined;
  // "659 – 662 The Crescent" is an address, not a definition.
  if (/^\d+$/.test(term)) return undefined;
  return { term, separator: m.groups.sep!, desc: m.groups.desc!.trim() };
}

/** Whether a "Label - value" line gives a contact detail: the value is a phone, email, web address or person. */
export function isLabelValue(text: string): boolean {
  const parts = splitDefinition(text);
  if (!parts) return false;
  const details = findDetails(parts.desc);
  if (details.length && details[0]!.start === 0) return true;
  // "Caldicott Guardian - Jane Smith" names a role holder; "Privacy Notice – Law Enforcement" is a heading.
  // "Data Controller Name: The Northern Ireland Office": a field named "… Name" gives its value.
  if (parts.separator.startsWith(':') && ROLE_TERM.test(parts.term) && /\b(?:name|enw)$/i.test(parts.term)) return true;
  // "Data Protection Officer: Judith Young, Practice Manager": the holder's post after the name is the field's value too.
  return ROLE_TERM.test(parts.term) && (isPersonName(parts.desc) || isPersonName(parts.desc.split(/,\s*/)[0]!));
}

/** A heading over contact details ("Contact details", "Our contact details:", "How to contact us", "Manylion cyswllt", "Cysylltu â ni"). */
const CONTACT_HEADING = /\b(?:contact details|contact us|address|how to contact|where to find us|manylion cyswllt|cyfeiriad|cysylltu â ni|sut i gysylltu)\b/i;

/** A heading that is only the contact details' name ("Our contact details", "Contact us", "How to contact us", "Manylion cyswllt", "Cysylltu â ni"), with its colon. */
const CONTACT_TITLE = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:our|ein) )?(?:(?:(?:the )?(?:data protection officer|dpo|(?:data )?controller|information governance (?:team|lead))['’]s? )?contact details|contact us|how to contact us|manylion cyswllt(?: ni| (?:y |yr )?(?:swyddog diogelu data|rheolydd data))?|cysylltu â ni|sut i gysylltu â ni):$/i;

/** The term of a "Role – Name" line. */
const ROLE_TERM = /officer|guardian|owner|manager|lead|director|contact|name|head|chair|clerk|executive|controller|co-?ordinator|advis[eo]r|team|\bDPO\b|\bSIRO\b|caldicott|swyddog|rheolwr|cyfarwyddwr|cadeirydd/i;

/** Posts that sign a contact block besides ROLE_TERM's ("Secretary", "Clerk to the Council", "Ysgrifennydd"). */
const POST = /\b(?:secretary|treasurer|clerk|trustee|governor|head ?teacher|principal|partner|practice manager|proprietor|ysgrifennydd|trysorydd|clerc|ymddiriedolwr|llywodraethwr|pennaeth|prifathro|prifathrawes)\b/i;

function titleCaseRatio(text: string): number {
  const ws = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w) && w.length > 3);
  if (!ws.length) return 1;
  return ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length;
}

/**
 * The contact details of a line, leaving out a site's bare domain among other words ("Cookies on
 * guildford.gov.uk"): there it is a word of a heading, not an address to write to.
 */
function contactDetails(text: string): ReturnType<typeof findDetails> {
  return findDetails(text).filter((d) => !(d.kind === 'url' && /^(?:www\.)?[\w-]+(?:\.[\w-]+)+$/i.test(d.text) && wordCount(text) >= 3 && !/[–—:-]\s*$/.test(text.slice(0, d.start))));
}

/** The share of a line's words that another line has too. */
function overlap(a: string, b: string): number {
  const words = (t: string) => t.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  const other = new Set(words(b));
  const own = words(a);
  return own.length ? own.filter((w) => other.has(w)).length / own.length : 0;
}

/** A link to a document, its type in brackets and its size in square brackets after it ("Housing repairs (PDF) [183KB]", "… (Word doc) [1.2 MB]"). */
const SIZED_DOCUMENT_LINK = /\((?:pdf|excel|word|spreadsheet|docx?|xlsx?|csv|odt|ods)\b[^()]{0,20}\)\s*\[\s*\d+(?:\.\d+)?\s*[kmg]b\s*\]$/i;

/**
 * Lines that are each a link to a document with its type and size ("Alcohol sales licenses (PDF)
 * [200KB]" / "Animal licenses (PDF) [180KB]" / …), two or more in a run: a page's list of links, its
 * bullets lost in the copy. Read as a list, so that no link's words pass for the notice's own.
 */
function listDocumentLinks(lines: Line[]): Line[] {
  const link = (l: Line | undefined) => !!l && !l.marker && SIZED_DOCUMENT_LINK.test(l.text.trim());
  return lines.map((l, k) => (link(l) && (link(lines[k - 1]) || link(lines[k + 1])) ? { ...l, indent: 0, marker: { ordered: false, glyph: '•' } } : l));
}

/**
 * An icon's text alternative run into the heading it stands beside ("Person IconPrivacy Statement"):
 * the icon's name goes, the heading's words stay. Only "Icon" with a capital straight on a capital
 * word, the shape a copy gives an image's alt text and the text after it.
 */
function unglueIcons(lines: Line[]): Line[] {
  return lines.map((l) => {
    const m = /^(?:\p{Lu}\p{Ll}+\s)?Icon(?=\p{Lu}\p{Ll})/u.exec(l.text.trim());
    return m && !l.marker ? { ...l, text: l.text.trim().slice(m[0].length) } : l;
  });
}

/**
 * Headings a page set off with a dash instead of a line of their own, the copy keeping the dash
 * ("Collecting and storing pupil information -" over its paragraph; the notice's name run into its
 * first paragraph, "Privacy Notice - Under data protection law, individuals have a right …"): the
 * heading's words on a line of their own, the dash dropped. A lead-in that runs on into a list ("We
 * use the pupil data to -") is no heading and keeps its dash.
 */
function undashHeadings(lines: Line[]): Line[] {
  return lines.flatMap((l, k) => {
    if (l.marker) return [l];
    const t = l.text.trim();
    const next = lines[k + 1];
    // (A table's row whose last cell is empty, "Legitimate interests  -" under "Vital interests 6, 8", is no heading: one
    // stands apart, after a blank line or a sentence.)
    const prev = lines[k - 1];
    const apart = !prev || l.gap > 0 || (!prev.marker && TERMINAL.test(prev.text.trim()));
    const alone = /^(.+?\S) [-–—]$/.exec(t);
    if (alone && apart && next && !next.marker && wordCount(next.text) >= 8 && TERMINAL.test(next.text.trim()) && looksLikeHeading(alone[1]!) && !LEAD_IN_END.test(alone[1]!)) return [{ ...l, text: alone[1]! }];
    const runIn = k < 3 && /^(.{3,40}?)\s+[-–—]\s+(\p{Lu}.{40,})$/u.exec(t);
    if (runIn && NOTICE_TITLE.test(runIn[1]!) && TERMINAL.test(runIn[2]!)) return [{ ...l, text: runIn[1]! }, { ...l, text: runIn[2]!, gap: 1 }];
    return [l];
  });
}

/** The words a lead-in over a list ends with ("We use the pupil data to", "… include"), never a heading's last. */
const LEAD_IN_END = /\b(?:to|of|for|and|or|the|a|an|include|includes|including|are|is|as|such as|with|by|i|o|am|ac|yw|yn|gan|y|yr)$/i;

/**
 * A sentence that announces what follows and lost its colon ("Privacy statements for the partners can
 * be found in the following locations", "… yn y lleoliadau canlynol"): an intro all the same.
 */
const ANNOUNCES_LIST = /^(?=(?:\S+\s+){5})[^.!?:;]*\b(?:the following(?:\s+\p{L}+){0,2}|as follows|(?:y|yr)\s+\p{L}+\s+(?:canlynol|ganlynol))$/iu;

/** Whether a line is a link's words copied as a line, never a heading. */
function isLinkLine(t: string): boolean {
  // A link's words copied as a line ("Click here to view a PDF leaflet of our notice").
  // So is a disclosure's summary ("See cookies that make our website work", "Show all", "Gweld y cwcis …").
  // (Welsh gives it as an imperative too: "Darganfyddwch fwy am ba gwcis rydym yn eu defnyddio a pham", a cookie banner's link.)
  // (Not the right to see one's own information named as a heading: "Gweld eich gwybodaeth", "Seeing your information".)
  if (/^(?:see|view|gweld|gwelwch)\s+(?:your|eich)\s+(?:personal\s+)?(?:information|data|records?|gwybodaeth|cofnodion)\b/i.test(t)) return false;
  // (Welsh "Gwelwch ein hysbysiad preifatrwydd", "see our privacy notice", an expander's link, in the imperative.)
  if (/^(?:click here|click to|cliciwch yma|download|lawrlwytho|find out more|find (?:further|more) information\b|read more|canfod mwy|darllen mwy|darganfod mwy|darganfyddwch (?:fwy|ragor)|see|view|show|hide|gweld|gwelwch|dangos|cuddio)\b/i.test(t)) return true;
  // Or a link to another notice ("Read our Fair Processing Notice", "Read the Staff Privacy Notice -
  // …", "Darllenwch ein …"), or an opt-out link ("Opt out of Google Analytics", "Optio allan o
  // Google Analytics"); "Opting out" names a section.
  if (/^(?:read (?:our|the)|darllenwch (?:ein|y|yr)|opt out of|optio allan o)\s/i.test(t)) return true;
  // A link that offers more on a topic ("For more information about your right to be informed", "I gael
  // rhagor o wybodaeth am eich hawl i gywiro gwybodaeth"): a pointer, never a section's name ("Further information" is one).
  if (/^(?:for|to get|i gael|am) (?:more|further|rhagor o|mwy o) (?:information|details|wybodaeth|fanylion) (?:about|on|regarding|am|ar|ynghylch)\s\S/i.test(t)) return true;
  // A request to follow a link ("Please click here to view our Data Protection Policy", "Please see our full Privacy Notice").
  if (/^please (?:click|see|visit|read|view|follow|go to|download|refer to)\b/i.test(t)) return true;
  // A link to a document with its type or size in brackets ("Retention Schedule V1.3 (Excel Spreadsheet, 0.1 Mb)", "… (PDF, 245KB)").
  if (/\([^()]*(?:\b(?:pdf|excel|word|spreadsheet|docx?|xlsx?|csv|odt|ods)\b[^()]*\b\d+(?:\.\d+)?\s*[kmg]b\b|\b\d+(?:\.\d+)?\s*[kmg]b\b)[^()]*\)$/i.test(t)) return true;
  // Or its type and size apart, the size in square brackets ("Housing repairs (PDF) [183KB]").
  if (SIZED_DOCUMENT_LINK.test(t)) return true;
  // Or its file type alone, in words ("Student Collection Notice (PDF File)", "Our retention schedule (Word document)").
  if (/\((?:pdf|word|excel|docx?|xlsx?|odt)\s+(?:file|document|doc|version|format)\)$/i.test(t)) return true;
  // An imperative sending the reader to a site ("Visit the Information Commissioner Office website to
  // access our data protection notification", "Go to www.…", "Ewch i wefan …", "Ymwelwch â …"): a
  // link's sentence. ("Visitors to our website", "Visit Denbigh" name, and stay.)
  if (/^(?:(?:visit|go to)\s+(?:the|our|their|its|a|an|www\.|https?:)|(?:ewch|cerwch) i(?:['’]r?|['’]n)?\s|ymwelwch (?:â|ag)\s)/i.test(t)) return true;
  // Or with the link's words at its end ("For a PDF copy click here", "Am gopi PDF cliciwch yma").
  if (/\b(?:click|tap|press) here\.?$|\bcliciwch (?:yma|ar y ddolen hon)\.?$/i.test(t)) return true;
  // Or a link naming another site's page by its site ("Wikipedia page about Session IDs", "ICO
  // guidance on cookies", "tudalen Wikipedia am …"): a pointer, never a section's name.
  if (/^(?:the\s+)?\p{Lu}[\p{L}'’-]*\s(?:page|article|entry|guidance)\s(?:about|on)\s\S|^(?:tudalen|erthygl)\s\p{Lu}[\p{L}'’-]*\s(?:am|ar)\s\S/u.test(t) && wordCount(t) <= 8) return true;
  return false;
}

/** A numbered part's label before a heading's words ("Purpose 1: to provide a safe environment …"): no word of the heading's length. */
const PART_LABEL = /^(?:purpose|part|section|stage|step|diben|rhan|adran|cam)\s+\d{1,2}\s*[:–—-]\s+(?=\S)/i;

/** Two of a table's column labels run together with no space ("NameProvider", "DataExamples", ")Retention"). */
const GLUED_COLUMNS = /(?:Name|Provider|Purpose|Expires|Expiry|Duration|Type|Category|Data|Examples|Description|Cookie|Domain|Period|Basis|\))(?:Name|Provider|Purpose|Expires|Expiry|Duration|Type|Category|Examples|Description|Cookie|Domain|Retention|Lawful|Length)\b/;
/** A cookie's lifetime alone ("2 year expiry", "30 minute expiry"). */
const LIFETIME_LINE = /^\d{1,3}\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+(?:expiry|expires|duration|lifetime)$/i;
/** A post's date and time as a blog shows it ("Feb 16, 2019 @ 7:02 pm"). */
const POSTED_AT = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\s*(?:@|at)\s*\d{1,2}:\d{2}\s*(?:am|pm)?$/i;

/** Whether a line, on its own, could be a heading (its context is judged by the caller). */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  // A question may run longer ("How do we use your information and who do we share it with?").
  // A question, or a right named as a heading ("The right to have personal information rectified if it is inaccurate or incomplete"), may run longer.
  // (Its number, when it has one, does not count: "1. The right to have personal information rectified if …".)
  // (Nor does a numbered part's label: "Purpose 1: to provide a safe environment in which to study and work".)
  const unnumbered = t.replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, '').replace(PART_LABEL, '');
  // So may a heading with an aside in brackets at its end ("Special category data (only where you
  // provide this, or it is required by law*)"): the aside's words do not count.
  // Nor does its number ("3. Pa wybodaeth fydd y Comisiynydd yn ei chasglu amdanaf os byddaf yn gwneud cais am gymorth?").
  const counted = unnumbered.replace(/\s*\([^()]{1,100}\)$/, '');
  // So may a question asked without its mark ("Who has access to your data and who we share your data
  // with", "Sut rydym yn defnyddio eich gwybodaeth a gyda phwy rydym yn ei rhannu").
  const asks = /\?/.test(t) || /^(?:how|what|who|why|which|sut|beth|pwy|pam|pa)\b/i.test(unnumbered);
  // (A question that opens with its own word and ends in its mark may run to eighteen, Welsh being
  // wordier: "Pa wybodaeth ydym ni’n ei chasglu amdanoch, sut a pham, a chyda phwy ydym ni’n ei rhannu?".)
  // (So may two topics joined by a question's word, the ICO template's way: "The kind of information I
  // may collect about you and how it is collected", "My role … and how personal data will be processed".)
  // (Not a clause after a comma, "… what your personal data rights are, and how you can use them", nor a
  // sentence that opens with its purpose, "To find out more about cookies and how they work you can visit".)
  const joined = /(?<!,)\s(?:and (?:how|what|where|why|who|when|which)|a (?:sut|pham|ble|phwy|pha))\b/i.test(counted) && !/[.,;:]$/.test(t) && !/^(?:to|for|if|when|please|i\.?|ii\.?|iii\.?)\s/i.test(unnumbered);
  const limit = /\?$/.test(t) && QUESTION_WORD.test(unnumbered) ? 18 : asks || joined || /^(?:the )?rights? (?:to|of|not)\b|^yr hawl i\b/i.test(unnumbered) ? 16 : 12;
  if (!t || t.length > 120 || wordCount(counted) > limit) return false;
  if (CALL_TO_ACTION.test(t)) return false;
  // A link's words sending the reader to another document ("Read Google's overview of privacy and safeguarding data", "For more
  // information read our PDF version of the BSO Privacy Notice", "Gweler ein polisi cwcis"): an instruction, never a heading.
  if (/^(?:[Ff]or (?:more|further) information,? )?(?:[Pp]lease )?(?:[Rr]ead|[Ss]ee|[Vv]iew|[Dd]ownload|[Dd]arllenwch|[Gg]weler|[Ll]awrlwythwch) (?:our|the|a|y|yr|ein|[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3}['’]s?) [^.?:]{2,80}$/.test(t)) return false;
  // A table's header row whose cells the copy ran together ("NameProviderPurpose Expires", "Category of DataExamplesLawful basis
  // (UK GDPR Article 6)Retention Period"), a cookie's lifetime on its own line ("2 year expiry"), a cookie's name numbered ("1.
  // cookie_info"), or a post's date and time ("Feb 16, 2019 @ 7:02 pm"): a table's or a page's parts, no heading.
  if (GLUED_COLUMNS.test(t) || LIFETIME_LINE.test(t) || /^\d{1,2}[.)]\s+[a-z0-9]+_[\w.-]+$/.test(t) || POSTED_AT.test(t)) return false;
  // A table's or list's lead-in that lost its colon ("The table below explains the cookies we use and why", "Mae'r tabl isod yn …").
  if (/^(?:the|this|these) (?:table|list|tables|lists|cookies|details) (?:below|above)\b|^the following (?:table|list)\b|^(?:mae['’]r|y) (?:tabl|rhestr) (?:isod|ganlynol)\b/i.test(unnumbered)) return false;
  // A span of years alone ("2022 - 2025", "2024/25"), under a title the edition it names: a date, no section's name.
  if (/^(?:19|20)\d{2}\s*[-–—/]\s*(?:(?:19|20)?\d{2})$/.test(t)) return false;
  // A line that closes a bracket it never opened ends an aside the lines before it began ("[e.g.
  // other data controllers, such as local authorities" / … / "Credit reference agencies]").
  if (/[\])]$/.test(t) && !/[[(]/.test(t)) return false;
  // "And", "Or", "and/or" between two clauses is a connective on its own line, not a heading.
  if (/^(?:and|or|and\/or|but|then|ac|a|neu|hefyd|also|plus)[.:]?$/i.test(t)) return false;
  if (!/^[\p{Lu}\d'‘"“(]/u.test(t)) return false;
  // A colon ends an intro ("We use it to:"), not a heading, unless the line is all in capitals ("WHO WE ARE:").
  // (A dash that closes one opened inside the line sets words off, as brackets do, and ends no
  // clause: "Why - we collect and use pupil information -", a heading whose emphasis became dashes.)
  const closingDash = /^[^–—-]+\s[–—-]\s[^–—-]+\s[–—-]$/.test(t);
  // (Nor does an item of a list ending "; and", "; or", "; neu": "Remember any notifications you have seen, so they are not repeated; and".)
  if (SEMICOLON_END.test(t)) return false;
  if (((/[;,–—-]$/.test(t) && !closingDash) || (/:$/.test(t) && (/\p{Ll}/u.test(t) || wordCount(t) < 2))) || contactDetails(t).length) return false;
  // A line that ends in a postcode is an address ("Registered Offices: St Cuthbert’s Hospice, Park
  // House Road, Durham, DH1 3QF"), a contact field and its value, never a heading.
  if (new RegExp(`${POSTCODE.source}\\.?$`).test(t)) return false;
  // A processing record's field and its value on one line ("Special Categories of Personal Data being
  // Processed (if appropriate): Health (mental or physical)", "Lawful basis: Consent"): the record's
  // line, never a heading, whatever its case.
  if (RECORD_FIELD.test(t)) return false;
  // So is a building's number and its street ("12 Geoff Monk Way", "1 Heol y Bont"), the postcode on
  // another line or lost: the whole line ("10 Downing Street privacy notice …" is a title).
  const street = STREET_LINE.exec(t);
  if (street && /^,?$/.test(t.slice(street[0].length).trim())) return false;
  // An email address the page hid from robots ("Gallwch e-bostio [email protected]", Cloudflare's
  // email protection): a contact's line, its address lost in the copy.
  if (/\[email(?:\s|&#160;)protected\]/i.test(t)) return false;
  if (isLabelValue(t) || DATE_LINE.test(t) || DATE_ONLY.test(t) || VERSION_DATE.test(t) || CONTACT_FIELD.test(t) || OPENING_HOURS.test(t)) return false;
  // A contact field and its value, whatever the value ("Website: University Hospitals of … Trust (",
  // the link lost in the copy; "Gwefan: …", "Cyfeiriad: …"): a line of a contact block.
  const field = /^([^:]{2,40}):\s*\S/.exec(t);
  if (field && CONTACT_FIELD.test(field[1]!.trim())) return false;
  // So is any label whose value opens with a telephone number ("Council telephone number: 0300 0300
  // 900For planning please call…", the next line's words run on): the number says what the line is.
  if (/^[^:]{2,60}:\s*\+?\(?\d[\d ()]{6,}\d/.test(t)) return false;
  // A page's reference and date ("ID: 3455, adolygwyd 01/05/2019"), or a category tag run into a date ("Polisiau10.02.2021").
  if (/\b(?:reviewed|updated|published|revised|adolygwyd|diweddarwyd|cyhoeddwyd)\b.*\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/i.test(t) || /^\S{0,30}\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(t)) return false;
  // Or a month and year ("Tenants Together (Scotland) Last updated: April 2026", the site's name run
  // into the page's date; "1.2 Version Control: This is Version 1.3, Revised May 2024"): the
  // document's date line, never a heading.
  // (In brackets after the notice's own name, the date says which edition the heading names: "Hysbysiad
  // Preifatrwydd CAVS (diweddarwyd Ebrill 2021)", a title line, not the document's date line.)
  const edition = /^(.+?)\s*\([^()]+\)$/.exec(unnumbered)?.[1];
  if (!(edition && NOTICE_NAME.exec(edition)?.index === 0 && wordCount(edition) <= 8) && /\b(?:updated|reviewed|revised|published|amended|diweddarwyd|adolygwyd|cyhoeddwyd|diwygiwyd)\b\s*:?\s*(?:on\s+|ar\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)\s+\d{4}\b/i.test(t)) return false;
  // "Process owner: Corporate Communications and Engagement": a field in sentence case and its value, not a heading.
  // "Hysbysiad preifatrwydd: Gwasanaethau Dysgu" names the document: a title, not a field.
  if (/^[A-Z][a-z]+(?: [a-z]+){1,2}\s*:\s*[A-Z](?!.*\b(?:[Pp]rivacy|[Nn]otice|[Pp]olicy|[Cc]ookies?|[Ss]tatement)\b)/.test(t) && !DOCUMENT_KIND.test(t.split(':')[0]!)) return false;
  // "Our data protection officers are: Mr S Warrell – …": a sentence giving its value after "are:", not a heading.
  if (/^[A-Z][a-z]+(?: [a-z]+){1,5} (?:is|are|was|were|yw|ydy|ydyw)\s*:\s*\S/.test(t)) return false;
  // Who holds a post, stated with no stop ("Our Data Protection Officer is Sharon Patterson", "…
  // Board’s, Data Protection Officer is Tony Haworth", "Ein Swyddog Diogelu Data yw Siân Jones"): a
  // sentence naming the person, never a heading.
  const holder = /^(.+?)\s(?:is|are|was|yw|ydy|ydyw)\s+(\S.*)$/i.exec(t);
  // (So is one that goes on to say how to reach them, its link lost in the copy: "Our Data Protection Officer is Ranald Brown who can be contacted on".)
  const holderName = holder ? /^(.+?),?\s+(?:who|whom|and|can|may|sydd|sy['’]n|a gellir)\b/i.exec(holder[2]!)?.[1] ?? holder[2]! : '';
  if (holder && ROLE_TERM.test(holder[1]!) && isPersonName(holderName)) return false;
  // "Mrs J Shock – Weobley Primary School": a person (with a title) and their post, not a heading.
  if (/^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor)\.?\s/.test(t) && isPersonName(splitDefinition(t)?.term ?? t)) return false;
  // "William A Beattie - Secretary", "Sian Jones – Clerc y Cyngor": a person and their post, with no
  // title, signing a contact block, not a heading.
  const signed = splitDefinition(t);
  if (signed && isPersonName(signed.term) && wordCount(signed.desc) <= 8 && (ROLE_TERM.test(signed.desc) || POST.test(signed.desc))) return false;
  // A cookie written as labelled lines ("Enw:_utmd" / "Darfod ar ôl: 6 mis", "Name: _ga" / "Expires: 2 years"): fields, not headings.
  // ("Cookie provider:SESSxxxID", the copy's space after the colon lost: "cookie" may open any of the labels.)
  if (COOKIE_FIELD.test(t)) return false;
  // The same with the label run into its value ("ContainsAn integer between 0 and 2", "ExpiresAfter 100 days").
  if (GLUED_FIELD.test(t)) return false;
  // A sentence whose link was lost in copying breaks off at the word before it ("Read about our
  // cookies policy for"); a heading ending in a preposition asks or relates ("What we use it for").
  // ("Your current visit", "each visit": the noun, not the verb whose link was lost.)
  // (An article or a possessive never ends one, whatever the line's pronouns: "On this page you can find more information on our".)
  if (/\s(?:the|an|our|your|their|its|my|ein|eich|eu)$/i.test(t) && wordCount(t) >= 3) return false;
  if (/\b(?:for|at|about|via|see|visit|the|an|our|your|their|and|or)$/i.test(t) && !/\b(?:your|our|their|each|every|current|first|next|this|one|a)\s+visit$/i.test(t) && !INTERROGATIVE.test(t.replace(/^(?:\d+(?:\.\d+)*\.?|[A-Za-z][.)])\s+/, '')) && !/\b(?:we|you|they|it)\b/i.test(t)) return false;
  // Two sentences on one line ("The data protection officer is Amy Witham. You can contact Amy at",
  // its link lost): body, whatever its length; a heading is one phrase.
  // (A question and its answer's phrase may head a section: "Concerned about …? How to let us know".)
  if (/\p{Ll}{2}[.!]\s+\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(t) && wordCount(t) >= 6) return false;
  // A declarative sentence broken off the same way ("You cannot be identified by the cookies used on").
  if (/^(?:you|we|they|it)\s+\w+\b.*\b(?:on|for|at|about|via|to|in|by|from|with|of|the)$/i.test(t) && wordCount(t) >= 5) return false;
  // A page's feedback prompt ("Is this information helpful?", "A oedd y dudalen hon yn ddefnyddiol?"): furniture.
  if (/^(?:(?:is|was) this (?:information|page|content)|did you find (?:this|what)|a oedd (?:y dudalen|yr wybodaeth) (?:hon|yma))\b.*\?$/i.test(t)) return false;
  // A list's intro that lost its colon ("In the main this is from other public authorities, such as"
  // / "• the Assessor"; "… megis"): its last words ask for the list, no heading ends so.
  if (/\b(?:such as|including|for example|e\.g\.?|megis|gan gynnwys|er enghraifft|yn cynnwys)$/i.test(t) && wordCount(t) >= 3) return false;
  // "Cookies used on" (the site's name was a link): a participle and "on" / "by" end no heading.
  if (/\b(?:used|set|stored|found|available|placed|provided|run|operated)\s+(?:on|by)$/i.test(t)) return false;
  // A citation of an Article's paragraph ("General Data Protection Regulations 2016/679 Article 6(1)(e):",
  // "GDPR Article 9 2(h)") introduces the regulation's words: a label, never a heading.
  if (/\b(?:article|erthygl)\s*\d+\s*(?:\(\s*\d+\s*\)|\.\d|\s\d\s*\(?[a-z]\))/i.test(t)) return false;
  // So is one that opens with the Article and gives its paragraph in words ("Article 6 Lawfulness of
  // Processing (Section 1, (e)):"), or names it and ends in its colon over the regulation's words.
  if (/^(?:(?:uk )?gdpr\s+)?(?:article|erthygl)\s*\d+\b/i.test(t) && (/:$/.test(t) || /\(\s*[a-z]\s*\)/.test(t))) return false;
  // A label and the date it gives ("Disgwylir i’r polisi hwn gael ei adolygu: 01.04.2024", "Next
  // review due: March 2026"): the document's date line, whatever the label says.
  if (/^[^:]{2,80}:\s*\S/.test(t) && DATE_ONLY.test(t.slice(t.indexOf(':') + 1).trim())) return false;
  // A note and what it says ("Noder: Nid yw'n bosibl storio …", "Please note: …", "NB: …"): a
  // callout's sentence, its label run on, never a heading.
  if (/^(?:(?:please\s+)?note|nb|n\.b\.?|noder|nodwch|sylwer|sylwch)\s*:\s*\S/i.test(t) && wordCount(t) >= 4) return false;
  // An answer that says there is nothing to say ("Not applicable", "None", "Amherthnasol"), under a
  // record's field, is its value, never a heading.
  if (/^(?:not applicable|n\/a|none|nil|not known|amherthnasol|dim)\.?$/i.test(t)) return false;
  // A settings toggle's state words glued to its label ("Necessary Cookies OnOn"): a control, not a heading.
  if (/(?:On|Off|Ar|I ffwrdd)(?:On|Off|Ar|I ffwrdd)$/.test(t)) return false;
  // A cookie table's header whose cells were joined by spaces ("Cookie Purpose Expires"), even when its rows were not read.
  if (columnHeader(t)) return false;
  // A row's cells on one short line, a cookie's name among them and its expiry last ("Low _utma
  // persistant", a table's intrusiveness, name and expiry): never a heading.
  if (wordCount(t) <= 6 && t.split(/\s+/).some((w) => /_/.test(w) && COOKIE_LIKE.test(w)) && DURATION_END.test(` ${t}`)) return false;
  // A cookie's name, then its expiry, then its row's other cells ("CFID session System - sessionID (with
  // CFTOKEN)", "recently-viewed 20 mins 'Recently viewed' panel"): a table's row, its cells' spaces kept.
  // (Not a cookie named with its kind: "1. APS.NET Session Cookie".)
  const rowStart = /^(\S{2,60})\s+(?:session|sesiwn|persistent|\d+\s*(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|munud|awr|diwrnod|mis|blynedd|flynedd))\s+(?!cookies?\b|cwcis?\b)\S/i.exec(unnumbered);
  if (rowStart && (COOKIE_LIKE.test(rowStart[1]!) || /-/.test(rowStart[1]!)) && /\p{L}/u.test(rowStart[1]!)) return false;
  // A cookie's name with an underscore run into the capitalised first word of its purpose, its row's
  // cells glued ("Google reCAPTCHA_GRECAPTCHAProvides spam protection …", "Google DoubleClick__gadsProvides ad delivery …").
  if (/_[\w]*?(?:[a-z\d](?=[A-Z][a-z]{2,})|[A-Z]{2}(?=[A-Z][a-z]{2,}))/.test(t)) return false;
  // A sentence that says who "we" are, broken at the line's end ("We are Historic Environment Scotland" / "(HES), an executive
  // non-departmental public body, …"): never a heading.
  if (/^We(?: are|['’]re) (?:the )?\p{Lu}/u.test(t)) return false;
  // A cookie record's field names, each over its value ("Names of cookies" / "MSISAuth" / … / "What they do" / … / "Why they are
  // needed" / …, a table's header cells copied down the page with each row): labels, never headings.
  if (COOKIE_NAMES_FIELD.test(t) || COOKIE_PURPOSE_FIELD.test(t) || /^why (?:it is|they are|it['’]s|they['’]re) needed\s*:?$/i.test(t)) return false;
  // A details table's field names, each over its value ("Organisation Name" / "Greater Manchester Combined Authority", "ICO
  // Registration reference" / "Z…"): labels, never headings.
  if (DETAILS_FIELD.test(t)) return false;
  // A question and its answer on one line ("Is data transferred outside the UK? This data is not transferred out of the UK",
  // "Does this contain sensitive (special category) data …? Yes"): a table's row, its header cell run into its value.
  // (Not two questions, "Will my data be transferred outside of the EEA? If it will, how will it be protected?": a heading.)
  if (/^(?:is|are|does|do|will|can|has|have|who|what|how|why|when|where|which|pwy|beth|sut|pam|a yw|a ydy|oes)\b[^?]{3,150}\?\s+[^?]+$/i.test(t)) return false;
  // A cookie's name, a dash or colon, then what it does ("ASP.NET_SessionId - keeps your session, deleted when you close your
  // browser"): a list's item copied without its bullet, never a heading.
  if (/^([\w.*$#@<>{}-]{2,60})\s*[-–—:]\s+\S/.test(t) && ((w) => COOKIE_LIKE.test(w) && /\p{L}/u.test(w) && /[_$*#@<>{}]|\p{L}\.\p{L}|\p{Ll}\p{Lu}/u.test(w))(t.split(/\s*[-–—:]\s+/)[0]!)) return false;
  // A cookie's expiry alone on its line ("End of Session (when the browser is closed)", "30 minutes
  // from set/update", "1 Day", "Diwedd y sesiwn"): a table's cell copied as a line, never a heading.
  if (isExpiryCell(t)) return false;
  // Or run together with no space ("CwciDod i benDiben", "DescriptionExpiry"): column names, each
  // small letter running into the next name's capital, whatever the rows under them.
  const run = t.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (run.length >= 2 && run.every((c) => COLUMN_CELL.test(c.trim()))) return false;
  // (With a column a cookie table's header may have besides: "CookieTypeWebsitePurpose".)
  if (gluedHeader(t)) return false;
  // A table's row or one cell of it with its separator ("Cookie | Name | Type |", "2 years |"), even when the table was not read.
  // (Or a group's row, its empty cells run together: "Swyddogaeth gwefan | |||".)
  if (isTableRow(t) || PIPE_CELL.test(t) || /\s\|\s*\|{2,}$/.test(t)) return false;
  // A registration number given as a line ("Information Commissioner's Office Registration Number - Z9409201").
  if (/\b(?:registration|registered|company|charity)\s+(?:number|no\.?)\b/i.test(t) && /\d/.test(t)) return false;
  // So is any field whose value is a reference code ("Information Commissioner’s Office (ICO) registration: Z258777X").
  if (/^[^:]{2,80}:\s*(?=[\w/-]*\d)[A-Z0-9][\w/-]{3,}$/i.test(t)) return false;
  // And a field whose value gives hours ("Opening times: 8:30am to 5:00pm, Monday to Friday", "Oriau agor: 9yb i 5yp"): a contact block's line.
  if (/^[^:]{2,40}:\s*\S.*\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|yb|yh|yp)\b/i.test(t)) return false;
  // A sentence that opens with its subject and verb ("You can find out more about cookies … here www…").
  if (/^(?:you|we|they|it)\s+(?:can|may|will|should|must|could|would|might|use|have|are|do|need)\b/i.test(t) && wordCount(t) >= 6 && !/\?$/.test(t)) return false;
  // A sentence that goes on from the one before ("Rydym hefyd yn defnyddio'r wybodaeth hon i helpu i
  // weinyddu" / "Deialog, adnabod defnyddwyr …", broken by a blank line; "We may also share …"): its
  // subject, its verb and "also" say so, and no heading adds to what came before.
  if (/^(?:we|you|they|i|rydym(?: ni)?|rydyn ni|byddwn(?: ni)?|gallwn(?: ni)?|rydych(?: chi)?|byddwch(?: chi)?|gallwch(?: chi)?)\s+(?:\p{L}+\s+)?(?:also|hefyd)\b/iu.test(t)) return false;
  // And a sentence that points at what follows ("This is a list of the main cookies set by …", "Below
  // is a list of the individual cookies we use on and", its link lost): a demonstrative or a place
  // and its verb open no heading.
  if (/^(?:this|these)\s+(?:is|are)\s+(?:a|an|the)\b/i.test(t) && wordCount(t) >= 5) return false;
  // A statement in the passive, its subject first ("The processing of personal data is governed by the UK
  // General Data", a hard wrap cutting it): a sentence. (A relative clause names: "The information that is collected".)
  if (/^(?:the|this|these|our|your|all|any|each)\s(?:(?!\b(?:that|which|who|how|where|what|when|why)\b)[^?])*?\b(?:is|are|was|were|will be|has been|have been|must be|can be|may be)\s+\p{Ll}+(?:ed|en)\b/iu.test(t) && wordCount(t) >= 6 && !/\?$/.test(t)) return false;
  // A sentence in sentence case that opens with its pronoun and verb ("We call this information about you
  // ‘personal data’ or ‘personal information’"); a heading in title case ("We Take Privacy Seriously") stays one.
  if (/^(?:[Ww]e|I|[Yy]ou|[Tt]hey)\s+\p{Ll}/u.test(t) && wordCount(t) >= 6 && titleCaseRatio(t) < 0.5 && !/\?$/.test(t)) return false;
  // So does the document or page as the subject of its verb ("This page gives a detailed breakdown of all
  // cookies used on www.…", "This notice sets out …"): a sentence about the page, not its heading.
  if (/^this (?:page|notice|policy|document|section|statement|website|site|leaflet)\s+\p{Ll}{3,}s\b/iu.test(t) && wordCount(t) >= 5) return false;
  if (/^(?:below|above|isod|uchod)\s+(?:is|are|you will find|you can find|mae|ceir|y mae)\b/i.test(t) && wordCount(t) >= 4) return false;
  // An intro whose value follows its colon on the same line ("This privacy notice relates to the
  // following process: Student Funding application process", "… y broses ganlynol: …"): a sentence
  // that names what it covers, not a heading.
  if (/\b(?:the following|y canlynol|(?:y|yr) \p{L}+ ganlynol)\b[^:]{0,30}:\s*\S/iu.test(t)) return false;
  // A table's or list's intro whose colon was lost ("The following cookies are set by Google
  // Analytics", "… uses three other cookies which are listed below"): a sentence, not a heading.
  if (wordCount(t) >= 4 && (/^the following\b/i.test(t) || /\b(?:(?:listed|set out|shown|given|described|detailed) below|as (?:follows|below)|isod)$/i.test(t))) return false;
  // An intro that announces what follows with a verb, its colon lost ("All academies within the Trust
  // will adhere to the following", "Using our website will generate the following type of cookies"): a
  // sentence. (A heading that asks stays one.)
  if (/\b(?:the following|y canlynol)\b/i.test(t) && STOPPED_PHRASE_VERB.test(t) && wordCount(t) >= 5 && !INTERROGATIVE.test(unnumbered)) return false;
  // A pointer to another site ("To learn more about cookies and how to manage them, visit aboutcookies.org").
  if (/^to \p{Ll}+\b[^,]*,\s*(?:please\s+)?(?:visit|see|go to|read|contact|call|e-?mail|write to|click)\b/iu.test(t)) return false;
  if (isLinkLine(t)) return false;
  // "… (opens in new window)" / "(agor mewn ffenestr newydd)": a link, and a line wholly in
  // brackets ("(How we use pupil information)") is an aside under the title.
  if (/\((?:opens|open|agor)\b[^)]*\b(?:window|tab|ffenestr|tab)\b[^)]*\)$/i.test(t) || /^\([^()]+\)$/.test(t)) return false;
  // A page's "What's new" entry, a link to a document with the date it was added ("11 - Child
  // Friendly Privacy Notice (added 27/04/21)", "… (ychwanegwyd 3 Mai 2022)"): a change log's line.
  if (/\((?:added|ychwanegwyd)(?:\s+(?:on|ar))?\s+[^()]{0,30}\d[^()]*\)$/i.test(t)) return false;
  if (/\.["'’”)]*$/.test(t) && !/\.\.\.$/.test(t)) {
    // A full stop is allowed on short title-like lines ("How we collect your information."),
    // never on a sentence ("We do not sell your data.").
    if (wordCount(t) > 8) return false;
    // (A Welsh question stopped as a heading asks with its own words: "Pwy ydym ni.", "Pa wybodaeth rydym yn ei chasglu.")
    // (Nor on the notice's own name, stopped: "Hysbysiad preifatrwydd.", "Privacy notice.".)
    if (!(INTERROGATIVE.test(t) || /^(?:pwy|beth|sut|pam|pa|ble|pryd)\s/i.test(t) || titleCaseRatio(t) >= 0.6 || NOTICE_TITLE.test(t.replace(/\.$/, '')))) return false;
    if (/^(?:we|i|you|they|it|this|these|please|if|our|all)\b/i.test(t) && !INTERROGATIVE.test(t)) return false;
  }
  return true;
}

/** A sentence that points at a link with its colon, the link lost in the copy ("… please read here:", "Click here:", "… darllenwch yma:"). */
const LINK_POINTER = /\b(?:read|see|click|visit|view|follow|go to|darllenwch|gweler|cliciwch|ewch i)\b[^.:]{0,30}\b(?:here|this link|the link(?: below)?|yma|y ddolen(?: isod)?)\s*:$/i;

/** A field of a processing record (the items of UK GDPR Articles 13 and 30, which notices copy as labels) followed by its value after a colon. */
const RECORD_FIELD = /^(?:(?:special )?categor(?:y|ies) of (?:special )?(?:personal )?(?:data|information)|(?:legal|lawful) bas[ie]s|purposes? of (?:the )?processing|retention(?: period)?|recipients?|data subjects?|source of (?:the )?(?:personal )?data)\b[^:]{0,60}:\s*\S/i;

/** The same field named alone as a label ending in its colon, with no article before it ("Legal basis for processing personal data:"). */
const RECORD_LABEL = /^(?:(?:special )?categor(?:y|ies) of (?:special )?(?:personal )?(?:data|information)|(?:(?:uk )?gdpr )?(?:legal|lawful) bas[ie]s|(?:y )?(?:sail(?:oedd)? gyfreith(?:iol|lon)|seiliau cyfreith(?:iol|lon))|(?:(?:uk )?gdpr )?conditions?|purposes? of (?:the )?processing|retention(?: periods?)?|recipients?|(?:policy )?(?:key )?definitions|sources? of (?:the )?(?:personal )?data)\b[^:.;]{0,70}:$/i;


/** A verb that ends a list's intro ("… include:", "… are:", "… yn cynnwys:"): what follows is the list, and the line no heading. */
const INTRO_VERB_END = /\b(?:include[sd]?|including|are|is|were|was|comprise[sd]?|cover|covers|yw|ydy|ydyn|cynnwys|canlynol)$/i;

/** The end of one item of a legal list ("…;", "…; and", "…; a", "…; neu"). */
const SEMICOLON_END = /;(?:\s+\p{L}{1,4})?$/u;

/**
 * A sentence's subject and verb at a line's start, after a connective ("In addition we collect", "We will", "Byddwn yn", "Yn ogystal, rydym yn casglu")
 * or a condition ("Where required, we may share your information with:", a list's intro whose list the copy lost; "Os oes angen, byddwn yn …").
 */
const LEAD_IN = /^(?:(?:in addition|additionally|also|sometimes|occasionally|furthermore|from time to time|(?:where|when|if) (?:necessary|appropriate|required|needed|relevant|applicable)|in (?:some|certain) (?:cases|circumstances)|yn ogystal|hefyd|weithiau|o bryd i['’]w gilydd|lle bo(?:['’]n)? (?:angen|briodol|berthnasol)|os (?:oes|bydd) angen|mewn rhai (?:achosion|amgylchiadau)),?\s+)?(?:we|you|they|rydym(?: ni)?|rydyn ni|byddwn(?: ni)?|gallwn(?: ni)?|rydych(?: chi)?|byddwch(?: chi)?|gallwch(?: chi)?)(?:\s+\p{Ll}|$)/iu;

/**
 * Whether a whole line is a cookie's expiry: a period ("3 months", "2 flynedd"), the session ("Session",
 * "End of Session", "Diwedd y sesiwn"), or closing the browser, with an aside in brackets or Google's
 * "from set/update" after it.
 */
function isExpiryCell(text: string): boolean {
  const core = text.replace(/\s*\([^()]{1,80}\)$/, '').replace(/\s+from\s+set\s*\/\s*update$/i, '').trim();
  // ("At the end of the session", "Ar ddiwedd y sesiwn"; "Ar diwedd y sesiwn" as a page wrote it.)
  // ("Expires on exit of browser", "Expires at the end of your visit": the expiry's label and its moment.)
  return wordCount(core) <= 8 && (DURATION_END.exec(` ${core}`)?.index === 0 || /^(?:(?:ar\s+)?d?diwedd\s+(?:y\s+)?sesiwn|at the end of (?:the |your )?(?:browser )?session)$/i.test(core) || /^(?:expires?|lasts?)\s+(?:on|at|upon|when)\s+\p{Ll}/iu.test(core));
}

/** A Welsh sentence's finite verb at a line's start ("Mae …", "Rydym yn …", "Bydd y Cyngor yn …", "Nid ydym yn …"): Welsh puts the verb first. */
const WELSH_VERB_FIRST = /^(?:mae|maen|rydym|rydyn|rydych|roedd|bydd|byddwn|byddwch|gall|gallwn|gallwch|dylech|dylai|dylid|gellir|nid)(?:['’](?:r|n))?\s+\S/i;

/** A verb, a clause's pronoun, conjunction or pointer ("This highlights that …", "When you use …"), or a link's or contact's word: a sentence, not a heading's noun phrase (English and Welsh). */
const STOPPED_PHRASE_VERB = /\b(?:is|are|was|were|be|been|being|will|would|can|could|may|might|must|shall|should|has|have|had|do|does|did|we|they|i|he|she|it|there|this|that|these|those|when|if|because|although|while|unless|whether|once|please|see|visit|click|contact|call|email|e-mail|write|thank|mae|yw|ydy|ydyw|oedd|bydd|byddwn|byddwch|rydym|rydyn|rydych|gallwn|gall|gallwch|caiff|cânt|sydd|fydd|dylai|rhaid|gweler|cysylltwch|ewch|diolch)\b/i;

class BlockBuilder {
  readonly #units: Unit[];
  readonly #notes: RouteNote[];
  readonly #blocks: DocBlock[] = [];
  /** The headings made of accordion panels' titles, so a panel after a panel keeps its level. */
  readonly #accordions = new WeakSet<DocBlock>();
  #lostBullets = 0;
  /** How many labels ending in a colon have been read as headings so far: the text's own way of heading. */
  #colonHeadings = 0;
  #i = 0;

  /** A text with (almost) no blank lines: every paragraph is one line, so gaps say nothing. */
  readonly #tight: boolean;

  constructor(units: Unit[], notes: RouteNote[]) {
    this.#units = units;
    this.#notes = notes;
    this.#tight = units.length >= 8 && units.filter((u) => u.gap > 0).length / units.length < 0.1;
  }

  build(): DocBlock[] {
    const units = this.#units;
    while (this.#i < units.length) {
      const unit = units[this.#i]!;
      // An accordion's button and its heading copied one after the other ("Why are we collecting
      // your information?" twice): the same question twice in a row is one heading.
      // (So is a heading of any kind shown twice the same way, "Who we are and what we do" twice, when
      // body follows the pair: a panel's button and its heading, not a column of equal cells.)
      const pairBody = (u: Unit | undefined) => !!u && (!!u.marker || wordCount(u.text) >= 8) && u.text !== unit.text;
      if (!unit.marker && units[this.#i + 1]?.text === unit.text && !units[this.#i + 1]!.marker && (/\?$/.test(unit.text) || pairBody(units[this.#i + 2])) && looksLikeHeading(unit.text) && this.#blocks.length) {
        this.#i++;
        continue;
      }
      if (this.#plainContents()) continue;
      if (unit.label || unit.level) {
        this.#blocks.push({ kind: 'heading', level: unit.level ?? 2, content: inline(unit.text) });
        this.#i++;
        continue;
      }
      if (this.#captionsUnderTitle()) continue;
      if (this.#table()) continue;
      else if (this.#questionHeading()) continue;
      else if (unit.marker) this.#list();
      else if (this.#headerRemnantRows()) continue;
      else if (this.#labelValuePairs()) continue;
      else if (this.#datedFields()) continue;
      else if (this.#labelGroups()) continue;
      else if (this.#introWithLostBullets()) continue;
      else if (this.#spacedItems()) continue;
      else if (this.#definitions()) continue;
      else if (this.#termsOverDefinitions()) continue;
      else if (this.#lineRun(true)) continue;
      else if (this.#cellsAfterIntro()) continue;
      else if (this.#semicolonList()) continue;
      else if (this.#implicitList()) continue;
      else if (this.#lineRun(false)) continue;
      else if (this.#headingLikeRun()) continue;
      else if (this.#longSubtitle(this.#i)) {
        this.#blocks.push({ kind: 'heading', level: 2, content: inline(unit.text) });
        this.#i++;
      } else if (this.#isHeading(this.#i)) {
        // A numbered line ("1. About us") is a section, never the title.
        const first = !this.#blocks.length && !/^\d{1,2}(?:\.\d{1,2})*[.)]?\s/.test(unit.text);
        // "2.1 Who we share with" is a subsection of "2 …": one level deeper per number.
        const depth = /^\d{1,2}(?:\.\d{1,2})+\.?\s/.exec(unit.text)?.[0].split('.').filter((p) => p.trim()).length ?? 1;
        this.#blocks.push({ kind: 'heading', level: first ? 1 : Math.min(6, 1 + depth), content: inline(unit.text) });
        this.#i++;
      } else {
        this.#blocks.push({ kind: 'paragraph', content: inline(unit.text) });
        this.#i++;
      }
    }
    if (this.#lostBullets) {
      this.#notes.push({
        kind: 'artefact',
        text: `${this.#lostBullets} lines that had lost their bullets (after a line ending in ':') were read as list items.`,
      });
    }
    return this.#blocks;
  }

  /**
   * Five heading-like lines or more flush on one another between blank lines, none with body under it
   * ("Pwy ydyn ni?" / "Pa wybodaeth rydym yn ei chasglu amdanoch?" / … / "Sut a phryd rydym yn
   * adolygu ein hysbysiad preifatrwydd", an in-page contents list whose sections the copy cut off, or a
   * list that lost its bullets): one list, none of its lines a heading, since a heading has body.
   */
  #captionsUnderTitle(): boolean {
    // Short lines flush on one another straight under the title, over a blank line and the first paragraph ("Cookie Policy" / "" /
    // "Teacher working with Year 4 children" / "Three Year 5 girls having fun outside" / "" / "Our website uses cookies …", a
    // slideshow's captions copied with the page): lines of the page, no headings, since the first has no body under it.
    const units = this.#units;
    if (this.#blocks.length !== 1 || this.#blocks[0]!.kind !== 'heading') return false;
    // (Two or three lines, none naming the notice: a heading that does, "Hysbysiad Preifatrwydd CAVS …", may follow share buttons.)
    const short = (u: Unit | undefined) => !!u && !u.marker && !u.cell && u.lines === 1 && wordCount(u.text) <= 10 && !TERMINAL.test(u.text.trim()) && !/[:?]$/.test(u.text.trim()) && !/^\d/.test(u.text.trim()) && !/\b(?:privacy|preifatrwydd|cookies?|cwcis|data protection|diogelu data)\b/i.test(u.text);
    let end = this.#i + 1;
    while (short(units[end]) && units[end]!.gap === 0) end++;
    const after = units[end];
    // (Set apart from the title too: a copy with no blank lines runs its first heading straight under the title.)
    if (end - this.#i < 2 || end - this.#i > 3 || !short(units[this.#i]) || units[this.#i]!.gap === 0 || !after || after.gap === 0 || after.marker || wordCount(after.text) < 12) return false;
    for (const u of units.slice(this.#i, end)) this.#blocks.push({ kind: 'paragraph', content: inline(u.text) });
    this.#notes.push({ kind: 'artefact', text: `${end - this.#i} short lines flush under the title ("${units[this.#i]!.text.slice(0, 60)}" …) kept as lines, not headings: a page's captions or tagline.`, block: this.#blocks.length - 1 });
    this.#i = end;
    return true;
  }

  #headingLikeRun(): boolean {
    const units = this.#units;
    const start = this.#i;
    if (this.#tight || units[start]!.gap === 0) return false;
    let end = start + 1;
    while (end < units.length && units[end]!.gap === 0) end++;
    const run = units.slice(start, end);
    if (run.length < 5 || run.some((u) => u.marker || u.cell || u.lines > 1 || wordCount(u.text) > 20 || /[.;:,]$/.test(u.text) || contactDetails(u.text).length || POSTCODE.test(u.text))) return false;
    if (run.filter((u) => looksLikeHeading(u.text)).length < Math.max(4, run.length - 2)) return false;
    this.#blocks.push({ kind: 'list', ordered: false, items: run.map((u) => ({ content: inline(u.text), children: [] })) });
    this.#notes.push({ kind: 'artefact', text: `${run.length} heading-like lines flush on one another with no body under any ("${run[0]!.text}" …) read as a list: a contents list or a list that lost its bullets.`, block: this.#blocks.length - 1 });
    this.#i = end;
    return true;
  }

  /** An in-page contents list whose links lost their bullets (`isPlainContents`): one list, none of its lines a heading. */
  #plainContents(): boolean {
    const items = contentsItems(this.#units).filter((c) => c.plain);
    if (!items.some((c) => c.at === this.#i)) return false;
    let end = this.#i;
    while (items.some((c) => c.at === end)) end++;
    this.#blocks.push({ kind: 'list', ordered: false, items: this.#units.slice(this.#i, end).map((u) => ({ content: inline(u.text), children: [] })) });
    this.#notes.push({ kind: 'artefact', text: `${end - this.#i} lines that the text repeats later as headings ("${this.#units[this.#i]!.text}" …) read as an in-page contents list.`, block: this.#blocks.length - 1 });
    this.#i = end;
    return true;
  }

  /**
   * Under a short title, a line too long for a heading that names the document and whom it is for
   * ("Privacy Notice" / "WOODBURN PRIMARY SCHOOL – Privacy Notice for pupils & parents/families/legal
   * guardians regarding use of personal information" / "May 2018"): the notice's full name, its
   * first heading. No stop ends it, and a blank line sets it off from the body.
   */
  #longSubtitle(i: number): boolean {
    const unit = this.#units[i]!;
    const title = this.#blocks[0];
    if (this.#blocks.length !== 1 || title?.kind !== 'heading' || title.level !== 1 || wordCount(inlineTextOf(title.content)) > 8) return false;
    if (unit.marker || unit.lines > 1 || unit.gap === 0 || wordCount(unit.text) <= 12 || wordCount(unit.text) > 24 || /[.:;,!?]$/.test(unit.text)) return false;
    const next = this.#units[i + 1];
    return NOTICE_NAME.test(unit.text) && !!next && next.gap > 0;
  }

  /** Whether the unit at `i` is a heading: heading-like, followed by body, not straight after another heading (except the title). */
  #isHeading(i: number): boolean {
    const unit = this.#units[i]!;
    // A details table's value under its field's name ("Organisation Name" / "Greater Manchester Combined Authority"): no heading.
    if (i > 0 && DETAILS_FIELD.test(this.#units[i - 1]!.text.trim())) return false;
    // Nor the field's name run into its value on one line ("Controller NHS Digital", "Rheolydd data Cyngor Gwynedd").
    if (GLUED_CONTROLLER.test(unit.text.trim())) return false;
    // A cookie's name in the column of names under its field's name ("Names of cookies" / "MSISSamlRequest" / "MSISAuth" / …): a cell.
    for (let k = i - 1; k >= 0 && k >= i - 12; k--) {
      const above = this.#units[k]!;
      if (COOKIE_NAMES_FIELD.test(above.text.trim())) return false;
      if (!/^[\w.*$#@%<>{}-]{2,60}$/.test(above.text.trim()) || this.#units[k + 1]!.gap > 0) break;
    }
    // A bracketed line under a heading ("(Download a copy of this Privacy Notice)") is not its body: look past it.
    // Nor is a link's line ("Google Analytics (gtag.js and analytics.js)" / "Opt out of Google Analytics" / the table).
    const aside = (u: Unit | undefined) => !!u && !u.marker && (/^\([^()]+\)$/.test(u.text) || (isLinkLine(u.text) && wordCount(u.text) <= 8));
    const next = aside(this.#units[i + 1]) && this.#units[i + 2] ? this.#units[i + 2] : this.#units[i + 1];
    // The copy cut straight after a heading: a question alone on the last line, after a blank
    // line and a paragraph ("… pan fyddwch yn mynd i safle’r practis." / "Sut mae’ch data personol
    // yn cael eu casglu?"), is the heading of a section the copy lost.
    // (Asked without its mark, "What will we do with your information" / "Beth yw diben prosesu
    // gwybodaeth", and after a list as well as after a paragraph; but a copy cut mid-line, "Why we",
    // "How we use your inf", "Pa mor hir y", ends in a function word or a word's first letters.)
    const last = this.#blocks[this.#blocks.length - 1];
    const whole = /\p{L}{4,}$/u.test(unit.text.trim()) && !FUNCTION_WORD.test(unit.text.trim()) && wordCount(unit.text) >= 4;
    const asks = /\?$/.test(unit.text) || (whole && /^(?:how|what|who|why|which|when|where|sut|beth|pwy|pam|pa|ble|pryd)\s/i.test(unit.text.replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, '')));
    if (!next && i === this.#units.length - 1 && !unit.marker && unit.lines === 1 && !unit.cell && (unit.gap > 0 || this.#tight || TERMINAL.test(this.#units[i - 1]?.text ?? '')) && asks && looksLikeHeading(unit.text) && ((last?.kind === 'paragraph' && wordCount(inlineTextOf(last.content)) >= 8) || last?.kind === 'list')) return true;
    // (A question the page broke over two lines, "Your personal data –" / "what is it?", is one heading.)
    // (So is one broken before its second topic: "How we get your personal information" / "and why we have it".)
    const brokenQuestion = unit.lines === 2 && ((/\?$/.test(unit.text) && wordCount(unit.text) <= 12) || (/\s(?:and|or|a|neu)\s+(?:how|why|what|where|who|when|which|sut|pam|beth|ble|phwy)\b[^.!?;:]*$/i.test(unit.text) && wordCount(unit.text) <= 16));
    // (So is a short heading broken after its first words, far short of any wrap: "The" / "personal data we hold".)
    const brokenShort = unit.lines === 2 && wordCount(unit.text) <= 6 && !/[.!?:;,]$/.test(unit.text);
    if (unit.marker || (unit.lines > 1 && !brokenQuestion && !brokenShort) || !next || unit.cell) return false;
    // A line whose first word opens the lines either side of it too, flush on both, is one of a list that lost its
    // bullets ("Gwybodaeth a roddwch i’r Ganolfan – …" / "Gwybodaeth o’r adnoddau yr ydych yn eu cwblhau ar-lein" /
    // "Gwybodaeth mae’r Ganolfan yn derbyn …"; "Gyda CBAC …" / "Gyda chyflogwyr …" / "Gydag awdurdodau …"), not a heading.
    const opener = (u: Unit | undefined) => (u ? u.text.split(/\s+/)[0]!.toLowerCase().replace(/[’'].*$/, '') : '');
    const same = (a: string, b: string) => a.length > 3 && b.length > 3 && !FUNCTION_WORD.test(a) && (a === b || a.startsWith(b) || b.startsWith(a));
    const flushAbove = this.#units[i - 1];
    // (Never the title's own line nor its repeat: "Privacy Notice – Students" shown twice over "Privacy Notice for Students at …".)
    if (flushAbove && i - 1 > 0 && flushAbove.text !== unit.text && !flushAbove.marker && !next.marker && unit.gap === 0 && next.gap === 0 && same(opener(unit), opener(flushAbove)) && same(opener(unit), opener(next))) return false;
    // A Welsh sentence opens with its verb ("Mae ein polisi preifatrwydd yn dilyn un y GIG", a page's
    // tagline under its title with no stop; "Rydym yn …", "Bydd y Cyngor yn …", "Nid ydym yn …"): a
    // heading names or asks ("Pa wybodaeth …?", "Eich hawliau"), it never opens with a finite verb.
    // (The text's first line may: a page's title can be its pledge, "Mae Natur a Ni yn ymrwymedig i
    // ddiogelu a pharchu eich preifatrwydd".)
    if (this.#blocks.length && WELSH_VERB_FIRST.test(unit.text) && wordCount(unit.text) >= 4) return false;
    // A site's host name alone straight over a table's header ("tro.appealparkingorbuslanefine.gov.scot"
    // / "Name of cookie | Purpose |" / …; then "foam.…gov.scot" / its own table): the caption that
    // names the site the table's cookies are set on, a heading, though a web address is no heading elsewhere.
    if (HOST_NAME.test(unit.text) && (isTableRow(next.text) || PIPE_CELL.test(next.text) || !!columnHeader(next.text))) return true;
    // "By post" / "By telephone" / "By email", each set off by blank lines over its block: the ways to
    // reach the contact the section names, its subheadings ("Drwy'r post" / "Dros y ffôn" / "Drwy e-bost").
    if (BY_CHANNEL.test(unit.text) && unit.gap > 0 && next.gap > 0 && !next.marker && !this.#tight) return true;
    // A cookie table's header copied one cell a line ("Cookie" / "Name" / "What they are used for" /
    // "How they can be managed"): column names, not headings. Nor is the line after them, the first
    // row's first cell ("Google Analytics" / "_gid" / "_ga" …).
    if (inHeaderCells(this.#units, i) || inHeaderCells(this.#units, i - 1)) return false;
    // A group's row in a cookie table its copy flattened, under the table's header ("Cookie name Purpose Expiry" / "Azure
    // webservices" / "ARRAffinity This cookie is set by …" / "Google Analytics" / "_ga This cookie is used …"): the provider or
    // category the rows under it share, the table's own line, no heading.
    const rowUnder = /^[\w.*$<>{}-]+\s+\p{Lu}/u.test(next.text.trim()) && ((t) => COOKIE_LIKE.test(t) || CAMEL.test(t))(next.text.trim().split(/\s+/)[0]!);
    // (A line naming a kind of cookie, "Analytics cookies (optional)", heads its rows as a section: the categories are read from it.)
    // So is a row's first cell over its purpose and its expiry alone on a line, a table flattened one cell a line whose name cells were
    // lost ("Session Management" / "This helps us to keep your experience … consistent …" / "When you close your browser"): the table's
    // grouping, no heading.
    const lifetimeOnly = (u: Unit | undefined) => !!u && !u.marker && wordCount(u.text) <= 6 && DURATION_END.test(` ${u.text.trim()}`) && !/[.!?:]$/.test(u.text.trim());
    if (wordCount(unit.text) <= 4 && !TERMINAL.test(unit.text.trim()) && !COOKIE_WORD.test(unit.text) && !next.marker && wordCount(next.text) >= 5 && lifetimeOnly(this.#units[i + 2])) return false;
    if (rowUnder && wordCount(unit.text) <= 4 && !TERMINAL.test(unit.text.trim()) && !COOKIE_WORD.test(unit.text) && this.#units.slice(Math.max(0, i - 8), i).some((u) => !!columnHeader(u.text))) return false;
    // A list's intro that lost its colon, over the list's first item, set off by a blank line ("The council will collect information
    // about you for" / "• The administration and collection of Council Tax …"; "The council’s legal obligation under the following
    // legislation" / "• Council Tax (Administration and Enforcement) Regulations 1992"): the list's lead-in, no heading.
    // (Never a question that ends on its preposition, "Who we may share your information with".)
    if (next.marker && !next.marker.ordered && (LEAD_IN_END.test(unit.text.trim()) || ANNOUNCES_LIST.test(unit.text.trim())) && wordCount(unit.text) >= 4 && !/^(?:\d+(?:\.\d+)*\.?\s+)?(?:who|what|how|why|when|where|which|whom|pwy|beth|sut|pam|pryd|ble)\b/i.test(unit.text.trim())) return false;
    // A table's header whose cells the copy glued together, a bracket straight on the next cell ("Purpose Data (key elements)Legal
    // Basis"), and a form's "Thank you" left from a sign-up box: no headings.
    if ((/\)\p{Lu}/u.test(unit.text) && /\b(?:purpose|legal basis|lawful basis|retention|category|categories)\b/i.test(unit.text)) || /^thank you[.!]?$/i.test(unit.text.trim())) return false;
    // A product's name alone among a cookie table's rows, the "Used by" cell of a table whose wrapped cell ended the reading of its
    // rows ("_gat_UA-XXXXXXXX-X" / "(where the Xs are replaced" / "by the Google Analytics ID number)" / "Google Analytics" / …;
    // "unam" / "ShareThis" / …): a cell, no heading.
    // (So is a cookie record's field label alone, "Purpose:", and a product's name over one, "Google Analytics" / "Purpose:" / …, the
    // record's name line.)
    const fieldLabel = (t: string) => /^(?:purpose|description|what it does|expiry|expires|duration|provider|type|category|diben|pwrpas|disgrifiad)\s*:$/i.test(t.trim());
    if (fieldLabel(unit.text) || (PRODUCT_NAME.test(unit.text.trim()) && (fieldLabel(next.text) || [1, 2, 3, 4, 5, 6].some((d) => tableCellLines(this.#units).has(i - d))))) return false;
    // A contents list's label straight over the list's links ("Table of Contents" / "Introduction. 3" / …): its heading.
    if (CONTENTS_LABEL.test(unit.text) && contentsItems(this.#units).some((c) => c.at === i + 1)) return true;
    // A cell copied with its separator on the next line ("Cookie" / "|" / "Purpose" / "|" / …) is no heading.
    if (next.text.trim() === '|') return false;
    // Nor a row or a column's name straight under a row that ends in its separator, a pipe table
    // whose cells wrapped over lines ("---|---|" / "NSC* | NetScaler Appliance session cookie" /
    // "Purpose Information |"; "_ga_{container_id} |" / "Purpose").
    const above = this.#units[i - 1];
    if (above && !above.marker && /\S\s*\|$/.test(above.text) && (unit.text.includes('|') || COLUMN_CELL.test(unit.text))) return false;
    // Nor a two-column table's header and row names copied one cell a line ("Data" / "Pwrpas" / "Tocyn Dyfais" / "Cod unigryw …").
    if (pairCellLines(this.#units).has(i)) return false;
    // The short line straight over such a table's header is the table's heading ("apGwynedd" / "Data" / "Pwrpas" / …).
    if (pairCellLines(this.#units).has(i + 1) && wordCount(unit.text) <= 6 && !/[.:;,!?]$/.test(unit.text) && (unit.gap > 0 || TERMINAL.test(this.#units[i - 1]?.text ?? ''))) return true;
    // Nor is any cell of the rows under them ("Session" / "Necessary" / "ARRAffinity" / …).
    if (tableCellLines(this.#units).has(i)) return false;
    // Nor any cell of a table a sentence announced, copied one cell a line ("The following table …" / "Purpose" / "Basis" / …).
    if (announcedCellLines(this.#units).has(i)) return false;
    // A retention table flattened a row a line ("What we use the information for How long we keep it" / "Safeguarding (…) 3 years" /
    // "Complaints about CQC 5 years" / "Enforcement (…) 7 years after the action has ended", the Care Quality Commission's): the
    // header, ending in the period's column name, and each row, ending in its period beside another row so ending, are no headings.
    const endsInPeriod = (u: Unit | undefined) => !!u && !u.marker && ENDS_IN_PERIOD.test(u.text.trim()) && !/[.:?]$/.test(u.text.trim());
    if (/\b(?:how long (?:we keep|it is kept|they are kept|we hold|we retain)(?: (?:it|them|this|the (?:information|data|records?)))?|retention(?: period)?|period of retention|cyfnod cadw)$/i.test(unit.text.trim()) && endsInPeriod(next) && endsInPeriod(this.#units[i + 2])) return false;
    if (endsInPeriod(unit) && (endsInPeriod(this.#units[i - 1]) || endsInPeriod(next)) && unit.gap === 0) return false;
    // Nor a processing table's column names a cell a line ("What we collect..." / "Why" / "Legal Bases").
    if (processingHeaderCells(this.#units).has(i)) return false;
    // Nor a glossary's term over its meaning ("Data" / "Collectively all information that you submit …").
    if (definedTermLines(this.#units).has(i)) return false;
    // Nor any cell of a retention schedule copied one cell a paragraph ("Disgrifiad" / "Cadw" / "Data craidd dysgwyr" / …).
    if (retentionCellLines(this.#units).has(i)) return false;
    // Nor a cookie's name in a table's row broken over lines ("CookieControlcivicAllowCookies" / … / "… gwefan.10 awr").
    if (rowNameLines(this.#units).has(i)) return false;
    // A cookie's name alone on its line over what it does ("1P_JAR" / "· Used to gather website
    // statistics …" / "CONSENT" / "· Stores the users cookie consent state …"): a row of a table
    // copied as lines, not a section.
    if (cookieNameLines(this.#units).has(i)) return false;
    // Under such a header, in rows whose cells stand flush one a line, a line straight after a
    // cookie's name, or straight over one, is a cell of its row ("HotJar" / "_ga" / "Google Analytics
    // cookie, used to distinguish users. …"; "Google Translation" / "googtrans"), however the rows
    // went out of step with the header.
    const idLine = (u: Unit | undefined) => !!u && !u.marker && /^[\w.*$#@%<>{}-]{2,60}$/.test(u.text) && COOKIE_LIKE.test(u.text) && /[_.$*\d#@<>{}]|\p{Ll}\p{Lu}/u.test(u.text);
    if (unit.gap === 0 && [...cellHeaderEnds(this.#units)].some((h) => h < i && i - h <= 80) && ((idLine(this.#units[i - 1]) && !/[.?!]$/.test(this.#units[i - 1]!.text)) || (next.gap === 0 && idLine(next) && wordCount(unit.text) <= 4))) return false;
    // A cookie's name in a column of names one a line, no blank line between ("_ga" / "_gid" / …;
    // "GAPS" / "SNID" / "khcookie"; "NID" / "PP_TIS_ACK"): a cell, not a heading. A name with an
    // identifier's marks needs one such neighbour; a word in capitals, two names straight under it or one each side.
    const lone = (u: Unit | undefined) => !!u && !u.marker && u.gap === 0 && /^[\w.*$#@%<>{}-]{2,40}$/.test(u.text) && /\p{L}/u.test(u.text);
    if (lone(unit) || (/^[\w.*$#@%<>{}-]{2,40}$/.test(unit.text) && !unit.marker)) {
      const marked = COOKIE_LIKE.test(unit.text) && /[_.$*\d#@<>{}]|\p{Ll}\p{Lu}/u.test(unit.text);
      if (marked && ((unit.gap === 0 && lone(this.#units[i - 1])) || lone(this.#units[i + 1]))) return false;
      if (/^[A-Z0-9]{3,}$/.test(unit.text) && unit.gap === 0 && lone(this.#units[i + 1]) && (lone(this.#units[i + 2]) || lone(this.#units[i - 1]))) return false;
    }
    // Under a cookie table, a product's name over the bare names of its cookies ("Google Analytics" /
    // "_utma" / "_utmb" / … / what they do): the first cell of the table's next row, copied one cell a line.
    const bare = (u: Unit | undefined) => !!u && !u.marker && /^[\w.*$#@%-]{2,40}$/.test(u.text) && COOKIE_LIKE.test(u.text);
    if (this.#blocks[this.#blocks.length - 1]?.kind === 'table' && bare(this.#units[i + 1]) && bare(this.#units[i + 2])) return false;
    // A cookie's name over its fields, each label run into its value ("PHPSESSID" / "ContainsA
    // randomly generated number" / "ExpiresWhen you close your browser"): a name, not a heading.
    if (GLUED_FIELD.test(next.text) && wordCount(unit.text) <= 4 && /^[\w.*$\-/ ]+$/.test(unit.text)) return false;
    // A group of cookies named over its first cookie's record, its fields labelled ("First Party
    // Cookies" / "Cookie Name:" / "ASPSESSIONID*" / "Issued by:" / …; "Cwcis Cyswllt Cyntaf" / "Enw'r
    // Cwci:" / …), or its name first ("Cookies for managing your current visit" / "ASP.NET_SessionId" /
    // "• Purpose: …"): the group's heading, whatever the intro above it.
    const fieldOf = (u: Unit | undefined) => !!u && (/^(?:purpose|diben|pwrpas|description|disgrifiad|expir\w*|duration|hyd|type|math|issued by|set by|provider|darparwr)\b/i.test(u.text) || GLUED_FIELD.test(u.text));
    const recordNext = /^(?:cookie name|name of (?:the )?cookie|enw['’]r cwci|enw cwci)\s*:$/i.test(next.text) || (/^[\w.*$#@%<>{}-]{2,60}$/.test(next.text) && COOKIE_LIKE.test(next.text) && fieldOf(this.#units[i + 2]));
    if (recordNext && /\b(?:cookies?|cwcis?|gwcis?)\b/i.test(unit.text) && wordCount(unit.text) <= 8 && !/[.,;:!?]$/.test(unit.text) && looksLikeHeading(unit.text)) return true;
    // A cookie's label over its record, the record's name field first with its value ("Fersiwn iaith:"
    // / "Enw: language" / "Diben: …"; "GoogleAnalytics" / "Enw: _ga _gaid" / "Diben: …"): the cookie's
    // heading, its colon a label's, not an intro's. (The record says what it is, so a word that opens
    // a document's control line elsewhere, "Fersiwn", heads here: a short label in capital case, no clause.)
    const labelled = unit.text.replace(/:$/, '');
    if (/^(?:(?:cookie )?name|enw(?:['’]r cwci)?)\s*:\s*\S/i.test(next.text) && fieldOf(this.#units[i + 2]) && wordCount(labelled) <= 5 && /^\p{Lu}[^.;,:!?]*$/u.test(labelled) && !LEAD_IN.test(labelled) && !contactDetails(labelled).length) return true;
    const prev = this.#blocks[this.#blocks.length - 1];
    // (The title shown twice, "Privacy Notice – Students" / "Privacy Notice – Students", is still the title.)
    const titleTwice = this.#blocks.length === 2 && prev?.kind === 'heading' && inlineTextOf(prev.content).toLowerCase() === inlineTextOf(this.#blocks[0]!.kind === 'heading' ? this.#blocks[0]!.content : []).toLowerCase();
    const afterHeading = prev?.kind === 'heading' && this.#blocks.length > 1 && !titleTwice;
    // Body follows: a list, a table, or a paragraph of some length (a subheading right after a
    // heading is one only then: "Your information" / "Our legal basis" / "Under the GDPR …").
    // A list's intro is body too ("Pam ein bod yn casglu …" / "Rydym yn defnyddio'r data myfyriwr:"), when it is a sentence.
    // (Its colon may have been typed as a semicolon, the bullets following: "Mae’r math o wybodaeth bersonol a gedwir yn cynnwys;".)
    const listIntroNext = isListIntro(next.text) || (/;$/.test(next.text) && !!this.#units[i + 2]?.marker && isListIntro(next.text.replace(/;$/, ':')));
    // A table's caption that repeats the heading, straight over the table ("Cookies needed for the
    // website to work" / "Cookies needed for the NHS website work" / "Name Purpose Expires").
    const after = this.#units[i + 2];
    const captionNext = !!after && after.gap === 0 && (!!columnHeader(after.text) || isTableRow(after.text)) && overlap(next.text, unit.text) >= 0.6;
    // (A table copied one cell a line keeps each cell's separator: "University of York" / "Cookie |" / "Information |" / ….)
    // (Or a short sentence over a table: "Essential Cookies" / "These cookies are required for our
    // website to function." / "Cookie | Information |".)
    const sentenceOverTable = !!after && wordCount(next.text) >= 4 && TERMINAL.test(next.text) && (isTableRow(after.text) || PIPE_CELL.test(after.text) || !!columnHeader(after.text));
    // (Or a list's intro of any subject over its bullets: "Important: Important" / "If you're using a
    // public computer, make sure you:" / "• log out …", a warning callout's heading.)
    const introOverList = /\p{Ll}:$/u.test(next.text) && wordCount(next.text) >= 5 && !!this.#units[i + 2]?.marker;
    // (Or a contact block set off by a blank line, its short lines flush down to a postcode or a
    // contact's label: "Who we are" / "" / "The Register Office" / "Town Hall" / … / "SL6 1RF" / "Tel …".)
    const flushBlock = next.gap > 0 && unit.gap > 0 && wordCount(unit.text) <= 6 ? this.#units.slice(i + 1, i + 9) : [];
    const flushEnd = flushBlock.findIndex((u, k) => k > 0 && (u.gap > 0 || !!u.marker || wordCount(u.text) > 8));
    const contactBlockNext = flushBlock.length > 2 && flushBlock[1]!.gap === 0 && flushBlock.slice(0, flushEnd < 0 ? flushBlock.length : flushEnd).some((u) => POSTCODE.test(u.text) || CONTACT_LABEL.test(u.text));
    const bodyNext = !!next.marker || wordCount(next.text) >= 12 || introOverList || contactBlockNext || sentenceOverTable || isTableRow(next.text) || PIPE_CELL.test(next.text) || !!columnHeader(next.text) || runTogetherHeader(next.text) || (tableHeaderAt(this.#units, i + 1) && !(afterHeading && overlap(unit.text, inlineTextOf(prev!.content)) >= 0.6)) || listIntroNext || captionNext || namedInContents(this.#units, i);
    // "Your rights:" standing alone before a paragraph: a heading written with a colon. Not an
    // intro ("Examples of this are:"), which a list or short lines follow.
    // Inside a document's control table copied one cell a line ("Version:" / "Version 5" / "Date:" /
    // "02/06/2023" / "Consultee/s:" / …), a label ending in ":" is a field, not a heading.
    // A "Label: value" line between two others, a record's fields each a paragraph ("Person cyfrifol:
    // Raine Williams" / "Teitl: Swyddog Diogelu Data" / "Ebost: …"): a field, whatever its label.
    const fieldLine = (u: Unit | undefined) => !!u && !u.marker && /^[^:.?!]{2,30}:\s*\S/.test(u.text) && wordCount(u.text) <= 12 && !/[.?!]$/.test(u.text);
    if (fieldLine(unit) && fieldLine(this.#units[i - 1]) && fieldLine(next)) return false;
    const before = this.#units[i - 2];
    const inFields = /:$/.test(unit.text) && !!before && /:$/.test(before.text) && wordCount(before.text) <= 3 && wordCount(this.#units[i - 1]!.text) <= 6 && !/[.!?]$/.test(this.#units[i - 1]!.text);
    if (inFields) return false;
    // A processing record's field named alone as a label, with no article and no verb ("Legal Basis
    // for Processing:" / "- Personal Data Legal Obligation"; "GDPR condition relied upon for
    // processing personal data:" / "Article 6.1 c - legal obligation"; "Policy key definitions:" /
    // "• …"): the heading of the record's part, over a list or a line as well as a paragraph.
    // (Its number, when it has one, does not count: "1.3 Legal basis for processing personal data:".)
    const field = unit.text.replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, '');
    // (Not a list's intro whose verb ends it: "Special categories of personal data include:" / "• race;".)
    if (RECORD_LABEL.test(field) && wordCount(field) <= 10 && !STOPPED_PHRASE_VERB.test(field.slice(0, -1)) && !INTRO_VERB_END.test(field.slice(0, -1)) && looksLikeHeading(field.slice(0, -1))) return true;
    // Its body may be a heading over a paragraph ("Privacy Notice:" / "Tier One – Overview of
    // information held and shared" / "This Privacy Notice explains …"), or, when it names the
    // contact details, the contact block ("Our contact details:" / "Talbot Medical Centre" / an
    // address / "Email: …"; "Manylion cyswllt:" / …).
    const nextNext = this.#units[i + 2];
    // (A question's clause may head a one-word subheading: "Pa ddata personol rydym yn ei gasglu a
    // pham rydym yn ei gasglu:" / "Sylwadau" / "Pan fydd ymwelwyr …", a blog's template.)
    const asksClause = QUESTION_WORD.test(unit.text);
    const headingOverBody = !this.#tight && unit.gap > 0 && !!nextNext && !nextNext.marker && wordCount(nextNext.text) >= 12 && nextNext.gap > 0 && looksLikeHeading(next.text) && !/[.:]$/.test(next.text) && (wordCount(next.text) >= 2 || (asksClause && /^\p{Lu}\p{Ll}+$/u.test(next.text)));
    // (Straight under a heading, "Contact details:" is that section's label for its block.)
    // (A name, a department and an address may come before the first detail: "Tracy Goodacre" / "The
    // Princess Alexandra Hospital NHS Trust" / "Information governance" / "Kao 2" / "London Road" / … /
    // "CM17 9NA", the block's short lines up to ten.)
    const block = this.#units.slice(i + 1, i + 11);
    const blockEnd = block.findIndex((u) => !!u.marker || wordCount(u.text) > 8);
    const contactsUnder = CONTACT_TITLE.test(unit.text) && this.#blocks[this.#blocks.length - 1]?.kind !== 'heading' && block.slice(0, blockEnd < 0 ? block.length : Math.max(blockEnd, 5)).some((u) => contactDetails(u.text).length || POSTCODE.test(u.text) || CONTACT_LABEL.test(u.text));
    // (The contact block is body whether a blank line sets it off or not: the heading is all the line says.)
    // (Over a list's own intro, a question's clause in sentence case may run to 12 words: "How we
    // collect information from you and what information we collect:" / "We collect information about you when:".)
    // (So may the kind of thing a section lists, with the clause that says what is done with it: "The
    // type of personal information we collect:" / "Y math o wybodaeth bersonol rydym yn ei gasglu:",
    // the ICO's template's heading, over its list's intro.)
    const clause = /^(?:how|what|who|why|which|when|where|sut|beth|pwy|pam|pa|ble|pryd)\b/i.test(unit.text) || KIND_OF.test(unit.text.replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, ''));
    // (Straight under a heading, the first section's label needs no blank line: "Privacy Notice" /
    // "Introduction:" / "This document explains …", its blank lines lost.)
    const underHeading = prev?.kind === 'heading' && unit.gap === 0 && next.gap === 0 && wordCount(unit.text) <= 3;
    // (Or set off above by a blank line, flush over a paragraph of some length, as the page's other
    // headings are: "We collect information about you in a number of ways:" / "" / "Information you tell
    // us:" / "We accept self-referrals from you as an individual …".)
    // (Or flush on an intro ending in ":" too, the ways it announces each a label over its paragraph.)
    const flushOverBody = (unit.gap > 0 || (prev?.kind === 'paragraph' && /:$/.test(inlineTextOf(prev.content)))) && next.gap === 0 && wordCount(next.text) >= 20;
    // (Or flush on the postcode that ends an address above it, with no blank line: "Birmingham B5 4UA"
    // / "Who we are:" / "The RRP consists of …"; an address ends with its postcode.)
    const afterPostcode = !!this.#units[i - 1] && new RegExp(`${POSTCODE.source}\\.?$`).test(this.#units[i - 1]!.text);
    // (In sentence case, a noun phrase of a few words with no verb, set off by blank lines over a
    // paragraph or its list's intro, is a label heading too: "Casglu gwybodaeth bersonol:" / "Mae
    // ysgolion yn casglu …"; "Gwybodaeth bersonol sy’n cael ei chadw:" / "Mae’r math o wybodaeth … yn
    // cynnwys;" / bullets, Welsh headings being written so. An adverb or a preposition opens no such
    // label; straight under a heading, such a line is a label of that section's text.)
    const label = unit.text.slice(0, -1).replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, '');
    // (Flush between a finished paragraph and the next, blank lines lost, it is one as well: "… am
    // ddisgyblion." / "Pwnc:" / "Mae'r daflen hon yn nodi …".)
    const prevText = prev?.kind === 'paragraph' ? inlineTextOf(prev.content) : '';
    const betweenSentences = unit.gap === 0 && next.gap === 0 && /[.!?]["'’”)]*$/.test(prevText) && wordCount(prevText) >= 8 && (wordCount(next.text) >= 12 || (listIntroNext && !!this.#units[i + 2]?.marker));
    const phrase = prev?.kind !== 'heading' && ((unit.gap > 0 && next.gap > 0) || betweenSentences) && !this.#tight && wordCount(label) >= 2 && wordCount(label) <= 6 && !STOPPED_PHRASE_VERB.test(label) && !/^(?:in|at|on|for|by|with|as|to|from|also|additionally|however|furthermore|moreover|therefore|so|then|finally|firstly|secondly|here|below|above|yn|ar|gan|gyda|hefyd|felly|fodd bynnag|isod|uchod)\b/i.test(label);
    // (A question's clause or a kind's label over its list's intro needs no blank line: the intro says what it is.)
    if (/:$/.test(unit.text) && !next.marker && (((next.gap > 0 || this.#tight || underHeading || flushOverBody || afterPostcode || betweenSentences) && (wordCount(next.text) >= 12 || headingOverBody || ((clause || phrase) && listIntroNext))) || (clause && listIntroNext && !!this.#units[i + 2]?.marker) || contactsUnder) && !TERMINAL.test(unit.text.slice(0, -1))) {
      const words = unit.text.slice(0, -1);
      const capitals = /^[^a-z]{3,}$/.test(words) && /\p{Lu}{3}/u.test(words);
      // (The text's own way: once a label ending in its colon has headed a section, another set off
      // the same way over its body is one too, in sentence case or up to twelve words: "Who we are:" /
      // … / "The law and why we process your information:" / "The following is …"; "How We Collect
      // Information:" / … / "How We Store, Use, Share And Disclose Your Personal Information:".)
      // (So is a question's clause over a subheading and its body: "Pa ddata personol rydym yn ei
      // gasglu a pham rydym yn ei gasglu:" / "Sylwadau" / "Pan fydd ymwelwyr …".)
      // (Not a list's intro whose verb ends it: "The third-party cookies used on this site are:".)
      const customary = this.#colonHeadings > 0 && (flushOverBody || (next.gap > 0 && wordCount(next.text) >= 12)) && !/\b(?:are|is|was|were|include[sd]?|including|follows?|below|yw|ydy|ydyw|cynnwys|canlynol|isod)$/i.test(words);
      if ((wordCount(words) <= 8 || ((capitals || customary || (clause && listIntroNext)) && wordCount(words) <= 12) || (asksClause && headingOverBody && wordCount(words) <= 16)) && looksLikeHeading(words) && (titleCaseRatio(words) >= 0.5 || capitals || contactsUnder || clause || phrase || customary) && !/^(?:this|these|that|examples?|for example|including|such as|we|you|they|it|please|note)\b/i.test(words) && !LEAD_IN.test(words)) {
        this.#colonHeadings++;
        return true;
      }
    }
    // A heading the page ended with a full stop, a noun phrase with no verb ("Retention periods for
    // your personal data." / "The details of transfers of the personal data to any third countries or
    // international organisations.", the law's own words), set off by blank lines over its paragraph.
    if (this.#stoppedPhrase(i, next)) return true;
    // "2. Our lawful basis for processing data.": a numbered heading's full stop is not a sentence's.
    // (One that asks with its own words may run to thirteen, its number counted: "1. Pwy ydyn ni a'r hyn rydyn ni'n ei wneud.")
    // (So is that of a heading numbered with no stop after its number, when the heading before it
    // carries the number below: "3 The types of information we collect" / … / "4 The legal basis for
    // processing and using your information.", its number no word of it.)
    const bareNumber = /^(\d{1,2})\s+\p{Lu}/u.exec(unit.text);
    const lastHeading = this.#blocks.findLast((b) => b.kind === 'heading');
    const carried = !!bareNumber && lastHeading?.kind === 'heading' && new RegExp(`^${Number(bareNumber[1]) - 1}\\s+\\p{Lu}`, 'u').test(inlineTextOf(lastHeading.content));
    // (A subsection's number with no stop after it excuses the heading's stop only for a question's
    // clause, "1.3 How we use your information and the law."; "3.1 Rydyn ni'n defnyddio cwcis …" is a sentence.)
    const subNumbered = /^\d{1,2}(?:\.\d{1,2})+\s+(?=\S)/.exec(unit.text);
    const numberless = carried ? unit.text.replace(/^\d{1,2}\s+/, '') : subNumbered && QUESTION_WORD.test(unit.text.slice(subNumbered[0].length)) ? unit.text.slice(subNumbered[0].length) : unit.text.replace(/^\d{1,2}(?:\.\d{1,2})*[.)]\s+/, '');
    const numbered = numberless !== unit.text && wordCount(carried ? numberless : unit.text) <= (QUESTION_WORD.test(numberless) ? 13 : 9);
    if (!looksLikeHeading(numbered ? unit.text.replace(/\.$/, '') : unit.text)) return false;
    // A list's lead-in that lost its colon ("We will" / "• Only use the information …"; "In addition
    // we collect information when you complete and submit" / "• Job applications."; "Byddwn yn" /
    // "• …"): a sentence that opens with its subject and verb, in sentence case, over the bullets it
    // introduces. A heading in title case ("We Take Privacy Seriously") stays one.
    const rest = unit.text.replace(/^\S+\s*/, '').split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3).join(' ');
    if (next.marker && LEAD_IN.test(unit.text) && (!rest || titleCaseRatio(rest) < 0.5)) return false;
    // (So is one whose subject is the document and whose verb ends it, "This Notice explains" / "• Who
    // we are …"; "This policy sets out" / "• …": the verb's object is the list.)
    if (next.marker && /^(?:this|the|our)\s+(?:\p{L}+\s+){0,2}(?:notice|policy|statement|document|page|leaflet|hysbysiad|polisi|datganiad|ddogfen|dudalen)\s+(?:explains|describes|sets out|outlines|covers|includes|contains|tells you(?: about)?|esbonio|disgrifio)$/iu.test(unit.text)) return false;
    if (headsOwnContents(this.#units, i)) return true;
    // Three headings stacked over body ("How we share your data" / "Who we share your personal
    // data with" / "Organisations acting on our behalf" / "We contract …"): the middle one is a
    // heading too, in a text with blank lines, when the line after it heads the body.
    // With no blank lines at all between them, straight under the title ("Privacy Notice" / "Using Your
    // Information" / "Who we are" / body), the first of two headings in title case is one too.
    const underTitle = prev?.kind === 'heading' && this.#blocks.length === 2 && unit.gap === 0 && next.gap === 0 && titleCaseRatio(unit.text) >= 0.6 && wordCount(unit.text) >= 2;
    // (Not a question's short answer between two questions: "Who will own my data once I submit it?"
    // / "Knowsley Borough Council" / "Why do you need my information?" / its answer.)
    const answerBetween = afterHeading && /\?$/.test(inlineTextOf(prev!.content)) && /\?$/.test(next.text) && !/\?$/.test(unit.text);
    const stacked = !answerBetween && !this.#tight && ((unit.gap > 0 && next.gap > 0) || underTitle) && !next.marker && looksLikeHeading(next.text) && !/[.:]$/.test(next.text) && !!nextNext && (!!nextNext.marker || wordCount(nextNext.text) >= 12) && !LABEL_HEADING.test(unit.text) && !/\b(?:article|erthygl|schedule|atodlen)\b/i.test(unit.text);
    // A section's first numbered subsection straight under it ("1. Your data" / "1.1 Purpose" / "The
    // purposes for which we are processing your personal data are:"): the numbers show the nesting.
    const parent = afterHeading ? /^(\d{1,2})[.)]?\s/.exec(inlineTextOf(prev!.content))?.[1] : undefined;
    const firstChild = !!parent && new RegExp(`^${parent}\\.1\\.?\\s+\\p{Lu}`, 'u').test(unit.text) && !next.marker;
    // A question over its short answer, the next question after it, straight under the heading above
    // ("Electoral Services Privacy Notice" / "Who is the Data Controller?" / "Rose Rouse, Electoral
    // Registration Officer …" / "What information do we collect from you?"): a page of questions, each a heading.
    const askedOverAnswer = /\?$/.test(unit.text) && INTERROGATIVE.test(unit.text) && !next.marker && !/\?$/.test(next.text) && !!nextNext && !nextNext.marker && /\?$/.test(nextNext.text) && looksLikeHeading(nextNext.text);
    // The notice's own name straight under the page's title and the organisation's name ("GP GDPR
    // Privacy Notice" / "Fountain Medical Centre (the Practice)" / "Data Protection Privacy Notice for
    // Patients" / "Introduction:"): a heading, whatever follows it, blank lines or none.
    const ownName = afterHeading && this.#blocks.length === 2 && NOTICE_NAME.test(unit.text) && wordCount(unit.text) <= 10 && !/[.:;,!?]$/.test(unit.text);
    if (afterHeading && !bodyNext && !stacked && !firstChild && !askedOverAnswer && !ownName) return false;
    // A table's caption straight over its header ("List of cookies that are needed …" / "Name Purpose
    // Expires"; "Cookies needed for the NHS website work" under the heading it repeats): not a heading.
    const tableNext = next.gap === 0 && (!!columnHeader(next.text) || isTableRow(next.text) || (COLUMN_CELL.test(next.text) && COLUMN_CELL.test(this.#units[i + 2]?.text ?? '')));
    // (So is one that says the section's heading again with what the table lists of it, under the
    // section's own paragraph: "Essential cookies" / "These are cookies that are required …" /
    // "Essential cookies set on this website" / "Cookie name Purpose Expiry".)
    const sectionHeading = lastHeading?.kind === 'heading' && this.#blocks.length > 1 ? inlineTextOf(lastHeading.content).replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, '') : '';
    const restated = wordCount(sectionHeading) >= 2 && wordCount(unit.text) > wordCount(sectionHeading) && overlap(sectionHeading, unit.text) === 1;
    if (tableNext && (/^(?:list|table|rhestr|tabl)\s+(?:of|o)\b/i.test(unit.text) || (afterHeading && overlap(unit.text, inlineTextOf(prev!.content)) >= 0.6) || restated)) return false;
    // Inside a run of short lines with no blank before it ("Name, DOB, Address," / "Proof of
    // identity (…)" / "Special Categories …"), in a text that has blank lines, a line is one of the
    // run, unless body follows it.
    // (A date or an aside in brackets before it, "(Last updated 11 September 2023)", is no such run.)
    // (Nor is a sentence that ends in its full stop, "Mae polisi preifatrwydd … ar gael ar: http://…/." /
    // "4. Gwrthod derbyn cwcis": a run's short lines are names, addresses and fields.)
    // (Nor one that opens with its verb, a Welsh sentence whose stop was left off: "Mae ein polisi preifatrwydd yn dilyn un y GIG".)
    // (Nor is a question after the short answer to the question above it, a page of questions each
    // answered in a line: "Is any information transferred …?" / "No" / "How long do we keep your information?".)
    const asked = this.#blocks[this.#blocks.length - 2];
    const nextQuestion = /\?$/.test(unit.text) && INTERROGATIVE.test(unit.text) && asked?.kind === 'heading' && /\?$/.test(inlineTextOf(asked.content));
    if (unit.gap === 0 && !this.#tight && !bodyNext && !nextQuestion && prev?.kind === 'paragraph' && wordCount(inlineTextOf(prev.content)) <= 12 && !/^\([^()]+\)$/.test(inlineTextOf(prev.content)) && !DATE_LINE.test(inlineTextOf(prev.content)) && !(/[.!]$/.test(inlineTextOf(prev.content)) && wordCount(inlineTextOf(prev.content)) >= 6) && !(WELSH_VERB_FIRST.test(inlineTextOf(prev.content)) && !TERMINAL.test(inlineTextOf(prev.content)) && wordCount(inlineTextOf(prev.content)) >= 4)) return false;
    // The value under a label heading ("Data Controller" / "NHS West Yorkshire ICB") is not a heading.
    if (prev?.kind === 'heading' && LABEL_HEADING.test(inlineTextOf(prev.content)) && wordCount(unit.text) <= 12 && !bodyNext) return false;
    // After an intro ending in ":", a short line is usually an item that lost its bullet; it is
    // a heading only when a real paragraph follows it ("…the following cookies:" / "Google
    // Analytics" / "We use Google Analytics to …").
    // "…as part of our public task:" / "GDPR Article 6 1(e) (public task)": a citation after an intro is its item, never a heading.
    // So is an Act's name after an intro that announces laws ("Deddfau neu reolau cyfraith y dibynnir
    // arnynt:" / "Deddf Cydraddoldeb 2010."; "The laws we rely on are:" / "Equality Act 2010").
    const actItem = /\b(?:acts?|laws?|legislation|statutes?|regulations|deddf(?:au)?|cyfraith|deddfwriaeth|rheoliadau)\b/i.test(inlineTextOf(prev?.kind === 'paragraph' ? prev.content : [])) && /\b(?:act|deddf|regulations?|rheoliadau|order|gorchymyn)\b.*\b(?:1[89]|20)\d{2}\.?$/i.test(unit.text);
    if (prev?.kind === 'paragraph' && /:$/.test(inlineTextOf(prev.content)) && (/\b(?:article|erthygl|schedule|atodlen)\s*\d/i.test(unit.text) || actItem)) return false;
    // An address line between the lines of a contact block ("Data Controller Name: …" / "Castle
    // Buildings" / "Telephone: …") is part of the block, not a heading.
    if (CONTACT_LABEL.test(next.text) && wordCount(unit.text) <= 4 && prev?.kind === 'paragraph' && wordCount(inlineTextOf(prev.content)) <= 10 && !/[.?!:]$/.test(inlineTextOf(prev.content))) return false;
    // So is a line of an address whose lines the page set apart ("Data Protection Officer" / "" /
    // "Knowsley Council" / "" / "Westmorland Road" / "" / "L36 9GL"): short lines from a short line
    // of the block down to its postcode.
    // (A field's line, "Name: Morfudd Lloyd – Council Clerk", is a contact block's, which its own heading may head.)
    const addressLine = (u: Unit | undefined) => !!u && !u.marker && wordCount(u.text) <= 6 && !/[.?!:;]/.test(u.text) && !CONTACT_HEADING.test(u.text);
    const postcodeAt = this.#units.slice(i + 1, i + 4).findIndex((u) => !addressLine(u) || new RegExp(`${POSTCODE.source}\\.?$`).test(u.text));
    if (addressLine(unit) && postcodeAt >= 0 && new RegExp(`${POSTCODE.source}\\.?$`).test(this.#units[i + 1 + postcodeAt]!.text) && prev?.kind === 'paragraph' && addressLine({ ...unit, text: inlineTextOf(prev.content) })) return false;
    // So it is over a table ("Our site uses the following cookies:" / "Google Analytics" / "| Cookie
    // name | Expires |" / …): the product's name heads the table of its cookies and what follows.
    // (In a text with blank lines, a line flush on its table's header is the table's caption: "Mae
    // Google Analytics yn gosod y cwcis canlynol:" / "" / "Universal Analytics" / "Enw Diben Dod i ben".)
    const tableUnder = (next.gap > 0 || this.#tight) && (isTableRow(next.text) || PIPE_CELL.test(next.text) || !!columnHeader(next.text));
    // (Over a list's own intro, the line may run to a heading's full length: "Purpose 1 – Academic
    // purposes, including teaching, learning and support services" / "We collect and use your information to:".)
    // (A question over its answer is a heading even there: "… please contact our data protection
    // officer:" / "What personal data do we collect?" / "We collect the names, …", the contact a lost
    // link; questions that lost their bullets follow one another.)
    // (Or over its answer's list: "… the following information (… complaint):" / "What information is
    // being collected?" / "1. Name" / "2. Postal Address" / …, the intro's colon the page's, not the question's.)
    const answered = /\?$/.test(unit.text) && INTERROGATIVE.test(unit.text) && (next.marker ? !/\?$/.test(next.text) && !!this.#units[i + 2]?.marker : /^\p{Lu}/u.test(next.text) && !/\?$/.test(next.text));
    // (Nor is a group's name over its bulleted items, blank lines round it: "The type of information
    // we collect from you includes:" / "" / "Basic information" / "" / "• your name" / …; "Tenantiaid" / "" / "• Enw, …".)
    const group = unit.gap > 0 && next.gap > 0 && !!next.marker && !!this.#units[i + 2]?.marker && wordCount(unit.text) <= 5 && !/[.,;:!?]$/.test(unit.text) && !this.#tight;
    // (Nor is an intro that points at a link the copy lost, "For our use of cookies on our website,
    // please read here:" / "About us": it introduces no list.)
    const pointer = prev?.kind === 'paragraph' && LINK_POINTER.test(inlineTextOf(prev.content));
    // (Nor is a row of four capitalised words or more with no word between them, a diagram's labels
    // or a list's items run onto one line: "There are four stages to the staff data journey:" /
    // "Pre-app Applicant Employee Leaver".)
    // (Each word in capital case, never all in capitals: a heading in capitals has its own shape.)
    const labelRow = wordCount(unit.text) >= 4 && unit.text.split(/\s+/).every((w) => /^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{Ll}'’-]*$/u.test(w) && !/^(?:the|of|and|to|for|your|our|with|in|on|at|by|a|an|or|how|what|who|why|we|you|y|yr|eich|ein|ar|am|i|o|ac|neu)$/i.test(w));
    if (prev?.kind === 'paragraph' && /:$/.test(inlineTextOf(prev.content)) && labelRow) return false;
    if (prev?.kind === 'paragraph' && /:$/.test(inlineTextOf(prev.content)) && !answered && !group && !pointer && !((wordCount(unit.text) <= 10 || (listIntroNext && wordCount(unit.text) <= 12)) && !next.marker && (wordCount(next.text) >= 12 || listIntroNext || tableUnder || sentenceOverTable))) return false;
    if (/\.$/.test(unit.text)) {
      // Who runs the site, said in a sentence ("FindBusinessSupport.gov.scot is delivered by Scottish Enterprise and Partners.",
      // "This website is run by Darwen Town Council."): a statement, however many capitals its names give it.
      if (/\b(?:is|are)\s+(?:\w+ly\s+)?(?:run|delivered|provided|operated|managed|owned|maintained|hosted|funded|published|produced)\s+by\s+\S/i.test(unit.text)) return false;
      // A title-like line with a full stop needs a real paragraph or list after it.
      // (Or, straight under the title, the notice's full name over its first numbered section: "Y Coleg
      // Merthyr Tudful. Hysbysiad Preifatrwydd." / "1. Cyflwyniad".)
      const fullName = this.#blocks.length === 1 && NOTICE_NAME.test(unit.text) && wordCount(unit.text) <= 10 && /^\d{1,2}(?:\.\d{1,2})*[.)]?\s+\p{Lu}/u.test(next.text);
      return !!next.marker || wordCount(next.text) >= 12 || fullName;
    }
    return true;
  }

  /**
   * A noun phrase ended with a full stop, alone between blank lines over a paragraph, after body (not
   * straight under another heading): a heading in a page that stops its headings. No verb, no
   * pronoun or conjunction that would open a clause, no comma between clauses, no link's or contact's words; up to 16 words, since such
   * headings quote the law's list ("The details of transfers … international organisations.").
   */
  #stoppedPhrase(i: number, next: Unit): boolean {
    const unit = this.#units[i]!;
    const t = unit.text;
    if (this.#tight || unit.gap === 0 || next.gap === 0 || next.marker || wordCount(next.text) < 12 || !/^\p{Lu}/u.test(t) || !/\p{L}\.$/u.test(t)) return false;
    const words = t.slice(0, -1);
    if (wordCount(words) < 3 || wordCount(words) > 16 || /[.,;:!?]/.test(words) || !looksLikeHeading(words.split(/\s+/).slice(0, 12).join(' '))) return false;
    const prev = this.#blocks[this.#blocks.length - 1];
    if (prev?.kind === 'heading' && this.#blocks.length > 1) return false;
    // A verb in the third person straight before its object's article or determiner ("Any references to
    // 'registers' covers both the register …", "Google Analytics sets the following cookies.") makes a
    // clause, whatever the verb: a noun phrase puts a preposition there ("Retention periods for your …").
    if (/\b\p{Ll}{2,}[^s\s]s\s+(?:both|the|a|an|all|any|our|your|their|its|this|these|those|each|every|some|no)\s/u.test(`${words} `)) return false;
    // So does one straight after its subject's article and noun ("The Trust holds personal information about its staff …").
    if (/^(?:[Tt]he|[Oo]ur|[Tt]his|[Ee]ach|[Ee]very)\s+[\p{L}'’-]+\s+\p{Ll}{2,}[^s\s]s\s/u.test(`${words} `)) return false;
    return !STOPPED_PHRASE_VERB.test(words);
  }

  /**
   * A bulleted question whose answer is indented under it (an accordion copied from a web page:
   * "• What information is collected?" / "    We only collect …") is a heading.
   */
  #questionHeading(): boolean {
    const unit = this.#units[this.#i]!;
    const next = this.#units[this.#i + 1];
    // "b. How do we collect your personal information?" with its answer after it: a lettered
    // question standing over a paragraph is a section of a lettered notice, not a list item.
    // "- WHAT IS THE PURPOSE OF THIS DOCUMENT?" alone between paragraphs: a capitals heading the page bulleted.
    // (Not a cookie's name, one token with an identifier's dot, underscore or digit: "• .ASPXAUTH" over what it does.)
    const identifier = /^[\w.*$#@%<>-]+$/.test(unit.text) && /[_.$*\d#@%]/.test(unit.text);
    const lone = unit.marker && !unit.marker.ordered && /^[^\p{Ll}]{8,}$/u.test(unit.text) && /\p{Lu}{3}/u.test(unit.text) && !identifier && wordCount(unit.text) <= 12 && next && !next.marker && wordCount(next.text) >= 12 && !this.#units[this.#i - 1]?.marker;
    if (lone) {
      this.#blocks.push({ kind: 'heading', level: 2, content: inline(unit.text) });
      this.#i++;
      return true;
    }
    if (this.#letteredQuestion(this.#i)) {
      this.#blocks.push({ kind: 'heading', level: 2, content: inline(`${unit.marker!.glyph} ${unit.text}`) });
      this.#i++;
      return true;
    }
    if (this.#accordionTitle(this.#i)) {
      // One level under the heading the panels stand under ("What information do we collect about
      // you?" / "• Opponents, witnesses and referees" / …); a panel after a panel, at its level.
      const last = this.#blocks.findLast((b) => b.kind === 'heading');
      const level = last?.kind !== 'heading' ? 2 : this.#accordions.has(last) ? last.level : Math.min(6, Math.max(2, last.level + 1));
      const heading: DocBlock = { kind: 'heading', level, content: inline(unit.text) };
      this.#accordions.add(heading);
      this.#blocks.push(heading);
      this.#i++;
      return true;
    }
    if (!unit.marker || unit.marker.ordered || !/\?$/.test(unit.text) || wordCount(unit.text) > 16 || !next || next.marker || next.indent <= unit.indent) return false;
    this.#blocks.push({ kind: 'heading', level: 2, content: inline(unit.text) });
    this.#i++;
    return true;
  }

  /**
   * Rows of a table copied as text: tab-separated cells (what a browser or Word gives when a
   * table is copied), "a | b | c" rows (with or without a "---|---" line), or a cookie table whose
   * cells were joined by spaces under a header of column names ("Name Purpose Expires").
   */
  #table(): boolean {
    const units = this.#units;
    const start = this.#i;
    const first = units[start]!;
    if (first.marker && !isTableRow(first.text)) return false;
    if (isTableRow(first.text) || PIPE_CELL.test(first.text)) {
      let j = start;
      const lines: string[][] = [];
      // A last row cut short when the page was copied ("_hjMinimizedPolls | This cookie is set onc")
      // keeps one separator only: it is still a row of the table above it. A row copied one cell a
      // line keeps each cell's separator ("_ga |" / "2 years |" / "Used to distinguish users. |").
      // A row whose closing separator fell to the next line ("Why we use personal information about
      // you | To Process" / "|") is a row too.
      while (j < units.length && (isTableRow(units[j]!.text) || RULE_LINE.test(units[j]!.text) || (PIPE_CELL.test(units[j]!.text) && !units[j]!.marker) || ((lines.length >= 2 || units[j + 1]?.text === '|') && / \| /.test(units[j]!.text) && !units[j]!.marker))) {
        // Among cells one a line, a "|" alone is an empty cell, not a rule line.
        if (units[j]!.text === '|' && lines.length && lines[lines.length - 1]!.length === 1) lines.push(['']);
        // So is "||", which closes a caption row across the table (`pipeRows`).
        else if (units[j]!.text === '||' && lines.length && lines[lines.length - 1]!.length === 1) lines.push(['||']);
        else if (!RULE_LINE.test(units[j]!.text)) lines.push(cellsOf(units[j]!.text));
        j++;
      }
      const rows = pipeRows(lines);
      if (!rows) return false;
      // The copy ended inside the last row ("… The cookies collec", with no separator): its last cell.
      const last = rows[rows.length - 1]!;
      if (j === units.length - 1 && last.length < rows[0]!.length && !units[j]!.marker && !/\|/.test(units[j]!.text) && lines.length > rows.length) {
        last.push(units[j]!.text);
        j++;
      }
      if (rows.length < 2) return false;
      if (lines.length > rows.length) this.#notes.push({ kind: 'artefact', text: `A table copied with its rows broken over several lines ("${lines[0]!.join(' | ')}" …) was read back into rows: check each row's cells.` });
      const width = Math.max(...rows.map((r) => r.length));
      const pad = (r: string[]) => Array.from({ length: width }, (_, k) => inline(r[k] ?? ''));
      this.#blocks.push({ kind: 'table', head: pad(rows[0]!), rows: rows.slice(1).map(pad) });
      this.#i = j;
      return true;
    }
    // The header of a processing table ("Purpose/Activity Type of data Lawful basis for
    // processing") copied with one cell a line after it: the short lines under it are its cells,
    // kept as paragraphs in order, never headings.
    if (PROCESSING_HEADER.test(first.text) && wordCount(first.text) <= 12 && !/[.:?]$/.test(first.text)) {
      let j = start + 1;
      while (j < units.length && !units[j]!.marker && wordCount(units[j]!.text) <= 10 && !/[.:?]$/.test(units[j]!.text)) j++;
      // (One cell may be all there is before the next cell's items, bullets the copy kept: "Gwybodaeth
      // safonol" / "• Enw" / "• Cyfeiriad" / …, a category over the data it holds. A header has no
      // colon: "Legal Basis for Processing Special Categories of Personal Data: Substantial Public
      // Interest" is a record's field and its value, the line after it a heading.)
      if (j - start < 3 && !(j - start === 2 && units[j]?.marker && !first.text.includes(':'))) return false;
      for (let k = start; k < j; k++) this.#blocks.push({ kind: 'paragraph', content: inline(units[k]!.text) });
      this.#notes.push({ kind: 'artefact', text: `A table copied one cell a line under its header ("${first.text}") was kept as paragraphs: rebuild it as a table.`, block: this.#blocks.length - 1 });
      this.#i = j;
      return true;
    }
    if (this.#labelledLines(start)) return true;
    if (this.#cellPerLine()) return true;
    if (this.#gluedRows()) return true;
    const header = columnHeader(first.text) ?? (!first.marker && spacedRowAt(units, start + 1) ? gluedHeader(first.text) : undefined);
    if (!header) return false;
    // The header joined into one line over rows copied as labelled lines (a responsive table's
    // "Name" / "ARRAffinity" / "Purpose" / …): the header line goes with them.
    if (this.#labelledLines(start + 1)) return true;
    let j = start + 1;
    const rows: DocInline[][][] = [];
    // A line all in capitals ("GOOGLE ANALYTICS") is the next group's heading, not a row.
    // A plain name ("lng", "Guest-id", "guildfordacceptedcookie") starts a row too when a capitalised purpose follows it: prose never opens so.
    // Or a plain name and the domain it is set on ("hscw www.police.uk …"), under a header with a domain column.
    const domainCol = header.some((h) => /domain|fannau|parth/i.test(h));
    // (Or a name in capitals with a hyphen, "XSRF-TOKEN This site Cross-site request forgery protection …";
    // or three capitalised parts or more with hyphens, "X-Uaa-Csrf This is set to verify …", which no word is.)
    const rowStart = (text: string) => ((COOKIE_LIKE.test(text.split(/\s+/)[0]!.replace(/,$/, '')) || CAMEL.test(text.split(/\s+/)[0]!)) && /\p{L}/u.test(text.split(/\s+/)[0]!)) || /^[a-z][\w.-]*\s+\p{Lu}\p{Ll}/u.test(text) || /^[A-Z][a-z]+-[a-z]+\s+\p{Lu}/u.test(text) || /^[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+\s+\p{Lu}\p{Ll}/u.test(text)
      || /^[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)+\s+\p{Lu}/u.test(text) || /^[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*){2,}\s+\p{Lu}/u.test(text)
      || (domainCol && /^[a-z][\w.-]*\s+(?:www\.|\.?[\w-]+\.(?:uk|com|org|net|cymru|wales)\b)/.test(text));
    // A plain capitalised word opens a row too where the row above ended in its expiry and this one
    // ends in its own ("… 12 months" / "Chatbot This site Stores the chatbot conversation context. Session"): prose ends no line so twice.
    const expiryEnded = (text: string) => DURATION_END.test(` ${text}`);
    const plainRow = (k: number) => rows.length > 0 && /^\p{Lu}[\p{L}\d]+\s+\p{Lu}/u.test(units[k]!.text) && wordCount(units[k]!.text) >= 4 && expiryEnded(units[k]!.text) && expiryEnded(units[k - 1]!.text);
    // (Nor is a cookie category's name in capitals alone on its line: "FUNCTIONAL" / "Remember preferences …".)
    while (j < units.length && !units[j]!.marker && (rowStart(units[j]!.text) || plainRow(j)) && !(wordCount(units[j]!.text) > 1 && !/\p{Ll}/u.test(units[j]!.text)) && !CATEGORY_CAPITALS.test(units[j]!.text)) {
      const row = splitFlattenedRow(units[j]!.text, header);
      j++;
      // A row copied with only its name on the line (".ASPXAUTH" / "Used to determine …" /
      // "Expires automatically when you close your browser."): its purpose and expiry are the
      // paragraphs after it, up to the next row.
      if (row.slice(1).every((c) => !c)) {
        const purposeCol = header.findIndex((h, k) => k > 0 && !/expir|duration|lasts|hyd|i ben$|terfynu/i.test(h));
        const durationCol = header.findIndex((h) => /expir|duration|lasts|hyd|i ben$|terfynu/i.test(h));
        for (let n = 0; n < 2 && j < units.length && !units[j]!.marker && !rowStart(units[j]!.text) && !isTableRow(units[j]!.text); n++, j++) {
          const text = units[j]!.text;
          if (durationCol > 0 && !row[durationCol] && wordCount(text) <= 10 && DURATION_END.test(` ${text}`) && DURATION_END.exec(` ${text}`)!.index === 0) row[durationCol] = text.replace(/\.$/, '');
          else if (purposeCol > 0 && !row[purposeCol] && n === 0 && /^\p{Lu}/u.test(text) && TERMINAL.test(text)) row[purposeCol] = text;
          else break;
        }
      }
      // (Names a slash parts share the row's cells: a row each, as the cookies they are.)
      const names = row[0]!.split(/\s\/\s+/);
      for (const name of names.length > 1 && names.every((n) => COOKIE_LIKE.test(n)) ? names : [row[0]!]) rows.push([name, ...row.slice(1)].map((c) => inline(c)));
    }
    if (!rows.length) return this.#brokenRows(header);
    this.#blocks.push({ kind: 'table', head: header.map((h) => inline(h)), rows });
    this.#notes.push({ kind: 'artefact', text: `A table whose cells had been joined by spaces ("${first.text}") was read back into columns: check each row's cells.`, block: this.#blocks.length - 1 });
    this.#i = j;
    return true;
  }

  /**
   * A cookie table whose cells were run together with no space when copied ("_utmaTracks number of
   * visits to the site2 years" / "_utmbTimestamps entry to a site30 minutes"): two lines or more in
   * a row, each a cookie's name run into a capitalised word. The cells part where a small letter
   * runs into a capital or a digit, which ordinary words never do.
   */
  #gluedRows(): boolean {
    const units = this.#units;
    let j = this.#i;
    // A header run together too ("NameDescriptionExample valueWhen set"): its column names.
    const header = units[j] && !units[j]!.marker ? gluedHeader(units[j]!.text) : undefined;
    // Over rows whose cells kept their spaces ("Cookie namePurposeDurationAdditional information" /
    // "useTextOnly This is used to store …"), the header alone ran together: the rows are read as
    // a table joined by spaces is.
    if (header && spacedRowAt(units, j + 1)) return false;
    if (header) j++;
    const rows: string[][] = [];
    for (; j < units.length && !units[j]!.marker; j++) {
      // (Several names may share the row's first cell, a comma between: "_pk_ses, _pk_cvar, _pk_hsrEssentialUsed to …".)
      const shared = /^((?:[\w.*$#-]+,\s*)+)(\S.*)$/.exec(units[j]!.text);
      const last = shared && COOKIE_LIKE.test(shared[1]!.split(/,\s*/)[0]!) ? gluedRow(shared[2]!, !!header) : undefined;
      const parts = last ? ([`${shared![1]}${last[0]}`, last[1]] as [string, string]) : gluedRow(units[j]!.text, !!header);
      if (!parts) {
        // Under a glued header, a short line that is no sentence is the previous row's last cell,
        // broken onto its own line ("fmnFind my nearest preferencesVICARAGE%20CLOSE" / "First visit").
        const text = units[j]!.text;
        // A sentence between two rows goes on with the row above's last cell ("_utma24 misFe'i defnyddir i
        // adnabod defnyddwyr a sesiynau." / "Caiff y cwci ei ddiweddaru bob tro …" / "_utmb30 munud…").
        if (header && rows.length && TERMINAL.test(text) && j + 1 < units.length && gluedRow(units[j + 1]!.text, true)) {
          const last = rows[rows.length - 1]!;
          last[last.length - 1] = `${last[last.length - 1]} ${text}`;
          continue;
        }
        if (header && rows.length && rows[rows.length - 1]!.length < header.length && units[j]!.gap === 0 && wordCount(text) <= 4 && !TERMINAL.test(text) && !gluedHeader(text) && !looksLikeHeadingLine(units[j]!)) {
          rows[rows.length - 1]!.push(text);
          continue;
        }
        break;
      }
      // (A period after a word in capitals, "… the unique visitor ID13 months", parts there too.)
      const cells = parts[1].split(/(?<=[a-z.)])(?=[A-Z][a-z]|\d)|(?<=[a-z])(?=[A-Z]{2})|(?<=\d[A-Z]?|[A-Z]{2})(?=[A-Z][a-z]{2})|(?<=[A-Z])(?=\d{1,3}\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\b)/).map((c) => c.trim());
      rows.push([parts[0], ...cells]);
    }
    if (rows.length < (header ? 1 : 2)) return false;
    const head = header ?? ['Name', 'Purpose', 'Expires'];
    // A type column second ("CookieTypePurposeHow long do we keep these cookies?"): the row's type ran
    // onto the name ("_researcher_portal_sessionEssential"); it is parted off into its own cell.
    const typed = /^(?:type|category|categori|math)$/i.test(head[1] ?? '');
    const lead = typed ? 2 : 1;
    if (typed) {
      for (const [k, r] of rows.entries()) {
        const type = /^(.*?[\w*$#\]])(Strictly necessary|Essential|Necessary|Functional|Functionality|Analytics|Analytical|Performance|Marketing|Advertising|Targeting|Statistics|Preferences?)$/.exec(r[0]!);
        if (type && COOKIE_LIKE.test(type[1]!.split(/,\s*/)[0]!)) rows[k] = [type[1]!, type[2]!, ...r.slice(1)];
      }
    }
    // The cell after the purpose is the last column, even when the copy cut it short ("When y");
    // the cells between them, where the row has more than the header, go with the purpose.
    const fit = (r: string[]) => {
      const fixed = r.slice(0, lead);
      const rest = r.slice(lead);
      const tail = head.length > lead + 1 ? rest.splice(Math.max(1, rest.length - (head.length - lead - 1))) : [];
      return [...fixed, rest.join(' '), ...tail, ...Array.from({ length: Math.max(0, head.length - lead - 1 - tail.length) }, () => '')];
    };
    this.#blocks.push({ kind: 'table', head: head.map((h) => inline(h)), rows: rows.map((r) => fit(r).map((c) => inline(c))) });
    this.#notes.push({ kind: 'artefact', text: `A table whose cells had run together ("${units[this.#i]!.text.slice(0, 60)}") was read back into ${head.map((h) => h.toLowerCase()).join(', ')}: check each row's cells.`, block: this.#blocks.length - 1 });
    this.#i = j;
    return true;
  }

  /**
   * A cookie table whose rows were copied as labelled lines, each label alone on its line (a
   * responsive table's cells: "Name" / "ARRAffinity" / "Purpose" / "Helps stop our site crashing …" /
   * "Expires" / "When you close the browser" / "Name" / …): a row starts at each name label, and
   * each label's value is the line after it (none when the next line is a label: the copy cut the
   * row short). The labels are a cookie table's column names, a name among them, and a purpose or
   * expiry too; an address form's "Name" / "Address" never reads so.
   */
  #labelledLines(from: number): boolean {
    const units = this.#units;
    const isLabel = (k: number) => k < units.length && !units[k]!.marker && COLUMN_CELL.test(units[k]!.text.replace(/:$/, ''));
    if (!isLabel(from) || !NAME_CELL.test(units[from]!.text.replace(/:$/, '')) || isLabel(from + 1) || from + 1 >= units.length) return false;
    const head: string[] = [];
    const rows: Map<string, string>[] = [];
    let j = from;
    while (isLabel(j)) {
      const label = units[j]!.text.replace(/:$/, '');
      if (NAME_CELL.test(label) || !rows.length) rows.push(new Map());
      const row = rows[rows.length - 1]!;
      if (row.has(label)) break;
      if (!head.includes(label)) head.push(label);
      j++;
      // The value: the next line, unless it is the next label (an empty cell or a row cut short).
      if (j < units.length && !isLabel(j) && !units[j]!.marker) {
        row.set(label, units[j]!.text);
        j++;
      } else row.set(label, '');
    }
    const named = rows.filter((r) => [...r.entries()].some(([l, v]) => NAME_CELL.test(l) && /^[\w.*${}<>#-]{2,60}$/.test(v)));
    if (head.length < 2 || !head.some((h) => /purpose|description|diben|pwrpas|disgrifiad|expir|duration|lasts|how long|ben$|hyd/i.test(h)) || named.length < 2 || named.length < rows.length - 1) return false;
    this.#blocks.push({ kind: 'table', head: head.map((h) => inline(h)), rows: rows.map((r) => head.map((h) => inline(r.get(h) ?? ''))) });
    this.#notes.push({ kind: 'artefact', text: `A table copied as labelled lines ("${head.join('" / "')}" for each row) was read back into rows: check each row's cells.`, block: this.#blocks.length - 1 });
    this.#i = j;
    return true;
  }

  /**
   * A cookie table copied one cell a line whose first column groups the names ("Cwci" / "Enw" /
   * "Diben" / "Rhagor o Wybodaeth" / "Google Analytics_utma" / "_utmb" / "_utmc" / "_utmz" /
   * "Defnyddir y cwcis hyn …"): a row is its group's line, where the copy may have run the group
   * into the first name ("Google Analytics_utma"), the names one a line, then the other cells.
   */
  #groupedCellPerLine(head: string[], from: number): boolean {
    const units = this.#units;
    const rows: string[][] = [];
    let j = from;
    // A name line: one identifier, or several separated by commas ("_ga, _ga*, _gid, _gat",
    // "History, history_consent"), at least half of them with an identifier's marks.
    const ident = (t: string) => {
      const names = t.split(/\s*,\s*/);
      return names.every((n) => /^[\w.*$-]{2,60}$/.test(n)) && names.filter((n) => COOKIE_LIKE.test(n)).length * 2 >= names.length;
    };
    while (j < units.length && !units[j]!.marker) {
      const text = units[j]!.text;
      const glued = /^(\p{Lu}[^_]{1,40}?\p{Ll})(_[\w.*$-]+)$/u.exec(text);
      let names: string[];
      if (glued && COOKIE_LIKE.test(glued[2]!)) {
        names = [glued[2]!];
        j++;
      } else if (wordCount(text) <= 4 && !TERMINAL.test(text) && !ident(text) && ident(units[j + 1]?.text ?? '')) {
        names = [];
        j++;
      } else break;
      const group = glued ? glued[1]!.trim() : text;
      while (j < units.length && !units[j]!.marker && ident(units[j]!.text)) names.push(...units[j++]!.text.split(/\s*,\s*/));
      if (!names.length) break;
      const row = [group, names.join(', ')];
      for (let c = 2; c < head.length && j < units.length && !units[j]!.marker && !ident(units[j]!.text) && !/^(\p{Lu}[^_]{1,40}?\p{Ll})(_[\w.*$-]+)$/u.test(units[j]!.text); c++, j++) row[c] = units[j]!.text;
      rows.push(row);
    }
    if (!rows.length) return false;
    this.#blocks.push({ kind: 'table', head: head.map((h) => inline(h)), rows: rows.map((r) => head.map((_, c) => inline(r[c] ?? ''))) });
    this.#notes.push({ kind: 'artefact', text: `A table copied one cell a line ("${head.join(' / ')}"), its first column grouping the names, was read back into rows: check each row's cells.`, block: this.#blocks.length - 1 });
    this.#i = j;
    return true;
  }

  /**
   * A cookie table copied one cell a line, its header too ("Enw" / "Pwrpas" / "Dirwyn i Ben" /
   * "_ga" / "Mae hyn yn ein helpu …" / "2 flynedd"): the lines after the header, taken as many at
   * a time as it has columns, while each row starts with a cookie's name. A last row cut short
   * when the page was copied keeps the cells it has.
   */
  #cellPerLine(): boolean {
    const units = this.#units;
    const start = this.#i;
    let k = start;
    // Each column name may end in a colon ("Name:" / "Function:" / "Expires:"), all or none of them.
    const colon = /:$/.test(units[start]?.text ?? '');
    const bare = (t: string) => (colon ? t.replace(/:$/, '') : t);
    while (k < units.length && k - start < 6 && !units[k]!.marker && /:$/.test(units[k]!.text) === colon && COLUMN_CELL.test(bare(units[k]!.text))) k++;
    const head = units.slice(start, k).map((u) => bare(u.text));
    // ("Cookie" first, with no column called a name, holds the names: "Cookie" / "Purpose" / "Expiry".)
    const nameColumn = (h: string, c: number) => NAME_CELL.test(h) || (c === 0 && /^(?:cookies?|cwci)$/i.test(h) && !head.some((o) => NAME_CELL.test(o)));
    if (head.length < 2 || !head.some(nameColumn) || !head.some((h, c) => !nameColumn(h, c) && /purpose|description|diben|pwrpas|disgrifiad|expir|duration|lasts|how long|ben$|hyd/i.test(h))) return false;
    const rows: DocInline[][][] = [];
    const durationCol = head.findIndex((h) => /expir|duration|lasts|how long|ben$|hyd/i.test(h));
    // A row starts with a name: one token with letters, not a period ("lng", "SESSIONID", "_ga").
    // Or a label with the name in brackets ("Generic Session Cookie (JSESSIONID)"), or a short name
    // whose first word is an identifier ("KB5 Cookies").
    // (A period's word after an identifier's mark is the name's: ".AspNetCore.Session", "ai_session".)
    const token = (t: string) => /^(?:[\w.*${}<>@#-]|:(?=\{)){2,60}$/.test(t) && /\p{L}/u.test(t) && !(DURATION_CELL.test(t) && !/[._$#*]\p{L}/u.test(t));
    // Or several names in one cell ("cfid, cftoken", "ROUTEID-deptbal-@@@, ROUTEID-lucee@@@").
    const several = (t: string) => /^[\w.*${}<>@#-]{2,60}(?:,\s*[\w.*${}<>@#-]{2,60})+$/.test(t) && /\p{L}/u.test(t);
    // A word in small letters in brackets is an aside ("Cwcis ychwanegol (dewisol)", a heading
    // after the table), not a name: the name in brackets has an identifier's marks or a capital.
    const bracketed = (t: string) => /^[^()]{2,50}\(([\w.*$-]{2,60})\)$/.exec(t)?.[1]?.replace(/^\p{Ll}+$/u, '') || undefined;
    // Or a name with a note in brackets after it ("has_js (Detects if a user has javascript)").
    const noted = (t: string) => /^([\w.*$-]{2,60})\s+\([^()]{2,80}\)$/.exec(t)?.[1];
    // Or a name with a placeholder in angle or square brackets ("_ga_<unique id>", "F5[unique ID]").
    const placeholder = (t: string) => /^[\w.*$-]{2,40}(?:<[\w ]{1,30}>|\[[\w ]{1,30}\])[\w.*$-]*$/.test(t);
    const name = (t: string) => token(t) || several(t) || !!bracketed(t) || !!noted(t) || placeholder(t);
    const named = (t: string) => COOKIE_LIKE.test(t) || COOKIE_LIKE.test(bracketed(t) ?? '') || COOKIE_LIKE.test(noted(t) ?? '') || (several(t) && t.split(/,\s*/).some((p) => COOKIE_LIKE.test(p)));
    // Or a short label in words ("Session ID"), when its row ends in a period: a heading or
    // sentence after the table never does.
    const label = (t: string) => /^\p{Lu}[\p{L}\d]*(?: [\p{L}\d]+){1,2}$/u.test(t) && !COLUMN_CELL.test(t);
    if (!NAME_CELL.test(head[0]!) && NAME_CELL.test(head[1] ?? '')) return this.#groupedCellPerLine(head, k);
    let j = k;
    let namedRows = 0;
    let timedRows = 0;
    while (j < units.length && !units[j]!.marker && (name(units[j]!.text) || label(units[j]!.text))) {
      const at = j;
      const row: string[] = [units[j]!.text];
      j++;
      for (let c = 1; c < head.length && j < units.length && !units[j]!.marker && !COLUMN_CELL.test(units[j]!.text); c++, j++) {
        const text = units[j]!.text;
        // An empty cell leaves no line: a cookie's name here starts the next row, and a period
        // before the expiry column is the expiry (the purpose was empty).
        if (COOKIE_LIKE.test(text) && token(text)) break;
        // In a table whose cells follow one another with no blank line, a blank line is an empty
        // cell: a name after it starts the next row ("AWSALB" / "Used by …" / "" / "CookieControl").
        if (units[j]!.gap > 0 && units[at + 1]?.gap === 0 && name(text) && c > 1) break;
        // So is a heading after the table where the last row's expiry was empty ("cookie_notice_accepted" /
        // "Used to identify …" / "" / "Contact us"): no period, after a blank line, is no expiry cell.
        if (units[j]!.gap > 0 && units[at + 1]?.gap === 0 && c === durationCol && !isPeriodCell(text) && looksLikeHeading(text)) break;
        if (c < durationCol && isPeriodCell(text) && wordCount(text) <= 8) c = durationCol;
        row[c] = text;
      }
      const timed = durationCol > 0 && DURATION_CELL.test(row[durationCol] ?? '');
      if (!name(row[0]!) && !timed) {
        j = at;
        break;
      }
      if (named(row[0]!)) namedRows++;
      if (timed) timedRows++;
      rows.push(head.map((_, c) => inline(row[c] ?? '')));
    }
    // Most rows start with a name that has an identifier's marks, or every row gives its expiry
    // as a period ("Session ID" / "Randomly generated number" / "4 weeks"), or it is not a cookie table.
    if (!rows.length || (namedRows < Math.ceil(rows.length / 2) && !(rows.length >= 2 && timedRows === rows.length))) return false;
    this.#blocks.push({ kind: 'table', head: head.map((h) => inline(h)), rows });
    this.#notes.push({ kind: 'artefact', text: `A table copied one cell a line ("${head.join(' / ')}") was read back into rows: check each row's cells.`, block: this.#blocks.length - 1 });
    this.#i = j;
    return true;
  }

  /**
   * A cookie table under a header joined into one line ("Cwcis Enw Pwrpas Dod i ben") whose rows
   * were broken over several lines when copied ("Cwcis Google Analytics _gid Defnyddir gan Google
   * Analytics" / "i adnabod y defnyddiwr" / "Daw i ben ar ôl 1 diwrnod"): a row starts at a line
   * with a cookie's name among its first words (the words before it are the grouping column); the
   * lines up to the next such line are its purpose, and a line giving a period its expiry. Names
   * joined by "/" share a row. Two rows at least, or it is not read as a table.
   */
  #brokenRows(header: string[]): boolean {
    const units = this.#units;
    const nameCol = header.findIndex((h) => NAME_CELL.test(h));
    const groupCol = header.findIndex((h, k) => k !== nameCol && /^(?:cookies?|cwcis?)$/i.test(h));
    const purposeCol = header.findIndex((h) => /purpose|description|diben|pwrpas|disgrifiad/i.test(h));
    const durationCol = header.findIndex((h) => /expir|duration|lasts|how long|ben$|hyd/i.test(h));
    if (nameCol < 0) return false;
    const rowStart = (text: string) => {
      const words = text.split(/\s+/);
      // A name has letters and ends in none of a sentence's stops ("Facebook." is a word, not a cookie).
      const isName = (w: string) => COOKIE_LIKE.test(w) && /\p{L}/u.test(w) && !/[.,;:!?]$/.test(w);
      // At the start of a line in the table, a hyphenated word ("Guest-id") is a name too.
      const k = /^[A-Za-z]+(?:-[A-Za-z0-9]+)+$/.test(words[0]!) ? 0 : words.slice(0, 5).findIndex(isName);
      if (k < 0) return undefined;
      const names = [words[k]!];
      let n = k + 1;
      while (words[n] === '/' && words[n + 1] && isName(words[n + 1]!)) {
        names.push(words[n + 1]!);
        n += 2;
      }
      return { group: words.slice(0, k).join(' ').replace(/\s*[-–/]\s*$/, ''), names, rest: words.slice(n).join(' ') };
    };
    const rows: { group: string; names: string[]; purpose: string[]; duration: string }[] = [];
    // Short lines before a row's name, once the row above has its expiry (or before the first
    // row): the grouping cell of the next row ("Cwcis Google Analytics" / "(GA4)").
    let pending: string[] = [];
    let j = this.#i + 1;
    for (; j < units.length; j++) {
      const unit = units[j]!;
      const startOf = rowStart(unit.text);
      if (unit.marker || (!startOf && wordCount(unit.text) >= 20)) break;
      if (startOf) {
        rows.push({ group: [...pending, startOf.group].filter(Boolean).join(' '), names: startOf.names, purpose: startOf.rest ? [startOf.rest] : [], duration: '' });
        pending = [];
        continue;
      }
      const row = rows[rows.length - 1];
      if (!row || row.duration) {
        if (wordCount(unit.text) > 8 || pending.length >= 12) break;
        pending.push(unit.text);
      } else if (wordCount(unit.text) <= 8 && isPeriodCell(unit.text)) row.duration = unit.text;
      else row.purpose.push(unit.text);
    }
    // Lines left over after the last row are not the table's.
    j -= pending.length;
    if (rows.length < 2) return false;
    // Grouping words with no column for them in the header ("Advertising" / "uuid2 …") get one, first.
    const grouped = groupCol < 0 && rows.some((r) => r.group);
    const head = grouped ? ['Cookie', ...header] : header;
    const out: DocInline[][][] = [];
    for (const row of rows) {
      for (const name of row.names) {
        const cells = header.map(() => '');
        cells[nameCol] = name;
        if (groupCol >= 0) cells[groupCol] = row.group;
        if (purposeCol >= 0) cells[purposeCol] = row.purpose.join(' ');
        if (durationCol >= 0) cells[durationCol] = row.duration;
        out.push((grouped ? [row.group, ...cells] : cells).map((c) => inline(c)));
      }
    }
    this.#blocks.push({ kind: 'table', head: head.map((h) => inline(h)), rows: out });
    this.#notes.push({ kind: 'artefact', text: `A table whose rows were broken over several lines ("${units[this.#i]!.text}") was read back into rows: check each row's cells.`, block: this.#blocks.length - 1 });
    this.#i = j;
    return true;
  }

  /**
   * An accordion's panel titles copied as bullets, each panel's text indented under its title
   * ("• Opponents, witnesses and referees" / "    Your personal information will be used for …" /
   * "    • Basic details …" / "• Suppliers and service providers" / "    If you are part of our supply
   * chain, …"): a bullet that is a short heading-like line over a paragraph indented under it, with
   * another bullet of the same shape at its level. One item with an indented paragraph is an item.
   */
  #accordionTitle(i: number): boolean {
    const units = this.#units;
    const shape = (k: number) => {
      const unit = units[k];
      const next = units[k + 1];
      // (The panel's body may open with its own subheading: "• How your personal data is collected" /
      // "    Information you provide" / "    When facilitating employability programmes we will ask …".)
      const after = units[k + 2];
      const body = (u: Unit | undefined) => !!u && !u.marker && u.indent > unit!.indent && wordCount(u.text) >= 8;
      // (Its indentation, not the subheading's, says the body is the panel's.)
      const sub = (u: Unit | undefined) => !!u && wordCount(u.text) <= 8 && !TERMINAL.test(u.text) && looksLikeHeading(u.text.replace(/^\d{1,2}[.)]\s+/, '')) && body(after);
      return !!unit?.marker && !unit.marker.ordered && unit.lines === 1 && wordCount(unit.text) <= 10 && !TERMINAL.test(unit.text) && looksLikeHeading(unit.text) && !!next
        && ((!next.marker && next.indent > unit.indent && wordCount(next.text) >= 8) || (!next.marker && sub(next)));
    };
    if (!shape(i)) return false;
    const indent = units[i]!.indent;
    // After an intro ending in ":" ("… which include:" / "• To provide support" / its paragraph …)
    // the bullets are the list it announces, each item explained: items, not panels.
    let start = i;
    while (start > 0 && (units[start - 1]!.indent > indent || (units[start - 1]!.marker && units[start - 1]!.indent === indent))) start--;
    if (/:$/.test(units[start - 1]?.text ?? '')) return false;
    const sibling = (step: number) => {
      for (let k = i + step; k >= 0 && k < units.length; k += step) {
        const unit = units[k]!;
        if (unit.indent < indent || (!unit.marker && unit.indent === indent)) return false;
        if (unit.marker && unit.indent === indent) return shape(k);
      }
      return false;
    };
    // (A panel alone, the copy cut before the next, stands after a paragraph with two paragraphs or more
    // of body under it: "… This notice was last reviewed in July 2023." / "• Our Commitment to Data
    // Protection and Confidentiality" / "    We are committed to …" / "    NHS Norfolk and Waveney ICB as a data controller …".)
    const before = units[i - 1];
    let end = i + 1;
    while (end < units.length && !units[end]!.marker && units[end]!.indent > indent && wordCount(units[end]!.text) >= 8) end++;
    const alone = !!before && !before.marker && before.indent <= indent && wordCount(before.text) >= 8 && end - i - 1 >= 2 && (end === units.length || units[end]!.indent <= indent);
    return sibling(1) || sibling(-1) || alone;
  }

  /** A lettered question standing over a paragraph ("b. How do we collect your personal information?"). */
  #letteredQuestion(i: number): boolean {
    const unit = this.#units[i]!;
    const next = this.#units[i + 1];
    return !!unit.marker?.ordered && /^[a-zA-Z][.)]$/.test(unit.marker.glyph) && /\?$/.test(unit.text) && wordCount(unit.text) <= 16 && !!next && !next.marker && wordCount(next.text) >= 8;
  }

  /** Consumes a run of marked lines (blank lines allowed between) as one list, nested by indentation. */
  #list(): void {
    const units = this.#units;
    const start = this.#i;
    let end = start;
    while (end < units.length && units[end]!.marker && (end === start || (!this.#letteredQuestion(end) && !this.#accordionTitle(end)))) end++;
    this.#blocks.push(nestItems(units.slice(start, end)));
    this.#i = end;
  }

  /**
   * "NHS Act 2006:" followed by marked lines, twice or more with no blank line between: one list
   * whose items carry the labels and nest the marked lines.
   */
  #labelGroups(): boolean {
    const units = this.#units;
    const groups: { label: Unit; items: Unit[] }[] = [];
    let j = this.#i;
    while (j < units.length) {
      const label = units[j]!;
      if (label.marker || !/:$/.test(label.text) || wordCount(label.text) > 8) break;
      if (groups.length && label.gap > 0) break;
      let k = j + 1;
      while (k < units.length && units[k]!.marker && units[k]!.gap === 0) k++;
      if (k === j + 1) break;
      groups.push({ label, items: units.slice(j + 1, k) });
      j = k;
    }
    if (groups.length < 2) return false;
    const items = groups.map<DocListItem>((g) => ({ content: inline(g.label.text), children: [nestItems(g.items)] }));
    this.#blocks.push({ kind: 'list', ordered: false, items });
    this.#i = j;
    return true;
  }

  /**
   * An intro ending in ":" over four short lines or more that lost their bullets, a blank line between each and no body under any
   * ("… yn cynnwys:" / "Rheoli ymatebion i ddigwyddiadau …" / "" / "Darparu ymwybyddiaeth o Atal Tanau …" / "" / …, a page
   * copied with each item a paragraph): the intro's list, none of its lines a heading, since a heading has body. The run ends at a
   * question, the next section's heading.
   */
  #spacedItems(): boolean {
    const units = this.#units;
    const intro = units[this.#i]!;
    if (!/:$/.test(intro.text.trim()) || CONTACT_TITLE.test(intro.text) || intro.marker) return false;
    const itemLike = (u: Unit) => !u.marker && !u.cell && u.lines === 1 && u.gap > 0 && wordCount(u.text) <= 16 && !TERMINAL.test(u.text.trim()) && !/[?:]$/.test(u.text.trim()) && !contactDetails(u.text).length;
    let end = this.#i + 1;
    while (end < units.length && itemLike(units[end]!)) end++;
    // (Only where the next section's question ends it: a table of labels and their values copied a cell a paragraph, "Debt collection" /
    // "Contact and finance information will be shared for debt collection" / …, runs on into sentences.)
    if (end - this.#i - 1 < 4 || !/\?$/.test(units[end]?.text.trim() ?? '')) return false;
    this.#blocks.push({ kind: 'paragraph', content: inline(intro.text) });
    this.#blocks.push({ kind: 'list', ordered: false, items: units.slice(this.#i + 1, end).map((u) => ({ content: inline(u.text), children: [] })) });
    this.#notes.push({ kind: 'artefact', text: `${end - this.#i - 1} short lines set apart by blank lines under "${intro.text.trim().slice(0, 60)}" read as its list: items that lost their bullets, none with body under it.`, block: this.#blocks.length - 1 });
    this.#i = end;
    return true;
  }

  /**
   * An intro ending in ":" followed, with no blank line, by lines that had lost their bullets
   * (they share a first word, "Will collect…", "Will comply…"), marked lines nesting under them.
   */
  #introWithLostBullets(): boolean {
    const units = this.#units;
    const intro = units[this.#i]!;
    // "Our contact details:" over the block's lines heads them; it introduces no list.
    if (!/:$/.test(intro.text) || CONTACT_TITLE.test(intro.text)) return false;
    // Nor does a section's word with its colon ("Introduction:" / "This privacy notice lets you know …"
    // / "This privacy notice applies to …"): a label heading its section's paragraphs.
    if (/^(?:introduction|background|overview|summary|scope|cyflwyniad|cefndir|trosolwg|crynodeb|cwmpas):$/i.test(intro.text.replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, ''))) return false;
    let end = this.#i + 1;
    // A plain line that the items above it name ("- Your data protection rights as an individual" …
    // "Your Data Protection rights") is the heading of that section, not an item that lost its bullet.
    // A table's row ("Name | Expiry |", tab-separated cells) ends the run: the list's items are
    // over and the table the intro's list led to follows, with no blank line (a copied page's
    // bulleted list straight over its cookie table).
    while (end < units.length && units[end]!.gap === 0 && (units[end]!.marker || (!namedInContents(units, end) && !isTableRow(units[end]!.text) && !PIPE_CELL.test(units[end]!.text)))) end++;
    // A list that kept its bullets ends at its last bullet: plain lines after it, with none marked
    // between or after them, lost nothing ("… the following:" / "- Necessary cookies help …" / "-
    // Marketing cookies …" / "Necessary cookies" / "University of York" / the table): they are what
    // follows the list, a heading among them.
    let lastMarked = end - 1;
    while (lastMarked > this.#i && !units[lastMarked]!.marker) lastMarked--;
    if (units[this.#i + 1]?.marker && units.slice(this.#i + 1, lastMarked + 1).every((u) => u.marker)) end = lastMarked + 1;
    // In a copy with no blank lines anywhere the run never meets one: the list is its first lines while they are
    // short and end no sentence, three of them at least ("Bydd y Ganolfan yn prosesu eich gwybodaeth at ddibenion:" /
    // "Eich ymrestru ar gwrs a dyrannu darparwr i chi" / … / "Rhannu gwybodaeth am gyrsiau eraill gyda chi"), and the
    // question after them heads the next section.
    const itemLike = (u: Unit) => !u.marker && wordCount(u.text) <= 16 && !TERMINAL.test(u.text);
    const leading = units.slice(this.#i + 1, end).findIndex((u) => !itemLike(u));
    // (The same when a blank line ends the run and every line of it is such an item: "… at ddibenion:" / four such lines / "".)
    const itemCount = leading >= 0 ? leading : end - this.#i - 1;
    const cut = itemCount >= 3 && !units.slice(this.#i + 1, this.#i + 1 + itemCount).some((u) => POSTCODE.test(u.text));
    if (cut) end = this.#i + 1 + itemCount;
    const run = units.slice(this.#i + 1, end);
    const plain = run.filter((u) => !u.marker);
    if (plain.length < 2) return false;
    // A cookie table's header after the intro ("… a ddefnyddwyd ar y wefan:" / "Cwcis Enw Pwrpas Dod i ben"): a table follows, not a list.
    if (tableHeaderAt(units, this.#i + 1)) return false;
    const firstWords = new Set(plain.map((u) => u.text.split(/\s+/)[0]!.toLowerCase()));
    const allShort = plain.every((u) => wordCount(u.text) <= 12 && !TERMINAL.test(u.text));
    if (firstWords.size !== 1 && !allShort && !cut) return false;
    this.#blocks.push({ kind: 'paragraph', content: inline(intro.text) });
    const items: DocListItem[] = [];
    let k = 0;
    while (k < run.length) {
      const unit = run[k]!;
      if (unit.marker) {
        let m = k;
        while (m < run.length && run[m]!.marker) m++;
        const nested = nestItems(run.slice(k, m));
        const owner = items[items.length - 1];
        if (owner) owner.children.push(nested);
        else items.push(...nested.items);
        k = m;
      } else {
        items.push({ content: inline(unit.text), children: [] });
        this.#lostBullets++;
        k++;
      }
    }
    this.#blocks.push({ kind: 'list', ordered: false, items });
    this.#i = end;
    return true;
  }

  /** Three or more "Term – explanation" lines in a row (blank lines allowed) become a definition list. */
  #definitions(): boolean {
    const units = this.#units;
    const items: { term: DocInline[]; separator: string; desc: DocInline[] }[] = [];
    let j = this.#i;
    while (j < units.length) {
      const unit = units[j]!;
      if (unit.marker || unit.label || unit.lines > 1 || isLabelValue(unit.text)) break;
      const parts = splitDefinition(unit.text);
      if (!parts || findDetails(parts.desc).some((f) => f.start === 0)) break;
      items.push({ term: inline(parts.term), separator: parts.separator, desc: inline(parts.desc) });
      j++;
    }
    if (items.length < 3) return false;
    this.#blocks.push({ kind: 'dl', items });
    this.#i = j;
    return true;
  }

  /**
   * A two-column table of labels and values copied one cell a line ("Enw’r Sefydliad" / "Coleg
   * Brenhinol Cerdd a Drama Cymru Cyf." / "Cyfeiriad y Sefydliad" / "Maes y Castell, …, CF10 3ER" /
   * "Rhif Cofrestru Tŷ’r Cwmnïau" / "6013744" / …; "Organisation name" / … / "Registration number" /
   * "Z1234567"): three pairs or more, each cell set apart by blank lines, each a short label (no digit, no contact detail, no sentence's
   * end) over a short value that is no sentence, two values at least the data a label names (a
   * number or reference, an address down to its postcode, a phone or an email). One definition
   * list, labels as terms: none is a heading, and a role's label stays beside its contact value
   * ("Swyddog Diogelu Data Dynodedig" / "Rheolwr TG, Ffôn: …, E-bost: …"), which the contacts reader
   * reads together. A misaligned start (a heading over the first label) puts the values in the
   * labels' places, and a value with data is never a label, so it never makes a run.
   */
  #labelValuePairs(): boolean {
    const units = this.#units;
    const plain = (u: Unit | undefined): u is Unit => !!u && !u.marker && !u.label && !u.level && !u.cell && u.lines === 1;
    const postcoded = (t: string) => new RegExp(`${POSTCODE.source}\\.?$`).test(t);
    const data = (t: string) => (/\d/.test(t) && wordCount(t) <= 3) || postcoded(t) || contactDetails(t).length > 0;
    const label = (u: Unit | undefined) => plain(u) && wordCount(u.text) <= 6 && /^\p{Lu}/u.test(u.text) && !/\d/.test(u.text) && !/[.;,!?–—-]$/.test(u.text) && !data(u.text) && !LEAD_IN.test(u.text);
    // (A value's verb or pronoun makes it a sentence, the body under a heading; an email's words are not its words: "contact@…".)
    const value = (u: Unit | undefined) => plain(u) && wordCount(u.text) <= 12 && !/[?:]$/.test(u.text) && !STOPPED_PHRASE_VERB.test(contactDetails(u.text).reduceRight((t, d) => t.slice(0, d.start) + t.slice(d.end), u.text));
    let j = this.#i;
    let found = 0;
    // (Each cell set apart by a blank line: lines flush on one another are an address's, "Police Headquarters" / "PO BOX 99" / ….)
    while (label(units[j]) && value(units[j + 1]) && units[j + 1]!.gap > 0 && (j === this.#i || units[j]!.gap > 0)) {
      if (data(units[j + 1]!.text)) found++;
      j += 2;
    }
    if (j - this.#i < 6 || found < 2) return false;
    return this.#pairsAsDefinitions(j);
  }

  /**
   * A page's record of the notice copied label over value, flush lines ("Privacy notice name" / "Taxi
   * Licensing Privacy Notice" / "Last updated" / "Wednesday, 7 September 2022."): two pairs or more
   * up to a blank line, each label short with no digit and no sentence's end, one of them the date's
   * label over a date. One definition list, labels as terms: none is a heading.
   */
  #datedFields(): boolean {
    const units = this.#units;
    const label = (u: Unit | undefined) => !!u && !u.marker && !u.label && !u.level && wordCount(u.text) <= 5 && /^\p{Lu}/u.test(u.text) && !/\d/.test(u.text) && !TERMINAL.test(u.text);
    const value = (u: Unit | undefined) => !!u && !u.marker && !u.label && !u.level && u.gap === 0 && wordCount(u.text) <= 12;
    const dateLabel = /^(?:(?:last|date)\s+)?(?:updated|reviewed|revised|published|modified|amended)(?:\s+on)?$|^(?:date(?: of (?:issue|publication|review))?|review date|published|(?:diweddarwyd|adolygwyd|cyhoeddwyd)(?: ddiwethaf)?|dyddiad(?: cyhoeddi| adolygu)?)$/i;
    const dated = (t: string) => /\b(?:1[89]|20)\d{2}\.?$/.test(t) && (DATE_ONLY.test(t.replace(/^\p{L}+,\s*/u, '').replace(/\.$/, '')) || /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(t));
    let j = this.#i;
    let found = false;
    while (label(units[j]) && value(units[j + 1]) && (j === this.#i || units[j]!.gap === 0)) {
      if (dateLabel.test(units[j]!.text) && dated(units[j + 1]!.text)) found = true;
      j += 2;
    }
    if (j - this.#i < 4 || !found || (units[j] && units[j]!.gap === 0)) return false;
    return this.#pairsAsDefinitions(j);
  }

  /**
   * A cookie table copied one row a line under what is left of its header, one column's name alone
   * ("Typical content" / "A randomly generated number used by Google Analytics" / … / "Glos_User
   * Preferences Used to retain …" / "EPiDPCKEY Used for logging into the site …", the name column
   * lost for some rows): the column's name flush over three rows or more, no blank line between, in
   * a section about cookies. The rows are lines of the table, never headings, however short; the
   * run ends at the first blank line. A text with no blank lines at all says nothing by them.
   * The name's column, or any column's name with a colon, opens a record of labelled fields instead.
   */
  #headerRemnantRows(): boolean {
    const units = this.#units;
    const head = units[this.#i]!;
    // ("Cookie Name:" with its colon, or the name's column, opens a cookie's record of labelled fields instead: "Cookie Name:" / "ASPSESSIONID*" / "Issued by:" / ….)
    if (this.#tight || head.label || head.level || !COLUMN_CELL.test(head.text) || NAME_CELL.test(head.text) || tableHeaderAt(units, this.#i)) return false;
    let j = this.#i + 1;
    while (j < units.length && units[j]!.gap === 0 && !units[j]!.marker && !units[j]!.label && !units[j]!.level) j++;
    if (j - this.#i - 1 < 3) return false;
    // (The section's heading, or what it says so far, is about cookies.)
    let k = this.#blocks.length - 1;
    while (k >= 0 && this.#blocks[k]!.kind !== 'heading') k--;
    if (!this.#blocks.slice(Math.max(0, k)).some((b) => /\b(?:cookies?|[cg]wcis?)\b/i.test(blockText(b)))) return false;
    const group = { lines: j - this.#i };
    for (let r = this.#i; r < j; r++) this.#blocks.push({ kind: 'paragraph', content: inline(units[r]!.text), line: group });
    this.#i = j;
    return true;
  }

  /**
   * A two-column table copied one cell a paragraph under the sentence that announces it, its header
   * lost ("Your information will be shared with the following organisations:" / "Library Management
   * System" / "Personal information to provide access to library resources" / "Debt collection" /
   * "Contact and finance information will be shared for debt collection" / "Online resource
   * providers" / "Name and library card number to provide access …."): three pairs or more, each
   * cell set apart by blank lines, a short name (no question, no sentence's end) over what it gets,
   * thirty words at most, which never opens as a sentence with its subject ("We …", "You …") as a
   * section's body under a heading does ("You have the right to …"). One definition list: none of
   * the names is a heading.
   */
  #cellsAfterIntro(): boolean {
    const prev = this.#blocks[this.#blocks.length - 1];
    if (prev?.kind !== 'paragraph' || !/:$/.test(inlineTextOf(prev.content))) return false;
    const units = this.#units;
    const plain = (u: Unit | undefined): u is Unit => !!u && !u.marker && !u.label && !u.level && u.lines === 1 && u.gap > 0;
    const name = (u: Unit | undefined) => plain(u) && wordCount(u.text) <= 10 && /^\p{Lu}/u.test(u.text) && !/[.!?:;,]$/.test(u.text) && !INTERROGATIVE.test(u.text) && !QUESTION_WORD.test(u.text) && !findDetails(u.text).length;
    const cell = (u: Unit | undefined) => plain(u) && wordCount(u.text) >= 3 && wordCount(u.text) <= 30 && !/[?:]$/.test(u.text) && !LEAD_IN.test(u.text) && !findDetails(u.text).some((f) => f.start === 0);
    let j = this.#i;
    while (name(units[j]) && cell(units[j + 1])) j += 2;
    if (j - this.#i < 6) return false;
    return this.#pairsAsDefinitions(j);
  }

  /** The lines from here to `end`, taken two by two (a term over its description), as one definition list. */
  #pairsAsDefinitions(end: number): true {
    const items = [];
    for (let k = this.#i; k < end; k += 2) items.push({ term: inline(this.#units[k]!.text), separator: ' ', desc: inline(this.#units[k + 1]!.text) });
    this.#blocks.push({ kind: 'dl', items });
    this.#i = end;
    return true;
  }

  /**
   * A glossary copied with each term on its own line over its definition, which goes on from the
   * term in small letters ("Data" / "yr holl wybodaeth rydych chi’n ei darparu …;" / "Cwcis" /
   * "ffeil testun bychan a roir …"; "Personal data" / "means any information relating to …"): two
   * pairs or more in a row become one definition list. A heading's body opens a sentence with a
   * capital; a definition that opens in small letters is the rest of the term's line. Among them,
   * one that opens with a name ("Cyngor Tref Rhuthun, neu ni" / "Cyngor Tref Rhuthun a leolir yn
   * …;") ends as the others do, in a semicolon (and "and" / "a" / "or" / "neu").
   */
  #termsOverDefinitions(): boolean {
    const units = this.#units;
    const pair = (k: number) => {
      const term = units[k];
      const desc = units[k + 1];
      return !!term && !!desc && !term.marker && !term.label && !term.level && term.lines === 1 && wordCount(term.text) <= 8 && /^[\p{Lu}\d'‘"“]/u.test(term.text) && !/[.!?:;,]$/.test(term.text)
        && !desc.marker && !desc.label && !desc.level && wordCount(desc.text) >= 4 && !findDetails(desc.text).some((f) => f.start === 0)
        && (/^\p{Ll}/u.test(desc.text) || SEMICOLON_END.test(desc.text));
    };
    let j = this.#i;
    while (pair(j)) j += 2;
    if (j - this.#i < 4 || !units.slice(this.#i, j).some((u, k) => k % 2 === 1 && /^\p{Ll}/u.test(u.text))) return false;
    return this.#pairsAsDefinitions(j);
  }

  /**
   * After an intro ending in ":", lines that each end in a semicolon, the last in a full stop or
   * nothing, are a list that lost its bullets, one item a line, however a blank line parts them
   * ("… gallwn hefyd dderbyn gwybodaeth o'r ffynonellau canlynol:" / "Adrannau eraill y Cyngor;" / … /
   * "Asiantaethau Credyd;" / "Cyflogwyr (pan fo gorchymyn atafaelu’n berthnasol)"): the last item is
   * no heading. Three items at least, none over forty words.
   */
  #semicolonList(): boolean {
    const prev = this.#blocks[this.#blocks.length - 1];
    if (prev?.kind !== 'paragraph' || !(/:$/.test(inlineTextOf(prev.content)) || ANNOUNCES_LIST.test(inlineTextOf(prev.content)))) return false;
    const units = this.#units;
    const item = (u: Unit | undefined) => !!u && !u.marker && !u.label && !u.level && wordCount(u.text) <= 40 && !isTableRow(u.text);
    let j = this.#i;
    while (item(units[j]) && SEMICOLON_END.test(units[j]!.text)) j++;
    if (j - this.#i < 2) return false;
    // The last, its stop or none ("Unrhyw wybodaeth berthnasol arall … ostyngiad.", "Cyflogwyr (…)"), when a paragraph or the end follows.
    const last = units[j];
    if (item(last) && !/[:;]$/.test(last!.text) && wordCount(last!.text) <= 20) j++;
    const items = units.slice(this.#i, j).map<DocListItem>((u) => ({ content: inline(u.text), children: [] }));
    this.#blocks.push({ kind: 'list', ordered: false, items });
    this.#notes.push({ kind: 'artefact', text: `${items.length} lines ending in semicolons after "${inlineTextOf(prev.content).slice(0, 60)}" read as a list.`, block: this.#blocks.length - 1 });
    this.#i = j;
    return true;
  }

  /**
   * After an intro ending in ":", two or more short lines without final punctuation (a list of
   * organisations, of Acts, of "Name – www.example.org.uk") are a list that lost its bullets.
   */
  #implicitList(): boolean {
    const prev = this.#blocks[this.#blocks.length - 1];
    if (prev?.kind !== 'paragraph' || !(/:$/.test(inlineTextOf(prev.content)) || ANNOUNCES_LIST.test(inlineTextOf(prev.content)))) return false;
    const units = this.#units;
    // Short lines with a contact detail among them, no blank line between, are a contact block.
    // (The block's own lines: in a text with no blank lines, the paragraph after the list ends them.)
    let tight = this.#i + 1;
    while (tight < units.length && units[tight]!.gap === 0 && wordCount(units[tight]!.text) <= 12) tight++;
    if (tight - this.#i >= 2 && units.slice(this.#i, tight).some((u) => CONTACT_LABEL.test(u.text))) return false;
    let j = this.#i;
    while (j < units.length) {
      const unit = units[j]!;
      // (An item the page broke over two lines is still short: "[e.g. other data controllers, such as local" / "authorities".)
      if (unit.marker || unit.label || unit.lines > 2 || wordCount(unit.text) > 12 || /[.!?:;]$/.test(unit.text)) break;
      // A table's header ("Enw" / "Pwrpas" / "Dirwyn i Ben", one cell a line) ends the list: a table follows. So does a table's row.
      if (tableHeaderAt(units, j) || isTableRow(unit.text)) break;
      // Only "Name – www.example.org.uk" may carry a detail; a phone or email line is a contact, not an item.
      const details = findDetails(unit.text);
      if (details.length > 1 || (details.length === 1 && (details[0]!.kind !== 'url' || details[0]!.end < unit.text.length))) break;
      // A heading-like line followed by a real paragraph ends the list: it heads that paragraph;
      // so does one after a blank line, over a bulleted list ("Donors to …" / "" / "Broad nature
      // of data collected" / "• Name, address …").
      const next = units[j + 1];
      // Not when it opens as two items before it do, flush on them ("Casglu data ôl-16" / … /
      // "Casglu data presenoldeb" / "Casglu data Profion Cenedlaethol Cymru (PCC)" / "Yn ogystal â'r
      // data a gesglir …"): the list's last item, the paragraph after the list.
      const opener = unit.text.split(/\s+/)[0]!.toLowerCase();
      const parallel = unit.gap === 0 && opener.length > 3 && !FUNCTION_WORD.test(opener) && units.slice(this.#i, j).filter((u) => u.text.split(/\s+/)[0]!.toLowerCase() === opener).length >= 2;
      // Nor when it is flush on the items above it and a blank line sets the paragraph after it off,
      // in a text whose blank lines part its blocks ("… the Principles of the Data Protection Act:" /
      // "" / "Data Protection Policy" / "Accessing your Personal Information (Subject Access) Guide" /
      // "Handling Subject Access Requests - Procedure" / "" / "We are also committed …"): the list's
      // last link; a heading over that paragraph would stand apart from the list as from its body.
      const flush = !this.#tight && j > this.#i && unit.gap === 0 && !!next && next.gap > 0;
      if (j > this.#i && looksLikeHeading(unit.text) && next && !next.marker && wordCount(next.text) >= 12 && !parallel && !flush) break;
      // So does one over an aside in brackets and then its paragraph, even first after the intro: a
      // contents list whose links the copy lost, then the first section ("… click to jump to the
      // relevant section:" / "Tenant Privacy Notice" / "(Download a copy of this Privacy Notice)" / "This Tenant Privacy Notice sets out …").
      const past = units[j + 2];
      if (looksLikeHeading(unit.text) && next && /^\([^()]+\)$/.test(next.text) && past && !past.marker && wordCount(past.text) >= 12) break;
      if (j > this.#i && unit.gap > 0 && looksLikeHeading(unit.text) && next?.marker) break;
      // Two or more lines with no blank between are the list; a heading-like line after a blank ends it.
      if (j - this.#i >= 2 && unit.gap > 0 && units.slice(this.#i + 1, j).every((u) => u.gap === 0) && looksLikeHeading(unit.text)) break;
      j++;
    }
    if (j - this.#i < 2) return false;
    const items = units.slice(this.#i, j).map<DocListItem>((u) => ({ content: inline(u.text), children: [] }));
    this.#blocks.push({ kind: 'list', ordered: false, items });
    this.#notes.push({ kind: 'artefact', text: `${items.length} short lines after "${inlineTextOf(prev.content).slice(0, 60)}" read as a list.`, block: this.#blocks.length - 1 });
    this.#i = j;
    return true;
  }

  /**
   * Two or more short lines with no blank line between (an address, a contact block): kept as
   * lines. With `postal`, only a run that contains a postcode (an address, whatever precedes it).
   */
  #lineRun(postal: boolean): boolean {
    const units = this.#units;
    let j = this.#i;
    while (j < units.length) {
      const unit = units[j]!;
      if (unit.marker || unit.label || (j > this.#i && unit.gap > 0) || wordCount(unit.text) > 10 || /[.!?;]$/.test(unit.text)) break;
      // A cookie table's header ends the run: the table is read from it. So does a table's row
      // ("Google Analytics" / "| Cookie name | Expires |" / "|---|---|" / …): a product's name over
      // its table reads like a person's, but no address or contact block has rows.
      if (tableHeaderAt(units, j) || isTableRow(unit.text) || PIPE_CELL.test(unit.text) || RULE_LINE.test(unit.text)) break;
      // A heading over a paragraph ends a contact block ("Dr Rachel Belton - …" / "Data Protection
      // Officer (DPO)" / "Under GDPR all public bodies must …").
      const after = units[j + 1];
      // ("Necessary Cookies" reads as two capitalised words, like a name; a name never says "cookies" or "data".)
      const person = isPersonName(unit.text) && !/\b(?:cookies?|[cg]wcis?|data|information|gwybodaeth|privacy|preifatrwydd)\b/i.test(unit.text);
      // (Not a field among fields, each "Label: value": "Manylion Cyswllt: Kate.Williams@…" / "Enw
      // Hysbysiad Preifatrwydd: Cydlyniant a Diogelwch Cymunedol", the notice's name as the record's value.)
      const field = (t: string) => /^[^:]{2,40}:\s*\S/.test(t);
      const fieldAmongFields = field(unit.text) && units.slice(this.#i, j).every((u) => field(u.text));
      if (j > this.#i && looksLikeHeading(unit.text) && !findDetails(unit.text).length && !POSTCODE.test(unit.text) && !person && !fieldAmongFields && after && !after.marker && wordCount(after.text) >= 12) break;
      // So does a heading-like line about cookies ("[email protected]" / "Third Party Cookies" /
      // "Google Analytics (gtag.js and analytics.js)" / a table), and none starts one: no line of an
      // address or a contact block says "cookies" (and "gtag.js" is a script, not a web address).
      if (looksLikeHeading(unit.text) && /\b(?:cookies?|[cg]wcis?)\b/i.test(unit.text) && !findDetails(unit.text).length) break;
      j++;
    }
    // A heading-like line straight over a cookie table's header is the table's heading, not a line
    // of the run ("The following cookies are set by Google Analytics" / "Google Analytic" / "Name" / "Content" …).
    // So is one over a table's first row ("Our site uses the following cookies:" / "Google Analytics" / "| Cookie name | Expires |").
    const rowAt = (k: number) => k < units.length && (isTableRow(units[k]!.text) || PIPE_CELL.test(units[k]!.text));
    if (j - this.#i >= 2 && (tableHeaderAt(units, j) || rowAt(j)) && looksLikeHeading(units[j - 1]!.text)) j--;
    // A list intro ("Data we collect:" before bullets) ends the run; it is not an address line.
    // So does a heading over such an intro, the kind of thing it lists or a question's clause ("Y math o
    // wybodaeth bersonol rydym yn ei gasglu:" / "Sefyllfa gyfredol, rydym yn casglu’r wybodaeth ganlynol:" / bullets).
    for (let k = this.#i; k < j; k++) {
      if (/:$/.test(units[k]!.text) && (units[k + 1]?.marker || ((KIND_OF.test(units[k]!.text) || QUESTION_WORD.test(units[k]!.text)) && isListIntro(units[k + 1]?.text ?? '') && units[k + 2]?.marker))) {
        j = k;
        break;
      }
    }
    if (j - this.#i < 2) return false;
    if (postal) {
      // An address ends with its postcode; only contact lines ("Tel: …", "Email: …") may follow it.
      let last = -1;
      for (let k = this.#i; k < j; k++) if (POSTCODE.test(units[k]!.text)) last = k;
      if (last < 0) return false;
      let end = last + 1;
      while (end < j && (findDetails(units[end]!.text).length || CONTACT_LABEL.test(units[end]!.text))) end++;
      j = end;
    }
    const run = units.slice(this.#i, j);
    if (postal && !run.some((u) => POSTCODE.test(u.text))) return false;
    // "Contact details" / "Manylion cyswllt y Bwrdd Iechyd" over an address, or a heading over
    // the sentence that introduces it ("Our headquarters is at:"), is a heading, not a line.
    // ("Our contact details:" with its colon, flush on its block, too.)
    if (CONTACT_TITLE.test(run[0]!.text) && this.#blocks[this.#blocks.length - 1]?.kind !== 'heading') return false;
    if (looksLikeHeading(run[0]!.text) && !findDetails(run[0]!.text).length && (CONTACT_HEADING.test(run[0]!.text) || (/:$/.test(run[1]!.text) && wordCount(run[1]!.text) >= 4))) return false;
    if (!postal) {
      // Short lines kept as lines are an address or a contact block: a detail, a postcode, a
      // person, a "Label: value" line, or lines of a few words each. Otherwise they are a heading
      // and the lines of a text without blank lines.
      const contact = run.some((u) => contactDetails(u.text).length || POSTCODE.test(u.text) || isPersonName(u.text) || CONTACT_LABEL.test(u.text) || /^[^:]{2,40}:\s*\S/.test(u.text));
      if (!contact) return false;
      // The first lines of the document are its title, not an address.
      if (!this.#blocks.length && looksLikeHeading(run[0]!.text) && !run.some((u) => findDetails(u.text).length || POSTCODE.test(u.text))) return false;
    }
    // Two lines, the first heading-like ("Data processors" / "Not applicable"), are a heading and
    // its body, unless the second is a contact detail ("PALS" / "Email: pals@…").
    if (!postal && j - this.#i === 2 && looksLikeHeading(units[this.#i]!.text) && !CONTACT_LABEL.test(units[this.#i + 1]!.text)) return false;
    const group = { lines: j - this.#i };
    for (let k = this.#i; k < j; k++) this.#blocks.push({ kind: 'paragraph', content: inline(units[k]!.text), line: group });
    this.#i = j;
    return true;
  }
}

/** Builds a (possibly nested) list from marked units: deeper indentation nests under the previous item. */
function nestItems(units: Unit[]): DocBlock & { kind: 'list' } {
  const root: DocBlock & { kind: 'list' } = { kind: 'list', ordered: !!units[0]?.marker?.ordered, items: [] };
  const stack: { indent: number; list: DocBlock & { kind: 'list' } }[] = [{ indent: units[0]?.indent ?? 0, list: root }];
  for (const unit of units) {
    while (stack.length > 1 && unit.indent < stack[stack.length - 1]!.indent) stack.pop();
    let top = stack[stack.length - 1]!;
    if (unit.indent > top.indent) {
      const owner = top.list.items[top.list.items.length - 1];
      if (owner) {
        const nested: DocBlock & { kind: 'list' } = { kind: 'list', ordered: !!unit.marker?.ordered, items: [] };
        owner.children.push(nested);
        stack.push({ indent: unit.indent, list: nested });
        top = stack[stack.length - 1]!;
      }
    }
    top.list.items.push({ content: inline(unit.text), children: [] });
  }
  return root;
}

function inlineTextOf(content: DocInline[]): string {
  return content.map((c) => (typeof c === 'string' ? c : 'strong' in c ? inlineTextOf(c.strong) : 'em' in c ? inlineTextOf(c.em) : inlineTextOf(c.link))).join('');
}

/** Inline marks in plain text: Word's copy-as-Markdown `**bold**` becomes strong; everything else is text. */
export function inline(text: string): DocInline[] {
  const out: DocInline[] = [];
  const pattern = /\*\*(?=\S)([^*]+?)(?<=\S)\*\*/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ strong: [m[1]!] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return tidyInline(out);
}

/**
 * A processing table's header joined into one line: a lawful-basis column beside a purpose or data
 * column, in English or Welsh ("Categorïau Y rheswm dros ei chasglu Sail gyfreithiol dros ei
 * phrosesu": categories, the reason for collecting it, the legal basis for processing it).
 */
const PROCESSING_HEADER = /^(?=.*\b(?:(?:lawful|legal) bas[ie]s|sail(?:oedd)? gyfreith(?:iol|lon)|seiliau cyfreith(?:iol|lon))\b)(?=.*\b(?:purposes?|activity|type of (?:personal )?data|categor(?:y|ies)|diben(?:ion)?|rheswm|categor[iï](?:au)?|math o ddata|gweithgaredd)\b)/i;


/** Whether a cookie table's header starts at unit `i`: joined into one line, or one cell a line. */
function tableHeaderAt(units: Unit[], i: number): boolean {
  const unit = units[i];
  if (!unit) return false;
  return !!columnHeader(unit.text) || (COLUMN_CELL.test(unit.text) && COLUMN_CELL.test(units[i + 1]?.text ?? ''));
}

/** One column name of a cookie table, alone on its line (a table copied one cell a line). */
// "Content" ("Name" / "Content" / "Expires"): what the cookie holds ("Randomly generated number").
const COLUMN_CELL = /^(?:cookie(?: name)?|name(?: of (?:the )?cookie)?|enw(?:['’]r cwci)?|cwci|purpose|description|information|gwybodaeth|(?:cookie )?details|manylion(?: y cwci)?|service|gwasanaeth|links|dolenni|used by|set by|defnyddir gan|diben|pwrpas|disgrifiad|expir\w*|duration|lasts(?: for)?|how long(?: it lasts)?|how long (?:do|will|does) (?:we|it|they) (?:keep|store|last)(?: (?:these|the|this|them|it))?(?: cookies?)?\??|(?:dod|daw|dirwyn) i ben|hyd|provider|darparwr|type|math|category|categori|function|(?:typical )?contents?|cynnwys(?: arferol)?|amser terfynu|(?:more|further|additional) information|rhagor o wybodaeth|what (?:it|they|the cookies?|this cookie) (?:is|are|is being) used for|what (?:it|they) do(?:es)?|how (?:it|they) can be (?:managed|controlled|deleted|blocked|removed)|how to (?:manage|control|delete|block|remove) (?:it|them)|(?:at )?beth (?:y['’]i|y['’]u|mae['’]n cael ei|maen nhw['’]n cael eu) defnyddio|beth (?:mae['’]n|maen nhw['’]n) ei wneud|sut i['’]w (?:rheoli|dileu|rhwystro))$/i;
/** The column that holds a cookie's name. */
const NAME_CELL = /^(?:cookie (?:name|key)|name(?: of (?:the )?cookie)?|enw(?:['’]r cwci)?)$/i;
/** A cell that gives how long a cookie lasts ("Daw i ben ar ôl 2 flynedd", "2 years", "Session"). */
const DURATION_CELL = /^(?:(?:yn )?(?:daw|dod|dirwyn) i ben\b|expires?\b|lasts?\b|session\b|sesiwn\b|diwedd (?:y )?sesiwn\b|until (?:the )?(?:user|you|browser|session|logout)\b|when (?:you|the (?:user|browser))\b|after \d|end of (?:the )?(?:browser )?session\b)|\b(?:years?|months?|weeks?|days?|hours?|minutes?|mins?|blynedd|flynedd|mlynedd|blwyddyn|flwyddyn|mis|fis|wythnos|diwrnod|ddiwrnod|awr|munud|funud|eiliad|sesiwn|session)\.?$/i;

/**
 * A cell that gives a period, not a purpose that opens with the word "Session": "Session cookie for
 * the website.", "Session cookie to store the authenticated user" say what a cookie is (the purpose
 * column, its expiry cell empty); "Session", "Session cookie", "End of session" give its period.
 */
function isPeriodCell(text: string): boolean {
  // (A purpose may end on the word "session" after its determiner, "Stores any relevant data for your
  // session": the session is its object, no period; "End of the session" is one.)
  const objectSession = /\b(?:your|the|a|an|their|user['’]s|visitor['’]s|each|any|this|current|same|browsing|its)\s+(?:session|sesiwn)\.?$/i.test(text) && !/\b(?:end|close|duration|length|diwedd)\s+of\s+\S+(?:\s+\S+)?\s+session\.?$/i.test(text);
  return DURATION_CELL.test(text) && !objectSession && !/^(?:session|sesiwn)\s+(?:cookies?|cwcis?)\s+\S+\s+\S+/i.test(text);
}

/**
 * More words of a cookie table's header than the shared list has: "Lifetime" ("Name Description
 * Lifetime"), "Data stored" ("Name Data stored Purpose Expires", what the cookie holds), and Welsh
 * "Nodweddiadol" and "Dyddiad" ("Enw Cynnwys Nodweddiadol Dyddiad dod i ben", name / typical content
 * / expiry date). Kept to the reader, where a header is only told from a heading.
 */
const HEADER_WORD = /^(?:lifetime|data|stored|nodweddiadol|dyddiad)$/i;

/** "Name Purpose Expires" → ["Name", "Purpose", "Expires"]; undefined for any other line. */
function columnHeader(text: string): string[] | undefined {
  // "Name of cookie(s)" is one column's name ("Name of Cookie Purpose Expires", "Name of cookies Purpose Expires").
  const words = text.trim().replace(/\b(name) of (?:the )?(cookies?)\b/i, '$1 $2').split(/\s+/);
  // One column of the page's own may stand among the usual ones ("Cookie Purpose Intrusiveness
  // Expiry"): a single capitalised word, in a header of four words or more.
  const own = words.filter((w) => !COOKIE_COLUMN_WORD.test(w) && !HEADER_WORD.test(w));
  if (words.length < 2 || words.length > 8 || !(own.length === 0 || (own.length === 1 && words.length >= 4 && /^\p{Lu}\p{Ll}{3,}$/u.test(own[0]!)))) return undefined;
  if (!/\b(?:name|cookie|enw|cwci)\b/i.test(text) || !/\b(?:purpose|description|function|expiry|expires|duration|lasts|lifetime|diben|pwrpas|disgrifiad|hyd|ben|terfynu)\b/i.test(text)) return undefined;
  // Two-word columns ("Cookie name", "Lasts for", Welsh "Dod i ben") stay together.
  return text.trim().replace(/\b(Name) (of) (?:(the) )?(cookies?)\b/i, (...m: string[]) => [m[1], m[2], m[3], m[4]].filter(Boolean).join('\u0000')).replace(/\b(Cookie) (name|key|type)\b/gi, '$1\u0000$2').replace(/\b(Cynnwys) (a) (Disgrifiad)\b/i, '$1\u0000$2\u0000$3').replace(/\b(Disgrifiad) (o['’]r) (cwci)\b/i, '$1\u0000$2\u0000$3').replace(/\b(Lasts) (for)\b/i, '$1\u0000$2').replace(/\b(More|Further) (information|details)\b/i, '$1\u0000$2').replace(/\b(Expiry|Retention|Storage) (period)\b/i, '$1\u0000$2').replace(/\b(Used|Set) (by)\b/i, '$1\u0000$2').replace(/\b(Data) (stored)\b/i, '$1\u0000$2').replace(/\b(Enw['’]r) (cwci)\b/i, '$1\u0000$2').replace(/\b(Amser) (terfynu)\b/i, '$1\u0000$2').replace(/\b(Dod|Daw|Dirwyn) (i) (ben)\b/i, '$1\u0000$2\u0000$3').split(/\s+/).map((w) => w.replaceAll('\u0000', ' '));
}

/** A cookie's name run into the capitalised first word of its purpose ("_utmaTracks number of visits"). */
// The word after the glued one is in small letters ("Tracks number of …"): "_hjUserAttributes Enables …"
// is a name, a space and a capitalised purpose, not "_hjUser" run into "Attributes".
// (A placeholder's marks may end the name: "_ga_###This is set when …".)
const GLUED_ROW = /^([\w.*$#-]*?[a-z0-9_*#])([A-Z][a-z]+\s+\p{Ll}.*)$/u;
/** A name in capitals run into a capitalised word ("JSESSIONIDImproving speed …", "PHPSESSIDEnvironmental cookie"). */
const GLUED_UPPER = /^([\w.*$-]*?[A-Z0-9]{2})([A-Z][a-z]+\b.*)$/;
/** The same with any word after the glued one ("_gidGoogle Analytics cookie …", "CookieControlSaves your …"). */
const GLUED_ANY = /^([\w.*$#-]*?[a-z0-9_*#])([A-Z][a-z]+\b.*)$/u;
/** Two cells run together further on: a small letter straight into a digit or a capital ("activity24 hours", "settings1 year"), or a stop straight into a capitalised word ("… during a session.End of session"). */
const LATER_GLUE = /\p{Ll}(?:\d|\p{Lu})|\p{Ll}[.!?]\p{Lu}\p{Ll}/u;

/**
 * A cookie table's row whose cells ran together: [name, the rest], or undefined. The name ends where
 * a small letter or digit meets a capital ("_utmaTracks"), or a run of capitals meets a capitalised
 * word ("JSESSIONIDImproving"). The word after the join must be followed by a small word
 * ("Tracks number"), so that "_hjUserAttributes Enables …" stays one name, unless the row shows its
 * cells ran together further on too ("…browsing activity24 hours") or a header run together stands
 * over it; then a two-hump name ("CookieControl") is a name as well.
 */
function gluedRow(text: string, underHeader: boolean): [string, string] | undefined {
  // Under a header run together ("NameExpires"), a table with no purpose: the name runs straight into its expiry ("_ga2 years").
  const expiry = underHeader ? GLUED_EXPIRY.exec(text.trim()) ?? GLUED_LEAD.exec(text.trim()) : null;
  if (expiry && COOKIE_LIKE.test(expiry[1]!)) return [expiry[1]!, expiry[2]!];
  const strict = GLUED_ROW.exec(text);
  if (strict && COOKIE_LIKE.test(strict[1]!)) return [strict[1]!, strict[2]!];
  const upper = GLUED_UPPER.exec(text);
  if (upper && COOKIE_LIKE.test(upper[1]!) && (underHeader || LATER_GLUE.test(upper[2]!))) return [upper[1]!, upper[2]!];
  const any = GLUED_ANY.exec(text);
  if (!any || /\s/.test(any[1]!) || !(underHeader || LATER_GLUE.test(any[2]!))) return undefined;
  // (Under a header run together, a plain name in small letters, hyphens and all: "aws-waf-tokenAmazon Web Services …",
  // "address-update-cookie-acceptPersistent cookie. …".)
  if (COOKIE_LIKE.test(any[1]!) || /^[A-Z][a-z]+[A-Z][a-z]+$/.test(any[1]!) || (underHeader && /^[a-z]{2,}(?:-[a-z]{2,})*$/.test(any[1]!))) return [any[1]!, any[2]!];
  return undefined;
}

/** Whether the line at `k` is a cookie table's row whose cells kept their spaces: a name, a space, a capitalised word ("useTextOnly This is used …"). */
function spacedRowAt(units: Unit[], k: number): boolean {
  const u = units[k];
  return !!u && !u.marker && /^\S+\s+\p{Lu}/u.test(u.text) && COOKIE_LIKE.test(u.text.split(/\s+/)[0]!);
}

/**
 * A cookie table's header whose column names ran together where the copy dropped the cells' gaps
 * ("Cookie ExpirationDescription", "EnwDibenYn dod i ben"): the names, parted where a small letter
 * meets a capital, make a header. A heading flush over it heads its table.
 */
function runTogetherHeader(text: string): boolean {
  return text.length <= 80 && !/[.:;]/.test(text) && /\p{Ll}\p{Lu}/u.test(text) && !!columnHeader(text.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' '));
}
/** A cookie table's column names run together with no space ("NameDescriptionExample valueWhen set", "CookiePurposeExpiry"). */
function gluedHeader(text: string): string[] | undefined {
  if (text.length > 80 || /\s{2}|[.:;]/.test(text)) return undefined;
  const cells = text.trim().split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (cells.length < 2 || !cells.every((c) => COLUMN_CELL.test(c) || GLUED_COLUMN.test(c))) return undefined;
  return cells.some((c) => NAME_CELL.test(c) || /^(?:cookie|cwci)$/i.test(c)) ? cells : undefined;
}
/** Column names a glued header may have besides a cookie table's usual ones. */
const GLUED_COLUMN = /^(?:example(?: value)?|value|websites?|sites?|gwefan(?:nau)?|when set|set by|first|third|party|first-party|third-party|(?:more|additional) information|rhagor o wybodaeth|function|amser terfynu)$/i;

/** A cookie name: no spaces, and the marks of an identifier (underscore, dot, digits, capitals inside). */
// "bw-cookieMessage": a camel-case name may start with a hyphenated prefix.
// (A name may carry a URL-encoded character: "NIGOV_.thisdomain.gov.uk_%F_wat".)
// (Or a placeholder in braces, a colon between two: "EPiForm_{xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxx}:{xxxxx}".)
/**
 * A controller's field name run into its value, a details table copied ("Controller NHS Digital", "Data controller Cardiff
 * Council", "Rheolydd data Cyngor Gwynedd"): the value a name in capitals, never a heading's words ("Controller Contact
 * Details", "Data Controller and Processor", "Controller DPO").
 */
const GLUED_CONTROLLER = new RegExp(String.raw`^${CONTROLLER_FIELD}\s+(?!.*\b(?:[Dd]etails?|[Cc]ontact|[Ii]nformation|[Ii]dentity|and|ac?|&|[Rr]esponsib\w*|DPO|[Oo]fficer|[Rr]ole|[Ww]ho|[Ss]tatement|[Oo]bligations?|[Dd]ut(?:y|ies)|[Nn]ame|[Rr]egistration|[Nn]otice|[Pp]olicy|[Dd]eclaration|[Aa]ddress|[Ee]mail|[Mm]anylion|[Cc]yswllt|[Gg]wybodaeth)\b)\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|for|and|the|y|yr|a|ac))*$`, 'u');
/** A details table's field name ("Organisation Name", "ICO Registration reference"), over its value. */
const DETAILS_FIELD = /^(?:(?:organi[sz]ation|company|charity|practice|school|controller)(?:['’]s)? name|name of (?:the )?(?:organi[sz]ation|company|charity|controller)|(?:ico|data protection) registration (?:reference|number|no\.?)(?: number)?|registration (?:reference|number))\s*:?$/i;
const COOKIE_LIKE = /^(?=(?:[\w.*$<>{}#@%-]|:(?=\{)){2,60}$)(?:.*[_.$*\d#@]|[A-Z0-9]{4,}$|[a-z]+(?:-[a-z]+)*[A-Z]\w*$)/;
/** A camel-case identifier that starts with a capital ("ARRAffinity", "RequestVerificationToken", "ContextLanguageCode"): a name at the start of a table's row. */
const CAMEL = /^(?:[A-Z]{2,}[a-z]+\w*|[A-Z][a-z]+(?:[A-Z][a-z0-9]*){2,})$/;
const DURATION_END = /(?:\s(?:(?:(?:yn\s+)?(?:daw|dod)\s+i\s+ben|expires?|lasts?)(?:\s+(?:ar\s+ôl|after|in|mewn|for))?\s+|(?:after|ar\s+ôl|up\s+to|hyd\s+at|circa|approximately|approx\.?|around|tua)\s+)?(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|a|un|dau|dwy|tri|tair|pedwar|pum|chwe|saith|wyth|naw|deg)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|mins?|blynedd|flynedd|mlynedd|mis|fis|wythnos|diwrnod|ddiwrnod|awr|munud|funud|eiliad|blwyddyn|flwyddyn)(?=\s|$|[.,])(?:\s+o\s+anweithgarwch|\s+of\s+inactivity)?[\s,]*(?:and\s+|a\s+|or\s+|neu\s+)?)+(?:(?:or|neu)\s+[^.]{0,60}\b(?:browser|porwr)\.?)?|\s(?:end of (?:the )?(?:browser )?session|browser session|session|persist[ae]nt|never|permanent|(?:(?:this|the) cookie\s+)?(?:(?:expires|is deleted|is removed|will expire)(?:\s+automatically)?\s+)?when (?:you close|the browser closes)[\w ]*|when you (?:navigate|move|go) (?:to|away)[\w ]*|when you (?:leave|log out of) (?:the|this) (?:site|page|website|service)|until (?:the )?(?:user|you|browser|session|logout)\b[\w ,]*|(?:y |yn ystod y )?sesiwn(?: hon)?(?: yn unig)?|(?:pan|nes) (?:fyddwch|y byddwch|bydd|y bydd)\b[^.]{0,40}\bporwr|(?:ar ôl )?i['’]r (?:defnyddiwr|ymwelydd) (?:adael|gau|cau)\b[^.]{0,20}\bporwr|(?:a |one |un )?(?:year|blwyddyn|flwyddyn)))\.?$/i;

const PERIOD = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|a|un|dau|dwy|tri|tair|pedwar|pum|chwe|saith|wyth|naw|deg)\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|mins?|blynedd|flynedd|mlynedd|mis|fis|wythnos|diwrnod|ddiwrnod|awr|munud|funud|eiliad|blwyddyn|flwyddyn)';
/** A line that ends in a period, or in a period and what it runs from ("Complaints about CQC 5 years", "… 7 years after the action has ended"). */
const ENDS_IN_PERIOD = new RegExp(String.raw`\b${PERIOD}\b[^.]{0,60}$`, 'i');
/** A name run into its expiry ("_gid24 hours", "initialTrafficSource720 days"): the name ends in a letter, never a digit. */
const GLUED_EXPIRY = new RegExp(`^([\\w.*$<>{}-]*?[A-Za-z_*}\\]])(${PERIOD})$`, 'iu');
/** The same with the purpose run on after the expiry, under a header whose expiry comes second ("CwciDod i benDiben" / "_utma24 misFe'i defnyddir …"). */
const GLUED_LEAD = new RegExp(`^([\\w.*$<>{}-]*?[A-Za-z_*}\\]])((?:${PERIOD})(?=\\p{Lu}).*)$`, 'u');
/** A period opening a row's rest ("Dwy flynedd", "24 awr", "O 30 eiliad i 1 flwyddyn", "Session"), then a capital. */
const DURATION_START = new RegExp(`^(?:(?:(?:from|o)\\s+)?${PERIOD}(?:\\s+(?:to|i|[-–])\\s+${PERIOD})?|session|sesiwn|persistent|blwyddyn|(?:one|a|un) (?:year|flwyddyn))(?=\\s+\\p{Lu})`, 'iu');

/** Splits a row whose cells were joined by spaces: the name first, a provider next when the header has one, the duration last. */
function splitFlattenedRow(text: string, header: string[]): string[] {
  const cells = new Map<string, string>();
  let rest = text.trim();
  // Several names may share the cell, separated by commas ("AWSALB, AWSALBCORS Used by …").
  // A placeholder in angle brackets may hold a space ("_ga_<unique id> Used to …").
  // Or a slash ("_ga / _ga_* Google Google Analytics 4 — …").
  // Or placeholders in braces, a colon between them ("EPiForm_{xxxxxxxx-…}:{xxxxx} Stores …").
  let name = /^[\w.*$-]+<[\w ]{1,30}>[\w.*$-]*(?=\s|$)/.exec(rest)?.[0] ?? /^(?:[\w.*$<>{}@#%-]|:(?=\{))+(?:,\s*[\w.*$<>{}@#%-]+(?=,|\s|$)|\s\/\s+[\w.*$<>{}@#%-]*[_.*$<>{}@#%\d][\w.*$<>{}@#%-]*(?=\s|$))*/.exec(rest)?.[0] ?? rest.split(/\s+/)[0]!;
  rest = rest.slice(name.length).trim();
  // Two names joined by "and" ("_ga and _gid Google Analytics …", its space lost: "_ga and_gid"),
  // each with an identifier's marks: the cell names both, as a comma list does.
  const and = /^and\s*([\w.*$<>{}-]+)(?=\s|$)/.exec(rest);
  if (and && COOKIE_LIKE.test(name) && COOKIE_LIKE.test(and[1]!)) {
    name = `${name}, ${and[1]!}`;
    rest = rest.slice(and[0].length).trim();
  }
  // Google's "2 years from set / update": the period is the expiry, the words after it belong to it.
  const restart = /\s+from\s+set\s*\/\s*update$/i.exec(rest);
  const restartTail = restart ? rest.slice(restart.index) : '';
  if (restart) rest = rest.slice(0, restart.index);
  const lower = header.map((h) => h.toLowerCase());
  const durationCol = lower.findIndex((h) => /expir|duration|lasts|hyd|i ben$|terfynu/.test(h));
  // The expiry in the column after the name ("_ga Dwy flynedd Defnyddir i adnabod …", "AMP_TOKEN O 30
  // eiliad i 1 flwyddyn Yn …"): a period at the start of the rest.
  const lead = durationCol === 1 && header.length > 2 ? DURATION_START.exec(rest) : null;
  // The expiry in a middle column, the description last ("Cookie key Domain Path Cookie type
  // Expiration Description" / "_ga / First-party 2 years This cookie …"): the first period
  // followed by a capitalised word; the cells before it are the short columns between.
  // The expiry a sentence of its own between the purpose and a last column of notes ("Cookie name
  // Purpose Duration Additional information" / "useTextOnly This is used to store … or not. Persistent
  // for three months. Strictly necessary cookie."): the sentences before it are the purpose, after it the notes.
  if (!lead && durationCol > 1 && durationCol === header.length - 2) {
    const sentences = rest.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
    const at = sentences.findIndex((x, k) => k > 0 && wordCount(x) <= 6 && /^(?:persist[ae]nt|per session|session|sesiwn|expires|lasts|until|\d+\s|one|two|three|six|twelve)\b/i.test(x) && DURATION_END.test(` ${x.replace(/\.$/, '')}`));
    if (at > 0) {
      cells.set(header[durationCol]!, sentences[at]!.replace(/\.$/, ''));
      cells.set(header[header.length - 1]!, sentences.slice(at + 1).join(' '));
      rest = sentences.slice(0, at).join(' ');
    }
  }
  const mid = !lead && !cells.size && durationCol > 1 && durationCol === header.length - 2 && !/type|category|math/i.test(header[header.length - 1]!)
    ? new RegExp(`(?:^|\\s)(${PERIOD}|session|sesiwn|persistent)(?=\\s+\\p{Lu})`, 'iu').exec(rest) : null;
  if (mid) {
    cells.set(header[durationCol]!, mid[1]!);
    cells.set(header[header.length - 1]!, rest.slice(mid.index + mid[0].length).trim());
    rest = '';
  } else if (lead) {
    cells.set(header[1]!, lead[0].trim());
    rest = rest.slice(lead[0].length).trim();
  } else if (durationCol >= 0 && !cells.has(header[durationCol]!)) {
    // An aside after the period ("Up to 31 days (expires on the first of the month)") goes with it.
    const aside = /\s\([^()]{1,60}\)$/.exec(rest);
    const found = DURATION_END.exec(` ${rest}`) ?? (aside ? DURATION_END.exec(` ${rest.slice(0, aside.index)}`) : null);
    // (An expiry of several words after the purpose's last full stop that opens with its period, "…
    // needs to be updated. 2 minutes duration, extended every 30 seconds": the whole tail is the cell.)
    const tail = found ? /^(.*[.!?]["'’”)]*)\s+((?:\d+|one|two|three|six|twelve)\s+\p{L}+\b[^.!?]*)$/u.exec(rest) : null;
    if (tail && wordCount(tail[2]!) <= 10 && DURATION_START.test(`${tail[2]!.replace(/^(\S+\s+\S+).*$/, '$1')} X`) && ` ${rest}`.length - found!.index <= tail[2]!.length + 1) {
      cells.set(header[durationCol]!, tail[2]!);
      rest = tail[1]!;
    }
    const m = cells.has(header[durationCol]!) ? null : found;
    if (m) {
      // A range ("30 seconds to 1 year", "1 awr i 2 flynedd"): its first period is the expiry's too.
      const before = ` ${rest}`.slice(0, m.index);
      const from = /\s\d+\s+\p{L}+\s+(?:to|i|[-–])$/u.exec(before);
      const start = from && DURATION_END.test(` ${from[0].trim().replace(/\s+\S+$/, '')}`) ? from.index : m.index;
      // A period loses its full stop ("2 years."); a sentence keeps it ("This cookie expires when you close your browser.").
      const expiry = ` ${rest}`.slice(start).trim();
      cells.set(header[durationCol]!, (wordCount(expiry) >= 5 && /^\p{Lu}/u.test(expiry) ? expiry : expiry.replace(/\.$/, '')) + restartTail);
      rest = ` ${rest}`.slice(0, start).trim();
    }
  }
  // An expiry in other words, after the purpose's last full stop ("… after it is created. Under
  // 100ms"): a short tail that is no sentence is the expiry cell.
  if (durationCol >= 0 && !cells.has(header[durationCol]!)) {
    const tail = /^(.*[.!?]["'’”)]*)\s+(\S+(?:\s+\S+){0,3})$/u.exec(rest);
    if (tail && !/[.!?]$/.test(tail[2]!) && (/\d|^(?:under|less|until|nes|hyd|pan|when)\b/i.test(tail[2]!) || /^(?:no (?:explicit |set |fixed )?expir(?:y|ation)(?: date)?|(?:browser )?session(?: duration| length| only)?)$/i.test(tail[2]!))) {
      cells.set(header[durationCol]!, tail[2]!);
      rest = tail[1]!;
    }
  }
  // An expiry the copy cut short ("… exit from a site When y", "… “_gat_XYZ” 10 mu"): a
  // capitalised "When" / "Until" after a word, or a number, then a fragment of a word.
  if (durationCol >= 0 && !cells.has(header[durationCol]!)) {
    const cut = /\s((?:When|Until|Pan|Nes|Ar)\s+\p{Ll}{1,3}|\d+\s+\p{Ll}{1,3})$/u.exec(rest);
    if (cut) {
      cells.set(header[durationCol]!, cut[1]!);
      rest = rest.slice(0, cut.index).trim();
    }
  }
  const providerCol = lower.findIndex((h) => /provider|software|service|domain|darparwr|fannau|parth|^(?:used|set) by$/.test(h));
  // The provider between the purpose and the expiry ("Name Purpose Used by Expiry period" / "… for
  // analytical purposes. Google Analytics 2 years"): the capitalised words after the purpose's last full stop.
  const between = providerCol > 1 && providerCol === durationCol - 1 ? /^(.*[.!?)]["'’”]*)\s+(\p{Lu}[\w.&-]*(?:\s+\p{Lu}[\w.&-]*){0,3})$/u.exec(rest) : null;
  if (between) {
    cells.set(header[providerCol]!, between[2]!);
    rest = between[1]!;
  }
  if (providerCol === 1) {
    // "Used by" names a provider in capitals that may run to two words ("Google Analytics Stores a
    // number …"): the capitalised run, less its last word when a small-letter word follows it (that
    // word opens the purpose's sentence: "Cloudflare Used by the content network").
    const run = /^(?:\p{Lu}[\w.&-]*\s+){1,3}/u.exec(`${rest} `)?.[0].trim().split(/\s+/) ?? [];
    const after = rest.split(/\s+/)[run.length] ?? '';
    const words = /by$/.test(lower[1]!) && run.length >= 2 && /^\p{Ll}/u.test(after) ? run.slice(0, -1) : [];
    // (The site itself is named in two words: "XSRF-TOKEN This site Cross-site request forgery protection …".)
    const own = /^(?:this (?:site|website)|our (?:site|website)|first[- ]party|y wefan hon|ein gwefan|parti cyntaf)(?=\s|$)/i.exec(rest)?.[0];
    const provider = own ?? (words.length ? words.join(' ') : rest.split(/\s+/)[0]!);
    cells.set(header[providerCol]!, provider);
    rest = rest.slice(provider.length).trim();
  }
  const out = header.map((h, k) => (k === 0 ? name : cells.get(h) ?? ''));
  const purposeCol = lower.findIndex((h, k) => k > 0 && !cells.has(header[k]!) && !/type|category|math/.test(h));
  if (purposeCol > 0) out[purposeCol] = rest;
  return out;
}

/** A "---|---" rule line of a pipe table. */
const RULE_LINE = /^[\s|:-]+$/;

/** A line that is one cell of a pipe table and its separator ("_ga |", "2 years |"): a row copied one cell a line. */
// (One run of [^|]*, so that a long line without a pipe is rejected in linear time.)
const PIPE_CELL = /^(?=\s*[^\s|])[^|]*\s\|$/;

/**
 * The rows of a pipe table from its lines. Each line is a row, unless the table was copied with
 * its rows broken over several lines at the cells' separators: one cell a line ("Cookie Name |" /
 * "Expiration Time |" / "Description |" / "_ga |" / "2 years |" / …), or two lines a row
 * ("Google Analytics | _utma _utmb _utmc _utmz |" / "Defnyddir y cwcis hyn … | Cliciwch yma … |").
 * Then the lines are taken together until they fill the header's width; a line that opens with a
 * cookie's name while the row has one already starts the next row. With no header row (one cell
 * a line from the start), the header is the cells before the first cookie name, and most rows must
 * start with a name, or it is not read as a table. Undefined when the lines are no table.
 */
function pipeRows(lines: string[][]): string[][] | undefined {
  if (!lines.length) return undefined;
  let head = lines[0]!;
  let rest = lines.slice(1);
  // A domain ("nbt.nhs.uk", "Addtoany.com") or a type ("HTTP") in a "Provider" or "Type" cell has a name's marks but starts no row.
  const isName = (c: string) => (COOKIE_LIKE.test(c) || CAMEL.test(c)) && !HOST_NAME.test(c) && !/^HTTPS?$/i.test(c);
  if (head.length < 2) {
    const cells = lines.flat();
    // The header: its column names ("Name |" / "Purpose |" / "Expires |"), or the cells before the first name.
    let h = 0;
    while (h < Math.min(cells.length, 6) && COLUMN_CELL.test(cells[h]!)) h++;
    if (h < 2 || !cells.slice(0, h).some((c) => NAME_CELL.test(c) || /^(?:cookies?|cwcis?)$/i.test(c))) h = cells.findIndex(isName);
    if (h < 2 || h > 6 || !cells.slice(0, h).every((c) => wordCount(c) <= 4 && !/\d/.test(c) && !TERMINAL.test(c))) return undefined;
    head = cells.slice(0, h);
    rest = cells.slice(h).map((c) => [c]);
  }
  const width = head.length;
  const rows: string[][] = [head];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) rows.push(pending);
    pending = [];
  };
  for (const cells of rest) {
    // Cells one a line, a caption row across the table closed by "||" ("Cookie Preference, functional |" /
    // "||" / "CookieControl |" / …): the caption alone in its row, the next row starting after it.
    if (cells.length === 1 && cells[0] === '||') {
      if (pending.length === 1 && !isName(pending[0]!)) {
        rows.push([pending[0]!, ...Array.from({ length: width - 1 }, () => '')]);
        pending = [];
        continue;
      }
      cells[0] = '';
    }
    // A line that opens with a name while the row has one already is the next row.
    const named = (r: string[]) => r.some((c) => isName(c));
    if (pending.length && (pending.length + cells.length > width || (isName(cells[0] ?? '') && named(pending)))) flush();
    if (!pending.length && cells.length >= width) {
      rows.push(cells);
      continue;
    }
    pending.push(...cells);
    if (pending.length >= width) flush();
  }
  flush();
  if (lines[0]!.length < 2) {
    // A cell may name several ("ROUTEID-deptbal-@@@, ROUTEID-lucee@@@"): its first name counts.
    const named = rows.slice(1).filter((r) => isName((r[0] ?? '').split(/,\s*/)[0]!));
    if (named.length < 2 || named.length < Math.ceil((rows.length - 1) / 2)) return undefined;
  }
  return rows;
}

/** Whether a line is a table row: two or more tab-separated cells, or "a | b | c". */
export function isTableRow(text: string): boolean {
  return /\S\t+\S/.test(text) || (text.match(/\s\|\s|\s\|$|^\|\s/g)?.length ?? 0) >= 2;
}

function cellsOf(text: string): string[] {
  // Two tabs in a row are an empty cell (a cookie with no purpose given), not one separator.
  const cells = /\t/.test(text) ? text.replace(/^\t+|\t+$/g, '').split('\t') : text.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|');
  return cells.map((c) => c.trim());
}
