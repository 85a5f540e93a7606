/**
 * Other consent tools the scanner recognises on a page, by the globals, elements and script
 * hosts their own documentation and embed snippets use. On such a page the scanner cannot press
 * "Reject" or "Accept" the way each tool expects, so it runs the first journey only (what the
 * page stores before any choice).
 */

/** How to recognise one consent tool. */
export interface ConsentToolSignature {
  name: string;
  /** Globals the tool defines on `window`. */
  globals: string[];
  /** Elements its banner or container uses. */
  selectors: string[];
  /** Hosts its script is served from. */
  scriptHosts: string[];
}

/**
 * Order matters where two tools share a global: Cookiebot also defines `window.CookieConsent`,
 * which is the name orestbida's CookieConsent uses, so Cookiebot is tried first.
 */
export const CONSENT_TOOLS: readonly ConsentToolSignature[] = [
  { name: 'Cookiebot', globals: ['Cookiebot'], selectors: ['#CybotCookiebotDialog'], scriptHosts: ['consent.cookiebot.com', 'consent.cookiebot.eu'] },
  { name: 'OneTrust', globals: ['OneTrust', 'OneTrustStub'], selectors: ['#onetrust-consent-sdk', '#onetrust-banner-sdk'], scriptHosts: ['cdn.cookielaw.org', 'optanon.blob.core.windows.net'] },
  { name: 'Civic Cookie Control', globals: ['CookieControl'], selectors: ['#ccc'], scriptHosts: ['cc.cdn.civiccomputing.com'] },
  { name: 'CookieYes', globals: ['getCkyConsent'], selectors: ['.cky-consent-container'], scriptHosts: ['cdn-cookieyes.com'] },
  { name: 'Usercentrics', globals: ['UC_UI', '__ucCmp'], selectors: ['#usercentrics-root', '#usercentrics-cmp-ui'], scriptHosts: ['app.usercentrics.eu', 'web.cmp.usercentrics.eu'] },
  { name: 'Didomi', globals: ['Didomi'], selectors: ['#didomi-host'], scriptHosts: ['sdk.privacy-center.org'] },
  { name: 'Osano', globals: ['Osano'], selectors: ['.osano-cm-window'], scriptHosts: ['cmp.osano.com'] },
  { name: 'iubenda', globals: ['_iub'], selectors: ['#iubenda-cs-banner'], scriptHosts: ['cdn.iubenda.com'] },
  { name: 'Termly', globals: [], selectors: ['#termly-code-snippet-support'], scriptHosts: ['app.termly.io'] },
  { name: 'TrustArc', globals: ['truste'], selectors: ['#truste-consent-track'], scriptHosts: ['consent.trustarc.com'] },
  { name: 'Quantcast Choice', globals: [], selectors: ['.qc-cmp2-container'], scriptHosts: ['cmp.quantcast.com'] },
  { name: 'Complianz', globals: ['complianz'], selectors: ['#cmplz-cookiebanner-container', '.cmplz-cookiebanner'], scriptHosts: [] },
  { name: 'Silktide Consent Manager', globals: ['silktideCookieBannerManager'], selectors: ['#silktide-wrapper'], scriptHosts: [] },
  { name: 'NHS.UK cookie consent', globals: ['NHSCookieConsent'], selectors: ['#nhsuk-cookie-banner'], scriptHosts: [] },
  { name: 'GOV.UK cookie banner', globals: [], selectors: ['.govuk-cookie-banner'], scriptHosts: [] },
  { name: 'Klaro', globals: ['klaro'], selectors: ['.klaro'], scriptHosts: [] },
  { name: 'Orejime', globals: ['orejime', 'Orejime'], selectors: ['.orejime-Main', '#orejime'], scriptHosts: [] },
  { name: 'CookieConsent (orestbida)', globals: ['CookieConsent', 'initCookieConsent'], selectors: ['#cc-main', '#cc--main'], scriptHosts: [] },
  // Any IAB TCF v2 platform answers `__tcfapi` (TCF v2.2 CMP API); named last, as the fallback.
  { name: 'an IAB TCF consent platform', globals: ['__tcfapi'], selectors: [], scriptHosts: [] },
];

/** What the page showed of each tool: the globals and selectors present (collected in the page). */
export interface ToolEvidence {
  globals: string[];
  selectors: string[];
}

/** The first tool whose globals, elements or script hosts are present. */
export function recogniseConsentTool(evidence: ToolEvidence, scriptHosts: readonly string[]): string | null {
  for (const tool of CONSENT_TOOLS) {
    const found =
      tool.globals.some((g) => evidence.globals.includes(g)) ||
      tool.selectors.some((s) => evidence.selectors.includes(s)) ||
      tool.scriptHosts.some((host) => scriptHosts.some((h) => h === host || h.endsWith(`.${host}`)));
    if (found) return tool.name;
  }
  return null;
}
