/**
 * The first layer ("at a glance") must stay short: requirements.md §B 19 sets our targets at
 * 10 items and 120 words before any "more" link, with no sentence over 30 words (ICO: "concise,
 * transparent, intelligible"; UK GDPR Art 12(1)).
 *
 * The layer is measured as `<privacy-notice>` builds it (`buildAtAGlance`, src/notice), so the
 * count is of the statements a visitor reads: the lead sentence and each item's text. The
 * item limit holds by construction (ten kinds, long lists cut short), so the rule checks words,
 * and the sentences the organisation wrote itself (`summary.lead` and `summary.override`).
 */
import { noticeCy } from '../i18n/cy/notice.js';
import { noticeEnGB } from '../i18n/en-GB/notice.js';
import { buildAtAGlance, type GlanceItem } from '../notice/at-a-glance.js';
import type { Notice } from '../config/notice-model.js';
import type { PrivacyConfig } from '../config/types.js';
import { childPath } from '../config/validate.js';
import { noticesOf } from './notices.js';
import { sentences, words, writtenText } from './text.js';
import type { LintRule } from './types.js';

export const FIRST_LAYER_LIMITS = { items: 10, words: 120, sentenceWords: 30 } as const;

/** The first layer's items for a notice, in the notice's language (Welsh or English wording). */
export function firstLayerItems(notice: Notice, config: Pick<PrivacyConfig, 'organisation' | 'lang'>): GlanceItem[] {
  const lang = notice.lang ?? config.lang ?? 'en-GB';
  const strings = /^cy\b/i.test(lang) ? noticeCy : noticeEnGB;
  return buildAtAGlance(notice, { strings, organisation: config.organisation, lang });
}

/** The words of the first layer's statements: the lead and each item's text (headings are labels, like a table's, and not counted). */
export function firstLayerWords(notice: Notice, items: GlanceItem[]): number {
  return words(writtenText(notice.summary?.lead)).length + items.reduce((sum, item) => sum + words(writtenText(item.text)).length, 0);
}

export const firstLayerLength: LintRule = {
  id: 'first-layer-length',
  severity: 'warning',
  cites: 'UK GDPR Art 12(1): concise and intelligible (targets: ≤ 10 items, ≤ 120 words, sentences ≤ 30 words)',
  title: 'The first layer stays within 120 words, with no sentence over 30 words',
  check(config, report) {
    for (const { notice, path } of noticesOf(config)) {
      const items = firstLayerItems(notice, config);
      const total = firstLayerWords(notice, items);
      if (total > FIRST_LAYER_LIMITS.words) {
        report(
          notice.summary ? `${path}.summary` : path,
          `the first layer runs to ${total} words (target ≤ ${FIRST_LAYER_LIMITS.words}): shorten "summary.lead", reword long items with "summary.override", use shorter labels for data and purposes, or hide items with "summary.hide"`,
        );
      }
      const own: [string, string][] = [[`${path}.summary.lead`, writtenText(notice.summary?.lead)]];
      for (const [kind, text] of Object.entries(notice.summary?.override ?? {})) own.push([childPath(`${path}.summary.override`, kind), writtenText(text)]);
      for (const [at, text] of own) {
        for (const sentence of sentences(text)) {
          const count = words(sentence).length;
          if (count > FIRST_LAYER_LIMITS.sentenceWords) {
            report(at, `a sentence of ${count} words (target ≤ ${FIRST_LAYER_LIMITS.sentenceWords}): "${sentence.slice(0, 60)}…"`);
          }
        }
      }
    }
  },
};
