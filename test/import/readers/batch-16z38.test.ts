/**
 * Structure classes from batch 16z38 (test/fixtures/import-corpus/, "batch": "16z38": GOV.UK services'
 * templates as their repositories hold them), each in a short page of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';

const load = (body: string, name: string) => importNotice(name, new TextEncoder().encode(body), { today: new Date('2026-12-06') });
const walk = (s: { heading: string; sub?: unknown[] }[]): string[] => s.flatMap((x) => [x.heading, ...walk((x.sub ?? []) as { heading: string; sub?: unknown[] }[])]);

describe('batch 16z38: GOV.UK services\' templates', () => {
  it('takes a title written twice, for small and large screens, once (https://github.com/nationalarchives/ds-caselaw-public-ui privacy_notice.html)', async () => {
    const html = `<div class="hero"><p>Guidance</p></div><h1 class="hidden-h1-mobile">Privacy notice</h1><p>Last updated on 20th August 2024</p><h1 class="hidden-h1-desktop">Privacy notice</h1><h2>Who we are</h2><p>We are The National Archives.</p><h2>Cookies</h2><p>We use cookies.</p>`;
    const { config } = await load(html, 'page.html');
    expect(config.notice.title).toBe('Privacy notice');
    expect(walk(config.notice.sections)).toEqual(['Who we are', 'Cookies']);
  });

  it('reads a title set to translated words and the words a trans block binds to a name (https://github.com/ministryofjustice/cla_public cookies.html)', async () => {
    const jinja = `{% extends "base.html" %}\n{% set title = _('Cookies') %}\n{% block inner_content %}\n<h1 class="govuk-heading-xl">{{ title }}</h1>\n<p>{{ _('Cookies are small files saved on your computer.') }}</p>\n<h2>{{ _('How cookies are used') }}</h2>\n<p>{% trans opt_out_link=Element.link_same_window('https://tools.google.com/dlpage/gaoptout', _('opt out of Google Analytics cookies'), True) %}You can {{ opt_out_link }}.{% endtrans %}</p>\n<p>{% trans manage_cookies_link=Element.link_same_window('http://www.aboutcookies.org/', _('aboutcookies.org'), True) %}Find out more at {{ manage_cookies_link }}.{% endtrans %}</p>\n{% endblock %}`;
    const { config } = await load(jinja, 'page.html');
    expect(config.notice.title).toBe('Cookies');
    const text = JSON.stringify(config.notice.sections);
    expect(text).toContain('You can opt out of Google Analytics cookies.');
    expect(text).toContain('Find out more at aboutcookies.org.');
    expect(text).not.toMatch(/opt_out_link|manage_cookies_link/);
  });
});
