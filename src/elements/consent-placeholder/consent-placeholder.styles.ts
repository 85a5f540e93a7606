import { sheet } from '../style-sheet.js';

/**
 * The placeholder takes the embed's box (custom properties set from `embed-box.ts`) and grows
 * taller only when its text needs the room (WCAG 1.4.10 reflow at 320 px, 1.4.4 text at 200%).
 */
export const consentPlaceholderStyles = sheet`
  :host {
    display: var(--_embed-display, block);
    box-sizing: border-box;
    inline-size: var(--consent-placeholder-width, var(--_embed-width, 100%));
    max-inline-size: 100%;
    margin-block: var(--_embed-margin-block, 0);
    margin-inline: var(--_embed-margin-inline, 0);
    vertical-align: var(--_embed-align, baseline);
    /* The box is the container its own minimum height is measured against (100cqi = its width). */
    container-type: inline-size;
    /* An embed in a line of text sits on the line at its bottom edge, as an inline-block does only
       when it does not show overflow. Nothing is clipped: the height grows with the content. */
    overflow: hidden;
    text-align: start;
  }
  :host([hidden]) {
    display: none !important;
  }
  .box {
    position: relative;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: stretch;
    min-block-size: calc(100cqi / var(--consent-placeholder-ratio, var(--_embed-ratio, 1.7778)));
    padding: calc(var(--_space) / 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--consent-placeholder-background, var(--_surface));
    color: var(--_text);
  }
  .box:focus {
    outline: none;
  }
  .box:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  .poster {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    border-radius: inherit;
  }
  /* Text always sits on a solid surface, over a poster too, so its contrast never depends on the image. */
  .panel {
    position: relative;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 42rem;
    margin-inline: auto;
    padding: calc(var(--_space) / 2);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .poster + .panel {
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
  @media (forced-colors: active) {
    .box,
    .poster + .panel {
      border-color: CanvasText;
    }
    .panel,
    .box {
      background: Canvas;
      color: CanvasText;
    }
  }
`;
