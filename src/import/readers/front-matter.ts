/**
 * YAML front matter at the start of a Markdown (or text) file: `---`, `key: value` lines, `---`,
 * as static site generators (Jekyll, Eleventy, Hugo) write it. The notice's title is often only
 * there, so it is read, not shown as the first section's heading. Only top-level scalar keys are
 * read (title, lang, dates); nested values are skipped. That is all the importer needs, so no
 * YAML library is brought into the browser demo for it.
 */

/** What the front matter says about the notice. */
export interface FrontMatter {
  title?: string;
  lang?: string;
  /** The date as written (`lastUpdated`, `updated`, `date`). */
  date?: string;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Splits front matter from the body. `found` is false (and the text unchanged) when there is none. */
export function readFrontMatter(source: string): { body: string; meta: FrontMatter; found: boolean } {
  const open = OPEN.exec(source);
  if (!open) return { body: source, meta: {}, found: false };
  const rest = source.slice(open[0].length);
  const close = CLOSE.exec(`\n${rest}`);
  if (!close) return { body: source, meta: {}, found: false };
  const yaml = rest.slice(0, Math.max(0, close.index - 1));
  // Front matter is short and made of "key: value" lines; anything else is a thematic break.
  const lines = yaml.split(/\r?\n/).filter((l) => l.trim() && !/^\s*#/.test(l));
  if (lines.length > 60 || !lines.every((l) => /^\s*[\w.-]+\s*:/.test(l) || /^\s+/.test(l) || /^\s*-\s/.test(l))) return { body: source, meta: {}, found: false };
  const meta: FrontMatter = {};
  for (const line of lines) {
    const m = /^([\w.-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = unquote(m[2]!.trim());
    if (!value) continue;
    if (key === 'title' || key === 'pagetitle' || key === 'page_title') meta.title ??= value;
    else if (key === 'lang' || key === 'language' || key === 'locale') meta.lang ??= value;
    else if (/^(?:lastupdated|last_updated|updated|modified|date|last_modified)$/.test(key)) meta.date ??= value;
  }
  return { body: rest.slice(close.index - 1 + close[0].length), meta, found: true };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return (m ? m[2]! : value).replace(/\\"/g, '"').trim();
}
