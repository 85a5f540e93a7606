/**
 * The `integrations` part of the consent config: which of the site's own categories and services
 * grant each consent signal of the tags the site runs (Google Consent Mode v2 for gtag.js and
 * Tag Manager, a Tag Manager `dataLayer` event, Matomo, Microsoft Clarity, the Meta pixel,
 * Microsoft UET, HubSpot, TikTok).
 *
 * These tags each have a consent protocol of their own: a *default* that must be set before the
 * tag's first command on every page, and an *update* after the visitor's choice and on every
 * later page (most vendors do not remember it). The widget sends both from this mapping; see
 * docs/integrations.md for the tags in the order they must appear. Like `types.ts`, these types
 * are the source of the JSON Schema: every property's JSDoc is what editors show.
 */

/**
 * What grants a signal, in the syntax of `data-consent`: a category id, a service id, or
 * `category/service`; several ids separated by spaces must all be granted. Until the visitor
 * grants it, the signal is denied.
 * @pattern ^[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)?( +[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)?)*$
 * @examples ["analytics", "marketing/meta", "analytics marketing"]
 */
export type ConsentRequirement = string;

/**
 * The tags whose own consent protocol the widget drives, by vendor. Name only the tags the site
 * runs: the code for each is downloaded only when it is named here.
 */
export interface Integrations {
  /** Google Consent Mode v2, for the Google tag (gtag.js) and Google Tag Manager. */
  googleConsentMode?: GoogleConsentMode;
  /** A Google Tag Manager `dataLayer` event when the choice is read and after every decision, so GTM triggers can fire on consent. */
  dataLayerEvent?: DataLayerEvent;
  /** Matomo's tracking or cookie consent (`requireConsent` / `requireCookieConsent`). */
  matomo?: MatomoConsent;
  /** Microsoft Clarity's consent API (`clarity('consentv2', …)`). */
  clarity?: ClarityConsent;
  /** The Meta (Facebook) pixel's consent API (`fbq('consent', 'revoke' | 'grant')`). */
  metaPixel?: MetaPixelConsent;
  /** Microsoft Advertising UET consent mode (`uetq.push('consent', …)`). */
  microsoftUet?: MicrosoftUetConsent;
  /** HubSpot's privacy API for a third-party banner (`_hsp.push(['setHubSpotConsent', …])`). */
  hubspot?: HubSpotConsent;
  /** The TikTok pixel's consent API (`ttq.holdConsent()`, `grantConsent()`, `revokeConsent()`). */
  tiktok?: TikTokConsent;
}

/**
 * Google Consent Mode v2. Every signal starts `denied` (except `security_storage`, which is
 * strictly necessary and always `granted`) and follows the visitor's choice of what it is mapped to.
 */
export interface GoogleConsentMode {
  /** What grants each consent signal. A signal left out stays `denied`. */
  signals: GoogleConsentSignals;
  /**
   * `basic` (default): the Google tag is held back with `data-consent` until the visitor allows
   * it, so nothing reaches Google before consent. `advanced`: the tag loads at once with every
   * signal denied and sends cookieless pings; that reads the visitor's device before consent and
   * is the organisation's own decision, so it must also set `acknowledgeAdvancedMode`.
   * @default "basic"
   */
  mode?: 'basic' | 'advanced';
  /**
   * Set to `true` to record that the organisation (the controller) has decided to use advanced
   * mode knowing that the Google tag then runs, and sends pings, before the visitor's choice.
   */
  acknowledgeAdvancedMode?: boolean;
  /**
   * In basic mode: the `data-consent` value the page's Google tag (gtag.js or the Tag Manager
   * container) is held back with, so `privacy-consent check` can tell whether the two agree.
   * @examples ["analytics"]
   */
  gatedBy?: ConsentRequirement;
  /**
   * Milliseconds Google tags wait for the update after the default (`wait_for_update`).
   * @default 500
   * @minimum 0
   * @maximum 10000
   */
  waitForUpdate?: number;
  /**
   * Limits the default to these regions (ISO 3166-2 codes, `region`). Outside them Google tags
   * get no default from the widget. Leave it out to apply the default everywhere.
   * @examples [["GB"]]
   */
  region?: GoogleRegion[];
  /** Redact ad click identifiers while `ad_storage` is denied (`ads_data_redaction`). */
  adsDataRedaction?: boolean;
  /** Pass ad click information through URLs while storage is denied (`url_passthrough`). */
  urlPassthrough?: boolean;
}

/**
 * An ISO 3166-2 country or subdivision code.
 * @pattern ^[A-Z]{2}(-[A-Z0-9]{1,3})?$
 */
export type GoogleRegion = string;

/** The Google Consent Mode signals, each mapped to what grants it. */
export interface GoogleConsentSignals {
  /** Storage (such as cookies) for advertising. */
  ad_storage?: ConsentRequirement;
  /** Sending user data to Google for online advertising. */
  ad_user_data?: ConsentRequirement;
  /** Personalised advertising. */
  ad_personalization?: ConsentRequirement;
  /** Storage (such as cookies) for analytics, for example visit duration. */
  analytics_storage?: ConsentRequirement;
  /** Storage that supports the website's functionality, such as language settings. */
  functionality_storage?: ConsentRequirement;
  /** Storage for personalisation, such as video recommendations. */
  personalization_storage?: ConsentRequirement;
}

/** The Tag Manager event pushed to `dataLayer` with the visitor's grants. */
export interface DataLayerEvent {
  /**
   * The event name, for a GTM "Custom Event" trigger.
   * @default "privacy_consent"
   * @pattern ^[A-Za-z0-9_.:-]+$
   */
  event?: string;
}

/** Matomo's consent. */
export interface MatomoConsent {
  /** What grants Matomo consent. */
  consent: ConsentRequirement;
  /**
   * `tracking` (default): no request and no cookie before consent (`requireConsent`).
   * `cookies`: requests without cookies before consent (`requireCookieConsent`).
   * @default "tracking"
   */
  require?: 'tracking' | 'cookies';
}

/** Microsoft Clarity's two consent signals. */
export interface ClarityConsent {
  /** What grants each signal. Note Clarity's capital S. */
  signals: {
    /** Storage for analytics (Clarity's session recordings and heatmaps across pages). */
    analytics_Storage?: ConsentRequirement;
    /** Storage for advertising. */
    ad_Storage?: ConsentRequirement;
  };
}

/** The Meta pixel's consent. */
export interface MetaPixelConsent {
  /** What grants Meta pixel consent. */
  consent: ConsentRequirement;
}

/** Microsoft UET's consent, its `ad_storage` signal. */
export interface MicrosoftUetConsent {
  /** What grants `ad_storage`. */
  consent: ConsentRequirement;
}

/** HubSpot's three consent categories. */
export interface HubSpotConsent {
  /** What grants each HubSpot category. A category left out stays refused. */
  signals: {
    /** Cookies that gather analytics data. */
    analytics?: ConsentRequirement;
    /** Cookies that serve personalised ads. */
    advertisement?: ConsentRequirement;
    /** Cookies the website needs to work (such as authentication). */
    functionality?: ConsentRequirement;
  };
}

/** The TikTok pixel's consent. */
export interface TikTokConsent {
  /** What grants TikTok pixel consent. */
  consent: ConsentRequirement;
}
