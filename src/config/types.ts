/**
 * The one JSON config a site writes. These types are the source of truth: the JSON Schema
 * (`dist/privacy-consent.schema.json`) and the runtime validator are generated from them by
 * `scripts/gen-schema.mjs`, so the three cannot drift.
 *
 * Keep every property documented: the JSDoc becomes the schema's `description`, which editors
 * show while a developer types the config.
 */
import type { Notice, Url } from './notice-model.js';
import type { UiStrings } from './ui-text.js';
import type { Integrations } from './integrations.js';
import type { Audience, CategoryBasis, ConsentExceptions, ReceiptsConfig } from './exceptions.js';

/**
 * The whole config: who the organisation is, the cookie consent banner and the privacy notice.
 */
export interface PrivacyConfig {
  /** URL of the JSON Schema, so editors autocomplete and underline mistakes. */
  $schema?: string;
  /**
   * The policy version. When it changes, every stored choice is asked again.
   * @examples ["2026-11-01", "3"]
   * @minLength 1
   */
  version: string;
  /**
   * Language of the config's wording, as a BCP 47 tag. Defaults to the page's `<html lang>`.
   * @examples ["en-GB", "cy"]
   */
  lang?: string;
  /** The organisation responsible for the website (the data controller). */
  organisation: Organisation;
  /** Opt in to the UK exceptions to cookie consent (PECR Sch A1 paras 5 and 6), so categories may use `basis`. Off by default: every optional category needs consent. */
  exceptions?: ConsentExceptions;
  /** The cookie and analytics consent banner. Without it, no banner is shown. */
  consent?: ConsentConfig;
  /** The layered privacy notice shown by `<privacy-notice>`. */
  notice?: Notice;
  /** Other language versions of `consent` wording and `notice`, keyed by language tag (for example `cy`). */
  translations?: Record<string, Translation>;
}

/** The same config's wording in another language. Categories and services keep their ids. */
export interface Translation {
  /** Wording of the banner and dialog in this language: category and service texts by id, and UI strings. */
  consent?: ConsentTranslation;
  /** The notice in this language. */
  notice?: Notice;
}

/** Wording of the consent UI in another language. */
export interface ConsentTranslation {
  /** Category titles and descriptions by category id. */
  categories?: Record<string, {
    /** The category's heading in this language. */
    title?: string;
    /** What the category's cookies do, in this language. */
    description?: string;
  }>;
  /** Service names and descriptions by service id. */
  services?: Record<string, {
    /** The service's name in this language. */
    name?: string;
    /** What the service does with the visitor's data, in this language. */
    description?: string;
  }>;
  /** Cookie purposes and durations by cookie name. */
  cookies?: Record<string, {
    /** What the cookie is for, in this language. */
    purpose?: string;
    /** How long it lasts, in this language ("13 mis"). */
    duration?: string;
  }>;
  /** UI strings in this language. */
  text?: Partial<UiStrings>;
}

/** Who the organisation is. */
export interface Organisation {
  /** A short identifier, used when the notice refers to the organisation as a party. */
  id?: string;
  /**
   * The organisation's name, as visitors know it.
   * @examples ["Example NHS Trust"]
   * @minLength 1
   */
  name: string;
  /** A short name used in running text ("the Trust", "ACE"). */
  shortName?: string;
  /** The organisation's website. */
  url?: Url;
  /** Whether it is a public authority (a DPO is then mandatory, UK GDPR Art 37(1)(a)). */
  publicAuthority?: boolean;
}

/** The consent banner: categories of optional cookies and how the choice is kept. */
export interface ConsentConfig {
  /**
   * Cookie categories, in the order they are shown. Mark strictly necessary ones `required`.
   * @minItems 1
   */
  categories: Category[];
  /**
   * Link to the privacy notice or cookies page, shown in the banner.
   * @examples ["/privacy", "https://example.nhs.uk/cookies"]
   */
  noticeUrl?: Url;
  /**
   * Days a choice is kept before the banner asks again.
   * @default 182
   * @minimum 1
   * @maximum 400
   */
  expiryDays?: number;
  /**
   * Where the banner is drawn. `bottom` (default) floats over the page without moving it;
   * `top` sits in the page flow before the content, GOV.UK style (never sticky).
   * @default "bottom"
   */
  position?: 'bottom' | 'top';
  /** Also keep the decision in a first-party cookie, so servers and subdomains can read it. Off by default. */
  cookie?: ConsentCookie;
  /** Replace any of the banner's and dialog's default wording, key by key. */
  text?: Partial<UiStrings>;
  /** Tags with a consent protocol of their own (Google Consent Mode, Matomo, Clarity, Meta, UET, HubSpot, TikTok) and what grants each of their signals. */
  integrations?: Integrations;
  /** Send a receipt of every decision to the organisation's own server. Off by default: receipts stay on the visitor's device. */
  receipts?: ReceiptsConfig;
  /** Where the website's visitors are (`uk`, `eea`, `other`): `check` warns when EEA visitors meet a UK-only exception. */
  audiences?: Audience[];
}

/** The optional first-party cookie that mirrors the decision. */
export interface ConsentCookie {
  /**
   * The cookie's name.
   * @default "privacy-consent"
   * @pattern ^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$
   */
  name?: string;
  /**
   * The domain to set it on, to share it with subdomains (for example `example.nhs.uk`). Defaults to this host only.
   * @examples ["example.nhs.uk"]
   */
  domain?: string;
}

/** A purpose for which cookies or similar storage are used. */
export interface Category {
  /**
   * Stable identifier, used by `data-consent` attributes and stored with the choice.
   * @pattern ^[a-z0-9][a-z0-9_-]*$
   * @examples ["necessary", "analytics", "marketing"]
   */
  id: string;
  /**
   * Heading shown in the preferences dialog.
   * @minLength 1
   * @examples ["Analytics"]
   */
  title: string;
  /** What these cookies do, in plain words. */
  description?: string;
  /** Strictly necessary: always on, shown locked. No consent is asked for it (PECR Sch A1 para 4). */
  required?: boolean;
  /** What the category rests on: `consent` (default), or a UK exception, `statistics` or `appearance`, which runs before a choice and lets the visitor object (needs the top-level `exceptions`). */
  basis?: CategoryBasis;
  /** The services (tools, providers) that set these cookies. */
  services?: Service[];
  /** Cookies set directly by the site (not by a named service) for this purpose. */
  cookies?: Cookie[];
}

/** A tool or provider that sets cookies for a category. */
export interface Service {
  /**
   * Stable identifier, unique in the whole config. Scripts can be gated on it with `data-consent="category/service"`.
   * @pattern ^[a-z0-9][a-z0-9_-]*$
   * @examples ["matomo", "youtube"]
   */
  id: string;
  /**
   * The service's name as visitors know it.
   * @minLength 1
   */
  name: string;
  /** What the service does with the visitor's data. */
  description?: string;
  /** Who runs it, when it is a third party. */
  provider?: string;
  /** The provider's privacy policy. */
  privacyUrl?: Url;
  /** The provider processes the data only for the organisation, as its processor under contract (UK GDPR Art 28), not for its own purposes. Required of every service in a `statistics` or `appearance` category. */
  processor?: boolean;
  /** The cookies or storage keys it sets. */
  cookies?: Cookie[];
}

/** One cookie or storage key. */
export interface Cookie {
  /**
   * The cookie's name; `*` matches any run of characters (`_pk_id.*`).
   * @minLength 1
   * @examples ["_pk_id.*", "_ga"]
   */
  name: string;
  /** Who sets it, when not the service's provider. */
  provider?: string;
  /** What it is for. */
  purpose?: string;
  /**
   * How long it lasts.
   * @examples ["13 months", "Session", "30 minutes"]
   */
  duration?: string;
  /** Domain the cookie is set on, when not this site's own. */
  domain?: string;
}
