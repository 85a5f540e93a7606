/**
 * YAML front matter at the start of a Markdown (or text) file: `---`, `key: value` lines, `---`,
 * as static site generators (Jekyll, Eleventy, Hugo) write it, or Hugo's TOML between `+++` lines
 * (`title = "Privacy Policy"`). The notice's title is often only
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

const OPEN = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/;
const CLOSE = { '---': /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/, '+++': /\r?\n\+\+\+[ \t]*(?:\r?\n|$)/ };

/** Splits front matter from the body. `found` is false (and the text unchanged) when there is none. */
export function readFrontMatter(source: string): { body: string; meta: FrontMatter; found: boolean; values: Record<string, string> } {
  const none = { body: source, meta: {}, found: false, values: {} };
  const open = OPEN.exec(source);
  if (!open) return none;
  const rest = source.slice(open[0].length);
  const toml = open[1] === '+++';
  const close = CLOSE[toml ? '+++' : '---'].exec(`\n${rest}`);
  if (!close) return none;
  const yaml = rest.slice(0, Math.max(0, close.index - 1));
  // Front matter is short and made of "key: value" lines; anything else is a thematic break.
  const lines = yaml.split(/\r?\n/).filter((l) => l.trim() && !/^\s*#/.test(l));
  // (TOML's are "key = value" lines, and "[table]" headers whose keys are nested, not read.)
  const pair = toml ? /^\s*[\w.-]+\s*=/ : /^\s*[\w.-]+\s*:/;
  if (lines.length > 60 || !lines.every((l) => pair.test(l) || /^\s+/.test(l) || (toml ? /^\s*\[/.test(l) : /^\s*-\s/.test(l)))) return none;
  const meta: FrontMatter = {};
  // Every top-level value, for a template in the body that prints one ("{{ page.organisation }}").
  const values: Record<string, string> = {};
  for (const line of lines) {
    if (toml && /^\s*\[/.test(line)) break;
    const m = (toml ? /^([\w.-]+)\s*=\s*(.*)$/ : /^([\w.-]+)\s*:\s*(.*)$/).exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = unquote(m[2]!.trim());
    if (!value) continue;
    values[m[1]!] = value;
    if (key === 'title' || key === 'pagetitle' || key === 'page_title') meta.title ??= value;
    else if (key === 'lang' || key === 'language' || key === 'locale') meta.lang ??= value;
    else if (/^(?:lastupdated|last_updated|updated|modified|date|last_modified)$/.test(key)) meta.date ??= value;
  }
  return { body: rest.slice(close.index - 1 + close[0].length), meta, found: true, values };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return (m ? m[2]! : value).replace(/\\"/g, '"').trim();
}
