import { sheet } from './style-sheet.js';

/**
 * The shared design tokens and controls. Every element declares the same small set of custom
 * properties; a site themes all of them at once:
 *
 *   cookie-consent, privacy-notice { --privacy-accent: #005eb8; }
 *
 * Defaults meet WCAG 2.2 AA contrast in light and dark schemes; forced-colors mode falls back to
 * system colours.
 */
export const tokens = sheet`
  :host {
    --_font: var(--privacy-font, inherit);
    --_text: var(--privacy-color-text, #0b0c0c);
    --_muted: var(--privacy-color-muted, #484949);
    --_surface: var(--privacy-color-surface, #ffffff);
    --_border: var(--privacy-color-border, #6f777b);
    --_accent: var(--privacy-accent, #005eb8);
    --_accent-text: var(--privacy-accent-text, #ffffff);
    --_focus: var(--privacy-focus-color, #ffdd00);
    --_focus-text: var(--privacy-focus-text, #0b0c0c);
    --_radius: var(--privacy-radius, 4px);
    --_space: var(--privacy-space, 1rem);
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--privacy-color-text, #f3f2f1);
      --_muted: var(--privacy-color-muted, #c8c8c8);
      --_surface: var(--privacy-color-surface, #1b1b1b);
      --_border: var(--privacy-color-border, #a0a0a0);
      --_accent: var(--privacy-accent, #8fc3ff);
      --_accent-text: var(--privacy-accent-text, #0b0c0c);
    }
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  a:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    text-decoration: none;
    box-shadow: 0 4px var(--_focus-text);
    outline: none;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** Buttons: every choice button looks the same, so refusing is as easy to see as accepting. */
export const buttons = sheet`
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
    text-align: center;
  }
  .button:hover {
    text-decoration: underline;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-top: var(--_space);
  }
  .actions .button {
    flex: 1 1 14em;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
