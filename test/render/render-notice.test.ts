/**
 * The server render (`renderNotice`, `privacy-consent/render`): the notice as static HTML through
 * Lit SSR, in every language the config has, with what it needs to work without JavaScript, and
 * nothing at all for a config `privacy-consent check` rejects.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkConfigText } from '../../src/check/check.js';
import type { PrivacyConfig } from '../../src/config/types.js';
import { renderNotice } from '../../src/render/render-notice.js';
import { allSections } from '../../src/notice/sections.js';
import { compliantConfig } from '../check/compliant-config.js';

const demo = (path: string) => readFileSync(fileURLToPath(new URL(`../../demo/${path}`, import.meta.url)), 'utf8');
const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../fixtures/configs/${path}`, import.meta.url)), 'utf8');

/** The notice's own shadow root content (its template), without the shadow roots nested in it. */
function ownMarkup(html: string): string {
  const start = html.indexOf('>', html.indexOf('<template')) + 1;
  let own = html.slice(start, html.lastIndexOf('</template>'));
  // Nested declarative shadow roots (terms, cookie choices), innermost first.
  for (let before = ''; before !== own; ) {
    before = own;
    own = own.replace(/<template shadowroot[^>]*>(?:(?!<template)[\s\S])*?<\/template>/, '');
  }
  return own;
}

const attributeValues = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('renderNotice', () => {
  it('renders the whole notice into a declarative shadow root: first layer, contents, every section, contact cards, cookie tables, terms', async () => {
    const text = demo('example-privacy.json');
    const config = JSON.parse(text) as PrivacyConfig;
    const { html, errors, lang } = await renderNotice(text, { fragment: true });
    expect(errors).toBe(0);
    expect(lang).toBe('en-GB');
    expect(html).toMatch(new RegExp(`^<privacy-notice lang="en-GB" data-notice-version="${config.notice!.version}" data-config-version="${config.version}"><template shadowroot="open" shadowrootmode="open"><style>`));
    const own = ownMarkup(html!);
    expect(own).toContain('part="summary"');
    expect(attributeValues(own, 'data-kind').length).toBeGreaterThan(5);
    for (const section of allSections(config.notice)) {
      expect(own, section.id).toContain(`id="${section.id}"`);
      expect(own, section.id).toContain(`>${section.heading.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}<`);
    }
    // The table of contents links every top-level section.
    const contents = own.slice(own.indexOf('part="contents"'), own.indexOf('part="controls"'));
    expect(attributeValues(contents, 'href')).toEqual(config.notice!.sections.flatMap((s) => [`#${s.id}`, ...(s.sub ?? []).map((sub) => `#${sub.id}`)]));
    expect(own).toContain('part="contact-card"');
    expect(own).toMatch(/<table class="cookie-table" part="cookie-table">/);
    // The cookie choices are rendered as a first visit sees them: every optional category off.
    // Inert until the element takes over: a click before the script has run must not be lost.
    expect(html).toMatch(/<cookie-preferences\s+inert\s+heading-level="\d"><template shadowroot="open" shadowrootmode="open">/);
    expect(html).toMatch(/<input\s+type="checkbox"\s+role="switch"\s+part="switch"\s+id="switch-analytics"(?![^>]*checked)[^>]*>/);
    expect(html).toMatch(/<input\s+type="checkbox"\s+role="switch"\s+part="switch"\s+id="switch-necessary"[^>]*checked[^>]*>/);
    // No hydration markers: the element replaces a static notice, it does not hydrate it.
    expect(html).not.toMatch(/<!--\/?lit-|defer-hydration/);
  });

  it('works without JavaScript: headings are links, every # link has a target in the light DOM, defined terms link to their definitions', async () => {
    const { html } = await renderNotice(demo('example-privacy.json'), { fragment: true });
    const own = ownMarkup(html!);
    expect(own).not.toMatch(/<button[^>]*section-toggle/);
    expect(own).toMatch(/<a href="#rights" class="section-toggle" part="section-toggle">/);
    const light = html!.slice(html!.lastIndexOf('</template>'));
    const targets = new Set(attributeValues(light, 'id'));
    const linked = new Set(attributeValues(html!, 'href').filter((h) => h.startsWith('#')).map((h) => h.slice(1)));
    expect(linked.size).toBeGreaterThan(10);
    for (const id of linked) {
      expect(targets.has(id), `#${id} has a light-DOM target`).toBe(true);
      expect(own, `#${id} has its slot`).toContain(`<slot name="#${id}"></slot>`);
    }
    // A section's target opens its body when followed (hidden="until-found" in the flat tree).
    expect(own).toMatch(/<div id="rights-body" class="section-body" part="section-body" hidden="until-found"\s*><slot name="#rights"><\/slot>/);
    expect(light).toContain('<span id="rights" slot="#rights" class="section-target"></span>');
    // Terms link to the list of definitions, shown only without JavaScript.
    expect(html).toMatch(/<a class="term" part="term" href="#term-subject-access-request">/);
    expect(own).toMatch(/<section class="glossary" part="glossary" hidden aria-labelledby="glossary-heading">/);
    expect(own).toMatch(/<dt id="term-subject-access-request"><slot name="#term-subject-access-request"><\/slot><dfn>subject access request \(SAR\)<\/dfn><\/dt>/);
    expect(own).toContain('@media (scripting: none)');
    expect(own).toContain('@media print');
  });

  it('says in the cookies section how to change cookie settings without JavaScript, linking the site’s own page when it has one', async () => {
    const config = JSON.parse(demo('example-privacy.json'));
    const plain = await renderNotice(config, { fragment: true });
    expect(plain.html).toMatch(/<div class="without-script" hidden>\s*<p>Your browser is not running JavaScript, so your cookie choices cannot be changed on this page\./);
    config.notice.cookies = { ...config.notice.cookies, settingsUrl: '/cookies/no-script' };
    const linked = await renderNotice(config, { fragment: true });
    expect(linked.html).toContain('<a href="/cookies/no-script">Change your cookie settings without JavaScript</a>');
  });

  it('renders each language the config has: Welsh on request, with Welsh wording and date', async () => {
    const text = demo('cy/site.json');
    const welsh = await renderNotice(text, { lang: 'cy', fragment: true });
    expect(welsh.languages).toEqual(expect.arrayContaining(['cy', 'en-GB']));
    expect(welsh.lang).toBe('cy');
    expect(welsh.html).toMatch(/^<privacy-notice lang="cy"/);
    expect(welsh.html).toContain('>Cipolwg<');
    expect(welsh.html).toContain('Diweddarwyd ddiwethaf');
    const english = await renderNotice(text, { lang: 'en-GB', fragment: true });
    expect(english.html).toMatch(/^<privacy-notice lang="en-GB"/);
    expect(english.html).toContain('>At a glance<');
    expect(english.html).not.toContain('Cipolwg');
  });

  it('gives the CSP hashes of its inline styles, which a strict style-src must allow', async () => {
    const { html, styleHashes } = await renderNotice(demo('example-privacy.json'), { fragment: true });
    const styles = [...new Set(Array.from(html!.matchAll(/<style>([\s\S]*?)<\/style>/g), (m) => m[1]))];
    expect(styleHashes).toHaveLength(styles.length);
    const { createHash } = await import('node:crypto');
    expect(styleHashes).toContain(`'sha256-${createHash('sha256').update(styles[0]!).digest('base64')}'`);
  });

  it('renders a complete page by default: language, title, viewport', async () => {
    const { html } = await renderNotice(demo('example-privacy.json'));
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<title>How we use your information – Riverside Community Health NHS Trust</title>');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toMatch(/<main>\n<privacy-notice [^>]*>/);
  });

  it('treats the config’s text as text: markup in it is escaped, and cannot end the shadow root or add a link target', async () => {
    const config = compliantConfig();
    config.notice.sections[0]!.blocks.push({ p: '<img src=x onerror="alert(1)"><!-- --></template><script>alert(2)</script><span id="x" href="#y">' });
    config.notice.sections[0]!.heading = 'Who we are "</privacy-notice>';
    const { html } = await renderNotice(config, { fragment: true });
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;!-- --&gt;&lt;/template&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;span id=&quot;x&quot; href=&quot;#y&quot;&gt;');
    expect(html).toContain('Who we are &quot;&lt;/privacy-notice&gt;');
    expect(html).not.toMatch(/<(img|script)[\s>]/);
    expect(html!.match(/<\/privacy-notice>/g)).toHaveLength(1);
    expect(html).not.toContain('slot="#y"');
  });

  it('renders nothing for a config that check rejects, with the same findings', async () => {
    for (const name of ['broken/misspelt-key.json', 'broken/wrong-type.json', 'broken/notice-bad-rich-text.json']) {
      const text = fixture(name);
      const result = await renderNotice(text);
      expect(result.html, name).toBeUndefined();
      expect(result.findings, name).toEqual(checkConfigText(text).findings);
      expect(result.errors, name).toBeGreaterThan(0);
    }
    const json = await renderNotice('{ "version": ');
    expect(json.html).toBeUndefined();
    expect(json.findings[0]).toMatchObject({ rule: 'json', line: 1 });
  });

  it('renders a notice with compliance errors only as a draft; schema errors stop even a draft', async () => {
    const config = compliantConfig();
    delete config.notice.complaints;
    expect((await renderNotice(config)).html).toBeUndefined();
    const draft = await renderNotice(config, { draft: true });
    expect(draft.html).toContain('<privacy-notice');
    expect(draft.findings).toContainEqual(expect.objectContaining({ rule: 'regulator', severity: 'error' }));
    const broken = await renderNotice(fixture('broken/wrong-type.json'), { draft: true });
    expect(broken.html).toBeUndefined();
  });

  it('says which languages there are when asked for one the config does not have, and needs a notice', async () => {
    const french = await renderNotice(demo('cy/site.json'), { lang: 'fr' });
    expect(french.html).toBeUndefined();
    expect(french.findings).toContainEqual(expect.objectContaining({ rule: 'render', message: expect.stringMatching(/no wording in "fr": it has "cy", "en-GB"|no wording in "fr": it has "en-GB", "cy"/) }));
    const config = compliantConfig() as PrivacyConfig;
    delete config.notice;
    const none = await renderNotice(config);
    expect(none.html).toBeUndefined();
    expect(none.findings).toContainEqual(expect.objectContaining({ path: '$.notice', rule: 'render' }));
    const level = await renderNotice(compliantConfig(), { headingLevel: 7 });
    expect(level.findings).toContainEqual(expect.objectContaining({ rule: 'render', message: expect.stringContaining('from 1 to 6') }));
  });

  it('uses the heading level asked for', async () => {
    const { html } = await renderNotice(compliantConfig(), { fragment: true, headingLevel: 2 });
    expect(html).toMatch(/^<privacy-notice lang="[^"]+" heading-level="2"/);
    expect(html).toMatch(/<h2 id="notice-title"/);
    expect(html).not.toMatch(/<h1[\s>]/);
  });
});
