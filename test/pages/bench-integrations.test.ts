// Checks the benchmark's integrations part (bench/integrations.mjs) on the built page: the
// Consent Mode default is marked before the update, and the update and the gated script are
// measured on a returning visit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../bench/browser.mjs';
import { integrationsPage, measureIntegrations } from '../../bench/integrations.mjs';
import { summarise } from '../../bench/measure.mjs';
import { serveBench } from '../../bench/server.mjs';

let browser: Browser;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveBench({ '/integrations/': integrationsPage() })]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('bench integrations part', () => {
  it('puts the marking dataLayer and the head script before the widget', () => {
    const html = integrationsPage();
    const order = ['dataLayer.push = function', 'id="privacy-consent-config"', 'src="/privacy-consent-defaults.js"', 'src="/privacy-consent.js"', 'data-consent="analytics"'].map((s) => html.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('measures the default, the update and the gated script of a returning visit', async () => {
    const lines: string[] = [];
    const result = await measureIntegrations(browser, `${server.url}/integrations/`, { runs: 1, throttles: [1], summarise, log: (line) => lines.push(line) });
    const [run] = result['1x']!.raw;
    expect(run!.error).toBeUndefined();
    expect(run!.defaulted).not.toBeNull();
    expect(run!.updated!).toBeGreaterThan(run!.defaulted!);
    expect(run!.gated).not.toBeNull();
    expect(lines).toHaveLength(1);
  });
});
