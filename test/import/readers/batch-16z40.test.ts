/**
 * Structure classes from batch 16z40 (test/fixtures/import-corpus/, "batch": "16z40": pages as their repositories
 * hold them), each in a short page of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (body: string, name: string) => importNotice(name, new TextEncoder().encode(body), { today: new Date('2026-12-06') });
const walk = (s: { heading: string; sub?: unknown[] }[]): string[] => s.flatMap((x) => [x.heading, ...walk((x.sub ?? []) as { heading: string; sub?: unknown[] }[])]);

describe('batch 16z40: pages as their repositories hold them', () => {
  it('keeps the question a cookie settings form sets as the heading of its legend, its controls left out (https://github.com/DEFRA/flood-app cookies.html)', async () => {
    const html = `<h1>Cookies</h1><h2>Analytics cookies (optional)</h2><p>We use Google Analytics.</p><div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s"><h3 class="govuk-heading-s">Do you want to accept analytics cookies?</h3></legend><div class="govuk-radios"><input type="radio" id="yes" name="a"><label for="yes">Yes</label></div></fieldset></div>`;
    expect(walk((await load(html, 'cookies.html')).config.notice.sections)).toEqual(['Analytics cookies (optional)', 'Do you want to accept analytics cookies?']);
  });

  it('keeps a legend\'s heading inside a form that holds no wording of its own, and none of the form\'s controls', async () => {
    const html = `<h1>Cookies</h1><h2>Essential cookies</h2><p>We use a session cookie.</p><form action="/cookies" method="post"><fieldset><legend><h2>Change your cookie settings</h2></legend><input type="radio" name="c" value="yes"> Yes <input type="radio" name="c" value="no"> No <button>Save</button></fieldset></form>`;
    const { config } = await load(html, 'cookies.html');
    expect(walk(config.notice.sections)).toEqual(['Essential cookies', 'Change your cookie settings']);
    expect(JSON.stringify(config.notice.sections)).not.toContain('Save');
  });
});
