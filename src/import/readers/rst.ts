/**
 * reStructuredText (`.rst`, the Sphinx documentation sites some public bodies publish their notices on) as the
 * Markdown it stands for, so the Markdown reader reads it: section titles underlined (and overlined) with a
 * punctuation character, their levels in the order the characters first appear; `text <url>`_ links;
 * ``literals``; roles (:ref:`text`); `csv-table` and `list-table` directives (a cookie page's table) as tables;
 * other directives (`.. image::`, `.. toctree::`) and comments are the site's, not the notice's. Lists,
 * emphasis and paragraphs are written alike in both.
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
    // A directive or a comment, with its indented body: not wording, except a table's (`csv-table`, `list-table`).
    if (/^\.\.\s/.test(line) || line.trim() === '..') {
      const body: string[] = [];
      while (i + 1 < lines.length && (/^\s+\S/.test(lines[i + 1]!) || (!lines[i + 1]!.trim() && /^\s+\S/.test(lines[i + 2] ?? '')))) body.push(lines[++i]!);
      const table = /^\.\.\s+(csv-table|list-table)::\s*(.*)$/.exec(line);
      if (table) out.push('', ...tableRows(table[1]!, table[2]!.trim(), body), '');
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

/** A CSV row's cells ("jwt", "Used to keep you signed in", "24 hours"), quotes taken off. */
function csvCells(row: string): string[] {
  return [...row.matchAll(/\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/g)].filter((m) => m.index! < row.length).map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"').trim());
}

/** A `csv-table` or `list-table` directive's body as Markdown table rows, its caption first. */
function tableRows(kind: string, caption: string, body: string[]): string[] {
  const rows: string[][] = [];
  let header: string[] | undefined;
  let headerRows = 0;
  for (const line of body) {
    const option = /^\s+:([\w-]+):\s*(.*)$/.exec(line);
    if (option) {
      if (option[1] === 'header' && kind === 'csv-table') header = csvCells(option[2]!);
      if (option[1] === 'header-rows') headerRows = Number(option[2]);
      continue;
    }
    if (kind === 'csv-table') {
      if (line.trim()) rows.push(csvCells(line.trim()));
      continue;
    }
    // A list-table: "* -" opens a row, "-" adds a cell, an indented line goes on with the last cell.
    const cell = /^\s+(\*\s+)?-\s+(.*)$/.exec(line);
    if (cell) {
      if (cell[1] || !rows.length) rows.push([]);
      rows[rows.length - 1]!.push(cell[2]!.trim());
    } else if (line.trim() && rows.length) {
      const last = rows[rows.length - 1]!;
      last[last.length - 1] = `${last[last.length - 1] ?? ''} ${line.trim()}`.trim();
    }
  }
  if (!header && headerRows > 0) header = rows.shift();
  const width = Math.max(header?.length ?? 0, ...rows.map((r) => r.length));
  if (!width) return [];
  // (A cell's text is text: "_ga_*" must not become emphasis in Markdown.)
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, k) => (cells[k] ?? '').replace(/[\\`*_[\]|<>]/g, (c) => `\\${c}`)).join(' | ')} |`;
  return [...(caption ? [caption, ''] : []), line(header ?? Array(width).fill('')), `|${' --- |'.repeat(width)}`, ...rows.map(line)];
}

