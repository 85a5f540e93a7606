/**
 * Haml (Rails's indented page templates: `%h1.bold Privacy policy`, `%p …`, `.container`), converted to the HTML it
 * renders and read as HTML. An element line opens its tag (`%li`, `.class` and `#id` a `<div>`), its words inline or
 * on the lines indented under it; a deeper indent nests, a shallower one closes. Ruby lines (`= …`, `- …`) print
 * their helpers' words where the HTML route reads them (`= link_to "…"`, `= t("…")`), passed on as ERB; `#{…}` in
 * the words too. Filters (`:javascript`, `:css`) are code; `:markdown` and `:plain` keep their lines; comments (`-#`,
 * `/`) go.
 */

/** An element line: `%tag`, `.class` or `#id`, its attributes, then its words. */
const ELEMENT = /^(%[A-Za-z][\w:-]*|[.#][\w-]+)((?:[.#][\w-]+)*)(?:\{[^}]*\}|\([^)]*\)|\[[^\]]*\])*([=~!&]?)\s?(.*)$/;

/**
 * Whether a text is a Haml template: a third or more of its first lines are Haml elements (`%p.govuk-body`), three or more with
 * no HTML tags of its own, five or more beside some (a Haml file pasted under an HTML heading). HTML lines pass through as they are.
 */
export function isHaml(name: string, text: string): boolean {
  if (/\.haml$/i.test(name)) return true;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 60);
  const elements = lines.filter((l) => /^%[a-z][\w-]*(?:[.#][\w-]+)*(?:[\s({[=]|$)/.test(l)).length;
  const html = /<(?:p|div|h[1-6]|ul|li|table|body|html)\b/i.test(text);
  return elements * 3 >= lines.length && (html ? elements >= 5 : elements >= 3);
}

/** The HTML a Haml template renders, as far as its words go. */
export function hamlToHtml(source: string): string {
  const out: string[] = [];
  const open: { indent: number; tag: string }[] = [];
  let filter: { indent: number; keep: boolean } | undefined;
  const close = (indent: number) => {
    while (open.length && open[open.length - 1]!.indent >= indent) out.push(`</${open.pop()!.tag}>`);
  };
  for (const raw of source.split('\n')) {
    if (!raw.trim()) continue;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (filter && indent > filter.indent) {
      if (filter.keep) out.push(line);
      continue;
    }
    filter = undefined;
    close(indent);
    const filterName = /^:(\w+)$/.exec(line)?.[1];
    if (filterName) {
      filter = { indent, keep: filterName === 'markdown' || filterName === 'plain' };
      continue;
    }
    // Comments: Haml's `-#` and the HTML comment `/`.
    if (/^-#|^\/(?!\/)/.test(line)) continue;
    // Ruby: `= expr` prints (an ERB output the HTML route reads, so `= link_to "…"` keeps its words); `- code` runs.
    if (/^[=~!&]/.test(line)) {
      out.push(`<%= ${line.replace(/^[=~!&]+\s*/, '')} %>`);
      continue;
    }
    if (/^-/.test(line)) continue;
    const m = ELEMENT.exec(line);
    if (!m) {
      out.push(interpolate(line.replace(/^\\/, '')));
      continue;
    }
    const tag = m[1]!.startsWith('%') ? m[1]!.slice(1) : 'div';
    const words = m[4]!.trim();
    const body = m[3] ? `<%= ${words} %>` : interpolate(words);
    if (/^(?:script|style|meta|link|input|img|br|hr)$/i.test(tag)) continue;
    out.push(`<${tag}>${body}`);
    open.push({ indent, tag });
  }
  close(0);
  return out.join('\n');
}

/** Ruby's `#{…}` in a line's words, as the ERB output it is (Haml's and Slim's alike). */
export function interpolate(text: string): string {
  return text.replace(/#\{([^}]*)\}/g, (_m, code: string) => `<%= ${code} %>`);
}
