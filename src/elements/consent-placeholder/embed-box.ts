/**
 * The box a placeholder takes: the embed's own, so nothing moves when one replaces the other
 * (Cumulative Layout Shift 0, web.dev/articles/cls). Read from the embed as it is laid out when
 * the placeholder arrives; from its attributes and styles when the page does not show it.
 */
export interface EmbedBox {
  /** `block` for a block-level embed, `inline-block` for one in a line of text (an iframe's default). */
  display: 'block' | 'inline-block';
  /** CSS width: the embed's in px, or `100%` when it fills its container (a responsive embed). */
  width: string;
  /** Width divided by height; the placeholder keeps it as its minimum height while it narrows. */
  ratio: number;
  /** Its margins, so the space around it is the same. */
  margin: { block: [string, string]; inline: [string, string] };
  /** Its vertical alignment in a line of text. */
  verticalAlign: string;
}

/** 16:9, the shape of most embedded video players, when nothing else says. */
const DEFAULT_RATIO = 16 / 9;

/** A length attribute (`width="560"`, `height="315px"`) in px, or undefined. */
function pixels(value: string | null): number | undefined {
  const match = value === null ? null : /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/i.exec(value);
  return match ? Number(match[1]) : undefined;
}

/** The ratio a CSS `aspect-ratio` value states (`16 / 9`, `1.5`, `auto 4 / 3`), or undefined for `auto`. */
function cssRatio(value: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)(?:\s*\/\s*(\d+(?:\.\d+)?))?\s*$/.exec(value);
  if (!match) return undefined;
  const ratio = Number(match[1]) / Number(match[2] ?? 1);
  return Number.isFinite(ratio) && ratio > 0 ? ratio : undefined;
}

/**
 * Measures `embed` for its placeholder. Laid out, its border box is used as it is (whatever the
 * site's CSS made of it); a width equal to its container's content width is kept as `100%`, so
 * the placeholder stays responsive. Not laid out (`display: none` in the site's CSS, or inside a
 * closed `<details>`), the `width`/`height` attributes and the CSS `aspect-ratio` decide.
 */
export function measureEmbed(embed: Element): EmbedBox {
  const style = getComputedStyle(embed);
  const display = style.display.startsWith('inline') ? 'inline-block' : 'block';
  const margin = {
    block: [style.marginBlockStart, style.marginBlockEnd] as [string, string],
    inline: [style.marginInlineStart, style.marginInlineEnd] as [string, string],
  };
  const box = embed.getBoundingClientRect();
  if (box.width > 0 && box.height > 0) {
    const parent = embed.parentElement;
    const parentStyle = parent && getComputedStyle(parent);
    const content = parent && parentStyle
      ? parent.clientWidth - parseFloat(parentStyle.paddingInlineStart) - parseFloat(parentStyle.paddingInlineEnd)
      : Number.NaN;
    const marginSum = parseFloat(margin.inline[0]) + parseFloat(margin.inline[1]);
    const fills = Math.abs(box.width + marginSum - content) < 1;
    // Equal non-zero side margins are a centred embed (`margin-inline: auto`): keep it centred.
    if (!fills && parseFloat(margin.inline[0]) > 0 && Math.abs(parseFloat(margin.inline[0]) - parseFloat(margin.inline[1])) < 1) {
      margin.inline = ['auto', 'auto'];
    }
    return { display, width: fills ? '100%' : `${box.width}px`, ratio: box.width / box.height, margin, verticalAlign: style.verticalAlign };
  }
  const width = pixels(embed.getAttribute('width'));
  const height = pixels(embed.getAttribute('height'));
  const percent = /^\s*(\d+(?:\.\d+)?)%\s*$/.exec(embed.getAttribute('width') ?? '')?.[1];
  const cssWidth = /^\d+(\.\d+)?(px|%)$/.test(style.width) ? style.width : undefined;
  return {
    display,
    width: cssWidth ?? (percent ? `${percent}%` : width ? `${width}px` : '100%'),
    ratio: cssRatio(style.aspectRatio) ?? (width && height ? width / height : DEFAULT_RATIO),
    margin,
    verticalAlign: style.verticalAlign,
  };
}

/**
 * Applies the box to the placeholder's host as inline custom properties: the site's
 * own CSS for `consent-placeholder` can still override any of them (its rules outrank `:host`'s,
 * and the custom properties are only defaults there). Set through the CSSOM, which a strict
 * Content-Security-Policy without `unsafe-inline` allows.
 */
export function applyEmbedBox(host: HTMLElement, box: EmbedBox): void {
  host.style.setProperty('--_embed-display', box.display);
  host.style.setProperty('--_embed-width', box.width);
  host.style.setProperty('--_embed-ratio', String(box.ratio));
  host.style.setProperty('--_embed-align', box.verticalAlign);
  host.style.setProperty('--_embed-margin-block', box.margin.block.join(' '));
  host.style.setProperty('--_embed-margin-inline', box.margin.inline.join(' '));
}
