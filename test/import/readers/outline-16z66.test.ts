/**
 * A page whose outline is a list (issue 16, round sixteen: the University of Sheffield's Shef.AI notice, built HTML): each item a short
 * title over its paragraphs and its own such list. The titles are the page's headings, nested as the lists nest; an ordinary list
 * stays a list.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (body: string) => importNotice('privacy.html', new TextEncoder().encode(body), { today: new Date('2026-12-07') });
type S = { heading: string; sub?: S[] };
const tree = (s: S[]): unknown[] => s.map((x) => (x.sub?.length ? [x.heading, tree(x.sub)] : x.heading));

describe('a list that is the page\'s outline', () => {
  it('reads each item\'s title as a heading, nested as the lists nest (shef-ai.github.io/privacy-notice.html)', async () => {
    const html = `<h1>Privacy Notice</h1><ol>
      <li><span class="notice-section">Collection and use of information</span><p>We collect some information through our website.</p>
        <ol type="A"><li><span class="notice-subsection">Information we collect via Google Forms</span><p>We use Google Forms for sign-ups.</p></li>
        <li><span class="notice-subsection">Information from GitHub account holders</span><p>Account holders may propose updates.</p></li></ol></li>
      <li><span class="notice-section">Your rights</span><p>You have a right to request a copy of the personal information that we hold about you.</p></li></ol>`;
    expect(tree((await load(html)).config.notice.sections)).toEqual([['Collection and use of information', ['Information we collect via Google Forms', 'Information from GitHub account holders']], 'Your rights']);
  });

  it('keeps a list of categories with nested bullets and no paragraph as a list', async () => {
    const html = `<h1>Privacy Notice</h1><h2>Who we share with</h2><ul><li>Councils<ul><li>Leeds City Council</li><li>Bradford Council</li></ul></li><li>NHS bodies<ul><li>NHS England</li></ul></li></ul>`;
    expect(tree((await load(html)).config.notice.sections)).toEqual(['Who we share with']);
  });
});
