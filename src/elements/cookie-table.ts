/**
 * The cookie table: the one view of a list of cookies, used by the preferences (a table per
 * service, inside "Services and cookies") and by the notice's cookies section (a table per
 * category). One markup, one set of strings (`CookieTableStrings`, overridable in `consent.text`),
 * one look, so the two lists cannot drift apart.
 *
 * A real data table (WCAG 1.3.1): a `<caption>` that names it, column headers with `scope`. On a
 * narrow container each cookie becomes a small card of label/value pairs, the headers kept for
 * screen readers, so the page never scrolls sideways (WCAG 1.4.10).
 */
import { html, type TemplateResult } from 'lit';
import type { Cookie } from '../config/types.js';
import type { CookieTableStrings } from '../config/ui-text.js';
import { sheet } from './style-sheet.js';

/** One cookie and who sets it. */
export interface CookieRow {
  /** The cookie as the config lists it. */
  cookie: Cookie;
  /** Who sets it, in words. */
  provider: string;
}

/**
 * Rows for cookies a service (or, without one, the organisation itself) sets. Who sets a cookie:
 * its own `provider`, else the service's `provider` (a third party), else the organisation, whose
 * own services have no `provider` (`Service.provider`: "when it is a third party").
 */
export function cookieRows(cookies: Cookie[] | undefined, serviceProvider: string | undefined, organisation: string): CookieRow[] {
  return (Array.isArray(cookies) ? cookies : []).filter((cookie) => !!cookie && typeof cookie === 'object').map((cookie) => ({ cookie, provider: cookie.provider ?? serviceProvider ?? organisation }));
}

/** A table of cookies named by `caption`: name, who sets it, purpose, how long it lasts. */
export function cookieTable(caption: string, rows: CookieRow[], text: CookieTableStrings): TemplateResult {
  const columns = [text.cookieName, text.cookieProvider, text.cookiePurpose, text.cookieDuration];
  return html`<table class="cookie-table" part="cookie-table">
    <caption>${caption}</caption>
    <thead><tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
    <tbody>
      ${rows.map(
        ({ cookie, provider }) => html`<tr>
          <td data-label=${columns[0]!}><code>${cookie.name}</code></td>
          <td data-label=${columns[1]!}>${provider}</td>
          <td data-label=${columns[2]!}>${cookie.purpose ?? ''}</td>
          <td data-label=${columns[3]!}>${cookie.duration ?? ''}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The cookie table's look; the element around it sets its spacing and needs `container-type: inline-size`. */
export const cookieTableStyles = sheet`
  .cookie-table {
    width: 100%;
    border-collapse: collapse;
  }
  .cookie-table caption {
    text-align: start;
    font-weight: 700;
    padding: 0.25em 0;
  }
  .cookie-table th,
  .cookie-table td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 1em 0.4em 0;
    border-bottom: 1px solid var(--_border);
  }
  /* A cookie name is one word: it breaks only when it cannot fit on a line at all, never while
     another column has room ("break-word" leaves min-content sizing alone; "anywhere" does not). */
  .cookie-table code {
    overflow-wrap: break-word;
  }
  @container (max-width: 36rem) {
    .cookie-table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    /* Stacked, the hidden headings stay inside the window whatever their language and spacing. */
    .cookie-table th {
      display: block;
      padding: 0;
    }
    .cookie-table tr {
      display: block;
      padding: 0.5em 0;
      border-bottom: 1px solid var(--_border);
    }
    .cookie-table td {
      display: grid;
      grid-template-columns: minmax(5em, 30%) 1fr;
      gap: 0.5em;
      padding: 0.125em 0;
      border: 0;
    }
    .cookie-table td::before {
      content: attr(data-label) ': ';
      font-weight: 600;
    }
  }
`;
