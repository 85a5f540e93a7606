/**
 * HTML first: the privacy notice rendered on the server (or at build time) as static, semantic
 * HTML, readable before and without JavaScript, by search engines and on paper. It is
 * `<privacy-notice>`'s own render, through Lit SSR (@lit-labs/ssr) into a declarative shadow root,
 * so the page shows exactly what the element will; with JavaScript the element replaces it in one
 * frame (`elements/privacy-notice/static-notice.ts`). Dev-time and server-time code: never in
 * the visitor's download.
 *
 *   import { renderNotice } from 'privacy-consent/render';
 *   const { html } = await renderNotice(configText, { lang: 'cy', fragment: true });
 */
import { html, nothing } from 'lit';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { checkConfigText, checkConfigValue, type CheckFinding } from '../check/check.js';
import type { PrivacyConfig } from '../config/types.js';
import { defineElement } from '../elements/define-element.js';
import '../elements/privacy-notice/define.js';
import '../elements/privacy-term/define.js';
import { chooseLanguage, configLanguages, loadNoticeStrings, primaryLanguage, translateConfig } from '../i18n/languages.js';
import { prepareChoices, ServerCookiePreferencesElement } from './server-preferences.js';
import { withLinkTargets, withoutHydrationMarkers } from './static-markup.js';

defineElement('cookie-preferences', ServerCookiePreferencesElement);

/** How to render a notice. */
export interface RenderNoticeOptions {
  /**
   * The language to render, one the config has (its `lang`, or a key of `translations`), matched
   * on the primary subtag (`cy` finds `cy-GB`). Default: the config's own language.
   */
  lang?: string;
  /** Only the `<privacy-notice>` element, to include in a page. Default: a complete HTML document. */
  fragment?: boolean;
  /** Level of the notice's main heading (the element's `heading-level`), 1 to 6. Default 1. */
  headingLevel?: number;
  /**
   * Render a draft: errors of the compliance rules (a notice that does not yet meet UK GDPR, such
   * as an import with unresolved notes) are reported but do not stop the render. Errors in the
   * config's JSON or structure always do. Default false: like `privacy-consent check`, any error
   * stops it.
   */
  draft?: boolean;
}

/** A rendered notice, or why there is none. */
export interface RenderedNotice {
  /** The HTML; absent when the config has errors (then nothing should be written). */
  html?: string;
  /** The language rendered. */
  lang?: string;
  /**
   * The CSP hash sources (`'sha256-…'`) of the inline `<style>` elements in the HTML: a page
   * whose Content-Security-Policy has no `style-src 'unsafe-inline'` must list them, or the
   * static notice is shown without its styles. They change only when the styles do.
   */
  styleHashes?: string[];
  /** Every language the config has wording in: render each for a bilingual site. */
  languages: string[];
  /** What `privacy-consent check` finds in the config (schema and compliance), and any render error. */
  findings: CheckFinding[];
  errors: number;
  warnings: number;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An element standing in for the page around the notice: the render has no page, so languages
 * come only from the config and the options (`i18n/languages.ts` asks an element for its `lang`).
 */
function pageWithLang(lang: string | null): Element {
  const element = { getAttribute: (name: string) => (name === 'lang' ? lang : null), parentElement: null, getRootNode: () => ({}) };
  return element as unknown as Element;
}

const problem = (path: string, message: string): CheckFinding => ({ path, severity: 'error', rule: 'render', message, line: 0, column: 0 });

/** Whether an error stops the render: every error, or in a draft only the JSON's and the schema's. */
const stops = (finding: CheckFinding, draft: boolean) => finding.severity === 'error' && (!draft || ['json', 'schema', 'render'].includes(finding.rule));

/**
 * Renders the config's notice as static HTML: every section, the first layer, the table of
 * contents, contact cards, the cookie tables and the cookie choices, the glossary's definitions,
 * working `#` links and print styles; without JavaScript, every section open and the cookies
 * section saying how to change cookie settings.
 *
 * `config` is the config's JSON text (findings then carry line and column) or its parsed value.
 * The config is checked first exactly as `privacy-consent check` does: with any error, nothing is
 * rendered (in a `draft`, with any error but the compliance rules'). Never throws on bad input.
 */
export async function renderNotice(config: unknown, options: RenderNoticeOptions = {}): Promise<RenderedNotice> {
  const checked =
    typeof config === 'string'
      ? checkConfigText(config)
      : (() => {
          const findings = checkConfigValue(config);
          return { value: config, findings };
        })();
  const findings = [...checked.findings];
  const value = checked.value as PrivacyConfig | undefined;
  const languages = value && typeof value === 'object' ? configLanguages(value, pageWithLang(null)) : [];
  const result = (): RenderedNotice => ({
    languages,
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  });
  const draft = options.draft === true;
  if (findings.some((f) => stops(f, draft)) || !value) return result();

  const wanted = options.lang ?? languages[0]!;
  const lang = chooseLanguage(value, pageWithLang(null), wanted);
  if (primaryLanguage(lang) !== primaryLanguage(wanted)) {
    findings.push(problem('$', `the config has no wording in "${wanted}": it has ${languages.map((l) => `"${l}"`).join(', ')}`));
  }
  const shown = translateConfig(value, lang, pageWithLang(lang));
  if (!shown.notice) findings.push(problem('$.notice', 'the config has no "notice" section, so there is no privacy notice to render'));
  const level = options.headingLevel ?? 1;
  if (!Number.isInteger(level) || level < 1 || level > 6) findings.push(problem('$', `the heading level must be a whole number from 1 to 6, not ${level}`));
  if (findings.some((f) => stops(f, draft))) return result();

  await loadNoticeStrings(lang);
  const withChoices = await prepareChoices(value, lang, pageWithLang(lang));
  const notice = shown.notice!;
  // prettier-ignore
  const element = html`<privacy-notice lang=${lang} heading-level=${options.headingLevel ?? nothing} data-notice-version=${String(notice.version ?? '')} data-config-version=${String(value.version)} .config=${value}></privacy-notice>`;
  const markup = withLinkTargets(withoutHydrationMarkers(withChoices(() => collectResultSync(render(element)))));
  const title = `${notice.title}${value.organisation?.name ? ` – ${value.organisation.name}` : ''}`;
  const page = options.fragment ? `${markup}\n` : document(lang, title, markup);
  const styles = new Set(Array.from(page.matchAll(/<style>([\s\S]*?)<\/style>/g), (m) => m[1]!));
  return { ...result(), lang, html: page, styleHashes: await Promise.all([...styles].map(hashSource)) };
}

/** A CSP hash source for an inline style's text (CSP 3, "hash-source"), with Web Crypto (Node and browsers alike). */
async function hashSource(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/** A complete page around the notice: readable alone, printable, and an example of including it. */
function document(lang: string, title: string, notice: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body { margin: 0 auto; max-width: 48rem; padding: 1rem; font-family: system-ui, sans-serif; }</style>
</head>
<body>
<main>
${notice}
</main>
</body>
</html>
`;
}
