import { randomUUID, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it, vi } from 'vitest';
import { consentStatus, type ConsentRecord } from '../../src/consent/consent-record.js';
import { ConsentStore } from '../../src/consent/consent-store.js';
import { currentReceipt, recordDecision, retryReceipt, uniformChoices } from '../../src/consent/decision.js';
import { canonicalJson, noticeHash, RECEIPT_HISTORY, type ConsentReceipt } from '../../src/consent/receipt.js';
import { endpointProblem, registrableDomain, sendReceipt, type ReceiptTransport } from '../../src/consent/receipt-endpoint.js';
import { MemoryStorage } from '../../src/consent/storage.js';
import { clone, makeConfig } from './fixtures.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const PAGE = { page: '/cookies', transport: { pageUrl: 'https://www.example.nhs.uk/cookies' } };

describe('canonicalJson (RFC 8785 for config values)', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null, 'x'], c: undefined } })).toBe('{"a":{"d":[true,null,"x"]},"b":1}');
  });
  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 'é', y: [2, 1] })).toBe(canonicalJson({ y: [2, 1], x: 'é' }));
  });
});

describe('noticeHash', () => {
  it('is stable for the same wording and changes when a word changes', async () => {
    const config = makeConfig();
    const same = await noticeHash(clone(config), 'en-GB', { subtle: webcrypto.subtle as SubtleCrypto });
    expect(same['pc:sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(await noticeHash(clone(config), 'en-GB', { subtle: webcrypto.subtle as SubtleCrypto })).toEqual(same);
    const reworded = clone(config);
    reworded.consent.categories[1]!.description = 'How the website is used, in other words.';
    expect((await noticeHash(reworded, 'en-GB', { subtle: webcrypto.subtle as SubtleCrypto }))['pc:sha256']).not.toBe(same['pc:sha256']);
  });
  it('covers the translation of the language shown, and only that one', async () => {
    const config = makeConfig({ translations: { cy: { consent: { categories: { analytics: { title: 'Dadansoddi' } } } } } });
    const subtle = { subtle: webcrypto.subtle as SubtleCrypto };
    const english = (await noticeHash(config, 'en-GB', subtle))['pc:sha256'];
    const welsh = (await noticeHash(config, 'cy', subtle))['pc:sha256'];
    expect(welsh).not.toBe(english);
    const rewordedWelsh = clone(config);
    rewordedWelsh.translations!.cy!.consent!.categories!.analytics!.title = 'Ystadegau';
    expect((await noticeHash(rewordedWelsh, 'en-GB', subtle))['pc:sha256']).toBe(english);
    expect((await noticeHash(rewordedWelsh, 'cy-GB', subtle))['pc:sha256']).not.toBe(welsh);
  });
  it('says why there is no hash without SubtleCrypto, and never rejects', async () => {
    expect(await noticeHash(makeConfig(), 'en-GB', {})).toEqual({ 'pc:sha256Missing': expect.stringContaining('not a secure context') });
    const failing = { digest: () => Promise.reject(new Error('broken')) } as unknown as SubtleCrypto;
    expect((await noticeHash(makeConfig(), 'en-GB', { subtle: failing }))['pc:sha256Missing']).toContain('broken');
  });
});

describe('recordDecision: a decision with its receipt', () => {
  it('records who, what, how, where, in which language and about which wording', async () => {
    const config = makeConfig({ organisation: { name: 'Example NHS Trust', url: 'https://www.example.nhs.uk' } });
    const record = await recordDecision(config, 'custom', { analytics: true }, NOW, 'id-1', undefined, { method: 'preferences', lang: 'en-GB' }, PAGE);
    const [receipt] = record.receipts!;
    expect(receipt).toMatchObject({
      '@type': 'dpv:ConsentRecord',
      'dct:identifier': 'id-1',
      'dpv:hasDataSubject': 'id-1',
      'dpv:hasDataController': { 'dpv:hasName': 'Example NHS Trust', 'schema:url': 'https://www.example.nhs.uk' },
      'dpv:hasNotice': { 'dct:hasVersion': '2026-11-01', 'dct:language': 'en-GB', 'pc:sha256': expect.stringMatching(/^[0-9a-f]{64}$/) },
      'dpv:hasConsentStatus': {
        '@type': 'dpv:ConsentGiven',
        'dpv:isIndicatedAtTime': NOW.toISOString(),
        'dpv:hasIndicationMethod': 'preferences',
        'pc:decision': 'custom',
        'pc:page': '/cookies',
        'dpv:hasDuration': { 'rdf:value': 'P182D' },
      },
    });
    expect(receipt!['dpv:hasProcess'].map((p) => [p['dct:identifier'], p['dpv:hasLegalBasis'], p['dpv:hasConsentStatus'], p['pc:active']])).toEqual([
      ['necessary', 'https://www.legislation.gov.uk/uksi/2003/2426/schedule/A1/paragraph/4', undefined, true],
      ['analytics', 'dpv:ExpressedConsent', 'dpv:ConsentGiven', true],
      ['marketing', 'dpv:ExpressedConsent', 'dpv:ConsentRefused', false],
    ]);
    expect(record.unsent).toBeUndefined();
  });

  it('keeps the earlier grant when the visitor withdraws, marking what was withdrawn', async () => {
    const config = makeConfig();
    const grant = await recordDecision(config, 'accept-all', uniformChoices(config.consent, true), NOW, 'grant', undefined, { method: 'banner' }, PAGE);
    const later = new Date(NOW.getTime() + 60_000);
    const withdrawal = await recordDecision(config, 'custom', { analytics: true }, later, 'withdrawal', grant, { method: 'cookies-page' }, PAGE);
    expect(withdrawal.receipts!.map((r) => r['dct:identifier'])).toEqual(['withdrawal', 'grant']);
    const [newest] = withdrawal.receipts!;
    expect(newest!['dct:replaces']).toBe('grant');
    expect(newest!['dpv:hasProcess'].find((p) => p['dct:identifier'] === 'marketing')!['dpv:hasConsentStatus']).toBe('dpv:ConsentWithdrawn');
  });

  it(`keeps at most ${RECEIPT_HISTORY} receipts`, async () => {
    const config = makeConfig();
    let record: ConsentRecord | undefined;
    for (let i = 0; i < RECEIPT_HISTORY + 3; i++) record = await recordDecision(config, 'reject-all', {}, NOW, `id-${i}`, record, {}, PAGE);
    expect(record!.receipts!.map((r) => r['dct:identifier'])).toEqual(['id-7', 'id-6', 'id-5', 'id-4', 'id-3']);
  });

  it('leaves stored garbage out of the history', async () => {
    const config = makeConfig();
    const previous = { ...(await recordDecision(config, 'reject-all', {}, NOW, 'old', undefined, {}, PAGE)) };
    previous.receipts = [...previous.receipts!, 'garbage' as never, { '@type': 'other' } as never];
    const record = await recordDecision(config, 'accept-all', {}, NOW, 'new', previous, {}, PAGE);
    expect(record.receipts!.map((r) => r['dct:identifier'])).toEqual(['new', 'old']);
  });

  it('sends the receipt to the endpoint by beacon, and marks it unsent when the browser refuses the beacon', async () => {
    const config = makeConfig();
    config.consent.receipts = { endpoint: '/consent-receipts' };
    const beacons: { url: string; body: string }[] = [];
    const queued: ReceiptTransport = { pageUrl: 'https://www.example.nhs.uk/', sendBeacon: (url, data) => (void data.text().then((body) => beacons.push({ url, body })), true) };
    const sent = await recordDecision(config, 'accept-all', {}, NOW, 'id-1', undefined, {}, { page: '/', transport: queued });
    await vi.waitFor(() => expect(beacons).toHaveLength(1));
    expect(beacons[0]!.url).toBe('https://www.example.nhs.uk/consent-receipts');
    const body = JSON.parse(beacons[0]!.body) as ConsentReceipt;
    expect(body).toMatchObject({ '@type': 'dpv:ConsentReceipt', 'dpv:hasIdentifier': 'id-1' });
    expect(body['dpv:hasRecordOfActivity']).toEqual(sent.receipts!.slice(0, 1));
    expect(sent.unsent).toBeUndefined();

    const refused: ReceiptTransport = { pageUrl: 'https://www.example.nhs.uk/', sendBeacon: () => false, fetch: () => Promise.reject(new TypeError('offline')) };
    const unsent = await recordDecision(config, 'accept-all', {}, NOW, 'id-2', sent, {}, { page: '/', transport: refused });
    expect(unsent.unsent).toBe(true);
  });
});

describe('the documented schema (docs/receipt.schema.json)', () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(new URL('../../docs/receipt.schema.json', import.meta.url), 'utf8')));

  it('accepts the receipts of a grant, a withdrawal, an objection and a Global Privacy Control refusal', async () => {
    const config = makeConfig({ exceptions: 'uk-duaa-2025', organisation: { name: 'Example NHS Trust', url: 'https://www.example.nhs.uk' } });
    config.consent.categories[1]!.basis = 'statistics';
    config.consent.categories[1]!.services![0]!.processor = true;
    const grant = await recordDecision(config, 'accept-all', uniformChoices(config.consent, true), NOW, randomUUID(), undefined, { method: 'banner', lang: 'en-GB' }, PAGE);
    const withdrawal = await recordDecision(config, 'custom', { analytics: false }, NOW, randomUUID(), grant, { method: 'preferences', lang: 'cy' }, PAGE);
    const receipt = await currentReceipt({ config, record: withdrawal, state: { ...withdrawal, status: 'current', gpc: false, version: config.version }, gpc: false });
    expect(validate(receipt), JSON.stringify(validate.errors)).toBe(true);
    const gpc = await currentReceipt({ config, record: undefined, state: { status: 'undecided', decision: null, categories: { necessary: true, analytics: false, marketing: false }, services: { matomo: false, youtube: false }, version: '1', decidedAt: null, expiresAt: null, consentId: null, gpc: true }, gpc: true });
    expect(validate(gpc), JSON.stringify(validate.errors)).toBe(true);
  });
  it('refuses a receipt with a made-up method or a process without its status', async () => {
    const record = await recordDecision(makeConfig(), 'reject-all', {}, NOW, randomUUID(), undefined, {}, PAGE);
    const receipt = JSON.parse(JSON.stringify(await currentReceipt({ config: makeConfig(), record, state: {} as never, gpc: false })));
    receipt['dpv:hasRecordOfActivity'][0]['dpv:hasConsentStatus']['dpv:hasIndicationMethod'] = 'telepathy';
    expect(validate(receipt)).toBe(false);
    delete receipt['dpv:hasRecordOfActivity'][0]['dpv:hasProcess'][1]['dpv:hasConsentStatus'];
    receipt['dpv:hasRecordOfActivity'][0]['dpv:hasConsentStatus']['dpv:hasIndicationMethod'] = 'api';
    expect(validate(receipt)).toBe(false);
  });
});

describe('retryReceipt: once on the next page', () => {
  it('sends the stored receipt again and clears the mark', async () => {
    const config = makeConfig();
    config.consent.receipts = { endpoint: '/consent-receipts' };
    const refused: ReceiptTransport = { pageUrl: 'https://www.example.nhs.uk/', sendBeacon: () => false, fetch: () => Promise.reject(new TypeError('offline')) };
    const record = await recordDecision(config, 'reject-all', {}, NOW, 'id-1', undefined, {}, { page: '/', transport: refused });
    const storage = new MemoryStorage(record);
    const bodies: string[] = [];
    const fetching: ReceiptTransport = {
      pageUrl: 'https://www.example.nhs.uk/',
      fetch: async (_url, init) => (bodies.push(String(init!.body)), new Response(null, { status: 204 })),
    };
    await retryReceipt(config, record, storage, fetching);
    expect(JSON.parse(bodies[0]!)['dpv:hasIdentifier']).toBe('id-1');
    expect(((await storage.read()) as ConsentRecord).unsent).toBeUndefined();
  });
  it('does not touch a decision stored since', async () => {
    const config = makeConfig();
    const old = { ...(await recordDecision(config, 'reject-all', {}, NOW, 'old', undefined, {}, PAGE)), unsent: true };
    const newer = { ...(await recordDecision(config, 'accept-all', {}, NOW, 'new', old, {}, PAGE)), unsent: true };
    const storage = new MemoryStorage(newer);
    await retryReceipt(config, old, storage, { pageUrl: 'https://www.example.nhs.uk/', fetch: async () => new Response(null, { status: 500 }) });
    expect(await storage.read()).toEqual(newer);
  });
});

describe('currentReceipt', () => {
  it('is null before any decision, then the stored receipts, newest first', async () => {
    const storage = new MemoryStorage();
    const store = new ConsentStore({ config: makeConfig(), storage, now: () => NOW });
    await store.load();
    expect(await currentReceipt(store)).toBeNull();
    await store.decide('accept-all', uniformChoices(store.config!.consent, true), undefined, { method: 'api' });
    await store.decide('reject-all', {}, undefined, { method: 'banner' });
    const receipt = (await currentReceipt(store))!;
    expect(receipt['dpv:hasRecordOfActivity'].map((r) => r['dpv:hasConsentStatus']['dpv:hasIndicationMethod'])).toEqual(['banner', 'api']);
    expect(receipt['dpv:hasIdentifier']).toBe(store.state.consentId);
  });
  it('under Global Privacy Control with no decision, is a receipt of the refusal the signal makes', async () => {
    const store = new ConsentStore({ config: makeConfig(), storage: new MemoryStorage(), gpc: true, now: () => NOW });
    await store.load();
    const receipt = (await currentReceipt(store, NOW))!;
    const [record] = receipt['dpv:hasRecordOfActivity'];
    expect(record!['dpv:hasConsentStatus']).toMatchObject({ '@type': 'dpv:ConsentRefused', 'dpv:hasIndicationMethod': 'gpc', 'pc:decision': 'reject-all' });
    expect(record!['dpv:hasProcess'].filter((p) => p['pc:active']).map((p) => p['dct:identifier'])).toEqual(['necessary']);
  });
});

describe('sending receipts', () => {
  it('goes to the own site only', () => {
    expect(registrableDomain('www.example.nhs.uk')).toBe('example.nhs.uk');
    expect(registrableDomain('api.council.gov.uk')).toBe('council.gov.uk');
    expect(registrableDomain('www.example.org')).toBe('example.org');
    expect(endpointProblem('/r', 'https://www.example.nhs.uk/')).toBeUndefined();
    expect(endpointProblem('https://receipts.example.nhs.uk/r', 'https://www.example.nhs.uk/')).toBeUndefined();
    expect(endpointProblem('https://other.nhs.uk/r', 'https://www.example.nhs.uk/')).toMatch(/own site/);
    expect(endpointProblem('http://www.example.nhs.uk/r', 'https://www.example.nhs.uk/')).toMatch(/not https/);
    expect(endpointProblem('javascript:alert(1)', 'https://www.example.nhs.uk/')).toMatch(/not an http/);
  });
  it('refuses a third-party endpoint with one console error, and sends nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const beacon = vi.fn(() => true);
    const receipt = { '@type': 'dpv:ConsentReceipt' } as unknown as ConsentReceipt;
    const transport = { pageUrl: 'https://www.example.nhs.uk/', sendBeacon: beacon };
    expect(sendReceipt('https://tracker.example.com/r', receipt, transport)).toBe('refused');
    expect(sendReceipt('https://tracker.example.com/r', receipt, transport)).toBe('refused');
    expect(beacon).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
  it('falls back to fetch with keepalive and no credentials when the beacon is refused', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    const result = sendReceipt('/r', { '@type': 'dpv:ConsentReceipt' } as unknown as ConsentReceipt, { pageUrl: 'https://a.example.org/', sendBeacon: () => false, fetch });
    expect(await result).toBe('delivered');
    expect(fetch).toHaveBeenCalledWith('https://a.example.org/r', expect.objectContaining({ method: 'POST', keepalive: true, credentials: 'omit' }));
  });
});

describe('the store records receipts without changing a decision', () => {
  it('stores the decision when hashing is impossible, and says why in the receipt', async () => {
    const subtle = Object.getOwnPropertyDescriptor(globalThis.crypto, 'subtle');
    Object.defineProperty(globalThis.crypto, 'subtle', { configurable: true, get: () => undefined });
    try {
      const config = makeConfig({ version: 'insecure-origin' });
      const store = new ConsentStore({ config, storage: new MemoryStorage(), now: () => NOW });
      await store.load();
      await store.decide('accept-all', uniformChoices(config.consent, true));
      expect(consentStatus(store.record, config, NOW)).toBe('current');
      expect(store.record!.receipts![0]!['dpv:hasNotice']['pc:sha256Missing']).toContain('SubtleCrypto');
    } finally {
      if (subtle) Object.defineProperty(globalThis.crypto, 'subtle', subtle);
    }
  });
});
