/**
 * Proof of consent (issue 14): every decision gets a receipt shaped after ISO/IEC TS 27560 (W3C
 * DPV), tied to the wording the visitor could read; `PrivacyConsent.receipt()`, the download in the
 * dialog and on the cookies page, and the optional endpoint. Validated against the documented
 * schema, docs/receipt.schema.json.
 *
 * Build first (`npm run build`).
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsentReceipt } from '../../src/consent/receipt.js';
import { deadEndpoint, demoConfig, GPC_ON, startReceiver, textOf, useSite, type Receiver, type Visit } from './support/site.js';

// `insecure.test` resolves to the loopback address but is not a secure context (no SubtleCrypto).
const site = useSite({ args: ['--host-resolver-rules=MAP insecure.test 127.0.0.1'] });

const schema = JSON.parse(readFileSync(new URL('../../docs/receipt.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** The receipt, checked against the documented schema. */
function valid(receipt: unknown): ConsentReceipt {
  if (!validate(receipt)) throw new Error(`receipt does not match docs/receipt.schema.json: ${JSON.stringify(validate.errors, null, 2)}`);
  return receipt as ConsentReceipt;
}

/** The page's receipt (waits until the decision's receipt is stored). */
async function receiptOf(visit: Visit): Promise<ConsentReceipt> {
  await visit.until(`window.PrivacyConsent.receipt().then((r) => !!r)`);
  return valid(await visit.eval('window.PrivacyConsent.receipt()'));
}

const newest = (receipt: ConsentReceipt) => receipt['dpv:hasRecordOfActivity'][0]!;
const method = (receipt: ConsentReceipt) => newest(receipt)['dpv:hasConsentStatus']['dpv:hasIndicationMethod'];

/** Asks the page's runtime for itself (as an embed placeholder's code does) and records a decision through it. */
const PLACEHOLDER_DECISION = `new Promise((resolve) => {
  const event = new Event('privacy-consent-runtime', { bubbles: true, composed: true });
  event.provide = (runtime) => resolve(runtime.decide('save', { marketing: true }, 'custom', { method: 'placeholder', lang: 'en-GB' }));
  document.dispatchEvent(event);
})`;

describe('a receipt for each way of deciding', () => {
  it('the banner: who, what, how, where, in which language, about which wording', async () => {
    const visit = await site.visit('/analytics.html');
    await visit.banner.shown();
    await visit.banner.click('accept');
    const receipt = await receiptOf(visit);
    const state = await visit.state();
    expect(receipt['dpv:hasIdentifier']).toBe(state.consentId);
    expect(newest(receipt)).toMatchObject({
      'dct:identifier': state.consentId,
      'dpv:hasDataController': { 'dpv:hasName': 'Riverside Community Health NHS Trust', 'schema:url': 'https://riverside.example.nhs.uk' },
      'dpv:hasNotice': { 'schema:url': '/privacy.html', 'dct:hasVersion': '2026-11-01', 'dct:language': 'en-GB', 'pc:sha256': expect.stringMatching(/^[0-9a-f]{64}$/) },
      'dpv:hasConsentStatus': { '@type': 'dpv:ConsentGiven', 'dpv:hasIndicationMethod': 'banner', 'pc:decision': 'accept-all', 'pc:page': '/analytics.html', 'dpv:isIndicatedAtTime': state.decidedAt, 'dct:valid': state.expiresAt },
    });
    expect(newest(receipt)['dpv:hasProcess'].map((p) => [p['dct:identifier'], p['pc:active']])).toEqual([
      ['necessary', true],
      ['analytics', true],
      ['marketing', true],
    ]);
    // The receipt is part of the stored record: it outlives the page.
    await visit.reload();
    expect((await receiptOf(visit))['dpv:hasIdentifier']).toBe(state.consentId);
    expect(visit.pageErrors).toEqual([]);
  });

  it('the preferences dialog, the cookies page, the notice’s cookies section, the API and an embed placeholder', async () => {
    const dialog = await site.visit('/analytics.html');
    await dialog.banner.click('preferences');
    await dialog.dialog.opened();
    await dialog.dialog.switch('Analytics').check();
    await dialog.dialog.button('save').click();
    expect(method(await receiptOf(dialog))).toBe('preferences');

    const cookies = await site.visit('/cookies.html');
    await cookies.page.locator('cookie-preferences [part~="reject-button"]').click();
    const cookiesReceipt = await receiptOf(cookies);
    expect(method(cookiesReceipt)).toBe('cookies-page');
    expect(newest(cookiesReceipt)['dpv:hasConsentStatus']['pc:page']).toBe('/cookies.html');

    const notice = await site.visit('/privacy.html');
    await notice.page.locator('privacy-notice cookie-preferences [part~="accept-button"]').click();
    expect(method(await receiptOf(notice))).toBe('cookies-page');

    const api = await site.visit('/analytics.html');
    await api.eval('window.PrivacyConsent.update({ analytics: true })');
    expect(newest(await receiptOf(api))['dpv:hasConsentStatus']).toMatchObject({ 'dpv:hasIndicationMethod': 'api', 'pc:decision': 'custom' });

    const placeholder = await site.visit('/video.html');
    await placeholder.eval(PLACEHOLDER_DECISION);
    expect(method(await receiptOf(placeholder))).toBe('placeholder');
    expect(await placeholder.granted('marketing/youtube')).toBe(true);
  });

  it('the Global Privacy Control signal: a receipt of the refusal it makes, with nothing stored', async () => {
    const visit = await site.visit('/analytics.html', { init: [GPC_ON] });
    await visit.ready();
    const receipt = await receiptOf(visit);
    expect(newest(receipt)['dpv:hasConsentStatus']).toMatchObject({ '@type': 'dpv:ConsentRefused', 'dpv:hasIndicationMethod': 'gpc' });
    expect(await visit.databases()).not.toContain('privacy-consent');
  });

  it('another tab: the receipt made there, as it was made', async () => {
    const context = await site.context();
    const first = await site.visit('/analytics.html', { in: context });
    const second = await site.visit('/cookies.html', { in: context });
    await first.banner.click('reject');
    await second.event('consent-change');
    const made = await receiptOf(first);
    expect(await receiptOf(second)).toEqual(made);
    expect(method(made)).toBe('banner');
  });

  it('in Welsh, the receipt records the language and the Welsh titles', async () => {
    const visit = await site.visit('/cy/index.html');
    await visit.banner.shown();
    await visit.banner.click('reject');
    const record = newest(await receiptOf(visit));
    expect(record['dpv:hasNotice']['dct:language']).toBe('cy');
    expect(record['dpv:hasProcess'][0]!['dct:title']).toBe('Cwbl angenrheidiol');
  });
});

describe('the wording a receipt is about', () => {
  it('gives the same hash for the same config, a new one after a rewording, and rewording asks nobody again', async () => {
    const hashOf = (receipt: ConsentReceipt) => newest(receipt)['dpv:hasNotice']['pc:sha256'];
    const first = await site.visit('/analytics.html');
    await first.banner.click('accept');
    const original = hashOf(await receiptOf(first));
    const other = await site.visit('/analytics.html');
    await other.banner.click('reject');
    expect(hashOf(await receiptOf(other)), 'same config, another visitor').toBe(original);

    const reworded = demoConfig();
    reworded.consent.categories[1].description = 'These cookies count visits so we can improve the website. They do not identify you.';
    const again = await site.visit('/analytics.html', { in: first.page.context(), config: reworded });
    expect((await again.ready()).status, 'rewording alone does not ask again').toBe('current');
    await again.page.waitForLoadState('networkidle');
    expect(await again.banner.rendersNothing()).toBe(true);
    await again.eval('window.PrivacyConsent.update({ marketing: false })');
    const receipt = await receiptOf(again);
    expect(hashOf(receipt)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOf(receipt)).not.toBe(original);
    // The earlier decision, with the wording it was made about, is kept beside the new one.
    expect(receipt['dpv:hasRecordOfActivity'][1]!['dpv:hasNotice']['pc:sha256']).toBe(original);
  });

  it('keeps the grant’s receipt when the visitor withdraws', async () => {
    const visit = await site.visit('/analytics.html');
    await visit.banner.click('accept');
    const grant = newest(await receiptOf(visit));
    await visit.page.locator('footer [data-consent-open]').first().click();
    await visit.dialog.opened();
    await visit.dialog.button('reject').click();
    await visit.until(`window.PrivacyConsent.receipt().then((r) => r['dpv:hasRecordOfActivity'].length === 2)`);
    const receipt = await receiptOf(visit);
    expect(receipt['dpv:hasRecordOfActivity'][1]).toEqual(grant);
    expect(newest(receipt)).toMatchObject({ 'dct:replaces': grant['dct:identifier'], 'dpv:hasConsentStatus': { '@type': 'dpv:ConsentWithdrawn' } });
  });

  it('on an insecure origin, still stores the decision and says why the hash is missing', async () => {
    const visit = await site.visit(`${site.url.replace('127.0.0.1', 'insecure.test')}/analytics.html`);
    expect(await visit.eval('window.isSecureContext')).toBe(false);
    await visit.banner.click('accept');
    const receipt = await receiptOf(visit);
    expect(newest(receipt)['dpv:hasNotice']['pc:sha256Missing']).toMatch(/SubtleCrypto is not available/);
    await visit.reload();
    expect((await visit.ready()).status).toBe('current');
    expect(visit.pageErrors).toEqual([]);
  });
});

describe('"Download a record of my choices"', () => {
  for (const where of ['dialog', 'cookies page'] as const) {
    it(`in the ${where}: a JSON file that validates against the documented schema, and a readable summary`, async () => {
      const visit = await site.visit(where === 'dialog' ? '/analytics.html' : '/cookies.html');
      if (where === 'dialog') {
        await visit.banner.click('accept');
        await visit.page.locator('footer [data-consent-open]').first().click();
        await visit.dialog.opened();
      } else {
        await visit.page.locator('cookie-preferences [part~="accept-button"]').click();
      }
      const host = where === 'dialog' ? 'cookie-preferences[modal]' : 'cookie-preferences:not([modal])';
      const button = visit.page.locator(`${host} [part~="download-button"]`);
      await expect(textOf(button)).resolves.toBe('Download a record of my choices');
      const [download] = await Promise.all([visit.page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toMatch(/^cookie-choices-\d{4}-\d{2}-\d{2}\.json$/);
      const file = valid(JSON.parse(readFileSync(await download.path(), 'utf8')));
      const { 'dct:abstract': summary, ...receipt } = file;
      expect(receipt).toEqual(await receiptOf(visit));
      expect(summary).toMatch(/^Your cookie choices for Riverside Community Health NHS Trust, made on \d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC \((in the cookie banner|on the cookies page)\)\. On: Analytics, Videos and embedded content\. Off: none\. Record number: [0-9a-f-]{36}\.$/);
      const status = visit.page.locator(`${host} [part~="status"]`);
      expect(await textOf(status)).toContain(summary);
      expect(await visit.axe([host])).toEqual([]);
    });
  }
});

describe('the receipts endpoint', () => {
  let receiver: Receiver;
  beforeAll(async () => (receiver = await startReceiver()));
  afterAll(() => receiver.close());

  const withEndpoint = (endpoint: string) => {
    const config = demoConfig();
    config.consent.receipts = { endpoint };
    return config;
  };

  it('receives exactly the documented JSON: one receipt per decision, with the random id as the only identifier', async () => {
    receiver.bodies.length = 0;
    const visit = await site.visit('/analytics.html', { config: withEndpoint(receiver.url) });
    await visit.banner.click('reject');
    const stored = await receiptOf(visit);
    await expect.poll(() => receiver.bodies.length).toBe(1);
    const body = valid(receiver.bodies[0]);
    expect(body['dpv:hasRecordOfActivity']).toEqual([newest(stored)]);
    expect(body['dpv:hasIdentifier']).toBe((await visit.state()).consentId);
    expect(receiver.types[0]).toMatch(/^application\/json/);
    // Nothing but the decision's random id identifies the visitor.
    const text = JSON.stringify(body);
    expect(text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)!.every((id) => id === body['dpv:hasIdentifier'])).toBe(true);
    expect(text).not.toMatch(/Mozilla|Chrome|127\.0\.0\.1/);
    expect((await visit.readStored() as { unsent?: boolean }).unsent).toBeUndefined();
  });

  it('a dead endpoint changes nothing: the decision is stored and applied, nothing throws', async () => {
    const visit = await site.visit('/analytics.html', { config: withEndpoint(await deadEndpoint()) });
    await visit.banner.click('accept');
    await visit.until('window.fakeAnalyticsRuns === 1');
    expect((await visit.state()).status).toBe('current');
    await receiptOf(visit);
    await visit.reload();
    expect(await visit.ready()).toMatchObject({ status: 'current', decision: 'accept-all' });
    expect(visit.pageErrors).toEqual([]);
  });

  it('a receipt the browser would not queue is sent once more on the next page, then never again', async () => {
    receiver.bodies.length = 0;
    receiver.status = 503;
    const noBeacon = `Navigator.prototype.sendBeacon = () => false;`;
    const visit = await site.visit('/analytics.html', { config: withEndpoint(receiver.url), init: [noBeacon] });
    await visit.banner.click('reject');
    await expect.poll(() => receiver.bodies.length).toBe(1);
    expect((await visit.readStored() as { unsent?: boolean }).unsent).toBe(true);
    receiver.status = 204;
    await visit.reload();
    await expect.poll(() => receiver.bodies.length).toBe(2);
    expect(receiver.bodies[1]).toEqual(receiver.bodies[0]);
    await expect.poll(async () => (await visit.readStored() as { unsent?: boolean }).unsent).toBeUndefined();
    await visit.reload();
    await visit.page.waitForLoadState('networkidle');
    expect(receiver.bodies).toHaveLength(2);
    expect((await visit.state()).decision).toBe('reject-all');
  });

  it('sends nothing without an endpoint', async () => {
    receiver.bodies.length = 0;
    const visit = await site.visit('/analytics.html');
    await visit.banner.click('accept');
    await receiptOf(visit);
    await visit.page.waitForLoadState('networkidle');
    expect(receiver.bodies).toEqual([]);
    // Not even the sending code: it loads only for a config with an endpoint.
    expect(visit.requests.filter((path) => /receipt/.test(path))).toEqual([]);
  });
});
