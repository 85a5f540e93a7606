/**
 * Config types for two things a privacy officer must be able to show the regulator:
 *
 * - the UK exceptions to cookie consent that the Data (Use and Access) Act 2025 (s.112 and
 *   Sch 12, in force 5 February 2026) added to PECR as Schedule A1: storage for statistics about
 *   the site (para 5) and for the site's appearance (para 6) needs no consent, if the visitor is
 *   told the purpose and can object, simply and free of charge;
 * - the optional endpoint that receives a receipt of every decision (UK GDPR Art 7(1):
 *   the controller must be able to demonstrate consent).
 *
 * Referenced from `types.ts`, so the JSON Schema and the editors' help describe them.
 */
import type { Url } from './notice-model.js';

/**
 * Which legal regime's exceptions to consent the config may use. `uk-duaa-2025`: PECR Schedule A1
 * as amended by the Data (Use and Access) Act 2025 (in force 5 February 2026), paragraphs 5
 * (statistical purposes) and 6 (appearance). Without it every optional category needs consent,
 * whatever its `basis` says.
 */
export type ConsentExceptions = 'uk-duaa-2025';

/**
 * What a category rests on.
 * - `consent` (the default): nothing is set until the visitor says yes (PECR reg 6).
 * - `statistics`: counting how the website or service is used, only to improve it, done by the organisation or its processor, never for advertising (PECR Sch A1 para 5). Runs before a choice; the visitor can object.
 * - `appearance`: remembering how the visitor wants the site to look or work on their device (PECR Sch A1 para 6). Runs before a choice; the visitor can object.
 *
 * `statistics` and `appearance` need the top-level `"exceptions": "uk-duaa-2025"`; without it
 * the category is consent-based (refused until the visitor says yes) and `check` reports an error.
 */
export type CategoryBasis = 'consent' | 'statistics' | 'appearance';

/**
 * Where the website's visitors are. `uk`: the United Kingdom; `eea`: the European Union and the
 * other EEA states, where PECR's UK exceptions do not apply (most have no such exception);
 * `other`: anywhere else.
 */
export type Audience = 'uk' | 'eea' | 'other';

/** Where receipts of decisions go, besides the visitor's own device. */
export interface ReceiptsConfig {
  /**
   * The organisation's own URL that receives each decision's receipt as JSON (a POST, sent with
   * `navigator.sendBeacon`, else `fetch` with `keepalive`). Nothing is sent without it. Use a path
   * on this website (`/consent-receipts`) or an `https:` address on the same site: the receipt
   * carries only the decision's random id, never anything else that identifies the visitor.
   * @examples ["/consent-receipts", "https://www.example.nhs.uk/api/consent-receipts"]
   */
  endpoint?: Url;
}
