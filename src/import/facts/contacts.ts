/**
 * Contact cards: the Data Protection Officer (English "Data Protection Officer", Welsh "Swyddog
 * Diogelu Data"), the Caldicott Guardian, SIRO, information governance and service teams, with
 * the emails, phones, web addresses, forms and postal addresses the text gives them.
 */
import type { ContactCard, Id } from '../../config/notice-model.js';
import { cyMutations, findDetails, IdPool, isPersonName, POSTCODE, slug, STREET_LINE } from '../patterns.js';
import { isContentsItem, type Segment } from '../segments.js';
import type { FactsInput } from './types.js';

const ROLES: { role: ContactCard['role']; pattern: RegExp }[] = [
  // In any case a heading may be written in ("DATA PROTECTION OFFICER", "Data protection officer"); "DPO" in capitals only (not "dpo@…").
  { role: 'dpo', pattern: /[Dd]ata [Pp]rotection [Oo]fficer|DATA PROTECTION OFFICER|\bDPO\b|[Ss]wyddog (?:[Gg]wybodaeth a )?(?:[Dd]iogelu|[Gg]warchod) [Dd]ata|SWYDDOG (?:GWYBODAETH A )?(?:DIOGELU|GWARCHOD) DATA/g },
  { role: 'caldicott-guardian', pattern: /Caldicott Guardian/gi },
  { role: 'siro', pattern: /Senior Information Risk Owner|\bSIRO\b/g },
  { role: 'regulator', pattern: /Information Commissioner|INFORMATION COMMISSIONER|\bICO\b|Comisiynydd Gwybodaeth|COMISIYNYDD GWYBODAETH/g },
  { role: 'ig-team', pattern: /Information Governance|Data Protection Team|Privacy Team|\bIG Team\b/gi },
  { role: 'executive', pattern: /Managing Director|Chief Executive|Chief Officer|Chief Operating Officer|Medical Director|Director of [A-Z]\w+/g },
  { role: 'complaints', pattern: /\bcomplain\w*|Patient Experience|\bPALS\b|Patient Advice and Liaison|Customer Services?|Feedback Team/gi },
];

/** "does not have a designated Data Protection Officer", "We are not required to appoint a DPO", "Nid oes gennym Swyddog Diogelu Data". */
const NO_DPO = /\b(?:do(?:es)? not|doesn['’]t|don['’]t)\s+(?:have|employ|need)\s+(?:a\s+)?(?:designated\s+|appointed\s+|formal\s+|statutory\s+|dedicated\s+)?(?:Data Protection Officer|DPO)\b|\bnot (?:required|obliged) to (?:appoint|have|designate) (?:a\s+)?(?:Data Protection Officer|DPO)\b|\bhas no (?:designated\s+)?(?:Data Protection Officer|DPO)\b|\b[Nn]id oes (?:gennym|gan \S+(?: \S+){0,4})\s+(?:[Ss]wyddog|[Ss]wyddog) [Dd]iogelu [Dd]ata\b/i;

interface Mention { role: ContactCard['role']; index: number; label: string; person?: string }

/** A sentence that ends by naming who holds a role ("The Data Protection Officer (DPO) for NCL ICB is Tony Haworth."). */
const HOLDER_NAMED = /\b(?:is|are|yw)\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+)?[A-Z][a-z'’-]+(?:\s+(?:Mc|Mac)?[A-Z][a-z'’-]+){1,2}\.?\s*$/;
/** A role's address on one line, the role first: "Data Protection Officer, Rooftop Housing Group, 70 High Street, Evesham, WR11 4YD". */
const ONE_LINE_ADDRESS = new RegExp(String.raw`^([^,.]{3,60}),\s*([^.]{5,200}?),?\s*(${POSTCODE.source})\s*\.?$`);

/** A heading that names only a way to get in touch ("By post", "By telephone", Welsh "Drwy'r post", "Dros y ffôn"). */
const CHANNEL_HEADING = /^(?:by (?:post|e-?mail|tele?phone|phone)|in writing|in person|drwy['’]r post|dros y ff[oô]n|drwy e-?bost|(?:e-?bost|e-?mail|post|ff[oô]n|tele?phone))\s*:?$/i;

/** The end of a sentence that introduces what follows ("… at:", Welsh "… ar: -"). */
const INTRO_END = /:\s*[-–—]?\s*$/;

/** A line that gives one way to reach someone ("Post: …", "Email: …", Welsh "Anfonwch e-bost at: …"). */
// Also the one-letter labels of a signature ("e: nclicb.dpo@nhs.net", "t: 07713 081 391") and Welsh "Rhifau Ffôn:".
const CONTACT_LINE = /^(?:(?:post|by post|e-?mail|e-?bost|tel(?:ephone)?|phone|ff[oô]n|ffoniwch|anfonwch|write to|ysgrifennwch|address|cyfeiriad|rhif(?:au)? ff[oô]n)\b|[etm]\s*:)/i;

// Also "Our data protection officers are: Mr S Warrell – …": a plural role, and a titled name with initials.
const PERSON_AFTER = /^s?(?:\s*\([A-Z]{2,6}\))?\s*(?:(?:['’]s\s+)?[Nn]ame\s*)?(?:(?:is|are)\s*:?|:|-|–|—|,|\|)\s+((?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor)\.?\s+(?:[A-Z]\.?\s+){0,2}[A-Z][a-z'’-]+(?:\s+(?:Mc|Mac)?[A-Z][a-z'’-]+){0,2}|[A-Z][a-z'’-]+(?:\s+(?:Mc|Mac)?[A-Z][a-z'’-]+){1,2})/;
const TEAM_NAME = /\b((?:[A-Z][\w&'’-]*\s+){1,4}(?:Team|Service|Office|Department|Unit|Hub|Helpdesk|Desk))\b/;
const FORM_NAME = /\b((?:[A-Z][\w&'’-]*\s+){1,5}Form)\b/g;

export function mentionsIn(text: string): Mention[] {
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

/**
 * The role the sentence before segment `i` names, or, when that sentence only points back ("Their
 * contact details are:", "Gellir cysylltu â nhw yn:"), the role of the sentence before it in the
 * same paragraph.
 */
function roleBefore(segments: Segment[], i: number): Mention | undefined {
  const named = (s: Segment | undefined) => (s ? mentionsIn(s.text).filter((m) => m.role !== 'regulator' && m.role !== 'complaints').pop() : undefined);
  const before = segments[i - 1]!;
  const own = named(before);
  if (own) return own;
  const earlier = segments[i - 2];
  const pointsBack = /^(?:(?:their|his|her|its|the)\s+(?:full\s+)?contact\s+details|(?:they|he|she)\s+can\s+be\s+contacted|(?:you\s+can\s+)?contact\s+(?:them|him|her)|(?:eu|ei)\s+manylion\s+cyswllt|gellir\s+cysylltu\s+â\s+(?:nhw|hi|fe|fo|ef))\b/i.test(before.text.trim());
  return pointsBack && earlier && earlier.at === before.at && earlier.kind === before.kind ? named(earlier) : undefined;
}

export function extractContacts({ segments, sections, ids, notes }: FactsInput): ContactCard[] {
  // The role a section's heading names ("Swyddog Diogelu Data" over an address): its contact block's owner.
  // A heading that only names a way to write ("By post", "Drwy'r post") sits under the one that says whose address it is ("Contact our Data Protection Officer").
  const headingRole = (at: string) => {
    let k = sections.findIndex((s) => s.id === at);
    while (k > 0 && CHANNEL_HEADING.test(sections[k]!.heading.trim())) k--;
    return mentionsIn(sections[k]?.heading ?? '').filter((m) => m.role !== 'regulator' && m.role !== 'complaints')[0];
  };
  const cards = new Cards(ids);
  let lineCard: ContactCard | undefined;
  let lineEnd = -1;
  // "… contact our Data Protection Officer at the following addresses:" / "Post: …" / "Email: …":
  // each contact line after the intro is that role's, while they run on in the same section.
  let carried: Mention | undefined;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const before = segments[i - 1];
    if (before && before.at === seg.at && INTRO_END.test(before.text) && CONTACT_LINE.test(seg.text)) carried = mentionsIn(before.text).filter((m) => m.role !== 'regulator' && m.role !== 'complaints').pop();
    else if (!carried || before?.at !== seg.at || !CONTACT_LINE.test(seg.text)) carried = undefined;
    // A contact block: consecutive short lines (an address ending in a postcode, or "Data
    // Protection Officer / Jane Smith / Email: … / Tel: …"), read as one card.
    // The same block with a blank line between its lines ("Y manylion cyswllt ar gyfer Swyddog Diogelu
    // Data'r Cyngor yw:" / "Neuadd y Sir" / "" / "Brynbuga" / "" / "NP15 1GA"), or read as a list that lost
    // its bullets: short paragraphs or items after an
    // intro that names the role and ends in a colon.
    // The role is named by the intro, or by the block's own first line ("… please contact:" / "Data Protection Officer" / "Belfast Health and Social Care Trust" / …).
    const owned = (text: string) => mentionsIn(text).some((m) => m.role !== 'regulator' && m.role !== 'complaints');
    const introRole = i > 0 && segments[i - 1]!.at === seg.at && INTRO_END.test(segments[i - 1]!.text) ? owned(segments[i - 1]!.text) || owned(seg.text) : false;
    // A short address line may end in a full stop ("Ballyclare, Co Antrim.").
    const blockLine = (s: Segment) => (s.kind === 'p' || s.kind === 'item') && s.at === seg.at && s.text.split(/\s+/).length <= 8 && !/[!?:]$/.test(s.text) && (!/\.$/.test(s.text) || s.text.split(/\s+/).length <= 4);
    // Or the block opens with the role (or its heading names it), its lines as short paragraphs down to the postcode
    // ("Data Protection Officer" / "Belfast Masonic Charity Fund" / "Charity Office" / "49 Main Street" / … / "BT39 9AA").
    const roleHeaded = seg.kind === 'p' && blockLine(seg) && (owned(seg.text) || (segments[i - 1]?.at !== seg.at && !!headingRole(seg.at))) && (() => {
      for (let k = i + 1; k < segments.length && k - i < 10 && blockLine(segments[k]!); k++) if (POSTCODE.test(segments[k]!.text)) return true;
      return false;
    })();
    if (seg.kind === 'line' || ((introRole || roleHeaded) && blockLine(seg) && blockLine(segments[i + 1] ?? seg) && segments[i + 1] !== undefined)) {
      let j = i;
      if (seg.kind === 'line') while (j < segments.length && segments[j]!.kind === 'line' && segments[j]!.group === seg.group) j++;
      else while (j < segments.length && j - i < 10 && blockLine(segments[j]!)) j++;
      const lines = segments.slice(i, j).map((s) => s.text);
      const postcodeLine = lines.findIndex((l) => POSTCODE.test(l));
      // The role may be named in the sentence that introduces the block ("contact our Data
      // Protection Officer at:", "cysylltu â'n Swyddog Diogelu Data yn:").
      // … or says how to reach it without a final colon ("Ein Swyddog Diogelu Data yw'r …, ac mae modd cysylltu … mewn ysgrifen").
      // … or names who holds it, the details under it ("The Data Protection Officer (DPO) for NCL ICB is Tony Haworth." / "e: …" / "t: …").
      const introducer = i > 0 && segments[i - 1]!.at === seg.at && (INTRO_END.test(segments[i - 1]!.text) || /\b(?:contact(?:ed)?|write to|cysylltu|ysgrifen)\b/i.test(segments[i - 1]!.text) || HOLDER_NAMED.test(segments[i - 1]!.text)) ? roleBefore(segments, i) : undefined;
      // The intro says whose details follow; a team named in the block is where the DPO sits
      // ("… appointed Veritau to be its data protection officer. Their contact details are:" / "Information Governance Office" / …).
      const inBlock = lines.flatMap((l) => mentionsIn(l)).find((m) => m.role !== 'complaints');
      const mention = (introducer?.role === 'dpo' && (!inBlock || inBlock.role === 'ig-team') ? introducer : undefined) ?? inBlock ?? mentionsIn(lines[0]!)[0] ?? introducer ?? headingRole(seg.at);
      const hasDetails = lines.some((l) => findDetails(l).length);
      // An address without its postcode (Northern Irish addresses often end "Ballyclare, Co Antrim."; a
      // copy may cut the last line): a role's block with a street or building line is still its address.
      const streetLine = postcodeLine < 0 && mention && mention.role !== 'regulator' && lines.length >= 3 ? lines.findIndex((l) => STREET_LINE.test(l)) : -1;
      if (postcodeLine >= 0 || streetLine >= 0 || (hasDetails && (mention || lines.some((l) => isPersonName(l))))) {
        i = j - 1;
        if (mention?.role === 'regulator') {
          // The ICO's own address: the built-in ICO card carries it.
          lineCard = undefined;
          continue;
        }
        const labelLine = mention && mention !== introducer ? lines.findIndex((l) => mentionsIn(l).length) : -1;
        // A line ending in a comma is an address line ("Port Talbot,"), not a person's name; a person
        // heads the block or follows its role line ("Data Protection Officer" / "Jane Smith"), and a
        // place lower down is an address ("… / Station Rise / North Yorkshire").
        const person = mention?.person ?? lines.slice(0, 2).find((l) => isPersonName(l) && !/,\s*$/.test(l));
        const role = mention ? mention.role : postcodeLine >= 0 ? 'controller' : 'service';
        const label = mention && mention.role === 'ig-team' ? lines[labelLine] : !mention && postcodeLine < 0 ? lines[0] : undefined;
        const card = cards.card(role, seg.at, label ?? (role === 'service' ? `@${seg.at}` : undefined), person);
        if (card.roleLabel?.startsWith('@')) delete card.roleLabel;
        if (postcodeLine >= 0) {
          const addressLines = lines.filter((l, k) => k !== postcodeLine && k !== labelLine && l !== person && !findDetails(l).length && !/^(?:tel|telephone|phone|email|e-mail|fax|web(?:site)?)\b/i.test(l)).map((l) => l.replace(/[,\s]+$/, ''));
          const postcode = POSTCODE.exec(lines[postcodeLine]!)![0];
          const rest = lines[postcodeLine]!.replace(postcode, '').replace(/[,\s]+$/, '').trim();
          if (rest) addressLines.push(rest);
          card.address = { lines: addressLines, postcode };
        } else if (streetLine >= 0 && !card.address) {
          // The lines after the role's own line (a signature above it, "William A Beattie - Secretary", is no address line).
          const roleLine = lines.findIndex((l) => mentionsIn(l).length);
          card.address = { lines: lines.slice(roleLine + 1).filter((l) => l !== person && !findDetails(l).length && !CONTACT_LINE.test(l)).map((l) => l.replace(/[,.\s]+$/, '')) };
        }
        for (const l of lines) for (const d of findDetails(l)) addDetail(card, d.kind, d.text, d.value);
        lineCard = card;
        lineEnd = j;
        continue;
      }
    }
    // "Data Protection Officer, Rooftop Housing Group, 70 High Street, Evesham, Worcestershire, WR11 4YD":
    // a role's address written on one line, the role first; the contact lines after it are the role's too.
    const oneLine = ONE_LINE_ADDRESS.exec(seg.text);
    const oneLineOwner = oneLine ? mentionsIn(oneLine[1]!).find((m) => m.index === 0 && m.role !== 'regulator' && m.role !== 'complaints') : undefined;
    if (oneLine && oneLineOwner) {
      const card = cards.card(oneLineOwner.role, seg.at, oneLineOwner.role === 'ig-team' ? oneLineOwner.label : undefined, oneLineOwner.person);
      card.address ??= { lines: oneLine[2]!.split(/\s*,\s*/).filter(Boolean), postcode: oneLine[3]! };
      lineCard = card;
      lineEnd = i + 1;
      continue;
    }
    // "Who is the Data Protection Officer?" / "Louise Eastham, Head of Information Governance, …, Durham, DH1 5RD.": under a
    // heading that names the role, a line of comma-parted parts ending in a postcode is the role holder's address.
    const headed = !oneLineOwner && seg.kind === 'p' && segments[i - 1]?.at !== seg.at ? headingRole(seg.at) : undefined;
    const addressOnly = headed ? /^([^.]{3,200}?),\s*([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\.?$/.exec(seg.text.trim()) : null;
    if (headed && addressOnly && addressOnly[1]!.split(',').length >= 3) {
      const parts = addressOnly[1]!.split(/\s*,\s*/).filter(Boolean);
      const person = isPersonName(parts[0]!) ? parts.shift() : undefined;
      const card = cards.card(headed.role, seg.at, headed.role === 'ig-team' ? headed.label : undefined, headed.person ?? person);
      card.address ??= { lines: parts, postcode: addressOnly[2]! };
      lineCard = card;
      lineEnd = i + 1;
      continue;
    }
    const details = findDetails(seg.text);
    const mentions = mentionsIn(seg.text);
    // "Telephone - 01206 833000" straight after an address block belongs to that card.
    if (lineCard && i === lineEnd && details.length && !mentions.length && /^(?:Tel(?:ephone)?|Phone|Email|E-mail|Fax|Web(?:site)?|Mobile|E-?bost|Ff[ôo]n|Ffacs|Gwefan)\b/i.test(seg.text)) {
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
    // "contact our Data Protection Officer via [email protected]": the page hid the address from
    // copying (email protection); the role's contact route is stated, its address must be filled in.
    const hidden = /\[email(?:\s|&#160;| )protected\]/i.exec(seg.text);
    const hiddenOwner = hidden ? mentions.filter((m) => m.index < hidden.index && m.role !== 'regulator' && m.role !== 'complaints').pop() : undefined;
    if (hidden && hiddenOwner && !details.length) {
      cards.card(hiddenOwner.role, seg.at, undefined, hiddenOwner.person);
      notes.add(seg.at, 'missing-content', `The ${hiddenOwner.label}'s email address was hidden by the web page's email protection ("[email protected]") when the text was copied: add it to the contact card.`, seg.text);
    }
    if (!details.length) {
      inlineAddress(seg, mentions, cards, carried);
      continue;
    }
    const intro = seg.kind === 'item' ? seg.intro : segments[i - 1]?.at === seg.at && INTRO_END.test(segments[i - 1]!.text) ? segments[i - 1]!.text : undefined;
    const introMention = (intro ? mentionsIn(intro).filter((m) => m.role !== 'regulator').pop() : undefined) ?? carried;
    // A role word inside an address ("make-a-complaint") is not a mention.
    const spoken = mentions.filter((m) => !details.some((d) => m.index >= d.start && m.index < d.end));
    // A web address alone ("Essex Police – www.essex.police.uk" in a list of recipients) is not a
    // contact card unless the text is about contacting someone.
    const contactish = seg.topic === 'contacts' || seg.topic === 'complaints' || spoken.length > 0 || !!introMention;
    for (const d of details) {
      if (d.kind === 'url' && !contactish) continue;
      const before = spoken.filter((m) => m.index < d.start).pop();
      // A mailbox named for the role ("please email DPO@Fusion-Lifestyle.com"): the role inside the address is its owner.
      const mailbox = d.kind === 'email' && /^(?:dpo|data[._-]?protection[._-]?officer)@/i.test(d.value) ? mentions.find((m) => m.role === 'dpo' && m.index >= d.start && m.index < d.end) : undefined;
      // (Under a heading that names the role, a team named after the detail is how to reach it: "Data Protection Officer" / "Telephone: 0345 … (ask to speak to the Information Governance Team)".)
      const owner = mailbox ?? before ?? headingRole(seg.at) ?? spoken[0] ?? introMention;
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
  // "If you wish to contact the DfE's data protection officer, please use the secure online form or write to the
  // address above": the DPO is reached through the details the section gave before; its card carries them.
  if (!cards.list.some((c) => c.role === 'dpo')) {
    const pointer = segments.find((s) => mentionsIn(s.text).some((m) => m.role === 'dpo') && /\b(?:address|addresses|details|form|email(?: address)?|cyfeiriad|manylion)\b[^.]{0,20}\b(?:above|uchod)\b/i.test(s.text));
    const given = pointer ? cards.list.filter((c) => cards.sectionOf.get(c.id) === pointer.at && c.role !== 'regulator' && (c.address || c.emails?.length || c.phones?.length || c.web?.length)).pop() : undefined;
    if (pointer && given) {
      const card = cards.card('dpo', pointer.at);
      if (given.emails) card.emails = [...given.emails];
      if (given.phones) card.phones = given.phones.map((p) => ({ ...p }));
      if (given.address) card.address = structuredClone(given.address);
      if (given.web) card.web = given.web.map((w) => ({ ...w }));
      notes.add(pointer.at, 'inferred', 'The Data Protection Officer is reached through the contact details given above it: they are copied to the DPO\'s card. Check they are the DPO\'s.', pointer.text);
    }
  }
  // A link to the DPO's own page in place of their details: "… or contact our [Data Protection Officer](https://…/dpo)". The link
  // is the contact route; the card points to the section that gives it, and a note asks for the address the link leads to.
  if (!cards.list.some((c) => c.role === 'dpo')) {
    const dpoIn = (text: string) => mentionsIn(text).some((m) => m.role === 'dpo');
    // (Or a list a linked page is said to explain, one item how to reach the DPO: "Our [personal information charter] explains:" /
    // "how to contact our Data Protection Officer", the Environment Agency's services.)
    const explains = (s: Segment) => s.kind === 'item' && dpoIn(s.text) && /\bhow (?:to |you can )?(?:contact|reach|get in touch with)\b/i.test(s.text) && /:\s*$/.test(s.intro ?? '') && segments.some((p) => p.at === s.at && p.kind !== 'item' && p.text.replace(/\s+/g, ' ') === s.intro!.replace(/\s+/g, ' ') && p.linked.length > 0);
    const route = segments.find((s) => !isContentsItem(s) && !NO_DPO.test(s.text) && (s.linked.some(dpoIn) || explains(s)));
    if (route) {
      const card = cards.card('dpo', route.at);
      card.at = route.at;
      notes.add(route.at, 'missing-content', 'The notice links to the Data Protection Officer\'s page instead of giving their contact details: add the DPO\'s email address or the page\'s address to their card.', route.text);
    }
  }
  // "Crosby Housing Association Ltd. does not have a designated Data Protection Officer. However, the
  // Association can be contacted … at:": the role is named to say there is none, so the address
  // under it is the organisation's, not a DPO's.
  const none = segments.find((s) => NO_DPO.test(s.text));
  if (none) {
    for (const card of cards.list) {
      if (card.role !== 'dpo') continue;
      card.role = 'controller';
      delete card.roleLabel;
      notes.add(cards.sectionOf.get(card.id) ?? none.at, 'inferred', 'The notice says there is no Data Protection Officer: these contact details are read as the organisation\'s, not a DPO\'s.', none.text);
    }
  }
  if (cards.list.length) {
    notes.add('notice', 'inferred', `${cards.list.length} contact card${cards.list.length === 1 ? '' : 's'} (${cards.list.map((c) => c.roleLabel ?? c.role).join(', ')}) built from the contact details in the text. Check each role and that no detail was attached to the wrong one.`);
  }
  return cards.list;
}

/**
 * An address in running text after the words that introduce one, in either case ("Address: …", "write to us
 * at …"), or Welsh ("a'i gyfeiriad yw …", "ysgrifennu at …"), up to its postcode. The postcode is matched in
 * capitals, so the words are spelled in both cases rather than with the "i" flag.
 */
const INLINE_ADDRESS = new RegExp(String.raw`(?:\b(?:[Ww]rite|[Ww]riting) to\b(?:\s+(?:us|them|the [\w ]+?))?(?:\s+at)?|\b[Aa]ddress(?: is)?|\b[Pp]ost(?:al address)?|\b[Bb]y post (?:to|at)|\b[Ss]end (?:it|them|a letter) to|\b${cyMutations('cyfeiriad')}(?: yw)?|\b${cyMutations('ysgrifennu')} at|\b[Yy]sgrifennwch at)\s*:?\s+([^.]{5,160}?)\s*,?\s*([A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2})\b`);

/** "You can write to us at Humankind, Inspiration House, Unit 22 Bowburn North Industrial Estate DH6 5PF." */
/**
 * "… contact the Chief Constable, or Kent Police’s Data Protection Officer at the following addresses:
 * Chief Constable, Kent Police, …, ME15 9BZ or Data Protection Officer, Information Security and
 * Governance Department, …, ME15 9BZ": several addresses in one sentence, each opening with its owner.
 */
function multipleAddresses(seg: Segment, cards: Cards): boolean {
  const intro = /\baddresses\s*:\s*/i.exec(seg.text);
  if (!intro) return false;
  let read = false;
  for (const part of seg.text.slice(intro.index + intro[0].length).split(/\s+or\s+|;\s*/)) {
    const m = new RegExp(String.raw`^([^.]{5,200}?)\s*,?\s*(${POSTCODE.source})\b`).exec(part);
    const lines = m ? m[1]!.split(/\s*,\s*/).filter(Boolean) : [];
    const owner = m ? mentionsIn(lines[0]!).find((x) => x.index === 0 && x.role !== 'regulator' && x.role !== 'complaints') : undefined;
    if (!m || !owner) continue;
    const card = cards.card(owner.role, seg.at, owner.role === 'ig-team' ? owner.label : undefined);
    if (!card.address) card.address = { lines: lines.slice(1), postcode: m[2]! };
    read = true;
  }
  return read;
}

function inlineAddress(seg: Segment, mentions: Mention[], cards: Cards, carried?: Mention): void {
  if (multipleAddresses(seg, cards)) return;
  const m = INLINE_ADDRESS.exec(seg.text);
  if (!m) return;
  // The role named before the address, or as its first line ("By post: The Data Protection Officer, Compass House, …");
  // a department named further down ("Address: Hywel Dda University Health Board, Information Governance, …")
  // is a line of the address, and the role the intro named ("contact the Data Protection Officer:") owns it.
  const firstLine = m.index + m[0].indexOf(m[1]!) + (m[1]!.includes(',') ? m[1]!.indexOf(',') : m[1]!.length);
  const owner = mentions.filter((x) => x.index < firstLine && x.role !== 'regulator').pop() ?? carried ?? mentions.filter((x) => x.index < m.index + m[0].length - m[2]!.length && x.role !== 'regulator').pop();
  const card = cards.card(owner?.role ?? 'controller', seg.at, owner?.label);
  if (card.address) return;
  card.address = { lines: m[1]!.split(/\s*,\s*/).filter(Boolean), postcode: m[2]! };
}
