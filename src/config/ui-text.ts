/**
 * The keys of the consent UI's own wording: every string the banner and the preferences show
 * that does not come from the organisation's config. A config can replace any of them key by key
 * (`consent.text`), so they are part of what a config is and are declared here; `i18n/` imports
 * them and holds one object of them per language (`i18n/en-GB/`, `i18n/cy/`). `{name}` placeholders are
 * filled by `formatText` (`i18n/strings.ts`).
 */
export interface UiStrings extends BannerStrings, PreferencesStrings, PlaceholderStrings, ExceptionStrings {}

/** The banner's strings: all a first-time visitor downloads. */
export interface BannerStrings {
  /** Banner heading and its region's accessible name. Placeholder: `{organisation}`. */
  bannerTitle: string;
  /** First sentence of the banner: essential cookies. */
  bannerIntro: string;
  /** Second sentence: the optional categories. Placeholder: `{categories}` (a list of category titles). */
  bannerOptional: string;
  /** Text of the banner's link to the privacy notice. */
  noticeLink: string;
  /** The button that allows every optional category. */
  acceptAll: string;
  /** The button that refuses every optional category. */
  rejectAll: string;
  /** The button that opens the preferences dialog. */
  managePreferences: string;
  /** Confirmation after accepting. */
  acceptedMessage: string;
  /** Confirmation after rejecting. */
  rejectedMessage: string;
  /** Confirmation after saving a custom choice. */
  savedMessage: string;
  /** Sentence that follows every confirmation; it contains `changeSettingsLink`, which opens the preferences. */
  changeSettings: string;
  /** The part of `changeSettings` that is a link to the preferences. */
  changeSettingsLink: string;
  /** The button that hides the confirmation. */
  hideMessage: string;
}

/**
 * The cookie table's strings: one set for every cookie table, in the preferences and in the
 * notice's cookies section, so a config's `consent.text` changes both.
 */
export interface CookieTableStrings {
  /** Cookie table column: name. */
  cookieName: string;
  /** Cookie table column: who sets it. */
  cookieProvider: string;
  /** Cookie table column: purpose. */
  cookiePurpose: string;
  /** Cookie table column: how long it lasts. */
  cookieDuration: string;
  /** Caption of a service's cookie table. Placeholder: `{service}`. */
  cookieTableCaption: string;
  /** Caption of the table of a category's cookies (all of them in the notice; those set by no listed service in the preferences). Placeholder: `{category}`. */
  cookieCategoryCaption: string;
}

/** The preferences dialog's strings (it also uses `acceptAll` and `rejectAll`). */
export interface PreferencesStrings extends CookieTableStrings {
  /** Preferences dialog heading. */
  preferencesTitle: string;
  /** Preferences dialog introduction. */
  preferencesIntro: string;
  /** Shown instead of a switch state for a required category. */
  alwaysOn: string;
  /** Switch state text when on. */
  switchOn: string;
  /** Switch state text when off. */
  switchOff: string;
  /** Summary of the expandable list of services and cookies. Placeholder: `{count}`. */
  servicesSummary: string;
  /** Link to a service's privacy policy. Placeholder: `{service}`. */
  servicePrivacyLink: string;
  /** The button that saves the switches as they are. */
  saveChoices: string;
  /** Accessible name of the dialog's close button. */
  close: string;
  /** Shown in the dialog when the browser sends Global Privacy Control. */
  gpcNotice: string;
  /** Announced after saving on an inline cookies page. */
  savedStatus: string;
  /** Basis line of a strictly necessary category. */
  basisRequired: string;
  /** Basis line of a category that needs consent. */
  basisConsent: string;
  /** Basis line of a category under the UK statistics exception (PECR Sch A1 para 5). */
  basisStatistics: string;
  /** Basis line of a category under the UK appearance exception (PECR Sch A1 para 6). */
  basisAppearance: string;
  /** The button that objects to one exception category. Placeholder: `{category}`. */
  objectCategory: string;
  /** Announced after objecting to a category. Placeholder: `{category}`. */
  objectedStatus: string;
  /** The button that downloads the receipt of the visitor's choices. */
  downloadRecord: string;
  /** Announced after the download. Placeholders: `{file}`, `{summary}`. */
  recordDownloaded: string;
  /** First sentence of the readable summary. Placeholders: `{organisation}`, `{date}`, `{method}`. */
  summaryIntro: string;
  /** The categories switched on. Placeholder: `{categories}`. */
  summaryOn: string;
  /** The categories switched off. Placeholder: `{categories}`. */
  summaryOff: string;
  /** The receipt's random id. Placeholder: `{id}`. */
  summaryId: string;
  /** Said for an empty list in the summary. */
  summaryNone: string;
  /** How the choice was made: in the cookie banner. */
  methodBanner: string;
  /** How the choice was made: in the preferences dialog. */
  methodPreferences: string;
  /** How the choice was made: on the cookies page (or the notice's cookies section). */
  methodCookiesPage: string;
  /** How the choice was made: on an embed's placeholder. */
  methodPlaceholder: string;
  /** How the choice was made: by the website's own code. */
  methodApi: string;
  /** How the choice was made: the browser's Global Privacy Control signal. */
  methodGpc: string;
}

/**
 * The strings of `<consent-placeholder>`, the box that stands in for a blocked embed (a video, a
 * map, a form) and asks in place. `{service}` is the service's name from the config (or the
 * category's title, for an embed gated on a whole category), joined with "and" when an embed
 * needs several.
 */
export interface PlaceholderStrings {
  /** What the box stands for, when the embed has a `title`. Placeholders: `{service}`, `{title}`. */
  placeholderTitle: string;
  /** What the box stands for, when the embed has no `title`. Placeholder: `{service}`. */
  placeholderUntitled: string;
  /** Who provides the service, when the config names a provider. Placeholder: `{provider}`. */
  placeholderProvider: string;
  /** What loading it means, when the config lists its cookies. Placeholders: `{service}`, `{cookies}` (their names). */
  placeholderCookies: string;
  /** What loading it means, when the config lists no cookies for it. Placeholder: `{service}`. */
  placeholderNoCookies: string;
  /** The link to the cookie details (it opens the cookie preferences). */
  placeholderDetails: string;
  /** The button that loads the embed for this page view only, recording nothing. */
  placeholderLoad: string;
  /** The button that records a decision allowing the service from now on. Placeholder: `{service}`. */
  placeholderAlways: string;
  /** The link to the content on the provider's own website. Placeholder: `{service}`. */
  placeholderLink: string;
  /** Shown instead of the buttons when the embed cannot be loaded on this page (unknown service, unsafe address). */
  placeholderUnavailable: string;
}

/**
 * The banner's words for categories that run before a choice under a UK exception (PECR Sch A1
 * paras 5 and 6): the information the law asks for and the means of objecting. Loaded only when a
 * config has such categories, so other first visits do not download them.
 */
export interface ExceptionStrings {
  /** Says that statistics cookies are used without asking, and that the visitor can object. Placeholder: `{categories}`. */
  statisticsNotice: string;
  /** Says that appearance cookies are used without asking, and that the visitor can object. Placeholder: `{categories}`. */
  appearanceNotice: string;
  /** The banner's button that objects to them. Placeholder: `{categories}`. */
  objectButton: string;
  /** Confirmation after objecting. Placeholder: `{categories}`. */
  objectedMessage: string;
}
