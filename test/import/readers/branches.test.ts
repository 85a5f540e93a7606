/**
 * A template shared by several sites (FixMyStreet's council sites, a white-labelled service): its passages for
 * particular sites are read as a site that sets nothing of its own shows them (`src/import/readers/branches.ts`).
 */
import { describe, expect, it } from 'vitest';
import { siteDefaults, siteTest } from '../../../src/import/readers/branches.js';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (body: string, name: string) => importNotice(name, new TextEncoder().encode(body), { today: new Date('2026-12-06') });
const walk = (s: { heading: string; sub?: unknown[] }[]): string[] => s.flatMap((x) => [x.heading, ...walk((x.sub ?? []) as { heading: string; sub?: unknown[] }[])]);

describe('a test about the site', () => {
  it('is decided with the site\'s own values unset', () => {
    expect(siteTest("c.cobrand.moniker == 'bathnes'")).toBe(false);
    expect(siteTest("c.cobrand.feature('updates_allowed') != 'staff'")).toBe(true);
    expect(siteTest("c.cobrand.feature('updates_allowed') != 'staff' AND c.cobrand.send_questionnaires")).toBe(false);
    expect(siteTest("!c.cobrand.feature('contact_us_phone')")).toBe(true);
    expect(siteTest("brand == 'nhs' or brand == 'gov'")).toBe(false);
  });

  it('is not decided when it tests anything else: the visitor, the language, the page', () => {
    expect(siteTest('c.user')).toBeNull();
    expect(siteTest("lang == 'cy'")).toBeNull();
    expect(siteTest("c.cobrand.moniker == 'x' AND c.user.is_superuser")).toBeNull();
    expect(siteTest('page.show_contact')).toBeNull();
  });
});

describe('a shared template', () => {
  it('keeps the branch a site that sets nothing of its own shows, nested too (https://github.com/mysociety/fixmystreet templates/web/fixmystreet-uk-councils/about/privacy.html)', () => {
    const tt = `<p>[% IF c.cobrand.moniker == 'centralbedfordshire' %]The Highways Reporting Tool[% ELSIF c.cobrand.moniker == 'shropshire' %]The site[% ELSE %]This site[% END %] is a service.</p>\n[% IF c.cobrand.moniker == 'bathnes' %]<h2>Data Protection Officer</h2><p>data_protection@bathnes.gov.uk</p>[% END %]\n[%~ IF !c.cobrand.feature('contact_us_phone') ~%][% IF c.cobrand.moniker == 'x' %]<a>x</a>[% ELSE %]<a href="/contact">contact us</a>[% END %][% ELSE %]Call us[% END %]`;
    const { text, dropped } = siteDefaults(tt);
    expect(text).toContain('This site is a service.');
    expect(text).not.toMatch(/Highways|shropshire|bathnes|Call us|<a>x<\/a>/);
    expect(text).toContain('<a href="/contact">contact us</a>');
    expect(dropped).toBe(4);
  });

  it('keeps every branch of a test it cannot decide, and loops and blocks as they are', () => {
    const jinja = `{% for item in items %}{% if item.new %}<p>New</p>{% else %}<p>Old</p>{% endif %}{% endfor %}{% if user %}<p>Signed in</p>{% else %}<p>Signed out</p>{% endif %}`;
    expect(siteDefaults(jinja)).toEqual({ text: jinja, dropped: 0 });
  });

  it('gives the notice as a site that sets nothing shows it, with a note saying so', async () => {
    const tt = `<h1>Privacy policy[% IF c.cobrand.moniker == 'shropshire' %] - Reporting an issue on the highway[% END %]</h1>\n<h2>Who runs this service?</h2>\n<p>This site is run by the council.</p>\n[% IF c.cobrand.moniker == 'shropshire' %]<h2 id="under-13">Under 13</h2><p>Ask a parent.</p>[% END %]\n<h2>Your rights</h2>\n<p>You can ask for a copy of your data.</p>`;
    const { config } = await load(tt, 'privacy.html');
    expect(config.notice.title).toBe('Privacy policy');
    expect(walk(config.notice.sections)).toEqual(['Who runs this service?', 'Your rights']);
    expect(config.notice.importNotes?.some((n) => /shared by several sites: 2 passages/.test(n.text))).toBe(true);
  });
});
