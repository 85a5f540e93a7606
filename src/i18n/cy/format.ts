/**
 * Welsh lists, periods and dates. `Intl` does all three when the browser has Welsh locale data,
 * but Chromium's built-in ICU has none (`Intl.ListFormat('cy')` answers in English: "a, b, and
 * c"), so each falls back to the same result as CLDR's Welsh data, written out here.
 */

/** A memo, not state: asking `Intl` for its locales costs as much as a formatter; the answer never changes. */
const welshData = new WeakMap<object, boolean>();
const hasWelsh = (api: { supportedLocalesOf(locales: string): string[] }) => {
  let has = welshData.get(api);
  if (has === undefined) welshData.set(api, (has = api.supportedLocalesOf('cy').length > 0));
  return has;
};

/** "ac" before a word that starts with a vowel (y included: "ac ysgol"), else "a" (the Welsh "and"). */
const and = (next: string) => (/^[aeiouyâêîôûŷáéíóúý]/i.test(next) ? 'ac' : 'a');

/**
 * Joins phrases with the Welsh "and": "a" before a consonant, "ac" before a vowel. ICU writes
 * "a(c)" because it cannot know the next word; decided here from its first letter.
 */
export function welshList(items: string[]): string {
  if (hasWelsh(Intl.ListFormat)) {
    return new Intl.ListFormat('cy', { type: 'conjunction' }).format(items).replace(/\ba\(c\) (?=(\S))/g, (_, next: string) => `${and(next)} `);
  }
  // CLDR's Welsh pattern: "X a Y", "X, Y, a Z".
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(', ')}${items.length > 2 ? ',' : ''} ${and(last)} ${last}`;
}

/** A number of years or months with the Welsh soft and nasal mutations: "1 flwyddyn", "2 flynedd", "5 mlynedd", "2 fis". */
export function welshPeriod(count: number, unit: 'year' | 'month'): string {
  if (hasWelsh(Intl.NumberFormat)) return new Intl.NumberFormat('cy', { style: 'unit', unit, unitDisplay: 'long' }).format(count);
  const number = count.toLocaleString('en-GB');
  // The same choices as CLDR's Welsh unit patterns (one, two, few = 3, many = 6, other).
  if (unit === 'month') return `${number} ${count === 2 ? 'fis' : 'mis'}`;
  const word = count === 1 ? 'flwyddyn' : count === 2 ? 'flynedd' : count === 3 || count === 6 ? 'blynedd' : 'mlynedd';
  return `${number} ${word}`;
}

const MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

/** A date as Welsh writes it in full, in UTC: "5 Ionawr 2026". */
export function welshDate(time: number): string {
  if (hasWelsh(Intl.DateTimeFormat)) return new Intl.DateTimeFormat('cy', { dateStyle: 'long', timeZone: 'UTC' }).format(time);
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
