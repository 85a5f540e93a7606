import type { BuiltInTerm, BuiltInTermId, ContactCard, LawfulBasis, RightKind, Sharing, SummaryKind } from '../config/notice-model.js';
import type { CookieTableStrings } from '../config/ui-text.js';

/**
 * What `<privacy-notice>` shows in one language: its own wording, and the cookie tables' wording,
 * which its cookies section shares with the preferences (`CookieTableStrings`, defined once per
 * language in `i18n/<lang>/preferences.ts`, so the notice's strings files never load the
 * dialog's, and the dialog never loads the notice's).
 */
export type NoticeText = NoticeStrings & CookieTableStrings;

/**
 * The `<privacy-notice>` element's own wording: every string it shows that does not come from
 * the organisation's notice, including the built-in glossary and the ICO contact card. One
 * object per language (`notice-en-GB.ts`); `{name}` placeholders are filled by `formatText`.
 */
export interface NoticeStrings {
  /** Heading of the first layer. */
  atAGlance: string;
  /** Heading of the table of contents, and its navigation landmark's name. */
  contents: string;
  /** Shown under the title. Placeholder: `{version}`. */
  version: string;
  /** Shown under the title. Placeholder: `{date}` (formatted with `Intl.DateTimeFormat`). */
  lastUpdated: string;
  /** Button that opens every section. */
  openAll: string;
  /** Button that closes every section. */
  closeAll: string;
  /** Link from a just-in-time section to the full notice. */
  readFullNotice: string;
  /** Heading of the footnotes. */
  footnotes: string;
  /** Accessible name of a footnote's link back to where it is referred to. Placeholder: `{marker}`. */
  backToReference: string;
  /** Accessible name of a footnote marker's link. Placeholder: `{marker}`. */
  footnoteReference: string;
  /** Accessible name of a defined term's close button. */
  closeDefinition: string;
  /** Accessible name of a scrollable table region without a caption. */
  table: string;
  /** Contact card labels. */
  email: string;
  /** Contact card label for a phone number. */
  phone: string;
  /** Contact card label for a postal address. */
  address: string;
  /** Contact card label for a web page. */
  website: string;
  /** Contact card label for a form. */
  form: string;
  /** Default names of contact roles, when a card has no `roleLabel`. */
  roles: Record<ContactCard['role'], string>;
  /** The built-in Information Commissioner's Office card (id `ico`). */
  ico: ContactCard & { name: string };
  /** Headings of the first-layer items. */
  glanceHeadings: Record<SummaryKind, string>;
  /** Who is responsible. Placeholder: `{names}`. */
  glanceWho: string;
  /** Who is responsible, when there are joint controllers. Placeholder: `{names}`. */
  glanceWhoJoint: string;
  /** What is collected. Placeholder: `{labels}`. The item's first letter is capitalised. */
  glanceWhat: string;
  /** Appended to a shortened list of labels or purposes. Placeholder: `{count}`. */
  andMore: (count: number) => string;
  /** Badge when special category data is used, by kind (`health` first, else `special`), and for criminal offence data. */
  badges: { health: string; special: string; criminal: string };
  /** Why it is used. Placeholder: `{purposes}` (the purposes' labels, first letters lower-cased). */
  glanceWhy: string;
  /** Lawful basis in plain words. Placeholder: `{bases}`. The item's first letter is capitalised. */
  glanceBasis: string;
  /** Plain words for each UK GDPR Article 6 basis. */
  basisWords: Record<LawfulBasis['art6'], string>;
  /** Label of a group of recipients in the sharing item, by when sharing happens (`other` when not said, and it is the only group). Groups are joined with "; " and the first letter is capitalised. */
  sharingWhen: Record<NonNullable<Sharing['when']> | 'other', string>;
  /** Label of the recipients shared with at unstated times, after other groups. */
  sharingAlso: string;
  /** Transfers outside the UK, by `transfers.outsideUk`. `yes` has the placeholder `{countries}`. */
  transfers: { no: string; yes: string; yesUnnamed: string; 'only-with-consent': string };
  /** Retention with a fixed period. Placeholders: `{period}`, `{from}`. */
  glanceRetentionPeriod: string;
  /** Retention set by a policy or code. Placeholder: `{policy}`. */
  glanceRetentionPolicy: string;
  /** Added when the retention period is under review. */
  underReview: string;
  /** A period in years and months. */
  period: (years: number, months: number) => string;
  /** Rights. Placeholder: `{rights}`. */
  glanceRights: string;
  /** Short names of rights, listed in `glanceRights`. */
  rightNames: Record<RightKind, string>;
  /** Link text of the rights item. */
  howToUseRights: string;
  /** Complaints to the organisation. Placeholder: `{contacts}`. */
  glanceComplainUs: string;
  /** Complaints to the regulator, after the route to the organisation. Placeholder: `{regulator}`. */
  glanceComplainRegulator: string;
  /** Complaints to the regulator, when the notice gives no route to the organisation. Placeholder: `{regulator}`. */
  glanceComplainRegulatorOnly: string;
  /** Contact. Placeholder: `{contact}`. */
  glanceContact: string;
  /** Heading of the cookies section added when the notice has none. */
  cookiesHeading: string;
  /** Introduction of the cookies list. */
  cookiesIntro: string;
  /** Said of a category with no cookies listed. */
  noCookies: string;
  /** Heading above the visitor's cookie choices. */
  yourCookieChoices: string;
  /** Link to a separate cookie policy. */
  cookiePolicy: string;
  /**
   * Said in the cookies section of a static notice (`privacy-consent render`) where the choices
   * would be, to a visitor whose browser runs no JavaScript (GOV.UK Service Manual: progressive
   * enhancement). Scripts that set optional cookies are gated by this library, so none run.
   */
  cookiesWithoutScript: string;
  /** Link to the site's own cookie settings page that works without JavaScript (`notice.cookies.settingsUrl`). */
  cookieSettingsWithoutScript: string;
  /** Heading of a static notice's list of the terms it defines, shown when scripting is off. */
  glossaryHeading: string;
  /** A strictly necessary category's lawful basis (PECR Sch A1 para 4). */
  cookieBasisRequired: string;
  /** A consent-based category's lawful basis. */
  cookieBasisConsent: string;
  /** A category under the UK statistics exception (PECR Sch A1 para 5). */
  cookieBasisStatistics: string;
  /** A category under the UK appearance exception (PECR Sch A1 para 6). */
  cookieBasisAppearance: string;
  /** The built-in glossary, by term id. */
  glossary: Record<BuiltInTermId, BuiltInTerm>;
}
