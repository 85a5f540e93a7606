import { sheet } from '../style-sheet.js';

/**
 * The placeholder takes exactly the embed's box (custom properties set from `embed-box.ts`): its
 * width and its width-to-height ratio, never taller, so nothing on the page moves when it arrives
 * or when the embed replaces it (Cumulative Layout Shift 0, web.dev/articles/cls). In a box too
 * small for everything (a phone's video), the element makes the layout compact: what loading it
 * means goes behind a disclosure; and when the text still needs more room (200% text, a long
 * translation) the box scrolls, and the element makes it a Tab stop then, so a keyboard can
 * scroll it too (WCAG 1.4.10 reflow, 2.1.1 keyboard).
 *
 * Why some rules are as they are:
 * - `:host`: `contain: size`, so its size comes from its width and ratio, never from its text;
 *   `overflow: hidden`, so an embed in a line of text sits on the line at its bottom edge, as an
 *   inline-block does only when it does not show overflow.
 * - `.poster`: behind the box, not in it, so it stays in place while the text scrolls.
 * - `.panel`: text always sits on a solid surface, over a poster too, so its contrast never
 *   depends on the image. Auto margins centre it while it fits and fall to 0 when it does not,
 *   so the top of an overflowing text is never out of reach above the scrolling box.
 * - `.about-button`: shown only in the compact layout (`.compact`, set by the element when the
 *   full layout does not fit the box). Its triangle is drawn with borders (read by no screen
 *   reader) and points to the inline end, and down when open, as GOV.UK's details component does.
 */
export const consentPlaceholderStyles = sheet`
  :host {
    display: var(--_embed-display, block);
    position: relative;
    box-sizing: border-box;
    inline-size: var(--consent-placeholder-width, var(--_embed-width, 100%));
    max-inline-size: 100%;
    aspect-ratio: var(--consent-placeholder-ratio, var(--_embed-ratio, 1.7778));
    margin-block: var(--_embed-margin-block, 0);
    margin-inline: var(--_embed-margin-inline, 0);
    vertical-align: var(--_embed-align, baseline);
    contain: size;
    overflow: hidden;
    text-align: start;
  }
  :host([hidden]) {
    display: none !important;
  }
  .poster {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .box {
    position: relative;
    box-sizing: border-box;
    block-size: 100%;
    display: flex;
    flex-direction: column;
    overflow-y: auto;
    padding: calc(var(--_space) / 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--consent-placeholder-background, var(--_surface));
    color: var(--_text);
  }
  .poster + .box {
    background: transparent;
  }
  .box:focus {
    outline: none;
  }
  .box:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
    box-shadow: none;
  }
  .panel {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 42rem;
    margin: auto;
    padding: calc(var(--_space) / 2);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .poster + .box .panel {
    border: 1px solid var(--_border);
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .actions {
    margin-top: 0;
    margin-bottom: calc(var(--_space) / 2);
  }
  .actions .button {
    flex: 1 1 12em;
  }
  a {
    display: inline-block;
    min-block-size: 24px;
    overflow-wrap: anywhere;
  }
  .link {
    margin: 0;
  }
  .about-button {
    display: none;
    align-items: center;
    gap: 0.4em;
    min-block-size: 24px;
    margin: 0 0 calc(var(--_space) / 4);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .about-button::before {
    content: '';
    flex: none;
    border-style: solid;
    border-color: transparent;
    border-inline-start-color: currentColor;
    border-block-width: 0.35em;
    border-inline-width: 0.6em 0;
  }
  .about-button[aria-expanded='true']::before {
    border-color: transparent;
    border-block-start-color: currentColor;
    border-width: 0.6em 0.35em 0 0.35em;
  }
  .compact,
  .compact .panel {
    padding: calc(var(--_space) / 4);
  }
  .poster + .compact .panel {
    padding-inline: calc(var(--_space) / 2);
  }
  .compact p {
    margin-bottom: calc(var(--_space) / 4);
  }
  .compact .title {
    font-size: 1em;
  }
  .compact .about-button {
    display: inline-flex;
  }
  .compact .about:not(.open) {
    display: none;
  }
  .compact .actions {
    gap: calc(var(--_space) / 4);
    margin-bottom: calc(var(--_space) / 4);
  }
  .compact .actions .button {
    flex-basis: 7em;
    padding-inline: 0.5em;
  }
  @media (forced-colors: active) {
    .box,
    .poster + .box .panel {
      border-color: CanvasText;
    }
    .panel,
    .box {
      background: Canvas;
      color: CanvasText;
    }
    .poster + .box {
      background: transparent;
    }
    .about-button {
      color: LinkText;
    }
  }
`;
