/**
 * The shape of a receipt (ISO/IEC TS 27560 as W3C DPV publishes it; see `receipt.ts`), apart
 * from the code that builds one, so a stored record (`consent-record.ts`) can name its receipts'
 * type without importing that code.
 */

/**
 * How the visitor expressed a decision: the first layer (`banner`), the preferences dialog
 * (`preferences`), the choices inline on a cookies page or in the notice's cookies section
 * (`cookies-page`), an embed's placeholder (`placeholder`), the site's own code through
 * `PrivacyConsent` (`api`), or the browser's Global Privacy Control signal (`gpc`). A decision
 * that reaches another tab keeps the method it was made with there.
 */
export type ReceiptMethod = 'banner' | 'preferences' | 'cookies-page' | 'placeholder' | 'api' | 'gpc';

/** What the UI knows about a decision that the store does not: how it was made, and in which language. */
export interface DecisionContext {
  /** How the decision was expressed (default `api`). */
  method?: ReceiptMethod;
  /** The language the visitor read the question in, as a BCP 47 tag (default: the config's or the page's). */
  lang?: string;
}

/** The IRI of the DPV-27560 profile a receipt conforms to. */
export const RECEIPT_PROFILE = 'https://w3id.org/dpv/schema/dpv-27560#receipt';
/** The IRI of the DPV-27560 profile each record conforms to. */
export const RECORD_PROFILE = 'https://w3id.org/dpv/schema/dpv-27560#record';
/** How many decisions a device keeps receipts of: enough for a withdrawal to keep the grant before it. */
export const RECEIPT_HISTORY = 5;

/**
 * The JSON-LD context: DPV and Dublin Core terms as the DPV-27560 guide uses them, and `pc:` for the
 * few facts 27560 has no field for (the wording's hash, the page, whether a purpose is active).
 */
export const RECEIPT_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  dct: 'http://purl.org/dc/terms/',
  loc: 'https://w3id.org/dpv/loc#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  schema: 'https://schema.org/',
  pc: 'urn:privacy-consent:receipt:',
} as const;

/** PECR Schedule A1 as inserted by the Data (Use and Access) Act 2025 Sch 12, by paragraph. */
export const SCHEDULE_A1 = 'https://www.legislation.gov.uk/uksi/2003/2426/schedule/A1/paragraph/';
/** The lawful basis of a purpose: consent (PECR reg 6, to the UK GDPR standard), or an exception of PECR Sch A1. */
export type LegalBasis = 'dpv:ExpressedConsent' | `${typeof SCHEDULE_A1}${4 | 5 | 6}`;

/** The laws a receipt is made under: PECR (storage and access) and the UK GDPR (the consent standard, Art 7(1)). */
export const APPLICABLE_LAW = ['https://www.legislation.gov.uk/uksi/2003/2426', 'https://www.legislation.gov.uk/eur/2016/679'];

/** A consent status as DPV names it. */
export type ConsentStatusIri = 'dpv:ConsentGiven' | 'dpv:ConsentRefused' | 'dpv:ConsentWithdrawn';

/** A service within a purpose. */
export interface ReceiptService {
  'dct:identifier': string;
  'dct:title': string;
  /** Who runs it, when the config names a provider. */
  'schema:provider'?: string;
  /** Present when the config marks the provider as the organisation's processor. */
  'pc:processor'?: true;
  /** Whether it may run after this decision. */
  'pc:active': boolean;
}

/** One purpose: a category of the config. 27560 "purposes" with "lawful basis" (6.3.4.3 to 6.3.4.6). */
export interface ReceiptProcess {
  '@type': 'dpv:Process';
  'dct:identifier': string;
  'dct:title': string;
  'dpv:hasPurpose': { '@type': 'dpv:Purpose'; 'dct:description': string };
  'dpv:hasLegalBasis': LegalBasis;
  /** For a consent-based purpose: given, refused, or withdrawn (granted by the decision before, refused by this one). */
  'dpv:hasConsentStatus'?: ConsentStatusIri;
  /** For a purpose under a UK exception (PECR Sch A1 paras 5 and 6): whether the visitor objects. */
  'pc:objected'?: boolean;
  /** Whether the purpose may run after this decision. */
  'pc:active': boolean;
  'dpv:hasService'?: ReceiptService[];
}

/** The notice the visitor could read. 27560 "privacy notice" and "language" (6.3.4.1, 6.3.4.2). */
export interface ReceiptNotice {
  '@type': 'dpv:ConsentNotice';
  /** The config's `consent.noticeUrl`, as written. */
  'schema:url'?: string;
  /** The config's `version`. */
  'dct:hasVersion': string;
  'dct:language': string;
  /** SHA-256 (hex) of the canonical JSON of the wording the visitor could read (see `noticeContent`). */
  'pc:sha256'?: string;
  /** Why there is no hash (no SubtleCrypto on an insecure origin, or the digest failed). */
  'pc:sha256Missing'?: string;
}

/** The decision as an event. 27560 "event" fields (6.3.7). */
export interface ReceiptEvent {
  /** Consent given to some purpose; else withdrawn (some purpose granted before is refused now); else refused. */
  '@type': ConsentStatusIri;
  'dpv:isIndicatedAtTime': string;
  'dpv:hasDuration': { '@type': 'dpv:TemporalDuration'; 'rdf:value': string };
  /** When the decision stops being valid and the visitor is asked again. */
  'dct:valid': string;
  'dpv:isIndicatedBy': 'dpv:DataSubject';
  'dpv:hasIndicationMethod': ReceiptMethod;
  /** What the visitor chose: everything, nothing optional, or a choice of their own (a ConsentRecord's `decision`). */
  'pc:decision': 'accept-all' | 'reject-all' | 'custom';
  /** The path of the page the decision was made on (never its query or fragment). */
  'pc:page': string;
}

/** One decision. */
export interface ReceiptRecord {
  '@type': 'dpv:ConsentRecord';
  /** The decision's random id (the `consentId` of the state): the only identifier a receipt carries. */
  'dct:identifier': string;
  'dct:conformsTo': typeof RECORD_PROFILE;
  /** The id of the decision this one replaced on the same device. */
  'dct:replaces'?: string;
  /** 27560's PII principal id: the same random id; the visitor is not otherwise identified. */
  'dpv:hasDataSubject': string;
  'dpv:hasDataController': { '@type': 'dpv:DataController'; 'dpv:hasName': string; 'schema:url'?: string };
  'dpv:hasJurisdiction': 'loc:GB';
  'dpv:hasApplicableLaw': string[];
  'dpv:hasNotice': ReceiptNotice;
  'dpv:hasProcess': ReceiptProcess[];
  'dpv:hasConsentStatus': ReceiptEvent;
}

/** A receipt: one or more records, newest first. */
export interface ConsentReceipt {
  '@context': typeof RECEIPT_CONTEXT;
  '@type': 'dpv:ConsentReceipt';
  'dct:conformsTo': typeof RECEIPT_PROFILE;
  /** The id of the newest decision it carries. */
  'dpv:hasIdentifier': string;
  /** When it was issued: the time of the newest decision it carries. */
  'dct:created': string;
  'dpv:hasRecordOfActivity': ReceiptRecord[];
  /** A short readable summary, in the visitor's language (in a downloaded copy only). */
  'dct:abstract'?: string;
}

