/**
 * Structured facts read from the notice's own words, filled only where the text is clear:
 * controller, contact cards, lawful bases, legislation, retention, rights, recipients, the
 * complaint route, transfers, automated decisions, glossary entries. Each guess is noted.
 */
import type {
  ContactCard, Id, LawfulBasis, LegalRef, Notice, Party, Purpose, Retention, RightKind, Rights, Term,
} from '../config/notice-model.js';
import { findArt6, findArt9, findLegislation, findSchedule1 } from './legal.js';
import { findDetails, IdPool, isPersonName, POSTCODE, slug } from './patterns.js';
import type { NoteBook } from './notes.js';
import { sentences, type Segment } from './segments.js';

/** The facts filled from the text. */
export interface Facts {
  organisation: { id: Id; name?: string; shortName?: string; publicAuthority?: boolean };
  parties: Party[];
  contacts: ContactCard[];
  purposes: Purpose[];
  bases: LawfulBasis[];
  legislation: LegalRef[];
  retention: Retention[];
  rights: Rights;
  adm: Notice['adm'];
  transfers: Notice['transfers'];
  complaints?: Notice['complaints'];
  ndoo?: Notice['ndoo'];
  children?: Notice['children'];
  cookies?: Notice['cookies'];
  processors?: Notice['processors'];
  glossary: Term[];
}

export interface FactsInput {
  segments: Segment[];
  sections: { id: Id; heading: string; topic: string }[];
  notes: NoteBook;
  ids: IdPool;
  /** Given on the command line: wins over the name found in the text. */
  organisationName?: string;
  /** Abbreviations and terms the built-in glossary already explains (lower case). */
  knownTerms: Set<string>;
}

/** Reads every fact the importer knows how to find. */
export function extractFacts(input: FactsInput): Facts {
  const glossary = extractGlossary(input);
  const organisation = extractOrganisation(input, glossary);
  const contacts = extractContacts(input);
  const legislation = extractLegislation(input);
  const bases = extractBases(input, legislation);
  const facts: Facts = {
    organisation,
    parties: extractRecipients(input),
    contacts,
    purposes: extractPurposes(input, bases),
    bases,
    legislation,
    retention: extractRetention(input, legislation),
    rights: extractRights(input),
    adm: extractAdm(input),
    transfers: extractTransfers(input),
    glossary,
  };
  const complaints = extractComplaints(input, contacts);
  if (complaints) facts.complaints = complaints;
  Object.assign(facts, extractStatements(input));
  return facts;
}

// ---------------------------------------------------------------------------------------------
// Glossary: "Long Name (ACR)", "ACR is the Long Name", "Term (ACR: explanation)".

const CONNECTORS = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', '&', 'at', 'with']);

/** The expansion of `abbr` at the end of `before` ("…use the Individual Placement and Support" + "IPS"). */
export function expansionBefore(before: string, abbr: string): string | undefined {
  const target = abbr.replace(/\s+/g, '').toLowerCase();
  const tokens = before.trimEnd().split(/\s+/).slice(-12).map((t) => t.replace(/^[("'‘“]+|[,;:"'’”]+$/g, ''));
  for (let k = 1; k <= tokens.length; k++) {
    const cand = tokens.slice(-k);
    if (!cand[0] || CONNECTORS.has(cand[0].toLowerCase())) continue;
    const initials = (keepConnectors: boolean) =>
      cand
        .filter((w) => keepConnectors || !CONNECTORS.has(w.toLowerCase()))
        .map((w) => (/^[A-Z]{2,}$/.test(w) ? w : w.split('-').map((p) => p[0] ?? '').join('')))
        .join('')
        .toLowerCase();
    for (const variant of [initials(false), initials(true)]) {
      if (variant === target || (variant.length === target.length + 1 && variant.startsWith(target) && k >= 4)) return cand.join(' ');
    }
  }
  return undefined;
}

function extractGlossary({ segments, notes, knownTerms }: FactsInput): Term[] {
  const terms: Term[] = [];
  const seen = new Set<string>();
  const ACRONYM = /\(([A-Z][A-Za-z&]{1,9}(?: [A-Z]{2,8})?)(?:\s*[:;–-]\s*([^()]{3,120}))?\)/g;
  const ACR_IS = /\b([A-Z]{2,8}) (?:is|stands for) (?:the )?((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|the|in|on)\s+)*){1,8})/g;
  for (const seg of segments) {
    const add = (abbr: string, long: string, explanation?: string) => {
      const key = abbr.toLowerCase();
      if (seen.has(key) || knownTerms.has(key) || knownTerms.has(long.toLowerCase())) return;
      seen.add(key);
      terms.push({ id: `term-${slug(abbr)}`, term: long, abbr, definition: explanation ? `${long}: ${explanation}` : long, from: 'notice' });
    };
    for (const m of seg.text.matchAll(ACRONYM)) {
      if (/^[A-Z][a-z]+$/.test(m[1]!)) continue; // "(Please", "(Updated": a word, not an abbreviation
      const long = expansionBefore(seg.text.slice(0, m.index), m[1]!);
      if (long) add(m[1]!, long, m[2]?.trim());
    }
    for (const m of seg.text.matchAll(ACR_IS)) {
      const long = m[2]!.trim();
      if (expansionBefore(long, m[1]!) === long) add(m[1]!, long);
    }
  }
  if (terms.length) {
    notes.add('notice', 'inferred', `${terms.length} abbreviation${terms.length === 1 ? '' : 's'} (${terms.map((t) => t.abbr).join(', ')}) added to the glossary with the expansion the notice gives as the definition. Write a plain-English definition where the expansion is not enough.`);
  }
  return terms;
}

// ---------------------------------------------------------------------------------------------
// The controller.

const CONTROLLER = /(?:^|[.;:]\s+|,\s+)((?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.()-]*|and|of|for|the|in|&)){0,10})\s+(?:is|are|acts as|will be)\s+(?:(?:identified|classed|registered|known) as\s+)?(?:the\s+|a\s+|an\s+)?(?:joint\s+)?(?:\*\*)?[Dd]ata [Cc]ontroller/;
const PUBLIC_BODY = /\bNHS\b|Council|Integrated Care (?:Board|System)|\bICB\b|Clinical Commissioning|\bCCG\b|\bTrust\b|Police|Authority|\bDepartment\b|Borough|County|Fire and Rescue|University|College|School|Academy|Surgery|Medical (?:Centre|Practice)|Health Centre|GP Practice/;

function extractOrganisation({ segments, notes, organisationName }: FactsInput, glossary: Term[]): Facts['organisation'] {
  let name = organisationName?.trim();
  let shortName: string | undefined;
  let at: Id = 'notice';
  if (!name) {
    for (const seg of segments) {
      const m = CONTROLLER.exec(seg.text);
      if (!m) continue;
      let found = m[1]!.trim();
      if (/^(?:We|I|You|They|It|This|That|Which|Who)$/i.test(found) || found.split(/\s+/).length > 10) continue;
      if (/^the\s+/i.test(found)) {
        shortName = found.replace(/^The/, 'the');
        found = found.replace(/^the\s+/i, '');
      }
      const expanded = glossary.find((t) => t.abbr === found);
      if (expanded) {
        shortName = shortName ?? found;
        found = expanded.term;
      }
      name = found;
      at = seg.at;
      notes.add(at, 'inferred', `The controller "${name}" was read from "${m[0].replace(/^[.;:,]\s+/, '').trim()}". Check the organisation's full legal name.`);
      break;
    }
  }
  const organisation: Facts['organisation'] = { id: name ? slug(name).slice(0, 40) || 'organisation' : 'organisation' };
  if (name) organisation.name = name;
  if (shortName) organisation.shortName = shortName;
  if (name && PUBLIC_BODY.test(name)) {
    organisation.publicAuthority = true;
    notes.add(at, 'inferred', `"${name}" looks like a public authority (NHS body, council, police, school…): "publicAuthority" set, so a Data Protection Officer is required. Unset it if that is wrong.`);
  }
  return organisation;
}

// ---------------------------------------------------------------------------------------------
// Contact cards.

const ROLES: { role: ContactCard['role']; pattern: RegExp }[] = [
  { role: 'dpo', pattern: /Data Protection Officer|\bDPO\b/g },
  { role: 'caldicott-guardian', pattern: /Caldicott Guardian/gi },
  { role: 'siro', pattern: /Senior Information Risk Owner|\bSIRO\b/g },
  { role: 'regulator', pattern: /Information Commissioner|\bICO\b/g },
  { role: 'ig-team', pattern: /Information Governance|Data Protection Team|Privacy Team|\bIG Team\b/gi },
  { role: 'executive', pattern: /Managing Director|Chief Executive|Chief Officer|Chief Operating Officer|Medical Director|Director of [A-Z]\w+/g },
  { role: 'complaints', pattern: /\bcomplain\w*|Patient Experience|\bPALS\b|Patient Advice and Liaison|Customer Services?|Feedback Team/gi },
];

interface Mention { role: ContactCard['role']; index: number; label: string; person?: string }

const PERSON_AFTER = /^(?:\s*\([A-Z]{2,6}\))?\s*(?:is|:|-|–|—|,|\|)\s+((?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})/;
const TEAM_NAME = /\b((?:[A-Z][\w&'’-]*\s+){1,4}(?:Team|Service|Office|Department|Unit|Hub|Helpdesk|Desk))\b/;
const FORM_NAME = /\b((?:[A-Z][\w&'’-]*\s+){1,5}Form)\b/g;

function mentionsIn(text: string): Mention[] {
  const out: Mention[] = [];
  for (const { role, pattern } of ROLES) {
    for (const m of text.matchAll(pattern)) {
      const mention: Mention = { role, index: m.index, label: m[0] };
      const person = PERSON_AFTER.exec(text.slice(m.index + m[0].length))?.[1];
      if (person && isPersonName(person)) mention.person = person;
      out.push(mention);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

class Cards {
  readonly list: ContactCard[] = [];
  readonly #ids: IdPool;
  /** Where each card was found, for notes and the complaint route. */
  readonly sectionOf = new Map<Id, Id>();

  constructor(ids: IdPool) {
    this.#ids = ids;
  }

  readonly #byRole = new Map<string, ContactCard[]>();

  /** The card for a role (one per role and person; service cards per label). */
  card(role: ContactCard['role'], at: Id, label?: string, person?: string): ContactCard {
    const labelled = role === 'service' || role === 'other' || role === 'controller';
    const key = labelled && label ? `${role}\u0000${label}` : role;
    const existing = (this.#byRole.get(key) ?? (labelled && !label ? this.#byRole.get(role) ?? this.list.filter((c) => c.role === role).slice(0, 1) : [])).find((c) => {
      if (c.role !== role) return false;
      if (role === 'service' || role === 'other' || role === 'controller') return (c.roleLabel ?? '') === (label ?? '') || !label;
      return !person || !c.person || c.person === person;
    });
    if (existing) {
      if (person && !existing.person) existing.person = person;
      if (label && !existing.roleLabel) existing.roleLabel = label;
      return existing;
    }
    const card: ContactCard = { id: this.#ids.take(role === 'service' && label && !label.startsWith('@') ? slug(label) : role), role };
    if (label) card.roleLabel = label;
    if (person) card.person = person;
    this.list.push(card);
    const same = this.#byRole.get(key);
    if (same) same.push(card);
    else this.#byRole.set(key, [card]);
    this.sectionOf.set(card.id, at);
    return card;
  }
}

function addDetail(card: ContactCard, kind: 'email' | 'phone' | 'url', text: string, value: string): void {
  if (kind === 'email') {
    card.emails ??= [];
    if (!card.emails.includes(text)) card.emails.push(text);
  } else if (kind === 'phone') {
    card.phones ??= [];
    if (!card.phones.some((p) => p.number.replace(/\D/g, '') === text.replace(/\D/g, ''))) card.phones.push({ number: text });
  } else {
    card.web ??= [];
    if (!card.web.some((w) => w.href === value)) card.web.push({ href: value, text });
  }
}

function extractContacts({ segments, ids, notes }: FactsInput): ContactCard[] {
  const cards = new Cards(ids);
  let lineCard: ContactCard | undefined;
  let lineEnd = -1;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    // A contact block: consecutive short lines (an address ending in a postcode, or "Data
    // Protection Officer / Jane Smith / Email: … / Tel: …"), read as one card.
    if (seg.kind === 'line') {
      let j = i;
      while (j < segments.length && segments[j]!.kind === 'line' && segments[j]!.group === seg.group) j++;
      const lines = segments.slice(i, j).map((s) => s.text);
      const postcodeLine = lines.findIndex((l) => POSTCODE.test(l));
      const mention = lines.flatMap((l) => mentionsIn(l)).find((m) => m.role !== 'complaints') ?? mentionsIn(lines[0]!)[0];
      const hasDetails = lines.some((l) => findDetails(l).length);
      if (postcodeLine >= 0 || (hasDetails && (mention || lines.some((l) => isPersonName(l))))) {
        i = j - 1;
        if (mention?.role === 'regulator') {
          // The ICO's own address: the built-in ICO card carries it.
          lineCard = undefined;
          continue;
        }
        const labelLine = mention ? lines.findIndex((l) => mentionsIn(l).length) : -1;
        const person = mention?.person ?? lines.find((l) => isPersonName(l));
        const role = mention ? mention.role : postcodeLine >= 0 ? 'controller' : 'service';
        const label = mention && mention.role === 'ig-team' ? lines[labelLine] : !mention && postcodeLine < 0 ? lines[0] : undefined;
        const card = cards.card(role, seg.at, label ?? (role === 'service' ? `@${seg.at}` : undefined), person);
        if (card.roleLabel?.startsWith('@')) delete card.roleLabel;
        if (postcodeLine >= 0) {
          const addressLines = lines.filter((l, k) => k !== postcodeLine && k !== labelLine && l !== person && !findDetails(l).length && !/^(?:tel|telephone|phone|email|e-mail|fax|web(?:site)?)\b/i.test(l));
          const postcode = POSTCODE.exec(lines[postcodeLine]!)![0];
          const rest = lines[postcodeLine]!.replace(postcode, '').replace(/[,\s]+$/, '').trim();
          if (rest) addressLines.push(rest);
          card.address = { lines: addressLines, postcode };
        }
        for (const l of lines) for (const d of findDetails(l)) addDetail(card, d.kind, d.text, d.value);
        lineCard = card;
        lineEnd = j;
        continue;
      }
    }
    const details = findDetails(seg.text);
    const mentions = mentionsIn(seg.text);
    // "Telephone - 01206 833000" straight after an address block belongs to that card.
    if (lineCard && i === lineEnd && details.length && !mentions.length && /^(?:Tel(?:ephone)?|Phone|Email|E-mail|Fax|Web(?:site)?|Mobile)\b/i.test(seg.text)) {
      for (const d of details) addDetail(lineCard, d.kind, d.text, d.value);
      lineEnd = i + 1;
      continue;
    }
    // A named role holder without details ("Caldicott Guardian - Jayne Hiley").
    for (const mention of mentions) {
      if (mention.person && mention.role !== 'regulator' && mention.role !== 'complaints') {
        cards.card(mention.role, seg.at, undefined, mention.person);
      }
    }
    if (!details.length) {
      inlineAddress(seg, mentions, cards);
      continue;
    }
    const intro = seg.kind === 'item' ? seg.intro : segments[i - 1]?.at === seg.at && /:$/.test(segments[i - 1]!.text) ? segments[i - 1]!.text : undefined;
    const introMention = intro ? mentionsIn(intro).pop() : undefined;
    // A role word inside an address ("make-a-complaint") is not a mention.
    const spoken = mentions.filter((m) => !details.some((d) => m.index >= d.start && m.index < d.end));
    // A web address alone ("Essex Police – www.essex.police.uk" in a list of recipients) is not a
    // contact card unless the text is about contacting someone.
    const contactish = seg.topic === 'contacts' || seg.topic === 'complaints' || spoken.length > 0 || !!introMention;
    for (const d of details) {
      if (d.kind === 'url' && !contactish) continue;
      const before = spoken.filter((m) => m.index < d.start).pop();
      const owner = before ?? spoken[0] ?? introMention;
      if (owner?.role === 'regulator') continue; // the built-in ICO card carries the regulator's details
      let card: ContactCard;
      if (owner) card = cards.card(owner.role, seg.at, owner.role === 'ig-team' ? owner.label : undefined, owner.person);
      else {
        const lead = seg.text.slice(0, details[0]!.start).trim();
        const team = TEAM_NAME.exec(seg.text)?.[1]?.replace(/^(?:The|Our)\s+/, '');
        const label = lead && lead.split(/\s+/).length <= 8 && !/[.:]$/.test(lead) && !/^(?:email|e-mail|tel|telephone|phone|call|or|by|contact)\b/i.test(lead) ? lead.replace(/\s*[-–:]$/, '') : team;
        // Unnamed service contacts are kept apart per section, not merged across the notice.
        card = cards.card(seg.topic === 'complaints' ? 'complaints' : 'service', seg.at, label ?? (seg.topic === 'complaints' ? undefined : `@${seg.at}`));
        if (card.roleLabel?.startsWith('@')) delete card.roleLabel;
      }
      addDetail(card, d.kind, d.text, d.value);
      for (const f of seg.text.matchAll(FORM_NAME)) {
        card.forms ??= [];
        const name = f[1]!.replace(/^(?:The|Our|A)\s+/, '');
        if (!card.forms.some((x) => x.name === name)) card.forms.push({ name });
      }
    }
    inlineAddress(seg, mentions, cards);
  }
  if (cards.list.length) {
    notes.add('notice', 'inferred', `${cards.list.length} contact card${cards.list.length === 1 ? '' : 's'} (${cards.list.map((c) => c.roleLabel ?? c.role).join(', ')}) built from the contact details in the text. Check each role and that no detail was attached to the wrong one.`);
  }
  return cards.list;
}

/** "You can write to us at Humankind, Inspiration House, Unit 22 Bowburn North Industrial Estate DH6 5PF." */
function inlineAddress(seg: Segment, mentions: Mention[], cards: Cards): void {
  const m = /(?:\b(?:write|writing) to\b(?:\s+(?:us|them|the [\w ]+?))?(?:\s+at)?|\baddress(?: is)?|\bpost(?:al address)?|\bby post (?:to|at)|\bsend (?:it|them|a letter) to)\s*:?\s+([^.]{5,160}?)\s*,?\s*([A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2})\b/.exec(seg.text);
  if (!m) return;
  const owner = mentions.filter((x) => x.index < m.index && x.role !== 'regulator').pop();
  const card = cards.card(owner?.role ?? 'controller', seg.at, owner?.label);
  if (card.address) return;
  card.address = { lines: m[1]!.split(/\s*,\s*/).filter(Boolean), postcode: m[2]! };
}

// ---------------------------------------------------------------------------------------------
// Complaints.

function extractComplaints({ segments }: FactsInput, contacts: ContactCard[]): Notice['complaints'] | undefined {
  // The ICO named in a complaints section, else in a sentence about complaining.
  const ico = segments.filter((s) => /Information Commissioner|\bICO\b/.test(s.text) || /Information Commissioner|\bICO\b/.test(s.intro ?? ''));
  const at =
    ico.find((s) => s.topic === 'complaints')?.at ??
    ico.find((s) => /complain|concerns?\b|lodge|unhappy|dissatisfied|not satisfied/i.test(`${s.text} ${s.intro ?? ''}`))?.at;
  if (!at) return undefined;
  const complaints: NonNullable<Notice['complaints']> = { regulator: 'ico', at };
  const own = contacts.filter((c) => c.role === 'complaints').map((c) => c.id);
  if (own.length) complaints.controller = { contacts: own };
  return complaints;
}

// ---------------------------------------------------------------------------------------------
// Legislation and lawful bases.

function extractLegislation({ segments, ids, notes }: FactsInput): LegalRef[] {
  const refs: LegalRef[] = [];
  const add = (found: { title: string; section?: string; kind: LegalRef['kind'] }) => {
    if (refs.some((r) => r.title === found.title && r.section === found.section)) return;
    const ref: LegalRef = { id: ids.take(slug(`${found.title} ${found.section ?? ''}`)), title: found.title, kind: found.kind };
    if (found.section) ref.section = found.section;
    refs.push(ref);
  };
  for (const seg of segments) {
    for (const found of findLegislation(seg.text)) {
      // "NHS Act 2006:" followed by items "14Z34 Duty as to …": one reference per section.
      const sections = seg.kind === 'item' && /:\s*$/.test(seg.text) ? (seg.children ?? []).filter((c) => /^\d+[A-Z]*\d*\b/.test(c)) : [];
      if (sections.length) for (const s of sections) add({ ...found, section: s.replace(/[.;]$/, '') });
      else add(found);
      if (found.slip) {
        notes.add(seg.at, 'possible-error', `"${found.title}": no Act of that name has that year (perhaps the ${found.slip}?). Wording kept as written; confirm with the privacy officer.`);
      }
    }
  }
  return refs;
}

function extractBases({ segments, ids, notes }: FactsInput, legislation: LegalRef[]): LawfulBasis[] {
  const bases: LawfulBasis[] = [];
  const byLetter = new Map<string, LawfulBasis>();
  const ART6_IDS: Record<LawfulBasis['art6'], string> = {
    a: 'consent', b: 'contract', c: 'legal-obligation', d: 'vital-interests', e: 'public-task', ea: 'recognised-legitimate-interest', f: 'legitimate-interests',
  };
  const pendingArt9: { at: Id; letters: NonNullable<LawfulBasis['art9']>; schedule: NonNullable<LawfulBasis['dpaSchedule1']> }[] = [];
  for (const seg of segments) {
    const found = findArt6(seg.text, seg.strong);
    for (const f of found) {
      if (byLetter.has(f.letter)) continue;
      const basis: LawfulBasis = { id: ids.take(ART6_IDS[f.letter]), art6: f.letter, at: seg.at };
      const sentence = sentences(seg.text).find((s) => s.includes(f.written)) ?? seg.text;
      if (/^\s*(?:Art(?:icle)?\s*)?6\s*\(/.test(seg.text) && seg.text.length <= 400) basis.label = seg.text;
      if (f.letter === 'f') basis.legitimateInterest = sentence;
      if (seg.topic === 'lawful-basis') {
        const cited = legislation.filter((l) => segments.some((s) => s.at === seg.at && s.text.includes(l.title))).map((l) => l.id);
        if (cited.length) basis.legislation = cited;
      }
      byLetter.set(f.letter, basis);
      bases.push(basis);
      notes.add(seg.at, 'inferred', `Lawful basis Article 6(1)(${f.letter}) read from "${f.written}".${f.letter === 'f' ? ' Its legitimate interest is taken from the sentence that names it: check it says what the interest is.' : ''}`);
    }
    const art9 = findArt9(seg.text);
    const schedule = findSchedule1(seg.text).map(({ part, para, title }) => ({ part, para, title }));
    if (art9.length || schedule.length) pendingArt9.push({ at: seg.at, letters: art9, schedule });
  }
  // Article 9 and Schedule 1 conditions go with the Article 6 basis of their section, else the first one.
  for (const p of pendingArt9) {
    const basis = bases.find((b) => b.at === p.at) ?? bases[0];
    if (!basis) {
      notes.add(p.at, 'missing-content', `Article 9 or Schedule 1 conditions are cited here (${[...p.letters.map((l) => `Art 9(2)(${l})`), ...p.schedule.map((s) => `Sch 1 para ${s.para}`)].join(', ')}) but no Article 6 basis was found to attach them to.`);
      continue;
    }
    for (const letter of p.letters) {
      basis.art9 ??= [];
      if (!basis.art9.includes(letter)) basis.art9.push(letter);
    }
    for (const s of p.schedule) {
      basis.dpaSchedule1 ??= [];
      if (!basis.dpaSchedule1.some((x) => x.para === s.para)) basis.dpaSchedule1.push(s);
    }
    if (basis.at !== p.at) notes.add(p.at, 'inferred', `Article 9 / Schedule 1 conditions here were attached to the Article 6(1)(${basis.art6}) basis found in another section. Check the pairing.`);
  }
  return bases;
}

function extractPurposes({ segments, ids, notes }: FactsInput, bases: LawfulBasis[]): Purpose[] {
  const purposes: Purpose[] = [];
  const INTRO = /\b(?:use|process|collect|hold)\b[^.:]{0,60}\b(?:information|data|details)\b[^.:]{0,30}\b(?:to|for)\s*:\s*$|\bfor the following purposes\s*:\s*$|\bin order to\s*:\s*$/i;
  for (const seg of segments) {
    if (seg.kind !== 'item' || !seg.intro || !INTRO.test(seg.intro)) continue;
    const label = seg.text.replace(/[.;,]$/, '').trim();
    if (!label || label.split(/\s+/).length > 25) continue;
    const purpose: Purpose = { id: ids.take(`purpose-${slug(label).split('-').slice(0, 3).join('-')}`), label, bases: [], at: seg.at };
    purposes.push(purpose);
  }
  // In a section about purposes: "We use your information to assess your needs and arrange care."
  const USE_SENTENCE = /^(?:We|The \w+(?: \w+)?) (?:will |may |also )?(?:use|process|need|collect) (?:your|this|the|personal) (?:personal )?(?:information|data|details)(?: about you)? (?:to|for|so that we can|in order to) ([^.:;]{8,200})\.$/;
  for (const seg of segments) {
    if (seg.topic !== 'purposes' || (seg.kind !== 'p' && seg.kind !== 'item')) continue;
    for (const sentence of sentences(seg.text)) {
      const m = USE_SENTENCE.exec(sentence.trim());
      if (!m || purposes.some((p) => p.label === m[1])) continue;
      purposes.push({ id: ids.take(`purpose-${slug(m[1]!).split('-').slice(0, 3).join('-')}`), label: m[1]!.trim(), bases: [], at: seg.at });
    }
  }
  // "We use the lawful basis of Legitimate Interests to provide you with the service."
  const BASIS_PURPOSE = /\b(?:lawful|legal) basis(?: of)?:? (?:the )?(?:Legitimate Interests?|Public Task|Legal Obligation|Vital Interests?|Consent|Contract)\b,? to ([^.:;]{8,200})\./i;
  for (const seg of segments) {
    for (const sentence of sentences(seg.text)) {
      const m = BASIS_PURPOSE.exec(sentence);
      if (!m) continue;
      const found = findArt6(sentence)[0];
      const basis = found && bases.find((b) => b.art6 === found.letter);
      if (!basis) continue;
      const label = m[1]!.trim();
      if (label.split(/\s+/).length > 30 || purposes.some((p) => p.label === label)) continue;
      purposes.push({ id: ids.take(`purpose-${slug(label).split('-').slice(0, 3).join('-')}`), label, bases: [basis.id], at: seg.at });
      notes.add(seg.at, 'inferred', `Purpose "${label}" read from "${clip(sentence, 100)}", with the basis it names.`);
    }
  }
  if (purposes.some((p) => !p.bases.length)) {
    const only = bases.length === 1 ? bases[0] : undefined;
    const listed = purposes.filter((p) => !p.bases.length);
    if (only) for (const p of listed) p.bases.push(only.id);
    notes.add(
      listed[0]!.at ?? 'notice',
      'inferred',
      `${listed.length} purpose${listed.length === 1 ? '' : 's'} (${listed.map((p) => `"${clip(p.label, 60)}"`).join(', ')}) read from what the notice says it uses the information for.${only ? ` All linked to the only lawful basis found (Article 6(1)(${only.art6})).` : ' Link each to its lawful basis.'}`,
    );
  }
  return purposes;
}

// ---------------------------------------------------------------------------------------------
// Retention.

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};
const PERIOD = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty(?:-five)?|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s+(years?|months?)\s+(?:from|after|following|since)\s+([^.;]{3,120})/gi;

function extractRetention({ segments, ids, notes }: FactsInput, legislation: LegalRef[]): Retention[] {
  const out: Retention[] = [];
  for (const seg of segments) {
    for (const m of seg.text.matchAll(PERIOD)) {
      const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const from = m[3]!.trim();
      const entry: Retention = { id: ids.take('retention'), period: /^month/i.test(m[2]!) ? { months: n, from } : { years: n, from }, at: seg.at };
      if (/under review/i.test(seg.text)) entry.underReview = true;
      out.push(entry);
      notes.add(seg.at, 'inferred', `Retention period "${m[0].trim()}" read as ${n} ${m[2]!.toLowerCase()} from "${from}".`);
    }
  }
  if (!out.length) {
    const seg = segments.find((s) => s.topic === 'retention' && s.kind !== 'cell' && s.text.split(/\s+/).length >= 6);
    if (seg) {
      const entry: Retention = { id: ids.take('retention'), criteria: seg.text, at: seg.at };
      const policy = legislation.find((l) => seg.text.includes(l.title));
      if (policy) entry.policy = policy.id;
      if (/under review/i.test(seg.text)) entry.underReview = true;
      out.push(entry);
      notes.add(seg.at, 'inferred', 'No retention period in years or months was found: the first paragraph of this section is recorded as the retention criteria. Check that it says how long data is kept.');
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rights.

const RIGHT_KINDS: [RightKind, RegExp][] = [
  ['withdraw-consent', /withdraw/i],
  ['automated-decisions', /automated|profiling/i],
  ['portability', /portab/i],
  ['erasure', /\beras|\berase|\bdelet|forgotten/i],
  ['rectification', /rectif|correct|inaccurate|incomplete/i],
  ['restriction', /restrict|suppress/i],
  ['object', /\bobject(?:s|ing|ion)?\b/i],
  ['access', /\baccess\b|copy of/i],
  ['informed', /\binformed\b/i],
  ['complain', /complain/i],
];

/** The right a line states ("The right to erasure – …", "to object to…", "Access: …"), if any. */
export function rightKind(text: string): RightKind | undefined {
  return RIGHT_KINDS.find(([, pattern]) => pattern.test(text))?.[0];
}

function extractRights({ segments, notes }: FactsInput): Rights {
  const rights: Rights = { items: [] };
  for (const seg of segments) {
    const inRights = seg.topic === 'rights' || /\brights?\b/i.test(seg.intro ?? '');
    if (!inRights) continue;
    const statement =
      seg.kind === 'item' ||
      seg.kind === 'dl' ||
      ((seg.kind === 'p' || seg.kind === 'line') &&
        seg.text.split(/\s+/).length <= 25 &&
        /^(?:you (?:also )?have (?:the|a)\s+)?(?:the\s+)?(?:right|to\b|of\b|not to\b)/i.test(seg.text));
    if (!statement) {
      // "You have the right to ask for a copy of your information, to have it corrected, and to
      // object…": every right a sentence about rights names.
      if (seg.kind !== 'p' || seg.topic !== 'rights') continue;
      for (const sentence of sentences(seg.text)) {
        if (!/\bright(?:s)?\b|^you (?:can|may|are entitled to|could)\b/i.test(sentence) || sentence.split(/\s+/).length > 60) continue;
        for (const [kind, pattern] of RIGHT_KINDS) {
          if (!pattern.test(sentence) || rights.items.some((r) => r.kind === kind)) continue;
          rights.items.push({ kind, label: sentence });
          rights.at ??= seg.at;
        }
      }
      continue;
    }
    const kind = rightKind(seg.kind === 'dl' ? seg.term! : seg.text) ?? (seg.kind === 'dl' ? rightKind(seg.text) : undefined);
    if (!kind || rights.items.some((r) => r.kind === kind)) continue;
    const item: Rights['items'][number] = { kind, label: seg.kind === 'dl' ? seg.term! : seg.text };
    if (seg.kind === 'dl' && seg.desc) item.conditions = seg.desc;
    rights.items.push(item);
    rights.at ??= seg.at;
  }
  if (rights.items.length) {
    notes.add(rights.at ?? 'notice', 'inferred', `${rights.items.length} rights recognised (${rights.items.map((r) => r.kind).join(', ')}) from their wording. Check that none is missing or misread.`);
  }
  return rights;
}

// ---------------------------------------------------------------------------------------------
// Recipients: "Essex County Council – www.essex.gov.uk", "Name - https://…" in sharing sections.

function extractRecipients({ segments, ids, notes }: FactsInput): Party[] {
  const parties: Party[] = [];
  const listed = segments.filter((s) => (s.kind === 'item' || s.kind === 'p' || s.kind === 'dl') && (s.topic === 'sharing' || /\bshare|third part|partner|work with/i.test(s.intro ?? '')));
  const NAME_URL = /^(.{3,100}?)\s+[–—-]\s+((?:https?:\/\/|www\.)\S+|\S+\.(?:uk|com|org|net)\S*)$/;
  const lists = new Map<string, Segment[]>();
  for (const seg of listed) {
    if (seg.kind === 'p') continue;
    const key = `${seg.at}\u0000${seg.intro ?? ''}`;
    lists.set(key, [...(lists.get(key) ?? []), seg]);
  }
  for (const seg of listed) {
    const m = NAME_URL.exec(seg.text);
    if (m) {
      const url = findDetails(m[2]!)[0];
      const party: Party = { id: ids.take(slug(m[1]!)), name: m[1]!.trim(), kind: 'organisation', roles: ['recipient'] };
      if (url?.kind === 'url') party.url = url.value;
      parties.push(party);
    }
  }
  // Other short names in the same list as "Name – url" lines are recipients too ("Synnova Business Services Ltd").
  for (const group of lists.values()) {
    if (!group.some((s) => NAME_URL.test(s.text))) continue;
    for (const seg of group) {
      if (NAME_URL.test(seg.text) || seg.text.split(/\s+/).length > 8 || /[.:;]$/.test(seg.text)) continue;
      parties.push({ id: ids.take(slug(seg.text)), name: seg.text, kind: 'organisation', roles: ['recipient'] });
    }
  }
  if (parties.length) {
    notes.add(parties.length ? listed[0]!.at : 'notice', 'inferred', `${parties.length} recipients read from "Name – web address" lines. Their sharing entries (basis, purpose) are not inferred: add them where the notice says.`);
  }
  return parties;
}

// ---------------------------------------------------------------------------------------------
// Automated decisions and transfers.

function extractAdm({ segments, notes }: FactsInput): Notice['adm'] {
  const NEG = /\b(?:do not|don't|does not|doesn't|will not|won't|never|not)\s+(?:use|make|carry out|undertake|employ|subject you to|involve)\s+(?:any\s+)?(?:solely\s+)?automated(?:\s+individual)?\s+decision/i;
  const NO = /\bno (?:solely )?automated(?:\s+individual)? decision|\bnot (?:be )?subject(?:ed)? to (?:any )?automated decision/i;
  const YES = /\b(?:we|the \w+)\s+(?:use|make|carry out|undertake)s?\s+(?:some\s+)?automated(?:\s+individual)?\s+decision/i;
  for (const seg of segments) {
    if (seg.kind === 'item' && seg.topic === 'rights') continue; // the right not to be subject to ADM is not a statement of use
    for (const sentence of sentences(seg.text)) {
      if (NEG.test(sentence) || (NO.test(sentence) && seg.topic !== 'rights')) return { used: false, text: sentence, at: seg.at };
      if (YES.test(sentence)) {
        notes.add(seg.at, 'inferred', 'The notice says automated decisions are made: check that it explains the logic and the consequences.');
        return { used: true, text: sentence, at: seg.at };
      }
    }
  }
  return { used: 'not-stated' };
}

function extractTransfers({ segments }: FactsInput): Notice['transfers'] {
  const OUTSIDE = /\boutside (?:of )?(?:the )?(?:UK|United Kingdom|EEA|European Economic Area|EU)\b/;
  const NEG = /\b(?:do not|don't|does not|doesn't|will not|won't|never|not)\s+(?:be\s+)?(?:transfer|send|store|process|move|share|sent|transferred|stored|processed)/i;
  for (const seg of segments) {
    for (const sentence of sentences(seg.text)) {
      if (!OUTSIDE.test(sentence)) continue;
      if (NEG.test(sentence)) {
        const outsideUk = /\bunless\b[^.]*\bconsent|\bwith(?:out)? your (?:explicit )?consent/i.test(sentence) ? 'only-with-consent' : 'no';
        return { outsideUk, text: sentence, at: seg.at };
      }
      if (/\b(?:may|will|do|does|sometimes|can)\s+(?:be\s+)?(?:transfer|send|store|process|sent|transferred|stored|processed)/i.test(sentence)) {
        return { outsideUk: 'yes', text: sentence, at: seg.at };
      }
    }
  }
  return { outsideUk: 'not-stated' };
}

// ---------------------------------------------------------------------------------------------
// Short statements: National Data Opt-Out, processors, children, cookies.

function extractStatements({ segments, sections }: FactsInput): Partial<Facts> {
  const out: Partial<Facts> = {};
  const first = (topic: string) => segments.find((s) => s.topic === topic);
  const ndoo = first('ndoo') ?? segments.find((s) => /national data opt[\s-]?out/i.test(s.text) && s.text.split(/\s+/).length <= 40);
  if (ndoo) {
    const applies = /not applicable/i.test(ndoo.text) ? 'not-applicable' : /\b(?:does not|doesn't|will not) apply/i.test(ndoo.text) ? 'no' : /\b(?:applies|apply|comply|complies|respect|honour)/i.test(ndoo.text) ? 'yes' : undefined;
    if (applies) out.ndoo = { applies, text: ndoo.text, at: ndoo.at };
  }
  const processors = first('processors');
  if (processors && /^not applicable\.?$|^none\.?$/i.test(processors.text)) out.processors = { parties: [], text: processors.text, at: processors.at };
  const children = first('children');
  if (children) {
    out.children = { text: children.text, at: children.at };
  }
  const cookies = sections.find((s) => s.topic === 'cookies');
  if (cookies) out.cookies = { at: cookies.id };
  return out;
}

/** The end of a long quotation, for notes: "…to use this information to:". */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}
