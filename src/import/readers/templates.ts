/**
 * Template directives in a page saved from a site's source rather than from the browser: Jinja
 * and Nunjucks (`{% … %}`, `{{ … }}`, `{# … #}`), ERB and EJS (`<% … %>`, `<%= … %>`) and
 * Template Toolkit (`[% … %]`). They are the site's page template, not the notice's wording: a
 * directive before the `<h1>` must not stop the `<h1>` being the title, and `{{ title }}` must not
 * become text. A block that only sets the page's `<title>` or `<head>` (`{% block page_title %}
 * Cookies {% endblock %}`) is dropped whole; `{% set title = "…" %}` is read as the title.
 */

/** The text without directives, how many were removed, and a title a directive set. */
export interface Stripped {
  text: string;
  removed: number;
  title?: string;
}

// A named block whose content is page furniture outside the body: <title>, <head>, metadata.
const HEAD_BLOCK = /\{%-?\s*block\s+([\w-]*(?:title|head|meta|styles?|scripts?|breadcrumbs?)[\w-]*)\s*-?%\}[\s\S]*?\{%-?\s*endblock(?:\s+\1)?\s*-?%\}/gi;
const SET_TITLE = /\{%-?\s*set\s+(?:page_?)?title\s*=\s*(["'])(.{1,200}?)\1\s*-?%\}/i;
const DIRECTIVES = [
  /\{%[\s\S]*?%\}/g,
  /\{\{[\s\S]*?\}\}/g,
  /\{#[\s\S]*?#\}/g,
  /<%[\s\S]*?%>/g,
  /\[%[\s\S]*?%\]/g,
];

/** Removes template directives, keeping everything else as written. */
export function stripTemplateDirectives(source: string): Stripped {
  let removed = 0;
  const title = SET_TITLE.exec(source)?.[2]?.trim();
  let text = source.replace(HEAD_BLOCK, () => {
    removed++;
    return '';
  });
  for (const pattern of DIRECTIVES) {
    text = text.replace(pattern, (m) => {
      removed++;
      // Keep line structure, so a plain-text reader still sees the same lines.
      return m.includes('\n') ? '\n' : '';
    });
  }
  return { text, removed, ...(title ? { title } : {}) };
}
