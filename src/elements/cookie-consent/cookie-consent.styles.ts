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
