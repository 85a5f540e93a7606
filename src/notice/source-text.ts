/**
 * Comparable text: reduces a notice's plain text, as extracted from Word, PDF or a web page, and
 * the text of a rendered notice to the same canonical form, so a test (or the importer) can check
 * that every word of the organisation's notice made it into the rendered page, unchanged and in
 * order, whatever the layout.
 *
 * What is removed or normalised, and why each rule is safe to apply to both sides:
 *
 * - **Layout.** Line breaks, blank-line runs, tabs, trailing spaces and indentation become single
 *   spaces, so hard-wrapped lines are joined and paragraphs, list items and table cells all read
 *   as one run of words. The comparison checks wording and order, not block structure.
 * - **Invisible characters.** Zero-width spaces and joiners, byte-order marks, bidi marks and soft
 *   hyphens are dropped; non-breaking and other fixed-width spaces become ordinary spaces.
 * - **List markers at the start of a line.** Bullet glyphs (`•`, `·`, `◦`, `▪`, `‣`, `●`, `➢`,
 *   Word's private-use Symbol-font bullets…) with or without a following space; `-`, `–`, `—`,
 *   `*` and `+` when a space follows; Word's second-level `o` when a tab or two spaces follow;
 *   numbers and letters such as `1.`, `2)`, `1.2.`, `a)`, `(iv)` when a space follows; Markdown
 *   heading (`##`) and block quote (`>`) markers when a space follows. A rendered
 *   list draws its markers with CSS, so they are not part of its text. Markers are only
 *   recognised at the start of a line: pass rendered text with block boundaries as line breaks
 *   (see `test/pages/notice-roundtrip.test.ts`) so both sides have the same lines.
 * - **Markdown-style emphasis.** `**bold**` and `__bold__` lose their markers (also when the
 *   bold run spans a hard line break, never across a blank line); any stray `**` left over is
 *   dropped. Single `*` and `_` are not emphasis here: they are footnote markers or plain text.
 * - **Footnote markers.** `*`, `**`, `†`, `‡` and bracketed numbers (`[1]`) directly after a word
 *   (`e-mails*`) or at the very start of a line (the footnote itself: `*e-mail & text…`,
 *   `[1] See…`) are dropped. A renderer draws a marker as it likes (a superscript link, a
 *   numbered list), so only the footnote's words, in the place they appear, are compared.
 * - **Quotes.** Curly single quotes and apostrophes (`‘ ’ ‚ ‛`) compare as `'`, curly double
 *   quotes (`“ ” „ ‟`) as `"`. Word's autocorrect curls some quotes and not others; a notice keeps
 *   the characters as written, and the comparison does not flag their shape. Dashes, ellipses and
 *   every other character are compared exactly: a changed dash is a changed word.
 * - Unicode is normalised to NFC, so composed and decomposed accents compare equal.
 *
 * Nothing else changes: spelling, capitals, punctuation and the organisation's typos are compared
 * exactly, which is the point.
 */

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u000B\u000C\u0085]/g;

/** Bullet glyphs that are markers even with no space after them ("·Connect you…"). */
const GLYPH_BULLET = /^[•·◦▪▫‣⁃∙●○■□➢➣➤►▶▸▹✓✔✗❖◆◇\uF000-\uF0FF]+\s*/u;
/** Characters that are list markers only when a space follows ("- item", "* item"). */
const SPACED_BULLET = /^[-–—*+](?:\s+|$)/;
/** Word's second-level bullet: a letter o followed by a tab (or a run of spaces). */
const WORD_O_BULLET = /^o(?:\t|\s{2,})/;
/** A Markdown heading marker ("## Your rights") or block quote marker ("> Note"). */
const MARKDOWN_MARKER = /^(?:#{1,6}|>)(?:\s+|$)/;
/** Numbers and letters used as list markers: "1.", "2)", "1.2.", "a)", "(iv)", "(b)". */
const NUMBER_MARKER = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-z][.)]|\((?:\d{1,3}|[a-z]|[ivxlc]{1,6})\)|[ivxlc]{1,6}[.)])\s+/i;

/** A footnote marker directly after a word: "e-mails*", "transfers†", "basis[2]". */
const TRAILING_FOOTNOTE = /(?<=[^\s*])(?:[*†‡]{1,3}|\[\d{1,3}\])(?=[\s.,;:!?)\]'"’”]|$)/gm;
/** A footnote marker at the start of a line: the footnote itself ("*e-mail & text…", "[1] See…"). */
const LEADING_FOOTNOTE = /^(?:[*†‡]{1,3}|\[\d{1,3}\])\s*(?=\S)/;

/** Bold runs marked up Markdown-style; a run may cross a line break, never a blank line. */
const STAR_BOLD = /\*\*(?=\S)((?:(?!\n[ \t]*\n)[^])*?\S)\*\*/g;
const UNDERSCORE_BOLD = /(?<![\w_])__(?=[^\s_])((?:(?!\n[ \t]*\n)[^])*?[^\s_])__(?![\w_])/g;

/** Removes the list markers at the start of one line, nested ones included ("- • item"). */
function stripListMarkers(line: string): string {
  let rest = line;
  for (;;) {
    const trimmed = rest.replace(/^[\s\u00A0]+/, '');
    const marker =
      GLYPH_BULLET.exec(trimmed) ??
      SPACED_BULLET.exec(trimmed) ??
      WORD_O_BULLET.exec(trimmed) ??
      NUMBER_MARKER.exec(trimmed) ??
      MARKDOWN_MARKER.exec(trimmed);
    if (!marker) return trimmed;
    rest = trimmed.slice(marker[0].length);
  }
}

/**
 * The text with extraction artefacts removed and whitespace normalised (see the module comment
 * for the exact rules). The result is one line: words separated by single spaces.
 *
 * @example comparableText('\tPurpose\n\n· Connect you.  \n**Bold** term*') // 'Purpose Connect you. Bold term'
 */
export function comparableText(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(STAR_BOLD, '$1')
    .replace(UNDERSCORE_BOLD, '$1')
    .replace(/\*\*+/g, '');
  const lines = cleaned.split('\n').map((line) => {
    // Word's "o<tab>" bullet is recognised before tabs become spaces.
    const unmarked = stripListMarkers(line);
    return unmarked.replace(LEADING_FOOTNOTE, '').replace(TRAILING_FOOTNOTE, '').replace(SPACES, ' ');
  });
  return lines.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Where two comparable texts first differ, for a readable test failure: the words before the
 * difference, then what each side has. `undefined` when they are equal.
 *
 * @param expected - The source notice's comparable text.
 * @param actual - The rendered notice's comparable text.
 * @param context - How many words to show around the difference.
 */
export function describeDifference(expected: string, actual: string, context = 12): string | undefined {
  if (expected === actual) return undefined;
  const want = expected.split(' ');
  const got = actual.split(' ');
  let start = 0;
  while (start < want.length && start < got.length && want[start] === got[start]) start++;
  // Trim the common tail too, so the report shows just the changed words.
  let endWant = want.length;
  let endGot = got.length;
  while (endWant > start && endGot > start && want[endWant - 1] === got[endGot - 1]) {
    endWant--;
    endGot--;
  }
  const before = want.slice(Math.max(0, start - context), start).join(' ');
  const show = (words: string[], end: number) => {
    const changed = words.slice(start, Math.min(end, start + 3 * context)).join(' ');
    const more = end - start > 3 * context ? ' …' : '';
    const after = words.slice(end, end + context).join(' ');
    return `[${changed}${more}]${after ? ` ${after}` : ''}`;
  };
  return [
    `First difference at word ${start + 1} of ${want.length} (expected) / ${got.length} (actual), after:`,
    `  …${before}`,
    `expected: ${show(want, endWant)}`,
    `actual:   ${show(got, endGot)}`,
  ].join('\n');
}
