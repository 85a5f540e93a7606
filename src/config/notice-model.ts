/**
 * The privacy notice's data model: structured facts that drive the first layer ("at a glance")
 * and the compliance checks, plus sections that carry the organisation's own wording.
 * Adopted from `shared/design/notice-model.md`.
 *
 * These types are the source of truth: the JSON Schema's descriptions are generated from this
 * JSDoc (`npm run gen`), so every property is documented here.
 */

/** An identifier, unique within its list. */
export type Id = string;
/**
 * A link: `https:`, `http:`, `mailto:` or `tel:`, or a path relative to the page. No other scheme.
 * @pattern ^(?![A-Za-z][A-Za-z0-9+.-]*:)|^(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]|[Tt][Ee][Ll]):
 */
export type Url = string;

/** Bold text, for emphasis the organisation marked as strong. */
export interface StrongRun {
  /** The bold text. */
  strong: Inline[];
}
/** Emphasised (italic) text. */
export interface EmRun {
  /** The emphasised text. */
  em: Inline[];
}
/** A link to another page. */
export interface LinkRun {
  /** The link's text, as written in the notice. */
  link: Inline[];
  /** Where it goes: `https:`, `http:`, `mailto:`, `tel:` or a relative path. Any other scheme is shown as plain text. */
  href: Url;
}
/** A defined term, explained in place by a popover from the glossary. */
export interface TermRun {
  /** The glossary entry's id: one of the notice's `glossary` or a built-in term (`data-controller`, `special-category-data`, …). */
  term: Id;
  /** The words as they appear in the sentence. Defaults to the glossary entry's `term`. */
  text?: string;
}
/** A cross-reference to a section of this notice. */
export interface XrefRun {
  /** The id of the section it points to. */
  xref: Id;
  /** The words as they appear in the sentence. Defaults to the section's heading. */
  text?: string;
}
/** A footnote marker ("[1]", "*") that links to its footnote. */
export interface FootnoteRun {
  /** The id of an entry in the notice's `footnotes`. */
  fn: Id;
}
/** An email address, shown as written and linked with `mailto:`. */
export interface EmailRun {
  /** The address. */
  email: string;
}
/** A phone number, linked with `tel:` (digits only). */
export interface PhoneRun {
  /** The number as written ("0303 123 1113"). */
  phone: string;
  /** Text to show instead of the number, when the sentence words it differently. */
  label?: string;
}
/** An abbreviation with its expansion. */
export interface AbbrRun {
  /** The abbreviation as written ("SAR"). */
  abbr: string;
  /** What it stands for ("Subject Access Request"). */
  title: string;
}

/** A run of rich text. A bare string is plain text, never markup. */
export type Inline = string | StrongRun | EmRun | LinkRun | TermRun | XrefRun | FootnoteRun | EmailRun | PhoneRun | AbbrRun;

/** Rich text: a plain string or a list of inline runs. */
export type Text = string | Inline[];

/** A paragraph. */
export interface ParagraphBlock {
  /** The paragraph's text. */
  p: Text;
}
/** A bulleted or numbered list. */
export interface ListBlock {
  /** The items, in order. */
  list: ListItem[];
  /** Numbered (`true`) or bulleted (default). */
  ordered?: boolean;
}
/** One term and its description in a definition list. */
export interface DefinitionItem {
  /** The term being described ("Access"). */
  term: Text;
  /** Its description. */
  desc: Block[];
}
/** A definition list: "Access: you can request …" style lines. */
export interface DefinitionListBlock {
  /** The terms and their descriptions. */
  dl: DefinitionItem[];
}
/** A contact card from the notice's `contacts` (or the built-in `ico` card). */
export interface ContactBlock {
  /** The contact card's id; `ico` is the built-in Information Commissioner's Office card. */
  contact: Id;
}
/** A table. */
export interface TableBlock {
  /** The table's content. */
  table: {
    /** A caption that names the table. */
    caption?: string;
    /** Column headings. */
    head: string[];
    /** The rows; each row has one cell per column. */
    rows: Text[][];
  };
}
/** A highlighted note (information or warning). */
export interface NoteBlock {
  /** The note's content. */
  note: Block[];
  /** How it is highlighted. Default `info`. */
  tone?: 'info' | 'warning';
}
/**
 * Renders a structured field in place, so the section and the first layer cannot drift:
 * `data`, `purposes`, `bases`, `sharing`, `retention`, `rights` (each right with its conditions and
 * how to use it), `contacts` (cards), `cookies` (the cookie list and the visitor's choices, from
 * the config's `consent`), `footnotes` (the footnotes, here instead of at the end).
 */
export interface ShowBlock {
  /** Which structured field to render. */
  show: 'data' | 'purposes' | 'bases' | 'sharing' | 'retention' | 'rights' | 'contacts' | 'cookies' | 'footnotes';
  /** Only these entries of the field, in this order. Default: all. */
  ids?: Id[];
}

/** A block of a section's body. */
export type Block = ParagraphBlock | ListBlock | DefinitionListBlock | ContactBlock | TableBlock | NoteBlock | ShowBlock;

/** A list item; a nested list goes in `children`. */
export interface ListItem {
  /** The item's text. */
  text: Text;
  /** Blocks under the item, typically a nested `list`. */
  children?: Block[];
}

/** The notice: structured facts (for the first layer and checks) and the organisation's own wording (`sections`). */
export interface Notice {
  /**
   * A short identifier for the notice.
   * @pattern ^[A-Za-z0-9][A-Za-z0-9_-]*$
   */
  id: Id;
  /**
   * The notice's language as a BCP 47 tag; one language per notice (a Welsh copy goes in `translations`).
   * @examples ["en-GB", "cy"]
   */
  lang?: string;
  /**
   * The notice's title, shown as its main heading.
   * @minLength 1
   */
  title: string;
  /** A line under the title (the service or audience it is for). */
  subtitle?: string;
  /**
   * The organisation's own opening text that comes before its first section heading ("This privacy
   * notice is for people who use…"), kept as written. Part of the full notice's wording: rendered
   * after the title and subtitle and before the sections, never replaced by the first layer.
   */
  intro?: Block[];
  /** Who the notice is for, in words ("People who use the IPS service"). */
  audience?: Text;
  /** Address of the page that shows the full notice; a just-in-time section links to it. Defaults to the consent section's `noticeUrl`. */
  url?: Url;
  /** The services and websites the notice covers. */
  scope?: {
    /** The services the notice covers. */
    services?: NoticeService[];
    /** The websites the notice covers. */
    websites?: Url[];
  };
  /**
   * The notice's version, shown to visitors.
   * @minLength 1
   */
  version: string;
  /**
   * When the notice last changed, as an ISO date (`2026-11-01`); shown as "Last updated".
   * @pattern ^\d{4}-\d{2}-\d{2}
   */
  lastUpdated?: string;
  /**
   * The data controllers: who decides why and how the data is used.
   * @minItems 1
   */
  controllers: Controller[];
  /** Organisations, teams, systems and categories of recipient the notice names. */
  parties: Party[];
  /** Contact cards: DPO, Caldicott Guardian, SIRO, service teams, complaints. The ICO card is built in (id `ico`). */
  contacts: ContactCard[];
  /** The categories of personal data used. */
  data: DataCategory[];
  /** Where the data comes from. */
  sources?: Source[];
  /** Why the data is used. */
  purposes: Purpose[];
  /** The lawful bases relied on (UK GDPR Article 6, with Article 9 and DPA 2018 Schedule 1 conditions). */
  bases: LawfulBasis[];
  /** Who the data is shared with, and on what basis. */
  sharing: Sharing[];
  /** Processors that handle the data for the controller. */
  processors?: {
    /** The processors' party ids; an empty list with `text` records "Not applicable". */
    parties: Id[];
    /** What the notice says about processors. */
    text?: Text;
    /** The section that explains it. */
    at?: Id;
  };
  /** Whether the data leaves the UK, and the safeguards. */
  transfers: Transfers;
  /** How long the data is kept. */
  retention: Retention[];
  /** The data subject's rights and how to use them. */
  rights: Rights;
  /** Automated decision-making, including profiling. */
  adm: {
    /** Whether decisions are made by automated means; `not-stated` when the notice does not say. */
    used: boolean | 'not-stated';
    /** What the notice says about it. */
    text?: Text;
    /** The section that explains it. */
    at?: Id;
  };
  /** How to complain: to the organisation, then to the regulator. */
  complaints?: Complaints;
  /** Whether the National Data Opt-Out applies (NHS and care bodies). */
  ndoo?: {
    /** Whether it applies. */
    applies: 'yes' | 'no' | 'not-applicable' | 'partly';
    /** What the notice says about it. */
    text?: Text;
    /** The section that explains it. */
    at?: Id;
  };
  /** What the notice says to children. */
  children?: {
    /** The youngest age the service is for. */
    minAge?: number;
    /** What the notice says. */
    text: Text;
    /** The section that explains it. */
    at?: Id;
  };
  /** Cookies: the cookie list comes from the config's `consent` section. */
  cookies?: {
    /** A separate cookie policy, when the organisation has one. */
    policyUrl?: Url;
    /**
     * A page where visitors can change their cookie settings without JavaScript: a form your
     * server handles, as GOV.UK's cookies page does. The static notice (`privacy-consent render`)
     * links to it from the cookies section for visitors whose browser runs no JavaScript;
     * without it, that section says that no script setting optional cookies is running.
     * @examples ["/cookies/settings"]
     */
    settingsUrl?: Url;
    /** The section that explains cookies. */
    at?: Id;
  };
  /** Terms this notice defines, or redefines: an entry with a built-in term's id replaces it. */
  glossary?: Term[];
  /** Legislation, codes and guidance the notice cites. */
  legislation?: LegalRef[];
  /** Footnotes, referred to by `{ "fn": id }` markers. */
  footnotes?: Footnote[];
  /** Changes to the generated first layer ("at a glance"). */
  summary?: Summary;
  /**
   * The second layer: the organisation's own wording, in document order.
   * @minItems 1
   */
  sections: Section[];
  /** Notes from importing the notice: artefacts removed, guesses, possible errors. All resolved before publishing. */
  importNotes?: ImportNote[];
}

/** A data controller of the notice. */
export interface Controller {
  /** The controller's party id (or the organisation's `id`). */
  party: Id;
  /** Sole or joint controller. */
  role: 'controller' | 'joint-controller';
  /** The section that says who the controller is, when its topic is not `controller` or `about`. */
  at?: Id;
}

/** A service the notice covers. */
export interface NoticeService {
  /** A short identifier. */
  id: Id;
  /** The service's name. */
  name: string;
  /** Where it runs ("Staffordshire"). */
  area?: string;
  /** Party ids of its funders. */
  fundedBy?: Id[];
  /** Party ids of who manages it. */
  managedBy?: Id[];
}

/** Transfers of data outside the UK. */
export interface Transfers {
  /** Whether data leaves the UK; `not-stated` when the notice does not say (the first layer then omits the item). */
  outsideUk: 'no' | 'yes' | 'only-with-consent' | 'not-stated';
  /** What the notice says about transfers. */
  text?: Text;
  /** The section that explains it. */
  at?: Id;
  /** Where the data goes, and under which safeguard. */
  destinations?: TransferDestination[];
}

/** One country data is sent to. */
export interface TransferDestination {
  /** The country. */
  country: string;
  /** The safeguard: UK adequacy regulations, the IDTA, the EU SCC addendum, binding corporate rules or an Article 49 derogation. */
  safeguard: 'adequacy' | 'idta' | 'addendum' | 'bcr' | 'derogation';
  /** Where to read or request a copy of the safeguard. */
  detailsUrl?: Url;
}

/** How to complain. */
export interface Complaints {
  /** Complaining to the organisation itself (DPA 2018 s.164A). */
  controller?: {
    /** What the notice says about it. */
    text?: Text;
    /** Contact card ids to complain to. */
    contacts: Id[];
  };
  /** The regulator's contact card id: `ico` for the built-in Information Commissioner's Office card. */
  regulator: Id;
  /** The section that explains it. */
  at?: Id;
}

/** An organisation, team, system or category of recipient the notice names. */
export interface Party {
  /** A short identifier. */
  id: Id;
  /** Its name, as the notice writes it. */
  name: string;
  /** A short name used in running text. */
  shortName?: string;
  /** What kind of party it is. */
  kind: 'organisation' | 'team' | 'system' | 'category';
  /** The parts it plays for this notice. */
  roles: ('controller' | 'joint-controller' | 'independent-controller' | 'processor' | 'recipient' | 'source' | 'funder' | 'partner' | 'regulator')[];
  /** Its website. */
  url?: Url;
  /** Its own privacy notice. */
  privacyNotice?: {
    /** The notice's name as written. */
    name?: string;
    /** Where it is. */
    href?: Url;
  };
  /** What the notice says about it. */
  note?: Text;
}

/** A category of personal data. */
export interface DataCategory {
  /** A short identifier. */
  id: Id;
  /** Its name in plain words ("Contact details"); shown in the first layer. */
  label: string;
  /** Personal data, special category data (UK GDPR Art 9) or criminal offence data (Art 10). */
  kind: 'personal' | 'special' | 'criminal';
  /** Examples ("name", "address"). */
  examples?: string[];
  /** Which special categories, when `kind` is `special`. */
  special?: ('health' | 'racial-ethnic' | 'religious' | 'sex-life' | 'sexual-orientation' | 'genetic' | 'biometric' | 'political' | 'trade-union')[];
  /** The section that explains it. */
  at?: Id;
}

/** Where data comes from. */
export interface Source {
  /** A short identifier. */
  id: Id;
  /** `data-subject` (the person themselves) or a party id. */
  from: Id;
  /** Data category ids received from this source. */
  data?: Id[];
  /** The section that explains it. */
  at?: Id;
  /** How the data is collected. */
  methods?: ('email' | 'phone' | 'letter' | 'in-person' | 'online-form' | 'website' | 'cookies' | 'paper' | 'recording')[];
}

/** A purpose for using the data. */
export interface Purpose {
  /** A short identifier. */
  id: Id;
  /** The purpose in a few words; shown in the first layer. */
  label: string;
  /** More about it. */
  text?: Text;
  /** Data category ids used for it. */
  data?: Id[];
  /** Lawful basis ids it relies on. */
  bases: Id[];
  /** The section that explains it. */
  at?: Id;
}

/** A lawful basis for processing. */
export interface LawfulBasis {
  /** A short identifier. */
  id: Id;
  /** UK GDPR Article 6(1) basis: (a) consent, (b) contract, (c) legal obligation, (d) vital interests, (e) public task, (ea) recognised legitimate interest, (f) legitimate interests. */
  art6: 'a' | 'b' | 'c' | 'd' | 'e' | 'ea' | 'f';
  /** Article 9(2) conditions for special category data. */
  art9?: ('a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j')[];
  /** Data Protection Act 2018 Schedule 1 conditions. */
  dpaSchedule1?: {
    /** Schedule 1 part. */
    part: 1 | 2;
    /** Paragraph (condition) number. */
    para: number;
    /** The condition's title. */
    title: string;
  }[];
  /** Legislation ids that give the task or obligation. */
  legislation?: Id[];
  /** The legitimate interest, in words; required when `art6` is `f`. */
  legitimateInterest?: Text;
  /** The common law duty of confidentiality basis, for health and care data. */
  confidentiality?: 'explicit-consent' | 'implied-consent' | 'section-251' | 'legal-requirement' | 'overriding-public-interest';
  /** The basis as the notice words it. */
  label?: Text;
  /** The section that explains it. */
  at?: Id;
}

/** Sharing with a recipient. */
export interface Sharing {
  /** A short identifier. */
  id: Id;
  /** The recipient's party id. */
  recipient: Id;
  /** Lawful basis ids for sharing. */
  bases: Id[];
  /** Why the data is shared. */
  purpose: Text;
  /** Data category ids shared. */
  data?: Id[];
  /** Whether only de-identified data is shared. */
  deidentified?: boolean;
  /** When it happens; groups the first layer's sharing item. */
  when?: 'routinely' | 'with-consent' | 'when-required-by-law' | 'emergency' | 'occasionally';
  /** How often, in words. */
  frequency?: string;
  /** The section that explains it. */
  at?: Id;
}

/** How long some data is kept. */
export interface Retention {
  /** A short identifier. */
  id: Id;
  /** Data category ids it applies to. Default: all. */
  appliesTo?: Id[];
  /** A fixed period. */
  period?: {
    /** Years. */
    years?: number;
    /** Months. */
    months?: number;
    /** When the period starts, in words ("the date that you stop using the service"). */
    from: string;
  };
  /** The criteria used to decide, when there is no fixed period. */
  criteria?: Text;
  /** The retention policy or code's legislation id. */
  policy?: Id;
  /** Whether the period is under review. */
  underReview?: boolean;
  /** How the data is disposed of. */
  disposal?: Text;
  /** The section that explains it. */
  at?: Id;
}

/** A data subject right. */
export type RightKind =
  | 'informed' | 'access' | 'rectification' | 'erasure' | 'restriction' | 'portability'
  | 'object' | 'automated-decisions' | 'withdraw-consent' | 'complain';

/** One right as the notice states it. */
export interface RightItem {
  /** Which right. */
  kind: RightKind;
  /** The right as the notice words it ("The right to erasure"). */
  label: Text;
  /** When it applies and what it means, as the notice words it. */
  conditions?: Text;
}

/** The rights and how to use them. */
export interface Rights {
  /** Each right, in the notice's order. */
  items: RightItem[];
  /** How to use the rights. */
  howTo?: Text;
  /** Contact card ids to use them with. */
  contacts?: Id[];
  /** Limits and exemptions. */
  caveats?: Text;
  /** The section that explains them. */
  at?: Id;
}

/** A contact card. */
export interface ContactCard {
  /** A short identifier; `ico` is reserved for the built-in ICO card unless redefined here. */
  id: Id;
  /** The contact's role. */
  role: 'dpo' | 'caldicott-guardian' | 'siro' | 'service' | 'controller' | 'complaints' | 'executive' | 'ig-team' | 'regulator' | 'other';
  /** The role as the notice names it ("Data Protection Officer"). Defaults to a built-in name for `role`. */
  roleLabel?: string;
  /** The person's name. */
  person?: string;
  /** The party id of the organisation. */
  org?: Id;
  /** What to contact them about. */
  purpose?: Text;
  /** Email addresses. */
  emails?: string[];
  /** Phone numbers. */
  phones?: {
    /** The number as written. */
    number: string;
    /** A label ("local rate"). */
    label?: string;
  }[];
  /** A postal address. */
  address?: {
    /** Address lines, without the postcode. */
    lines: string[];
    /** The postcode. */
    postcode?: string;
  };
  /** Web pages. */
  web?: {
    /** The address. */
    href: Url;
    /** Link text. Defaults to the address. */
    text?: string;
  }[];
  /** The section of the notice that gives these contact details, when it does not show the card itself. */
  at?: Id;
  /** Forms to use. */
  forms?: {
    /** The form's name. */
    name: string;
    /** Where it is; without it the name is shown as plain text. */
    href?: Url;
  }[];
}

/** A glossary term. */
export interface Term {
  /** A short identifier; a built-in term's id replaces that term. */
  id: Id;
  /** The term ("Data Controller"). */
  term: string;
  /** Its abbreviation ("DPO"). */
  abbr?: string;
  /** Other words for it. */
  aliases?: string[];
  /** The definition, in plain English. */
  definition: Text;
  /** Written for this notice, or taken from the built-in library. */
  from?: 'notice' | 'library';
}

/**
 * The ids of the built-in glossary: the vocabulary of term ids a notice may use without
 * defining them (`{ "term": "data-controller" }`). Common UK data-protection terms, which every
 * language's notice strings define (`src/i18n/en-GB/notice.ts`, `src/i18n/cy/notice.ts`). A
 * notice's `glossary` adds terms and replaces a built-in one by using its id.
 */
export const BUILT_IN_TERM_IDS = [
  'data-controller',
  'joint-controller',
  'data-processor',
  'personal-data',
  'special-category-data',
  'criminal-offence-data',
  'data-subject',
  'processing',
  'lawful-basis',
  'consent',
  'explicit-consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
  'subject-access-request',
  'data-portability',
  'profiling',
  'automated-decision-making',
  'pseudonymised-data',
  'anonymised-data',
  'data-breach',
  'dpo',
  'caldicott-guardian',
  'siro',
  'ico',
  'uk-gdpr',
  'dpa-2018',
  'pecr',
  'common-law-duty-of-confidentiality',
  'national-data-opt-out',
  'confidential-patient-information',
  'section-251',
  'direct-care',
  'information-sharing-agreement',
  'data-protection-impact-assessment',
  'retention-period',
  'cookies',
] as const;

/** The id of a built-in glossary term. */
export type BuiltInTermId = (typeof BUILT_IN_TERM_IDS)[number];

/** A built-in term's wording in one language. */
export interface BuiltInTerm {
  /** The term as it is usually written. */
  term: string;
  /** Its usual abbreviation. */
  abbr?: string;
  /** A plain-English definition. */
  definition: Text;
}

/** Legislation, a code or guidance the notice cites. */
export interface LegalRef {
  /** A short identifier. */
  id: Id;
  /** Its title ("Data Protection Act 2018"). */
  title: string;
  /** A section or part. */
  section?: string;
  /** What kind of document it is. */
  kind: 'act' | 'si' | 'guidance' | 'code' | 'policy' | 'form';
  /** Where to read it. */
  href?: Url;
}

/** A footnote. */
export interface Footnote {
  /** A short identifier, referred to by `{ "fn": id }`. */
  id: Id;
  /** The marker as written ("*", "[1]"). */
  marker: string;
  /** The footnote's text. */
  body: Block[];
}

/** What a second-layer section is about; used to find the cookies section and by checks. */
export type Topic =
  | 'about' | 'controller' | 'data' | 'sources' | 'purposes' | 'lawful-basis' | 'confidentiality' | 'sharing'
  | 'processors' | 'systems' | 'transfers' | 'security' | 'retention' | 'contact-methods' | 'rights' | 'adm'
  | 'complaints' | 'contacts' | 'ndoo' | 'children' | 'cookies' | 'marketing' | 'links' | 'changes' | 'principles' | 'other';

/** A section of the second layer, in the organisation's own wording. */
export interface Section {
  /**
   * A stable identifier, used in the page address (`#sharing`).
   * @pattern ^[A-Za-z][A-Za-z0-9_-]*$
   */
  id: Id;
  /**
   * The heading, as written.
   * @minLength 1
   */
  heading: string;
  /** What the section is about. */
  topic: Topic;
  /** The section's body. */
  blocks: Block[];
  /** Subsections. */
  sub?: Section[];
}

/** An item of the first layer ("at a glance"). */
export type SummaryKind = 'who' | 'what' | 'why' | 'basis' | 'sharing' | 'transfers' | 'retention' | 'rights' | 'complain' | 'contact';

/** Changes to the generated first layer. */
export interface Summary {
  /** A sentence shown before the items. */
  lead?: Text;
  /** Items to leave out. `complain` cannot be left out. */
  hide?: SummaryKind[];
  /** Wording to use instead of the generated text, by item. */
  override?: Partial<Record<SummaryKind, Text>>;
}

/** A note from importing the notice. */
export interface ImportNote {
  /** The id of what it is about (a section, party, contact…), or `notice`. */
  at: Id;
  /** What kind of note. */
  kind: 'artefact' | 'inferred' | 'possible-error' | 'missing-url' | 'missing-content' | 'broken-xref';
  /** The note. */
  text: string;
  /** The sentence of the imported document the note is about, as written, so a reviewer can see why. */
  source?: string;
  /** Whether a person has dealt with it. */
  resolved?: boolean;
}
