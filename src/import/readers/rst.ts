/**
 * reStructuredText (`.rst`, the Sphinx documentation sites some public bodies publish their notices on) as the
 * Markdown it stands for, so the Markdown reader reads it: section titles underlined (and overlined) with a
 * punctuation character, their levels in the order the characters first appear; `text <url>`_ links;
 * ``literals``; roles (:ref:`text`); directives (`.. image::`, `.. toctree::`) and comments are the site's, not
 * the notice's. Lists, emphasis and paragraphs are written alike in both.
 */

/** A line of one punctuation character repeated: a section title's adornment. */
const ADORNMENT = /^([=\-`:'"~^_*+#<>.])\1{2,}\s*$/;

/** The Markdown a reStructuredText document stands for. */
export function rstToMarkdown(rst: string): string {
  const lines = rst.replace(/\r\n?/g, '\n').split('\n');
  const levels: string[] = [];
  const level = (key: string) => {
    if (!levels.includes(key)) levels.push(key);
    return Math.min(6, levels.indexOf(key) + 1);
  };
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    // An overlined title: adornment, title, the same adornment.
    const over = ADORNMENT.exec(line);
    if (over && lines[i + 1]?.trim() && ADORNMENT.exec(lines[i + 2] ?? '')?.[1] === over[1]) {
      out.push(`${'#'.repeat(level(`over${over[1]}`))} ${lines[i + 1]!.trim()}`);
      i += 2;
      continue;
    }
    // An underlined title: a line of text, then an adornment at least as long as the text.
    const under = ADORNMENT.exec(next);
    if (under && line.trim() && !ADORNMENT.test(line) && next.trim().length >= line.trim().length) {
      out.push(`${'#'.repeat(level(under[1]!))} ${line.trim()}`);
      i += 1;
      continue;
    }
    // A directive or a comment, with its indented body: not wording.
    if (/^\.\.\s/.test(line) || line.trim() === '..') {
      while (i + 1 < lines.length && (/^\s+\S/.test(lines[i + 1]!) || (!lines[i + 1]!.trim() && /^\s+\S/.test(lines[i + 2] ?? '')))) i++;
      continue;
    }
    out.push(line);
  }
  return out
    .join('\n')
    // `text <url>`_ and `text <url>`__ links; a bare `text`_ reference keeps its words.
    .replace(/`([^`<]+?)\s*<([^>`]+)>`__?/g, (_m, text: string, url: string) => `[${text.trim()}](${url.trim()})`)
    .replace(/`([^`]+)`__?(?![\w])/g, '$1')
    // Roles (:ref:`…`, :doc:`…`, :abbr:`…`): their words, without a target in angle brackets.
    .replace(/:[a-z]+(?::[a-z]+)?:`([^`<]+?)(?:\s*<[^>]*>)?`/g, '$1')
    // ``literal`` is `literal` in Markdown.
    .replace(/``([^`]+)``/g, '`$1`');
}
