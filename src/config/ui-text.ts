/**
 * The keys of the consent UI's own wording: every string the banner and the preferences show
 * that does not come from the organisation's config. A config can replace any of them key by key
 * (`consent.text`), so they are part of what a config is and are declared here; `i18n/` imports
 * them and holds one object of them per language (`i18n/en-GB/`, `i18n/cy/`). `{name}` placeholders are
 * filled by `formatText` (`i18n/strings.ts`).
 */
export interface UiStrings extends BannerStrings, PreferencesStrings {}

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
}
