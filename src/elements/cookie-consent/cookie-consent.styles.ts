import { sheet } from '../style-sheet.js';

export const cookieConsentStyles = sheet`
  :host {
    display: block;
  }
  .banner {
    background: var(--_surface);
    color: var(--_text);
    border-top: 4px solid var(--_accent);
    box-sizing: border-box;
  }
  /* Drawn over the page: it never moves the page's content (CLS 0). */
  .banner.bottom {
    position: fixed;
    inset-inline: 0;
    bottom: 0;
    z-index: 2147483000;
    max-height: 85vh;
    overflow-y: auto;
    box-shadow: var(--privacy-banner-shadow, 0 -2px 12px rgb(0 0 0 / 25%));
  }
  /* In the page flow, GOV.UK style: never sticky. */
  .banner.top {
    position: static;
    border-top: 0;
    border-bottom: 4px solid var(--_accent);
  }
  .inner {
    max-width: 60rem;
    margin: 0 auto;
    padding: var(--_space);
  }
  h2 {
    font-size: 1.375rem;
    line-height: 1.3;
    margin: 0 0 calc(var(--_space) / 2);
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
    max-width: 45em;
  }
  /* The language button beside the title, not on a row of its own: a bilingual banner takes no
     more of a phone's screen than a single-language one. */
  .languages {
    float: inline-end;
    margin-inline-start: 0.5em;
  }
  /* Accept and Reject side by side wherever two fit (a 360 px phone and up), always the same
     size, so refusing is never further away than accepting; the preferences button takes the
     next row when the three do not fit. */
  .actions .button {
    flex: 1 1 9em;
  }
  .actions .hide {
    flex: none;
  }
  /* Hidden, not only dimmed, while the preferences dialog is open over it: one set of choices at a time. */
  :host([preferences-open]) .banner {
    visibility: hidden;
  }
  /* On a phone the banner leaves most of the screen to the page (GOV.UK and NHS.UK do the same). */
  @media (max-width: 40em) {
    .inner {
      padding: calc(var(--_space) * 0.75) var(--_space);
    }
    h2 {
      font-size: 1.125rem;
    }
    .actions {
      margin-top: calc(var(--_space) * 0.75);
    }
  }
  .confirmation:focus {
    outline: none;
  }
  .confirmation:focus-visible {
    outline: 3px solid var(--_focus);
  }
  @media (forced-colors: active) {
    .banner {
      border: 2px solid CanvasText;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
