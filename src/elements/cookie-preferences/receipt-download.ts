/**
 * "Download a record of my choices": the receipt of the visitor's decisions as a JSON file they
 * keep (docs/receipts.md; docs/receipt.schema.json validates it), with a short summary in their
 * language, inside the file (`dct:abstract`) and announced on the page. Loaded on the click.
 */
import type { PrivacyConfig } from '../../config/types.js';
import { currentReceipt } from '../../consent/decision.js';
import type { ConsentReceipt, ReceiptMethod } from '../../consent/receipt.js';
import { builtInLanguage } from '../../i18n/languages.js';
import type { PreferencesStrings } from '../../config/ui-text.js';
import { formatText } from '../../i18n/strings.js';

/** A date and time in `lang`, in UTC as the receipt records it: "1 November 2026, 10:32 UTC". */
export function receiptTime(iso: string, lang: string): string {
  const time = Date.parse(iso);
  const clock = new Date(time).toISOString().slice(11, 16);
  // Chromium's built-in ICU has no Welsh data (i18n/cy/format.ts): the language's own formatter then.
  const fallback = Intl.DateTimeFormat.supportedLocalesOf(lang).length ? undefined : builtInLanguage(lang)?.date;
  const date = fallback ? fallback(time) : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(time);
  return `${date}, ${clock} UTC`;
}

/**
 * A few sentences saying what the newest decision in `receipt` was: when, how, what is on and
 * off, and its record number. Category titles come from `config` as shown (the language of the page).
 */
export function receiptSummary(receipt: ConsentReceipt, config: PrivacyConfig, text: PreferencesStrings, lang: string): string {
  const record = receipt['dpv:hasRecordOfActivity'][0]!;
  const event = record['dpv:hasConsentStatus'];
  const methods: Record<ReceiptMethod, string> = {
    banner: text.methodBanner,
    preferences: text.methodPreferences,
    'cookies-page': text.methodCookiesPage,
    placeholder: text.methodPlaceholder,
    api: text.methodApi,
    gpc: text.methodGpc,
  };
  const title = (id: string, fallback: string) => config.consent?.categories.find((c) => c.id === id)?.title ?? fallback;
  const optional = record['dpv:hasProcess'].filter((p) => !p['dpv:hasLegalBasis'].endsWith('/4'));
  const names = (active: boolean) => optional.filter((p) => p['pc:active'] === active).map((p) => title(p['dct:identifier'], p['dct:title']));
  const list = (items: string[]) => (items.length ? items.join(', ') : text.summaryNone);
  return [
    formatText(text.summaryIntro, {
      organisation: config.organisation.name,
      date: receiptTime(event['dpv:isIndicatedAtTime'], lang),
      method: methods[event['dpv:hasIndicationMethod']] ?? event['dpv:hasIndicationMethod'],
    }),
    formatText(text.summaryOn, { categories: list(names(true)) }),
    formatText(text.summaryOff, { categories: list(names(false)) }),
    formatText(text.summaryId, { id: record['dct:identifier'] }),
  ].join(' ');
}

/**
 * Builds the receipt for `store`'s state, saves it as `cookie-choices-YYYY-MM-DD.json` through a
 * temporary link in `root`, and returns the sentence to announce (empty when there is nothing to save).
 */
export async function downloadReceipt(
  root: ShadowRoot,
  store: Parameters<typeof currentReceipt>[0],
  config: PrivacyConfig,
  text: PreferencesStrings,
  lang: string,
): Promise<string> {
  const receipt = await currentReceipt(store);
  if (!receipt) return '';
  const summary = receiptSummary(receipt, config, text, lang);
  const file = `cookie-choices-${receipt['dct:created'].slice(0, 10)}.json`;
  const blob = new Blob([`${JSON.stringify({ ...receipt, 'dct:abstract': summary }, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = file;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  // The browser has read the blob once the download starts; free it after that.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return formatText(text.recordDownloaded, { file, summary });
}
