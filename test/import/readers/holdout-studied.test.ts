/**
 * Structure classes from the studied part of the standing hold-out set (text copies): lines that are a table's or a page's parts,
 * never headings. Each test uses a real copy's shape, with a heading the rule must keep.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const headings = async (text: string) => {
  const { config } = await importNotice('notice.txt', new TextEncoder().encode(text), { today: new Date('2026-12-07') });
  const all = (sections: typeof config.notice.sections): string[] => sections.flatMap((s) => [s.heading, ...all(s.sub ?? [])]);
  return all(config.notice.sections);
};

describe('text copies: lines that are no headings', () => {
  it('never takes a header row whose cells ran together ("NameProviderPurpose Expires", a garden\'s cookie page) for a heading', async () => {
    const got = await headings('Cookie policy\n\nCookies we use\n\nWe use the cookies below on this website.\n\nNameProviderPurpose Expires\n\n_ga Google Used to count visitors 2 years\n\nYour choices\n\nYou can turn cookies off in your browser.\n');
    expect(got).not.toContain('NameProviderPurpose Expires');
    expect(got).toContain('Your choices');
  });

  it('never takes a cookie\'s lifetime, a numbered cookie name or a post\'s date and time for a heading', async () => {
    const got = await headings('Cookie policy\n\nAnalytics cookies\n\nWe use Google Analytics to see how the site is used.\n\n2 year expiry\n\nThe _ga cookie tells visitors apart.\n\n1. cookie_info\n\nRemembers that you have seen the cookie message.\n\nFeb 16, 2019 @ 7:02 pm\n\nManaging cookies\n\nYou can turn cookies off in your browser.\n');
    expect(got).not.toContain('2 year expiry');
    expect(got).not.toContain('1. cookie_info');
    expect(got).not.toContain('Feb 16, 2019 @ 7:02 pm');
    expect(got).toContain('Managing cookies');
  });
});
