/**
 * The first layer ("at a glance") must stay short: requirements.md §B 19 sets our targets at
 * 10 items and 120 words before any "more" link, with no sentence over 30 words (ICO: "concise,
 * transparent, intelligible"; UK GDPR Art 12(1)).
 *
 * The first layer is generated from the notice's structured facts (notice-model §3.3); this module
 * estimates its items and words from the same facts, the way the table there builds them, and
 * checks the organisation's own first-layer wording (`summary.lead` and `summary.override`)
 * sentence by sentence. The item limit holds by construction: there are ten kinds of item, and the
 * longest lists in them ("what", "why") are cut to six and five entries.
 */
import type { Notice, SummaryKind, Text } from '../../notice/model.js';
import { childPath } from '../validate.js';
import { noticesOf } from './notices.js';
import { plainText, sentences, words } from './text.js';
import type { LintRule } from './types.js';

export const FIRST_LAYER_LIMITS = { items: 10, words: 120, sentenceWords: 30 } as const;

const KINDS: SummaryKind[] = ['who', 'what', 'why', 'basis', 'sharing', 'transfers', 'retention', 'rights', 'complain', 'contact'];

/** Plain words for each Art 6 basis, as the first layer says them. */
const BASIS_WORDS: Record<string, string> = {
  a: 'with your consent',
  b: 'to deliver a contract with you',
  c: 'to meet a legal obligation',
  d: 'to protect someone’s life',
  e: 'to carry out our public tasks',
  ea: 'for a recognised legitimate interest',
  f: 'for our legitimate interests',
};

/** The text of one generated first-layer item, estimated from the structured facts. */
function generatedItem(kind: SummaryKind, notice: Notice): string | undefined {
  const partyName = (id: string) => notice.parties.find((p) => p.id === id)?.name ?? id;
  switch (kind) {
    case 'who':
      return notice.controllers.length ? `${notice.controllers.map((c) => partyName(c.party)).join(', ')} is responsible for your information (the data controller).` : undefined;
    case 'what':
      return notice.data.length ? notice.data.slice(0, 6).map((d) => d.label).join(', ') + (notice.data.length > 6 ? ' and more' : '') : undefined;
    case 'why':
      return notice.purposes.length ? notice.purposes.slice(0, 5).map((p) => p.label).join(', ') + (notice.purposes.length > 5 ? `, and ${notice.purposes.length - 5} more` : '') : undefined;
    case 'basis':
      return notice.bases.length ? [...new Set(notice.bases.map((b) => BASIS_WORDS[b.art6] ?? ''))].join('; ') : undefined;
    case 'sharing':
      return notice.sharing.length ? [...new Set(notice.sharing.map((s) => partyName(s.recipient)))].join(', ') : undefined;
    case 'transfers':
      return notice.transfers.outsideUk === 'not-stated' ? undefined : notice.transfers.outsideUk === 'no' ? 'We do not send your information outside the UK.' : 'Some information is sent outside the UK, with safeguards.';
    case 'retention': {
      const first = notice.retention[0];
      if (!first) return undefined;
      return first.period ? `${first.period.years ?? ''} ${first.period.months ?? ''} from ${first.period.from}` : sentences(plainText(first.criteria))[0];
    }
    case 'rights':
      return notice.rights.items.length ? `${notice.rights.items.map((r) => r.kind.replace(/-/g, ' ')).join(', ')}; how to use them` : undefined;
    case 'complain':
      return notice.complaints ? 'You can complain to us, and to the Information Commissioner’s Office.' : undefined;
    case 'contact': {
      const card = notice.contacts.find((c) => c.role === 'dpo') ?? notice.contacts.find((c) => c.role === 'service');
      return card ? [card.roleLabel ?? card.role, card.person, card.emails?.[0], card.phones?.[0]?.number].filter(Boolean).join(' ') : undefined;
    }
  }
}

/** The first layer's items as the notice will show them: the kind and its text. */
export function firstLayerItems(notice: Notice): { kind: SummaryKind; text: string; override: boolean }[] {
  const hidden = new Set(notice.summary?.hide ?? []);
  const items: { kind: SummaryKind; text: string; override: boolean }[] = [];
  for (const kind of KINDS) {
    if (hidden.has(kind)) continue;
    const override = notice.summary?.override?.[kind] as Text | undefined;
    const text = override !== undefined ? plainText(override) : generatedItem(kind, notice);
    if (text !== undefined && text.trim() !== '') items.push({ kind, text, override: override !== undefined });
  }
  return items;
}

export const firstLayerLength: LintRule = {
  id: 'first-layer-length',
  severity: 'warning',
  cites: 'UK GDPR Art 12(1): concise and intelligible (targets: ≤ 10 items, ≤ 120 words, sentences ≤ 30 words)',
  title: 'The first layer stays within 10 items and 120 words, with no sentence over 30 words',
  check(config, report) {
    for (const { notice, path } of noticesOf(config)) {
      const items = firstLayerItems(notice);
      const lead = plainText(notice.summary?.lead);
      const total = words(lead).length + items.reduce((sum, item) => sum + words(item.text).length, 0);
      if (total > FIRST_LAYER_LIMITS.words) {
        report(
          notice.summary ? `${path}.summary` : path,
          `the first layer runs to about ${total} words (target ≤ ${FIRST_LAYER_LIMITS.words}): shorten "summary.lead" and "summary.override", or the labels of data and purposes it lists`,
        );
      }
      const own: [string, string][] = [[`${path}.summary.lead`, lead]];
      for (const item of items) if (item.override) own.push([childPath(`${path}.summary.override`, item.kind), item.text]);
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
