import { css } from 'lit';

/** Layout of the notice: reflows to 320px (WCAG 1.4.10), prints every section open with link addresses. */
export const privacyNoticeStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    max-width: var(--privacy-notice-max-width, 44rem);
    --_card: var(--privacy-notice-card-background, transparent);
    overflow-wrap: break-word;
  }
  /* The dark palette's text is light: it brings its own dark surface, so on a page that has no
     dark theme the notice is never light text on a white page (WCAG 1.4.3). */
  @media (prefers-color-scheme: dark) {
    :host {
      background: var(--_surface);
    }
  }
  :host([hidden]) {
    display: none;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin: 1.5em 0 0.5em;
  }
  .title {
    margin-top: 0;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 0.75em;
  }
  ul ul,
  ul ol,
  ol ul,
  ol ol {
    margin: 0.25em 0 0.25em;
  }
  li {
    margin-bottom: 0.25em;
  }
  .subtitle {
    font-size: 1.125em;
  }
  .meta {
    color: var(--_muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .summary {
    border: 2px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_card);
    padding: 0 var(--_space) calc(var(--_space) / 2);
    margin: var(--_space) 0;
  }
  .summary > h1,
  .summary > h2,
  .summary > h3,
  .summary > h4,
  .summary > h5,
  .summary > h6 {
    margin-top: 0.75em;
  }
  .glance {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .glance > li {
    padding: 0.5em 0;
    border-top: 1px solid var(--_border);
  }
  .glance > li:first-child {
    border-top: 0;
  }
  .glance-heading {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  .glance p {
    margin: 0 0 0.25em;
  }
  .badge {
    display: inline-block;
    font-size: 0.875em;
    font-weight: 600;
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
  }
  .contents ol {
    padding-inline-start: 1.5em;
  }
  .controls {
    display: flex;
    justify-content: flex-end;
    margin: var(--_space) 0 0;
  }
  .toggle-all {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding: 0.25em 0.75em;
    background: transparent;
    color: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .toggle-all:hover {
    text-decoration: underline;
  }
  .sections {
    border-bottom: 1px solid var(--_border);
  }
  .section {
    border-top: 1px solid var(--_border);
    /* The top of a section is where a static notice's link target sits (src/render/static-styles.ts). */
    position: relative;
  }
  .section-heading {
    margin: 0;
  }
  .section-toggle {
    display: flex;
    width: 100%;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    min-height: 44px;
    padding: 0.75em 0;
    font: inherit;
    font-weight: inherit;
    text-align: start;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .section-toggle:hover {
    color: var(--_accent);
    text-decoration: underline;
  }
  .chevron {
    flex: none;
    width: 0.6em;
    height: 0.6em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg) translate(-0.15em, -0.15em);
    transition: transform 0.15s ease;
  }
  .section-toggle[aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
  }
  .section-body {
    padding: 0 0 var(--_space);
  }
  /* Sections opened all at once are laid out when they come near the viewport, not all in the
     click's frame (CSS Containment 2, content-visibility): they stay in the accessibility tree,
     in find-in-page and in the tab order. Until first laid out, a body off screen takes an
     estimated height, then the height it last had ('auto'). Only opened bodies (a closed one is
     'hidden=until-found', which is content-visibility: hidden), only on screen (print lays out
     everything), and never a body open when the notice first rendered (an HTML-first notice
     swaps for the element's with every height the same). */
  @media screen {
    .section-body.together:not([hidden]) {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 12rem;
    }
  }
  .subsection > h1,
  .subsection > h2,
  .subsection > h3,
  .subsection > h4,
  .subsection > h5,
  .subsection > h6 {
    margin-top: 1em;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_card);
    padding: calc(var(--_space) * 0.75);
    margin: 0 0 0.75em;
  }
  .card p {
    margin: 0 0 0.25em;
  }
  .card-title {
    font-weight: 700;
  }
  .card-lines {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .card-label {
    font-weight: 600;
  }
  address {
    font-style: normal;
    display: inline-block;
    vertical-align: top;
  }
  .rights .right-label {
    font-weight: 600;
  }
  .note {
    border-inline-start: 6px solid var(--_accent);
    padding: 0.5em var(--_space);
    margin: 0 0 0.75em;
  }
  .note[data-tone='warning'] {
    border-inline-start-color: #d4351c;
  }
  .dl-item {
    margin-bottom: 0.5em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin-inline-start: 1.5em;
  }
  .table-scroll {
    overflow-x: auto;
    margin: 0 0 0.75em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0.25em 0;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 1em 0.5em 0;
    border-bottom: 1px solid var(--_border);
  }
  code {
    overflow-wrap: anywhere;
  }
  .fn-ref {
    line-height: 0;
  }
  .fn-ref a {
    padding: 0 0.15em;
  }
  .footnote-list {
    list-style: none;
    padding: 0;
  }
  .footnote-list > li {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .fn-body > :last-child {
    margin-bottom: 0;
  }
  .fn-back {
    text-decoration: none;
  }
  .cookies cookie-preferences {
    display: block;
  }
  .full-notice {
    margin-top: var(--_space);
  }
  @media (forced-colors: active) {
    .summary,
    .card {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      max-width: none;
      color: #000;
    }
    .controls,
    .chevron,
    .fn-back,
    cookie-preferences,
    #cookie-choices-heading {
      display: none;
    }
    .section-body[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .section-toggle {
      padding: 0.25em 0;
      min-height: 0;
    }
    .section,
    .card,
    tr {
      break-inside: avoid;
    }
    a[href^='http']::after,
    a[href^='mailto']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .table-scroll {
      overflow: visible;
    }
  }
`;
