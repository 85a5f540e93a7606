import { describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { fetchConfig, isNoticePath } from '../../src/scan/page-config.js';

const CONFIG = JSON.stringify({ version: '2026-05-01', organisation: { name: 'Example Borough Council' }, consent: { categories: [{ id: 'necessary', title: 'Strictly necessary', required: true }] } });

/** A request context whose answers are given in turn: an Error is thrown, a number is an HTTP status, a string a 200 body. */
function fakeApi(answers: (Error | number | string)[]): { api: APIRequestContext; calls: () => number } {
  let calls = 0;
  const api = {
    async get() {
      const answer = answers[Math.min(calls++, answers.length - 1)]!;
      if (answer instanceof Error) throw answer;
      const status = typeof answer === 'number' ? answer : 200;
      return { ok: () => status < 400, status: () => status, text: async () => (typeof answer === 'string' ? answer : '') };
    },
  } as unknown as APIRequestContext;
  return { api, calls: () => calls };
}

describe('fetchConfig', () => {
  it('tries again after a network error (a reset keep-alive connection), and uses the config it then gets', async () => {
    const { api, calls } = fakeApi([new Error('apiRequestContext.get: read ECONNRESET'), CONFIG]);
    const resolved = await fetchConfig('http://127.0.0.1/site.json', api, 1000);
    expect(calls()).toBe(2);
    expect(resolved.config?.organisation.name).toBe('Example Borough Council');
    expect(resolved.summary.problem).toBeUndefined();
  });

  it('says why after three network errors, and does not retry an HTTP error', async () => {
    const down = fakeApi([new Error('apiRequestContext.get: connect ECONNREFUSED 127.0.0.1:9\nCall log: …')]);
    expect((await fetchConfig('http://127.0.0.1:9/site.json', down.api, 1000)).summary.problem).toBe('could not fetch it: apiRequestContext.get: connect ECONNREFUSED 127.0.0.1:9');
    expect(down.calls()).toBe(3);
    const missing = fakeApi([404]);
    expect((await fetchConfig('http://127.0.0.1/missing.json', missing.api, 1000)).summary.problem).toBe('HTTP 404 when fetching it');
    expect(missing.calls()).toBe(1);
  });
});

describe('isNoticePath', () => {
  it.each([
    ['$.notice', true],
    ['$.notice.sections[2].title', true],
    ['$.notice.importNotes[19]', true],
    ['$.translations.cy.notice.sections[0]', true],
    ['$.consent.categories[1]', false],
    ['$.noticeUrl', false],
    ['$.version', false],
  ])('%s is in the notice: %s', (path, expected) => {
    expect(isNoticePath(path)).toBe(expected);
  });
});
