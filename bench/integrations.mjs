// The integrations part of the benchmark: how soon a returning visitor's stored choice reaches
// Google Consent Mode, from navigation start, beside the time the gated analytics script runs on
// the same page. Google tags wait `wait_for_update` (500 ms by default) after the default for an
// update; the stored choice is in IndexedDB, which answers only asynchronously, so the entry's
// integrations chunk sends it once read (docs/integrations.md). The page is this project's bench
// page with Consent Mode configured, privacy-consent-defaults.js in the head, and a `dataLayer`
// that marks the default and the update as they are pushed.
import { GATED_MARK, oursPage } from './subjects.mjs';
import { visit } from './visit.mjs';

export const DEFAULT_MARK = 'bench:gcm-default';
export const UPDATE_MARK = 'bench:gcm-update';
export const WAIT_FOR_UPDATE = 500;

/** A `dataLayer` that marks Consent Mode's default and update as they arrive, first in the head. */
const MARKER = `<script>window.dataLayer = []; dataLayer.push = function (item) {
    if (Object.prototype.toString.call(item) === '[object Arguments]' && item[0] === 'consent') performance.mark(item[1] === 'default' ? ${JSON.stringify(DEFAULT_MARK)} : ${JSON.stringify(UPDATE_MARK)});
    return Array.prototype.push.apply(this, arguments);
  };</script>`;

/** The bench page of this project, with Google Consent Mode (basic mode, the tag gated on analytics). */
export function integrationsPage() {
  const config = JSON.parse(oursPage().config);
  config.consent.integrations = { googleConsentMode: { signals: { analytics_storage: 'analytics' }, gatedBy: 'analytics' } };
  const { html } = oursPage({ config, title: 'privacy-consent with Google Consent Mode' });
  return html
    .replace('<script type="application/json"', `${MARKER}\n  <script type="application/json"`)
    .replace('<script type="module" src="/privacy-consent.js">', '<script src="/privacy-consent-defaults.js"></script>\n  <script type="module" src="/privacy-consent.js">');
}

/** One run: a first visit that accepts, then a returning visit measured from navigation start. */
async function run(browser, url, throttle) {
  const context = await browser.newContext();
  try {
    const spec = { banner: ['cookie-consent', '[part~="banner"]'], accept: ['cookie-consent', '[part~="accept-button"]'], throttle, windowMs: 1000 };
    const first = await visit(context, url, { ...spec, waitFor: 'operable' });
    await first.page.locator('cookie-consent [part~="accept-button"]').click({ timeout: 15_000 });
    await first.page.waitForFunction(`window.PrivacyConsent.get().status === 'current'`, undefined, { timeout: 15_000, polling: 50 });
    await first.page.close();
    const returning = await visit(context, url, { ...spec, mark: GATED_MARK, waitFor: 'mark' });
    await returning.page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, UPDATE_MARK, { timeout: 15_000, polling: 50 }).catch(() => {});
    const marks = await returning.page.evaluate(
      (names) => names.map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null),
      [DEFAULT_MARK, UPDATE_MARK],
    );
    await returning.page.close();
    return { defaulted: marks[0], updated: marks[1], gated: returning.figures.mark };
  } finally {
    await context.close();
  }
}

/** Measures `runs` runs at each CPU speed; `log` gets one line per run. */
export async function measureIntegrations(browser, url, { runs, throttles, summarise, log }) {
  const out = {};
  for (const throttle of throttles) {
    const records = [];
    for (let i = 1; i <= runs; i++) {
      const record = await run(browser, url, throttle).catch((error) => ({ defaulted: null, updated: null, gated: null, error: String(error?.message ?? error).split('\n')[0] }));
      records.push(record);
      log(`  integrations CPU ${throttle}× run ${i}/${runs}: update ${record.updated === null ? '–' : `${Math.round(record.updated)} ms`}, gated script ${record.gated === null ? '–' : `${Math.round(record.gated)} ms`}${record.error ? ` (${record.error})` : ''}`);
    }
    const of = (key) => summarise(records.map((r) => r[key]));
    out[`${throttle}x`] = {
      runs: records.length,
      defaulted: of('defaulted'),
      updated: of('updated'),
      gated: of('gated'),
      late: records.filter((r) => r.updated === null || r.updated - (r.defaulted ?? 0) > WAIT_FOR_UPDATE).length,
      raw: records,
    };
  }
  return out;
}
