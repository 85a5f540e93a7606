import { sheet } from '../style-sheet.js';

export const cookiePreferencesStyles = sheet`
  :host {
    display: block;
  }
  /* In the page (not the dialog), the dark palette brings its own dark surface: never light text
     on a light page that has no dark theme (WCAG 1.4.3). */
  @media (prefers-color-scheme: dark) {
    :host(:not([modal])) {
      background: var(--_surface);
    }
  }
  .title {
    font-size: 1.5rem;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 calc(var(--_space) / 2);
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .note {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: calc(var(--_space) / 2);
  }
  .category {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 0.75);
    margin-top: calc(var(--_space) * 0.75);
    container-type: inline-size;
  }
  /* The switch keeps its place at the inline end of the first line, however long the title:
     every category's switch in one column, where the eye finds it. */
  .head {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
    margin-bottom: calc(var(--_space) / 2);
  }
  .category-title {
    flex: 1 1 0;
    min-width: 0;
    padding-block: 0.45rem;
    overflow-wrap: break-word;
    font-size: 1.1875rem;
    font-weight: 700;
    line-height: 1.3;
  }
  /* The state text sits before the switch, so every switch lines up at the inline end whatever
     its words' width ("Always on", "Off", "Ymlaen bob amser"). */
  .switch {
    flex: none;
    flex-direction: row-reverse;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    cursor: pointer;
  }
  input[role='switch'] {
    appearance: none;
    flex: none;
    margin: 0;
    width: 3.25rem;
    height: 1.75rem;
    border: 2px solid var(--_border);
    border-radius: 1rem;
    background: var(--_surface) radial-gradient(circle at 0.8rem 50%, var(--_border) 0.5rem, transparent 0.55rem) no-repeat;
    cursor: pointer;
  }
  input[role='switch']:checked {
    border-color: var(--_accent);
    background: var(--_accent) radial-gradient(circle at calc(100% - 0.8rem) 50%, var(--_accent-text) 0.5rem, transparent 0.55rem) no-repeat;
  }
  /* Right to left, the switch mirrors: off at the right, on at the left. */
  input[role='switch']:dir(rtl) {
    background-image: radial-gradient(circle at calc(100% - 0.8rem) 50%, var(--_border) 0.5rem, transparent 0.55rem);
  }
  input[role='switch']:dir(rtl):checked {
    background-image: radial-gradient(circle at 0.8rem 50%, var(--_accent-text) 0.5rem, transparent 0.55rem);
  }
  input[role='switch']:disabled {
    cursor: default;
  }
  .state {
    font-weight: 600;
    text-align: end;
  }
  details {
    margin-top: calc(var(--_space) / 2);
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    min-height: 24px;
    padding: 0.25em 0;
  }
  .service {
    margin-top: calc(var(--_space) / 2);
  }
  .service-name {
    margin-bottom: 0.25em;
  }
  .service-head {
    margin-bottom: 0.25em;
  }
  .service-head .service-name {
    margin: 0;
  }
  /* The cookie tables' own look is the shared one (cookie-table.ts); here, their spacing. */
  .cookie-table {
    margin: calc(var(--_space) / 2) 0 var(--_space);
    font-size: 0.9375rem;
  }
  /* The lawful basis under a category's description: plain text, set apart by a rule. */
  .basis {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: calc(var(--_space) / 2);
  }
  /* "Download a record of my choices": a text button, 44 px high for touch (WCAG 2.5.8). */
  .link-button {
    font: inherit;
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: 3px;
  }
  .record {
    margin-top: var(--_space);
  }
  .status:empty {
    display: none;
  }
  .status {
    font-weight: 600;
    margin-top: var(--_space);
  }
  @media (forced-colors: active) {
    .link-button {
      color: LinkText;
    }
    input[role='switch'] {
      border-color: ButtonText;
    }
    input[role='switch']:checked {
      background: Highlight;
    }
  }
`;

/** The modal dialog around the choices. */
export const dialogStyles = sheet`
  dialog {
    background: var(--_surface);
    color: var(--_text);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    width: min(44rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    box-sizing: border-box;
    overflow-y: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 60%);
  }
  /* A dialog taller than the window scrolls, and Chromium then lets Tab stop on it (keyboard-
     focusable scrollers): show where focus is, as on every other control (WCAG 2.4.7, 1.4.11). */
  dialog:focus-visible {
    outline: 3px solid var(--_focus);
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  .close {
    float: inline-end;
    width: 44px;
    height: 44px;
    margin-block: calc(var(--_space) / -2) 0;
    margin-inline: 0 calc(var(--_space) / -2);
    padding: 0;
    display: grid;
    place-items: center;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    cursor: pointer;
  }
  .close:hover {
    border-color: var(--_border);
  }
  @media (forced-colors: active) {
    dialog {
      border-color: CanvasText;
    }
  }
`;
