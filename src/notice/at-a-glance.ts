/**
 * The first layer ("at a glance"): at most ten short items generated from the notice's
 * structured facts (notice-model §3.3), each linking to the second-layer section that explains
 * it. The organisation can reword an item (`summary.override`) or leave one out
 * (`summary.hide`), except the complaint route, which is always shown (UK GDPR Art 13(2)(d)).
 */
import type { Organisation } from '../config/types.js';
import { formatList } from '../i18n/languages.js';
import type { NoticeStrings } from '../i18n/notice-strings.js';
import type { ContactCard, Id, Inline, Notice, Section, SummaryKind, Text, Topic } from '../config/notice-model.js';
import { fillText, firstSentence, plainText } from '../config/rich-text.js';
import { allSections, sectionForTopic } from './sections.js';

/** One first-layer item. */
export interface GlanceItem {
  kind: SummaryKind;
  /** The item's heading ("Who is responsible"). */
  heading: string;
  /** The item's text: generated, or the organisation's override. */
  text: Text;
  /** Short labels shown beside the text ("Includes health information"). */
  badges: string[];
  /** The section that explains the item, when the notice has one. */
  at?: Id;
  /** Text of the link to that section: the section's heading, unless the item names its own. */
  linkText?: string;
}

/** What the builder needs besides the notice. */
export interface GlanceContext {
  strings: NoticeStrings;
  /** The config's organisation, the controller when the notice names no party. */
  organisation?: Organisation;
  /** Language for list formatting ("a, b and c"). */
  lang?: string;
}

/** The order of the items. */
export const SUMMARY_KINDS: readonly SummaryKind[] = ['who', 'what', 'why', 'basis', 'sharing', 'transfers', 'retention', 'rights', 'complain', 'contact'];

/** Where an item's facts are explained, when they do not say (`at`). */
const TOPICS: Record<SummaryKind, Topic[]> = {
  who: ['controller', 'about'],
  what: ['data'],
  why: ['purposes'],
  basis: ['lawful-basis'],
  sharing: ['sharing'],
  transfers: ['transfers'],
  retention: ['retention'],
  rights: ['rights'],
  complain: ['complaints'],
  contact: ['contacts', 'contact-methods'],
};

const MAX_LABELS = 5;
const MAX_PURPOSES = 4;
const MAX_RECIPIENTS = 2;
const MAX_SHARING_GROUPS = 3;
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]).filter((v) => v && typeof v === 'object') : []);
/** The first entry of a list the config should hold (a contact's emails, phones, web pages), if it does. */
const firstOf = <T>(value: unknown): T | undefined => (Array.isArray(value) ? (value[0] ?? undefined) : undefined);

/** Builds the first layer. Tolerates a notice with errors: an item without facts is left out. */
export function buildAtAGlance(notice: Notice, context: GlanceContext): GlanceItem[] {
  const { strings } = context;
  const sections = new Map(allSections(notice).map((s) => [s.id, s] as const));
  // A malformed fact (a label that is not text) is left out of a list, never shown as "[object]".
  const words = (items: unknown[]) => items.filter((item): item is string => typeof item === 'string' && item !== '');
  const join = (items: unknown[]) => formatList(context.lang ?? 'en-GB', words(items));
  /** "a, b and c", or "a, b, c and 4 more" past `max` (the first layer stays short: ICO, Art 12(1)). */
  const joinAtMost = (all: unknown[], max: number) => {
    const items = words(all);
    return items.length > max ? `${items.slice(0, max).join(', ')} ${strings.andMore(items.length - max)}` : join(items);
  };
  const parties = new Map(list<{ id: string; name: string; shortName?: string }>(notice.parties).map((p) => [p.id, p] as const));
  const partyName = (id: string) =>
    parties.get(id)?.name ?? (context.organisation && (id === context.organisation.id || !context.organisation.id) ? context.organisation.name : id);
  const contacts = new Map(list<ContactCard>(notice.contacts).map((c) => [c.id, c] as const));
  const cardName = (card: ContactCard) => card.roleLabel ?? card.person ?? (card.org ? partyName(card.org) : undefined) ?? strings.roles[card.role] ?? strings.roles.other;
  const facts: Partial<Record<SummaryKind, { text: Text; badges?: string[]; at?: unknown; linkText?: string }>> = {};

  // Who is responsible.
  const controllers = list<{ party: string; role: string; at?: unknown }>(notice.controllers);
  const names = controllers.map((c) => partyName(c.party));
  if (!names.length && context.organisation?.name) names.push(context.organisation.name);
  if (names.length) {
    const joint = controllers.some((c) => c.role === 'joint-controller') && names.length > 1;
    facts.who = { text: fillText(joint ? strings.glanceWhoJoint : strings.glanceWho, { names: [join(names)] }), at: controllers.find((c) => c.at)?.at };
  }

  // What we collect.
  const data = list<Notice['data'][number]>(notice.data);
  if (data.length) {
    const badges: string[] = [];
    const special = data.filter((d) => d.kind === 'special');
    if (special.length) badges.push(special.some((d) => Array.isArray(d.special) && d.special.includes('health')) ? strings.badges.health : strings.badges.special);
    if (data.some((d) => d.kind === 'criminal')) badges.push(strings.badges.criminal);
    facts.what = { text: capitalise(fillText(strings.glanceWhat, { labels: [joinAtMost(data.map((d) => lowerFirst(d.label)), MAX_LABELS)] })), badges, at: data[0]!.at };
  }

  // Why.
  const purposes = list<Notice['purposes'][number]>(notice.purposes);
  if (purposes.length) {
    facts.why = { text: fillText(strings.glanceWhy, { purposes: [joinAtMost(purposes.map((p) => lowerFirst(p.label)), MAX_PURPOSES)] }), at: purposes[0]!.at };
  }

  // Lawful basis in plain words.
  const bases = list<Notice['bases'][number]>(notice.bases);
  const art6 = [...new Set(bases.map((b) => b.art6).filter((a) => a in strings.basisWords))];
  if (art6.length) facts.basis = { text: capitalise(fillText(strings.glanceBasis, { bases: [join(art6.map((a) => strings.basisWords[a]))] })), at: bases[0]!.at };

  // Sharing, grouped by when it happens.
  const sharing = list<Notice['sharing'][number]>(notice.sharing);
  if (sharing.length) {
    const groups = new Map<string, string[]>();
    for (const s of sharing) {
      const when = s.when && s.when in strings.sharingWhen ? s.when : 'other';
      const name = partyName(s.recipient);
      const names = groups.get(when) ?? [];
      if (!names.includes(name)) names.push(name);
      groups.set(when, names);
    }
    // The most telling groups first; past three groups, the rest are counted.
    const order = ['with-consent', 'routinely', 'when-required-by-law', 'emergency', 'occasionally', 'other'];
    const ordered = [...groups].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
    const shown = ordered.slice(0, MAX_SHARING_GROUPS);
    const rest = ordered.slice(MAX_SHARING_GROUPS).reduce((n, [, names]) => n + names.length, 0);
    const parts = shown.map(([when, names]) => {
      // Groups after the first continue the sentence; "other" alone reads "We share it with: …".
      const label = when === 'other' && groups.size > 1 ? strings.sharingAlso : strings.sharingWhen[when as keyof NoticeStrings['sharingWhen']];
      return `${label}: ${joinAtMost(names, MAX_RECIPIENTS)}`;
    });
    const sentence = parts.join('; ') + (rest ? ` ${strings.andMore(rest)}` : '');
    const text: Inline[] = [`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`];
    facts.sharing = { text, at: sharing[0]!.at };
  }

  // Transfers outside the UK ("not stated" leaves the item out: the lint warns instead).
  const transfers = notice.transfers;
  if (transfers && typeof transfers === 'object') {
    const countries = list<{ country: string }>(transfers.destinations).map((d) => d.country);
    const wording =
      transfers.outsideUk === 'no' ? strings.transfers.no
      : transfers.outsideUk === 'only-with-consent' ? strings.transfers['only-with-consent']
      : transfers.outsideUk === 'yes' ? (countries.length ? strings.transfers.yes : strings.transfers.yesUnnamed)
      : undefined;
    if (wording) facts.transfers = { text: fillText(wording, { countries: [join(countries)] }), at: transfers.at };
  }

  // How long: the shortest fixed period, else the first criteria, else the policy followed.
  const retention = list<Notice['retention'][number]>(notice.retention);
  const months = (r: Notice['retention'][number]) => (r.period ? (r.period.years ?? 0) * 12 + (r.period.months ?? 0) : Infinity);
  const withPeriod = retention.filter((r) => r.period && months(r) > 0).sort((a, b) => months(a) - months(b))[0];
  const withCriteria = retention.find((r) => plainText(r.criteria).trim());
  const legislation = new Map(list<{ id: string; title: string }>(notice.legislation).map((l) => [l.id, l] as const));
  const withPolicy = retention.find((r) => r.policy && legislation.has(r.policy));
  const chosen = withPeriod ?? withCriteria ?? withPolicy;
  if (chosen) {
    let sentence: string;
    if (chosen === withPeriod) {
      sentence = fillText(strings.glanceRetentionPeriod, { period: [strings.period(chosen.period!.years ?? 0, chosen.period!.months ?? 0)], from: [chosen.period!.from] }).join('');
    } else if (chosen === withCriteria) sentence = firstSentence(plainText(chosen.criteria));
    else sentence = fillText(strings.glanceRetentionPolicy, { policy: [legislation.get(chosen.policy!)!.title] }).join('');
    facts.retention = { text: chosen.underReview ? `${sentence} ${strings.underReview}` : sentence, at: chosen.at };
  }

  // Rights.
  const rights = notice.rights && typeof notice.rights === 'object' ? notice.rights : undefined;
  const kinds = [...new Set(list<{ kind: string }>(rights?.items).map((r) => r.kind))].filter((k) => k in strings.rightNames) as (keyof NoticeStrings['rightNames'])[];
  if (kinds.length) facts.rights = { text: fillText(strings.glanceRights, { rights: [join(kinds.map((k) => strings.rightNames[k]))] }), at: rights?.at, linkText: strings.howToUseRights };

  // Complaints: to us first, then to the regulator (always: the ICO card is built in).
  const complaints = notice.complaints && typeof notice.complaints === 'object' ? notice.complaints : undefined;
  const complain: Inline[] = [];
  const ourIds = Array.isArray(complaints?.controller?.contacts) ? complaints.controller.contacts : [];
  const ours = ourIds.filter((id) => typeof id === 'string').map((id) => contacts.get(id)).filter((c): c is ContactCard => !!c);
  const first = ours[0];
  if (first) {
    // One route is enough here; the section lists them all.
    const email = firstOf<string>(first.emails);
    const phone = firstOf<{ number?: string }>(first.phones)?.number;
    const route: Inline[] = [cardName(first)];
    if (email) route.push(' (', { email }, ')');
    else if (phone) route.push(' (', { phone }, ')');
    complain.push(...fillText(strings.glanceComplainUs, { contacts: route }), ' ');
  }
  const regulatorId = typeof complaints?.regulator === 'string' ? complaints.regulator : 'ico';
  const regulator = (regulatorId !== 'ico' && contacts.get(regulatorId)) || contacts.get('ico') || strings.ico;
  // The built-in regulator is named by its abbreviation, explained by the glossary in place.
  const ico = strings.glossary.ico;
  const regulatorName: Inline = regulator === strings.ico ? (ico.abbr ? { term: 'ico', text: ico.abbr } : strings.ico.name) : cardName(regulator);
  complain.push(...fillText(ours.length ? strings.glanceComplainRegulator : strings.glanceComplainRegulatorOnly, { regulator: [regulatorName] }));
  const web = firstOf<{ href: string }>(regulator.web);
  if (typeof web?.href === 'string') complain.push(' ', { link: [shortUrl(web.href)], href: web.href });
  const phone = firstOf<{ number: string }>(regulator.phones);
  if (phone) complain.push(web ? ', ' : ' ', { phone: phone.number });
  facts.complain = { text: complain, at: complaints?.at };

  // Contact: the DPO, else a service team, else any contact that is not the regulator.
  const cards = list<ContactCard>(notice.contacts).filter((c) => c.role !== 'regulator' && c.id !== 'ico');
  const contact = cards.find((c) => c.role === 'dpo') ?? cards.find((c) => c.role === 'service') ?? cards[0];
  if (contact) {
    const text = fillText(strings.glanceContact, { contact: [cardName(contact)] });
    const email = firstOf<string>(contact.emails);
    const phone = firstOf<{ number: string }>(contact.phones);
    const ways: Inline[] = [...(typeof email === 'string' ? [{ email }] : []), ...(phone && typeof phone === 'object' ? [{ phone: phone.number }] : [])];
    ways.forEach((way, i) => text.push(i ? ', ' : ' ', way));
    if (!ways.length) text[text.length - 1] = String(text[text.length - 1]).replace(/:$/, '.');
    facts.contact = { text, at: contact.at ?? sectionWithContact(notice, contact.id) };
  }

  const summary = notice.summary && typeof notice.summary === 'object' ? notice.summary : undefined;
  const hidden = new Set(Array.isArray(summary?.hide) ? summary.hide : []);
  hidden.delete('complain');
  const items: GlanceItem[] = [];
  for (const kind of SUMMARY_KINDS) {
    const fact = facts[kind];
    if (!fact || hidden.has(kind)) continue;
    const override = summary?.override?.[kind];
    const at = sectionId(fact.at, sections) ?? sectionForTopic(notice, ...TOPICS[kind])?.id;
    const heading = strings.glanceHeadings[kind];
    const item: GlanceItem = { kind, heading, text: override ?? fact.text, badges: fact.badges ?? [] };
    if (at) {
      item.at = at;
      item.linkText = fact.linkText ?? sections.get(at)?.heading;
    }
    items.push(item);
  }
  return items;
}

function sectionId(at: unknown, sections: Map<string, Section>): Id | undefined {
  return typeof at === 'string' && sections.has(at) ? at : undefined;
}

/** The first section that shows a contact card, or lists the contacts. */
function sectionWithContact(notice: Notice, id: Id): Id | undefined {
  const shows = (blocks: unknown): boolean =>
    Array.isArray(blocks) && blocks.some((b) => b && typeof b === 'object' && (('contact' in b && b.contact === id) || ('show' in b && b.show === 'contacts')));
  return allSections(notice).find((s) => shows(s.blocks))?.id;
}

/** Rich text with its first letter in capitals ("contact details, …" → "Contact details, …"). */
function capitalise(text: Inline[]): Inline[] {
  const [first, ...rest] = text;
  return typeof first === 'string' ? [first.charAt(0).toUpperCase() + first.slice(1), ...rest] : text;
}

/** An address as people say it: "ico.org.uk/make-a-complaint". */
function shortUrl(href: string): string {
  return href.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}

/** "Contact details" → "contact details", leaving acronyms and names ("NHS number", "DWP") alone. */
function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) && !/^[A-Z][a-z]+[A-Z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
