// The subjects of the benchmark: one page per consent tool, all with the same content, the same
// three categories (necessary, analytics, marketing) and the same gated analytics script, each
// tool configured by its own documentation. Plus a page with no consent tool, as the baseline.
//
// Every tool's files are served from node_modules (no CDN). Each subject says how to find its
// banner and its accept button (a "deep path": each selector after the first is looked up in the
// previous element's shadow root when it has one), and how to tell that an acceptance was stored.

import { readFileSync } from 'node:fs';

const versionOf = (pkg) => JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version;

/** The name of the performance mark the gated analytics script sets when it runs. */
export const GATED_MARK = 'bench:gated-analytics';

/** The analytics snippet every page gates: it only marks the moment it runs. */
const ANALYTICS = `performance.mark(${JSON.stringify(GATED_MARK)});`;

const CATEGORY_TEXT = {
  necessary: { title: 'Strictly necessary', description: 'These cookies make the website work. They are always on.' },
  analytics: { title: 'Analytics', description: 'Matomo counts visits and how pages are used, so we can improve them.' },
  marketing: { title: 'Marketing', description: 'Embedded videos and social media may set cookies to track you.' },
};
const TITLE = 'Cookies on Example NHS Trust';
const INTRO = 'We use some essential cookies to make this website work. We would also like to use optional cookies. We will not set them unless you accept.';

/** The same page content for every subject: a short GOV.UK-like article. */
function page({ title, head = '', bodyStart = '', bodyEnd = '', gated }) {
  const paragraphs = Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Paragraph ${i + 1}. Outpatient appointments, visiting times and how to find us. This text is here so that the page has ordinary content that a banner could push around, and so that first paint has something to draw.</p>`,
  ).join('\n    ');
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <style>body{font:16px/1.5 system-ui,sans-serif;margin:0}header{background:#005eb8;color:#fff;padding:1rem}main{max-width:40rem;margin:0 auto;padding:1rem}</style>
  ${head}
</head>
<body>
  ${bodyStart}
  <header><strong>Example NHS Trust</strong></header>
  <main>
    <h1>Visiting the hospital</h1>
    ${paragraphs}
    <p><a href="/privacy">Privacy notice</a></p>
  </main>
  ${gated}
  ${bodyEnd}
</body>
</html>
`;
}

// ----- this project -----------------------------------------------------------------------

const oursConfig = {
  version: '2026-11-01',
  organisation: { name: 'Example NHS Trust' },
  consent: {
    noticeUrl: '/privacy',
    categories: [
      { id: 'necessary', required: true, ...CATEGORY_TEXT.necessary },
      { id: 'analytics', ...CATEGORY_TEXT.analytics, services: [{ id: 'matomo', name: 'Matomo', cookies: [{ name: '_pk_id.*', duration: '13 months' }] }] },
      { id: 'marketing', ...CATEGORY_TEXT.marketing, services: [{ id: 'youtube', name: 'YouTube', cookies: [{ name: 'VISITOR_INFO1_LIVE', duration: '6 months' }] }] },
    ],
  },
};

/** Our JSON config, as a page embeds it. Exported for the scale pages, which grow it. */
export function oursPage({ config = oursConfig, title = 'privacy-consent', extraBody = '' } = {}) {
  const json = JSON.stringify(config);
  return {
    config: json,
    html: page({
      title,
      head: `<script type="application/json" id="privacy-consent-config">${json}</script>
  <script type="module" src="/privacy-consent.js"></script>`,
      bodyStart: extraBody,
      gated: `<script type="text/plain" data-consent="analytics">${ANALYTICS}</script>`,
    }),
  };
}

// ----- vanilla-cookieconsent 3 (https://cookieconsent.orestbida.com/essential/getting-started.html)

const vanillaConfig = `CookieConsent.run(${JSON.stringify(
  {
    // The default (true) stops the plugin when navigator.webdriver is set, as it is under any
    // automated browser; a real visitor's browser does not set it.
    hideFromBots: false,
    categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
    language: {
      default: 'en',
      translations: {
        en: {
          consentModal: {
            title: TITLE,
            description: INTRO,
            acceptAllBtn: 'Accept additional cookies',
            acceptNecessaryBtn: 'Reject additional cookies',
            showPreferencesBtn: 'Manage preferences',
            footer: '<a href="/privacy">Read our privacy notice</a>',
          },
          preferencesModal: {
            title: 'Cookie preferences',
            acceptAllBtn: 'Accept additional cookies',
            acceptNecessaryBtn: 'Reject additional cookies',
            savePreferencesBtn: 'Save my choices',
            closeIconLabel: 'Close',
            sections: ['necessary', 'analytics', 'marketing'].map((id) => ({
              title: CATEGORY_TEXT[id].title,
              description: CATEGORY_TEXT[id].description,
              linkedCategory: id,
            })),
          },
        },
      },
    },
  },
  null,
  0,
)});`;

// ----- Orejime 3 (node_modules/orejime/README.md) -----------------------------------------

const orejimeConfig = `window.orejimeConfig = ${JSON.stringify({
  privacyPolicyUrl: '/privacy',
  purposes: [
    { id: 'necessary', title: CATEGORY_TEXT.necessary.title, description: CATEGORY_TEXT.necessary.description, isMandatory: true, cookies: [] },
    { id: 'analytics', title: CATEGORY_TEXT.analytics.title, description: CATEGORY_TEXT.analytics.description, cookies: ['/^_pk_id\\..*$/'] },
    { id: 'marketing', title: CATEGORY_TEXT.marketing.title, description: CATEGORY_TEXT.marketing.description, cookies: ['VISITOR_INFO1_LIVE'] },
  ],
})};`;

// ----- Klaro (node_modules/klaro/README.md, dist/config.js) --------------------------------

const klaroConfig = `var klaroConfig = ${JSON.stringify({
  version: 1,
  groupByPurpose: true,
  acceptAll: true,
  translations: {
    zz: { privacyPolicyUrl: '/privacy' },
    en: {
      consentNotice: { description: INTRO },
      purposes: { necessary: CATEGORY_TEXT.necessary.title, analytics: CATEGORY_TEXT.analytics.title, marketing: CATEGORY_TEXT.marketing.title },
      matomo: { description: CATEGORY_TEXT.analytics.description },
      youtube: { description: CATEGORY_TEXT.marketing.description },
    },
  },
  services: [
    { name: 'session', title: 'Session', purposes: ['necessary'], required: true },
    { name: 'matomo', title: 'Matomo', purposes: ['analytics'], cookies: ['/^_pk_id\\..*$/'] },
    { name: 'youtube', title: 'YouTube', purposes: ['marketing'], cookies: ['VISITOR_INFO1_LIVE'] },
  ],
})};`;

/**
 * The subjects, in the order they are run (and interleaved). `banner` and `accept` are deep
 * paths; `accepted` is an expression evaluated in the page that is true once an acceptance has
 * been stored.
 */
export const SUBJECTS = [
  {
    id: 'ours',
    name: 'privacy-consent (this project)',
    version: JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version,
    setup: 'inline JSON config and `<script type="module" src="/privacy-consent.js">` in the head; gated script `type="text/plain" data-consent="analytics"`',
    build: () => oursPage(),
    banner: ['cookie-consent', '[part~="banner"]'],
    accept: ['cookie-consent', '[part~="accept-button"]'],
    accepted: `window.PrivacyConsent && window.PrivacyConsent.get().status === 'current'`,
  },
  {
    id: 'vanilla-cookieconsent',
    name: 'vanilla-cookieconsent 3',
    version: versionOf('vanilla-cookieconsent'),
    setup:
      '`cookieconsent.css` in the head, an inline module at the end of the body that imports `cookieconsent.umd.js` and calls `CookieConsent.run()` (its Getting Started); gated script `type="text/plain" data-category="analytics"`; `hideFromBots: false`, since its default stops it under any automated browser',
    build: () => ({
      config: vanillaConfig,
      html: page({
        title: 'vanilla-cookieconsent',
        head: `<link rel="stylesheet" href="/vanilla-cookieconsent/dist/cookieconsent.css">`,
        gated: `<script type="text/plain" data-category="analytics">${ANALYTICS}</script>`,
        bodyEnd: `<script type="module">import '/vanilla-cookieconsent/dist/cookieconsent.umd.js';\n${vanillaConfig}</script>`,
      }),
    }),
    banner: ['#cc-main .cm'],
    accept: ['#cc-main .cm [data-role="all"]'],
    accepted: `window.CookieConsent && window.CookieConsent.validConsent()`,
  },
  {
    id: 'orejime',
    name: 'Orejime 3',
    version: versionOf('orejime'),
    setup: 'inline `window.orejimeConfig`, `orejime-standard-en.js` and `orejime-standard.css` in the head (its README); gated script wrapped in `<template data-purpose="analytics">`',
    build: () => ({
      config: orejimeConfig,
      html: page({
        title: 'Orejime',
        head: `<script>${orejimeConfig}</script>
  <script src="/orejime/dist/orejime-standard-en.js"></script>
  <link href="/orejime/dist/orejime-standard.css" rel="stylesheet">`,
        gated: `<template data-purpose="analytics"><script>${ANALYTICS}</script></template>`,
      }),
    }),
    banner: ['.orejime-Banner'],
    accept: ['.orejime-Banner-saveButton'],
    // Orejime 3 keeps the choice in its default cookie, `eu-consent`.
    accepted: `document.cookie.split('; ').some((c) => c.startsWith('eu-consent='))`,
  },
  {
    id: 'klaro',
    name: 'Klaro',
    version: versionOf('klaro'),
    setup: 'inline `klaroConfig` and `<script defer src="klaro.js">` (styles bundled) in the head (its README); gated script `type="text/plain" data-type="text/javascript" data-name="matomo"`',
    build: () => ({
      config: klaroConfig,
      html: page({
        title: 'Klaro',
        head: `<script>${klaroConfig}</script>
  <script defer type="text/javascript" src="/klaro/dist/klaro.js"></script>`,
        gated: `<script type="text/plain" data-type="text/javascript" data-name="matomo">${ANALYTICS}</script>`,
      }),
    }),
    banner: ['.klaro .cookie-notice'],
    accept: ['.klaro .cookie-notice .cm-btn-success'],
    accepted: `document.cookie.split('; ').some((c) => c.startsWith('klaro='))`,
  },
  {
    id: 'baseline',
    name: 'no consent tool (baseline)',
    version: '',
    setup: 'the same page, with the analytics script running unconditionally',
    build: () => ({ config: '', html: page({ title: 'Baseline', gated: `<script>${ANALYTICS}</script>` }) }),
    banner: null,
    accept: null,
    accepted: 'true',
  },
];
