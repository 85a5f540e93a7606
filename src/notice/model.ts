/**
 * The privacy notice's data model: structured facts that drive the first layer ("at a glance")
 * and the compliance checks, plus sections that carry the organisation's own wording.
 * Adopted from `shared/design/notice-model.md`.
 */

/** An identifier, unique within its list. */
export type Id = string;
/**
 * A link: `https:`, `http:`, `mailto:` or `tel:`, or a path relative to the page. No other scheme.
 * @pattern ^(?![A-Za-z][A-Za-z0-9+.-]*:)|^(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):
 */
export type Url = string;

/** A run of rich text. A bare string is plain text, never markup. */
export type Inline =
  | string
  | { strong: Inline[] }
  | { em: Inline[] }
  | { link: Inline[]; href: Url }
  | { term: Id; text?: string }
  | { xref: Id; text?: string }
  | { fn: Id }
  | { email: string }
  | { phone: string; label?: string }
  | { abbr: string; title: string };

/** Rich text: a plain string or a list of inline runs. */
export type Text = string | Inline[];

/** A block of a section's body. */
export type Block =
  | { p: Text }
  | { list: ListItem[]; ordered?: boolean }
  | { dl: { term: Text; desc: Block[] }[] }
  | { contact: Id }
  | { table: { caption?: string; head: string[]; rows: Text[][] } }
  | { note: Block[]; tone?: 'info' | 'warning' }
  | { show: 'data' | 'purposes' | 'bases' | 'sharing' | 'retention' | 'rights' | 'contacts' | 'cookies'; ids?: Id[] };

/** A list item; a nested list goes in `children`. */
export interface ListItem {
  text: Text;
  children?: Block[];
}

/** The notice. */
export interface Notice {
  id: Id;
  lang?: string;
  title: string;
  subtitle?: string;
  version: string;
  lastUpdated?: string;
  controllers: { party: Id; role: 'controller' | 'joint-controller' }[];
  parties: Party[];
  contacts: ContactCard[];
  data: DataCategory[];
  sources?: Source[];
  purposes: Purpose[];
  bases: LawfulBasis[];
  sharing: Sharing[];
  processors?: { parties: Id[]; text?: Text; at?: Id };
  transfers: {
    outsideUk: 'no' | 'yes' | 'only-with-consent' | 'not-stated';
    text?: Text;
    at?: Id;
    destinations?: { country: string; safeguard: 'adequacy' | 'idta' | 'addendum' | 'bcr' | 'derogation'; detailsUrl?: Url }[];
  };
  retention: Retention[];
  rights: Rights;
  adm: { used: boolean | 'not-stated'; text?: Text; at?: Id };
  complaints?: { controller?: { text?: Text; contacts: Id[] }; regulator: Id; at?: Id };
  ndoo?: { applies: 'yes' | 'no' | 'not-applicable' | 'partly'; text?: Text; at?: Id };
  children?: { minAge?: number; text: Text; at?: Id };
  cookies?: { policyUrl?: Url; at?: Id };
  glossary?: Term[];
  legislation?: LegalRef[];
  footnotes?: { id: Id; marker: string; body: Block[] }[];
  summary?: { lead?: Text; hide?: SummaryKind[]; override?: Partial<Record<SummaryKind, Text>> };
  sections: Section[];
  importNotes?: ImportNote[];
}

export interface Party {
  id: Id;
  name: string;
  shortName?: string;
  kind: 'organisation' | 'team' | 'system' | 'category';
  roles: ('controller' | 'joint-controller' | 'independent-controller' | 'processor' | 'recipient' | 'source' | 'funder' | 'partner' | 'regulator')[];
  url?: Url;
  privacyNotice?: { name?: string; href?: Url };
  note?: Text;
}

export interface DataCategory {
  id: Id;
  label: string;
  kind: 'personal' | 'special' | 'criminal';
  examples?: string[];
  special?: ('health' | 'racial-ethnic' | 'religious' | 'sex-life' | 'sexual-orientation' | 'genetic' | 'biometric' | 'political' | 'trade-union')[];
  at?: Id;
}

export interface Source {
  id: Id;
  from: Id;
  data?: Id[];
  at?: Id;
  methods?: ('email' | 'phone' | 'letter' | 'in-person' | 'online-form' | 'website' | 'cookies' | 'paper' | 'recording')[];
}

export interface Purpose {
  id: Id;
  label: string;
  text?: Text;
  data?: Id[];
  bases: Id[];
  at?: Id;
}

export interface LawfulBasis {
  id: Id;
  art6: 'a' | 'b' | 'c' | 'd' | 'e' | 'ea' | 'f';
  art9?: ('a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j')[];
  dpaSchedule1?: { part: 1 | 2; para: number; title: string }[];
  legislation?: Id[];
  legitimateInterest?: Text;
  confidentiality?: 'explicit-consent' | 'implied-consent' | 'section-251' | 'legal-requirement' | 'overriding-public-interest';
  label?: Text;
  at?: Id;
}

export interface Sharing {
  id: Id;
  recipient: Id;
  bases: Id[];
  purpose: Text;
  data?: Id[];
  deidentified?: boolean;
  when?: 'routinely' | 'with-consent' | 'when-required-by-law' | 'emergency' | 'occasionally';
  frequency?: string;
  at?: Id;
}

export interface Retention {
  id: Id;
  appliesTo?: Id[];
  period?: { years?: number; months?: number; from: string };
  criteria?: Text;
  policy?: Id;
  underReview?: boolean;
  disposal?: Text;
  at?: Id;
}

export type RightKind =
  | 'informed' | 'access' | 'rectification' | 'erasure' | 'restriction' | 'portability'
  | 'object' | 'automated-decisions' | 'withdraw-consent' | 'complain';

export interface Rights {
  items: { kind: RightKind; label: Text; conditions?: Text }[];
  howTo?: Text;
  contacts?: Id[];
  caveats?: Text;
  at?: Id;
}

export interface ContactCard {
  id: Id;
  role: 'dpo' | 'caldicott-guardian' | 'siro' | 'service' | 'controller' | 'complaints' | 'executive' | 'ig-team' | 'regulator' | 'other';
  roleLabel?: string;
  person?: string;
  org?: Id;
  purpose?: Text;
  emails?: string[];
  phones?: { number: string; label?: string }[];
  address?: { lines: string[]; postcode?: string };
  web?: { href: Url; text?: string }[];
  forms?: { name: string; href?: Url }[];
}

export interface Term {
  id: Id;
  term: string;
  abbr?: string;
  aliases?: string[];
  definition: Text;
  from?: 'notice' | 'library';
}

export interface LegalRef {
  id: Id;
  title: string;
  section?: string;
  kind: 'act' | 'si' | 'guidance' | 'code' | 'policy' | 'form';
  href?: Url;
}

export type Topic =
  | 'about' | 'controller' | 'data' | 'sources' | 'purposes' | 'lawful-basis' | 'confidentiality' | 'sharing'
  | 'processors' | 'systems' | 'transfers' | 'security' | 'retention' | 'contact-methods' | 'rights' | 'adm'
  | 'complaints' | 'contacts' | 'ndoo' | 'children' | 'cookies' | 'marketing' | 'links' | 'changes' | 'principles' | 'other';

export interface Section {
  id: Id;
  heading: string;
  topic: Topic;
  blocks: Block[];
  sub?: Section[];
}

export type SummaryKind = 'who' | 'what' | 'why' | 'basis' | 'sharing' | 'transfers' | 'retention' | 'rights' | 'complain' | 'contact';

export interface ImportNote {
  at: Id;
  kind: 'artefact' | 'inferred' | 'possible-error' | 'missing-url' | 'missing-content' | 'broken-xref';
  text: string;
  resolved?: boolean;
}
