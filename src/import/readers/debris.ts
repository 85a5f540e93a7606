/**
 * Removes the debris that Word, PDF and web copy-paste leave in text: invisible characters,
 * bookmark and field markers, stray tags, page breaks and page numbers. The wording itself is
 * never touched (curly quotes, dashes and typos stay as written).
 */

/** What one cleaning pass removed, by kind, for the import notes. */
export type DebrisCounts = Partial<Record<DebrisKind, number>>;

export type DebrisKind =
  | 'invisible' | 'nbsp' | 'nb-hyphen' | 'soft-hyphen' | 'bookmark' | 'field' | 'tag' | 'image-link' | 'page-break' | 'page-number' | 'control' | 'divider';

const DESCRIPTIONS: Record<DebrisKind, string> = {
  invisible: 'zero-width characters',
  nbsp: 'non-breaking spaces (made ordinary spaces)',
  'nb-hyphen': 'non-breaking hyphens (made ordinary hyphens)',
  'soft-hyphen': 'soft hyphens',
  bookmark: 'bookmark markers',
  field: 'Word field codes',
  tag: 'stray markup tags',
  'image-link': 'lines left of an image link (".jpg)")',
  'page-break': 'page breaks',
  'page-number': 'page-number lines',
  control: 'control characters',
  divider: 'dash lines between sections (read as blank lines)',
};

const RULES: { kind: DebrisKind; pattern: RegExp; replace: string }[] = [
  { kind: 'invisible', pattern: /[\u200B-\u200D\u2060\uFEFF\u180E]/g, replace: '' },
  { kind: 'nbsp', pattern: /[\u00A0\u202F\u2007]/g, replace: ' ' },
  // (A non-breaking hyphen, "_ga_<container&#8209;id>", is a hyphen the line may not break at: the same character to a reader.)
  { kind: 'nb-hyphen', pattern: /\u2011/g, replace: '-' },
  { kind: 'soft-hyphen', pattern: /\u00AD/g, replace: '' },
  { kind: 'page-break', pattern: /[\f\u000B\u2028\u2029]/g, replace: '\n\n' },
  { kind: 'bookmark', pattern: /\[(?:bookmark|anchor):[^\]\n]*\]|\b_(?:Toc|Hlk|Ref|GoBack)\d*\b/g, replace: '' },
  // Field codes that leak into copied text: { HYPERLINK "…" }, { PAGE }, { TOC \o "1-3" }.
  { kind: 'field', pattern: /\{\s*(?:HYPERLINK|PAGEREF|REF|TOC|PAGE|NUMPAGES|MERGEFIELD|FORMTEXT|FORMCHECKBOX|SEQ|STYLEREF)\b[^{}\n]*\}/g, replace: '' },
  { kind: 'tag', pattern: /<\/?(?:p|br|span|div|b|i|u|strong|em|font|o:p|w:[a-z]+)\b[^<>\n]*\/?>/gi, replace: ' ' },
  // What a page copied as Markdown leaves of an image link cut at its start: the end of its address
  // ("![Logo](/media/banner.jpg)" → ".jpg)", "banner.png)") on a line of its own.
  { kind: 'image-link', pattern: /^[ \t]*(?:!?\[[^\]\n]*\]\()?[^\s()[\]]*\.(?:jpe?g|png|gif|svg|webp|avif)(?:\?[^\s()]*)?\)[ \t]*$/gim, replace: '' },
  { kind: 'page-number', pattern: /^[ \t]*(?:Page|Pg\.?) \d+(?: of \d+)?[ \t]*$/gim, replace: '' },
  { kind: 'control', pattern: /[\u0000-\u0008\u000E-\u001F\u007F]/g, replace: '' },
];

/** Cleans `text` for the plain-text route. Line structure is kept; line endings become `\n`. */
export function removeDebris(text: string): { text: string; counts: DebrisCounts } {
  const counts: DebrisCounts = {};
  let out = text.replace(/\r\n?/g, '\n');
  // A <br> in pasted text is a line break, not debris to drop.
  out = out.replace(/<br\s*\/?>/gi, () => {
    counts.tag = (counts.tag ?? 0) + 1;
    return '\n';
  });
  for (const rule of RULES) {
    out = out.replace(rule.pattern, () => {
      counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
      return rule.replace;
    });
  }
  return { text: dividers(out, counts), counts };
}

/**
 * A page of accordion panels copied with no blank lines keeps each panel's toggle as a dash alone
 * on a line between the panels ("… not subject to automated decision making or profiling." / "-" /
 * "Data controller" / "The data controller is …" / "-" / …): a section break, read as a blank
 * line. Only where two such lines or more stand between lines of text; a dash alone once (an
 * empty list item, an empty table cell) is kept.
 */
function dividers(text: string, counts: DebrisCounts): string {
  const lines = text.split('\n');
  const dash = (k: number) => /^[ \t]*[-–—][ \t]*$/.test(lines[k] ?? '');
  // Dashes each over one line of text, the first under a line that ends in ":" ("This includes:" /
  // "-" / "Personal details (name, …)" / "-" / "Details of your consultations, treatments, and care"
  // / …), are a list's bullets on lines of their own, not toggles: the text reader gives each its item.
  const bullets = new Set<number>();
  for (let k = 0; k < lines.length; k++) {
    if (!dash(k) || !/:\s*$/.test(lines[k - 1] ?? '') || !dash(k + 2)) continue;
    let j = k;
    while (dash(j) && lines[j + 1]?.trim() && !dash(j + 1)) {
      bullets.add(j);
      j += 2;
    }
  }
  const at = lines.flatMap((_, k) => (dash(k) && !bullets.has(k) && lines[k - 1]?.trim() && lines[k + 1]?.trim() ? [k] : []));
  if (at.length < 2) return text;
  for (const k of at) lines[k] = '';
  counts.divider = (counts.divider ?? 0) + at.length;
  return lines.join('\n');
}

/** Cleans one inline run (HTML, Markdown and .docx text): the same rules, line breaks made spaces. */
export function cleanRun(text: string, counts: DebrisCounts): string {
  let out = text;
  for (const rule of RULES) {
    if (rule.kind === 'page-number' || rule.kind === 'tag' || rule.kind === 'image-link') continue;
    out = out.replace(rule.pattern, () => {
      counts[rule.kind] = (counts[rule.kind] ?? 0) + 1;
      return rule.kind === 'page-break' ? ' ' : rule.replace;
    });
  }
  return out;
}

/** One sentence describing what was removed, or undefined when nothing was. */
export function describeDebris(counts: DebrisCounts): string | undefined {
  const parts = (Object.keys(counts) as DebrisKind[])
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => `${counts[kind]} ${DESCRIPTIONS[kind]}`);
  return parts.length ? `Removed extraction debris: ${parts.join(', ')}.` : undefined;
}
