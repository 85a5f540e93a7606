// Notice scale pages: `<privacy-notice>` with 200 sections and 500 cookie rows, and a tenth of
// that. The notice is the demo's real notice with its sections replaced, so it stays valid as
// the model evolves.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oursPage } from './subjects.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TEMPLATE = join(root, 'demo/notices/nhs-icb-coproduction-team.json');

export const NOTICE_CASES = [
  { id: 'notice-large', label: '200 sections, 500 cookie rows', sections: 200, rows: 500 },
  { id: 'notice-small', label: '20 sections, 50 cookie rows', sections: 20, rows: 50 },
];

/** Whether the build holds the real `<privacy-notice>` element (not the placeholder chunk). */
export function noticeAvailable(dist) {
  const dir = join(dist, 'chunks');
  if (!existsSync(dir) || !existsSync(TEMPLATE)) return false;
  return readdirSync(dir).some((f) => /privacy-notice.*\.js$/.test(f) && readFileSync(join(dir, f)).length > 2000);
}

/** How many sections (with subsections) a notice has. */
const countSections = (list) => list.reduce((n, s) => n + 1 + countSections(s.sub ?? []), 0);

/**
 * A config whose notice has `sections` sections in all (subsections included): the template's
 * own (which its facts refer to, so every reference still resolves), generated ones, and last a
 * cookies section with a table of `rows` rows.
 */
export function bigNoticeConfig(sections, rows) {
  const config = JSON.parse(readFileSync(TEMPLATE, 'utf8'));
  delete config.$schema;
  const own = config.notice.sections;
  const body = Array.from({ length: sections - countSections(own) - 1 }, (_, i) => ({
    id: `section-${i + 1}`,
    heading: `Section ${i + 1}`,
    topic: 'other',
    blocks: [
      { p: `Section ${i + 1} explains one part of how we use your information, in a paragraph of ordinary length, so that the notice is long in the way real notices are long.` },
      { list: [{ text: 'A first point.' }, { text: 'A second point.' }] },
    ],
  }));
  const cookies = {
    id: 'cookies',
    heading: 'Cookies',
    topic: 'cookies',
    blocks: [
      {
        table: {
          caption: 'Cookies we use',
          head: ['Name', 'Provider', 'Purpose', 'Duration'],
          rows: Array.from({ length: rows }, (_, i) => [`_cookie_${i}`, `Provider ${(i % 7) + 1}`, 'Remembers a setting between pages', '13 months']),
        },
      },
    ],
  };
  config.notice.sections = [...own, ...body, cookies];
  return config;
}

export function noticePage({ sections, rows }) {
  return oursPage({
    config: bigNoticeConfig(sections, rows),
    title: `Notice scale: ${sections} sections`,
    extraBody: '<privacy-notice></privacy-notice>',
  }).html;
}

/**
 * How a notice case is measured. Render: the first frame in which the notice is visible and all
 * its sections are in its shadow DOM. Open: from a click on "open all sections" to the frame in
 * which every section's body is shown.
 */
export function NOTICE_PATHS({ sections }) {
  // "Open all" opens the top-level sections; subsections show with their parent.
  const template = JSON.parse(readFileSync(TEMPLATE, 'utf8')).notice.sections;
  const subsections = countSections(template) - template.length;
  return {
    paths: {
      trigger: ['privacy-notice', '[part~="toggle-all"]'],
      ready: ['privacy-notice', '[part~="section-body"]:not([hidden])'],
    },
    count: sections - subsections,
    render: {
      banner: ['privacy-notice', '[part~="notice"]'],
      accept: null,
      complete: { path: ['privacy-notice', '[part~="section"]'], count: sections },
      figure: 'bannerVisible',
      waitFor: 'visible',
    },
  };
}
