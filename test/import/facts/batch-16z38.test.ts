/**
 * Fact classes from blind batch 16z38's misses (test/fixtures/import-corpus/, "batch": "16z38": GOV.UK
 * services' pages as their repositories hold them). Each test uses the shape of the real passage and its source.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const familyOf = async (family: string, text: string, name = 'notice.txt') => [...new Set((await importNotice(name, new TextEncoder().encode(text), { today: new Date('2026-12-06') })).found.filter((f) => f.family === family).map((f) => f.value))];

describe('rights', () => {
  it('reads the rights under a heading that names rights in general and one of them ("Your rights and access to your information", the GOV.UK privacy notice pattern)', async () => {
    const html = '<h1>Privacy notice</h1><h2>Your rights and access to your information</h2><p>You have the right to request:</p><ul><li>information about how your personal data is processed.</li><li>a copy of that personal data</li><li>that anything inaccurate in your personal data is corrected immediately</li></ul><p>You can also:</p><ul><li>raise an objection about how your personal data is processed</li><li>request that your personal data is erased if there is no longer a justification for it</li><li>ask that the processing of your personal data is restricted in certain circumstances</li></ul>';
    expect((await familyOf('rights', html, 'privacy.html')).sort()).toEqual(['access', 'erasure', 'informed', 'object', 'rectification', 'restriction']);
  });
});
