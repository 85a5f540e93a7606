/**
 * Template directives in a page saved from a site's source rather than from the browser: Jinja,
 * Nunjucks and Django (`{% … %}`, `{{ … }}`, `{# … #}`), ERB and EJS (`<% … %>`, `<%= … %>`),
 * Template Toolkit (`[% … %]`), FreeMarker (`<#…>`, `<@…>`, `${…}`) and PHP (`<?php … ?>`, `<?= … ?>`). They are the site's page template, not the notice's wording: a
 * directive before the `<h1>` must not stop the `<h1>` being the title, and `{{ title }}` must not
 * become text. A block that only sets the page's `<title>` or `<head>` (`{% block page_title %}
 * Cookies {% endblock %}`) is dropped whole; `{% set title = "…" %}` is read as the title.
 *
 * Some directives carry the wording itself, and dropping them would cut the notice's sentences:
 * - a value the template sets to a string (`{% set departmental_owner = "Department for …" %}`,
 *   `[% SET org = "…" %]`, `<% org = "…" %>`, or a Markdown page's front matter) and prints later
 *   (`The data controller is the {{ departmental_owner }}.`) is put back where it is printed;
 * - translated text (`{% trans "Your rights" %}`, `{{ _("Your rights") }}`, `<%= t("…") %>` with
 *   words, not a key) and a link helper with a written label (`<%= link_to "the ICO", "https://…" %>`)
 *   keep their words;
 * - Rails's element helpers with their words (`<%= content_tag('td', '_cf_bm') %>`, `<%= tag.p "…" %>`) print
 *   their element;
 * - a heading helper with its words (`<%= h1 "Privacy policy" %>`) prints that heading, and ERB's
 *   `<% @title = "…" %>` or `content_for :page_title` gives the page's title;
 * - a design-system component call (`{{ govukTable({ rows: … }) }}`) is read as the content it stands
 *   for (`components.ts`);
 * - a FreeMarker page's directives go, its macro calls are read by the shape of their parameters (a page macro's
 *   `pageHeading`, a cookie row's `name` and `purpose`), and `${name}` is a value like the others;
 * - a block named for the page's heading (`{% block pageheading %}…{% endblock %}`) or an `<h1>` that prints a value named for
 *   the page (`<h1>@GeneralPages.Privacy.Title</h1>`, read as "Privacy", with a note) gives the `<h1>` the layout shows;
 * - an ASP.NET Razor page's code goes (code blocks, `@using` lines, helper calls, the braces of its
 *   control flow), and the title its code sets (`ViewData["Title"] = "Cookies";`) is the title and what
 *   `@ViewData["Title"]` prints;
 * - a template shared by several sites keeps, of each conditional about the site
 *   (`[% IF c.cobrand.moniker == 'x' %]`), the branch a site that sets nothing of its own shows (`branches.ts`);
 * - a value the importer cannot know, printed inside a sentence (`Privacy notice for {{ productName }}`),
 *   becomes a visible "[productName]" and is listed, so a person writes it in rather than
 *   publishing a sentence with a hole in it.
 */

import type { RouteNote } from '../doc-tree.js';
import { escapeHtmlText, isWording, TRANSLATOR } from '../patterns.js';
import { siteDefaults } from './branches.js';
import { renderComponentCalls } from './components.js';

/** The text without directives, how many were removed, a title a directive set, and the values left to fill. */
export interface Stripped {
  text: string;
  removed: number;
  title?: string;
  /** Template values printed inside the wording that the importer could not know, as "[name]" in the text. */
  unfilled?: string[];
  /** Design-system component calls (a table, details, inset text) read as the HTML they stand for. */
  components?: number;
  /** Conditionals of a template shared by several sites, read as for a site that sets nothing of its own (`branches.ts`). */
  siteBranches?: number;
  /** A heading printed from a value, read from the value's name ("GeneralPages.Privacy.Title" → "Privacy"): the name it was read from. */
  headingFromName?: string;
}

// A named block whose content is page furniture outside the body: <title>, <head>, metadata.
// (Not a block named for the page's heading, "{% block heading %}", which holds the <h1>'s words.)
const HEAD_BLOCK = /\{%-?\s*block\s+([\w-]*(?:title|head(?!ing)|meta|styles?|scripts?|breadcrumbs?)[\w-]*)\s*-?%\}[\s\S]*?\{%-?\s*endblock(?:\s+\1)?\s*-?%\}/gi;
/** An <h1> holding only a printed value whose name ends in the page's title or heading (`@GeneralPages.Privacy.Title`, `{{ pages.cookies.heading }}`). */
const NAMED_HEADING = /<h1(\s[^>]*)?>\s*(?:@|\{\{-?\s*|<%=\s*@?)((?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*)\.(?:Title|title|Heading|heading|PageTitle|pageTitle|page_title|PageHeading|pageHeading|page_heading)\s*(?:-?\}\}|-?%>)?\s*<\/h1>/;
/** A block named for the page's heading with words and nothing else in it (`{% block page_heading %}Cookies{% endblock %}`). */
const HEADING_BLOCK = /\{%-?\s*block\s+((?:page_?)?heading|pageheading|page_header|header_title)\s*-?%\}\s*([^{}<>\n]{2,120}?)\s*\{%-?\s*endblock(?:\s+\1)?\s*-?%\}/i;
/** `{% set title = "…" %}` (or `_('…')`), Twig's `{% include('…/title-card.php') with { title: '…' } %}`, ERB's `<% @title = "…" %>` and `<% content_for :page_title, "…" %>` (or `:header_title`, which a layout prints as the page's heading), Blade's `@section('title', '…')`: the page's title. */
const SET_TITLE = new RegExp(String.raw`(?:\{%-?\s*set\s+|<%-?\s*@?)(?:page_?)?title\s*=\s*(?:${TRANSLATOR}\(\s*)?(["'])(.{1,200}?)\1\s*\)?\s*-?(?:%\}|%>)|<%-?\s*content_for[\s(]+:(?:page_|header_|main_)?title\s*,\s*(["'])(.{1,200}?)\3|@section\(\s*['"](?:page_?)?title['"]\s*,\s*(["'])(.{1,200}?)\5\s*\)|\{%-?\s*(?:include|embed)\b[^%]*?\bwith\s*\{[^}%]*?\b(?:page_?)?title\s*:\s*(["'])(.{1,200}?)\7`, 'i');
/** `{% set name %}words{% endset %}`: a string given a name by a block (words only, no markup or directive inside). */
const BLOCK_SET = /\{%-?\s*set\s+([A-Za-z_][\w.]*)\s*-?%\}([^{}<>]{1,300}?)\{%-?\s*endset\s*-?%\}/g;
/** `{% set name = "…" %}`, `[% SET name = "…" %]`, `[% name = "…" %]`, `<% name = "…" %>`: a string given a name. */
const SET_VALUE = /(?:\{%-?\s*set|\[%-?\s*(?:SET\s+)?|<%-?\s*(?:@)?)\s*([A-Za-z_][\w.]*)\s*=\s*(["'])([^"'\n]{1,300}?)\2\s*-?(?:%\}|%\]|%>)/g;
/**
 * Translated or labelled words inside a directive: `{% trans "…" %}`, `_("…")`, `gettext("…")`, `t("…")`, Laravel's `__("…")`, Vue's
 * `$t("…")`, `link_to "…"`; PHP's echoed words, as WordPress themes write them (`<?php _e('Your rights', 'theme'); ?>`,
 * `<?php echo esc_html__('…'); ?>`, `<?= '…' ?>`).
 */
const WORDS = new RegExp(String.raw`^(?:\{%-?\s*(?:trans|translate)\s+|(?:\{\{-?|<%=|\[%)\s*${TRANSLATOR}\s*\(\s*|<\?(?:php\s+(?:echo\s+)?|=\s*)(?:(?:${TRANSLATOR}|_e|esc_html_e|esc_html__|esc_attr_e|esc_attr__|_x|esc_html_x)\s*\(\s*)?)(["'])(.{1,500}?)\1`);
/**
 * Laravel Blade's directives, which stand in the page's text with no brackets around them (`@extends('layout')`,
 * `@section('content')`, `@if($x)`, `@csrf`): only its own words, after a space or a tag, so an email address or
 * a handle ("@NHSEngland") is never one. `@lang('…')` keeps the words it translates.
 */
const BLADE = /(?<![\w@.])@(?:lang|choice|extends|section|endsection|show|stop|yield|parent|include(?:If|When|Unless|First)?|each|if|elseif|else|endif|unless|endunless|isset|endisset|empty|endempty|auth|endauth|guest|endguest|foreach|endforeach|forelse|endforelse|for|endfor|while|endwhile|switch|case|break|default|endswitch|csrf|method|php|endphp|push|endpush|prepend|endprepend|stack|component|endcomponent|slot|endslot|props|error|enderror|can|endcan|cannot|endcannot|once|endonce|vite|livewire\w*)\b(?:\s*\((?:[^()'"]|'[^']*'|"[^"]*"|\((?:[^()]|\([^()]*\))*\))*\))?/g;
/**
 * A heading helper with its words (`<%= h1 "Privacy policy", size: "xl" %>`, `{{ h2("Your rights") }}`): the heading it
 * prints. A page's own header helper (`<%= page_header 'Privacy notice' %>`) prints the page's `<h1>`.
 */
const HEADING_HELPER = /^(?:<%=|\{\{-?)\s*(h[1-6]|page_header|page_heading)\s*\(?\s*(["'])(.{1,200}?)\2/;
/**
 * A list helper given its items (govuk-components' `<%= govuk_list ['…', '…'], type: :bullet %>`): the list it prints,
 * numbered for `type: :number`.
 */
const LIST_HELPER = /^<%=\s*(?:[\w.]*_)?list\s*\(?\s*\[([\s\S]*)\]\s*(?:,([^%]*))?\)?\s*-?%>$/;
/**
 * Rails's element helpers with their words (`<%= content_tag( 'h2', 'Essential cookies' ) %>`, `<%= content_tag :td,
 * "_cf_bm" %>`, `<%= tag.p "…" %>`): the element they print, so a page built from them keeps its headings, paragraphs
 * and table cells.
 */
const ELEMENT_HELPER = /^<%=\s*(?:content_tag\s*\(?\s*(?::|(["']))([a-z][a-z0-9]*)\1?\s*,|tag\.([a-z][a-z0-9]*)\s*\(?)\s*(["'])(.{0,2000}?)\4\s*(?:,[^%]*)?\)?\s*-?%>$/s;
/** Elements a page's wording is built of, which such a helper may print. */
const WORDING_ELEMENT = /^(?:h[1-6]|p|li|td|th|dt|dd|caption|strong|em|span|div|blockquote|summary|legend|label)$/;
const LINK_HELPER = /^(?:<%=|\{\{-?)\s*(?:govuk_link_to|link_to|mail_to)\s*\(?\s*(["'])(.{1,300}?)\1\s*(?:,\s*(["'])([^"']{1,500})\3)?/;
/**
 * A value printed: `{{ name }}`, `{{ page.name | safe }}`, `<%= name %>` (`<%= @name %>`), `[% name %]`, or a call
 * (`<%= service_name(route) %>`, group 2 set). Template Toolkit's own keywords print nothing.
 */
const OUTPUT = /^(?:\{\{-?|<%=|\[%(?!-?\s*(?:INCLUDE|PROCESS|INSERT|WRAPPER|IF|ELSIF|ELSE|UNLESS|END|FOREACH|FOR|WHILE|SET|BLOCK|USE|CALL|MACRO|FILTER|SWITCH|CASE|TRY|CATCH|META)\b))\s*@?([A-Za-z_][\w.]*)\s*(\()?[\s\S]*$/;

/**
 * ASP.NET Razor (`.cshtml`): a page that opens with `@page`, `@model`, `@using` or `@inject`, or holds a code
 * block `@{ … }` or prints `@ViewData["…"]` / `@ViewBag.…`. Its code goes; `ViewData["Title"] = "Cookies";`
 * in a code block sets a value the page prints (`<h1>@ViewData["Title"]</h1>`).
 */
const RAZOR = /(?:^|\n)\uFEFF?[ \t]*@(?:page|model|using|inject|addTagHelper|inherits)\b|(?:^|\n)\uFEFF?[ \t]*@\{|@(?:ViewData\[|ViewBag\.)/;
// (A directive's line ends where the page's markup starts, in a file whose lines were joined: "@using X @model Y <h1>…".)
const RAZOR_LINE = /^[ \t]*\uFEFF?@(?:page|model|using|inject|addTagHelper|removeTagHelper|inherits|layout|namespace|implements|attribute|preservewhitespace|rendermode)\b[^\n]*?(?=\s*<[a-z!/]|$)/gm;
// (Also a model's title, and a title made of words and a value: `Model.Metadata.Title = "Privacy notice – " + Model.Metadata.Title;`
// gives its words, "Privacy notice".)
const RAZOR_SET = /\b(?:View(?:Data\[\s*"(\w+)"\s*\]|Bag\.(\w+))|Model((?:\.\w+)*\.(?:Page)?Title))\s*=\s*\$?"([^"\n{}]{1,300})"\s*(?:\+[^;\n]*)?;/g;
/** Razor's printed values: `@ViewData["Title"]`, `@ViewBag.Title`, `@Model.ServiceName`, and any member printed (`@Application.Constants.SessionCookieName`; never an email address's "@"). */
const RAZOR_OUTPUT = /@(?:ViewData\[\s*"(\w+)"\s*\]|ViewBag\.(\w+)|Model\.([\w.]+))|(?<![\w.@])@([A-Z]\w*(?:\.[A-Z]\w*)+)\b(?!\()/g;
/** A Razor helper call or awaited partial (`@Html.AntiForgeryToken()`, `@await Html.PartialAsync("_Nav")`), up to its "(". */
const RAZOR_HELPER = /@(?:await\s+)?(?:Html|Url|Component|RenderSection|RenderBody|Json)\b[\w.]*(?:<[^>]*>)?\(/;
/** Razor's words through a localiser: `@Localizer["Your rights"]`, `@SharedLocalizer["…"]`. */
const RAZOR_WORDS = /@\w*Localizer\[\s*"([^"\n]{1,500})"\s*\]/g;

/** The end of the bracketed run that opens at `open` (`{` or `(`), skipping quoted strings; -1 if it never closes. */
function closing(text: string, open: number): number {
  const [o, c] = text[open] === '(' ? ['(', ')'] : ['{', '}'];
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = text.indexOf(ch, i + 1);
      if (end < 0 || text.slice(i, end).includes('\n')) continue;
      i = end;
    } else if (ch === o) depth++;
    else if (ch === c && --depth === 0) return i;
  }
  return -1;
}

/**
 * A Razor page's code taken out: code blocks (their `ViewData`/`ViewBag` strings kept as values), script and style
 * sections, page directives, helper calls (`@Html.AntiForgeryToken()`, `@await Html.PartialAsync("_Nav")`) and the
 * braces of control flow (`@if (…) {` … `}`), the content between them kept. Printed values are left for the
 * shared handling of holes, as `{{ name }}`.
 */
function stripRazor(template: string, values: Map<string, string>): { text: string; removed: number; title?: string } {
  let removed = 0;
  let text = template;
  let title: string | undefined;
  for (const m of text.matchAll(RAZOR_SET)) {
    const name = (m[1] ?? m[2] ?? m[3]!.slice(1))!.toLowerCase();
    const value = m[4]!.replace(/\s*[–—|:-]\s*$/, '').trim();
    values.set(name, value);
    if (/(?:^|\.)(?:page_?)?title$/.test(name)) title = value;
  }
  // Code blocks and sections: `@{ … }`, `@functions { … }`, `@section scripts { … }` whole; another section keeps its content.
  const cut = (pattern: RegExp, keepInner: boolean) => {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const open = m.index + m[0].length - 1;
      const end = closing(text, open);
      if (end < 0) break;
      removed++;
      text = text.slice(0, m.index) + (keepInner ? text.slice(open + 1, end) : '\n') + text.slice(end + 1);
      pattern.lastIndex = 0;
    }
  };
  cut(/@(?:\{|functions\s*\{|code\s*\{|section\s+(?:scripts?|styles?|head\w*|meta\w*)\s*\{)/gi, false);
  cut(/@section\s+\w+\s*\{/g, true);
  text = text.replace(RAZOR_LINE, () => (removed++, ''));
  text = text.replace(RAZOR_WORDS, (_m, words: string) => (removed++, isWording(words) ? escapeHtmlText(words) : ''));
  // Helper calls and awaited partials print markup the file does not hold.
  for (let m = RAZOR_HELPER.exec(text); m; m = RAZOR_HELPER.exec(text)) {
    const end = closing(text, m.index + m[0].length - 1);
    if (end < 0) break;
    removed++;
    text = text.slice(0, m.index) + text.slice(end + 1);
  }
  // Control flow: `@if (…) {`, `} else if (…) {`, `} else {`, `@foreach (…) {` and the lone `}` that ends one.
  text = text.replace(/@(?:if|foreach|for|while|switch|using|lock)\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\s*\{|^[ \t]*\}?[ \t]*else(?:\s+if\s*\((?:[^()]|\([^()]*\))*\))?\s*\{[ \t]*$|^[ \t]*\}[ \t]*$/gm, () => (removed++, ''));
  text = text.replace(RAZOR_OUTPUT, (_m, data?: string, bag?: string, model?: string, member?: string) => `{{ ${(data ?? bag ?? model ?? member)!} }}`);
  return { text: text.replace(/@@/g, '@'), removed, ...(title ? { title } : {}) };
}

/** A value the template set, by its name as printed (`page.organisation` finds front matter's `organisation`). */
function lookUp(values: Map<string, string>, name: string): string | undefined {
  return values.get(name.toLowerCase()) ?? values.get(name.replace(/^(?:page|site|data|locals|self|this)\./i, '').toLowerCase());
}
const DIRECTIVES = [
  // PHP's blocks and echoes (`<?php get_header(); ?>`, `<?= $title ?>`); a file may end inside one, with no `?>`.
  /<\?(?:php\b|=)[\s\S]*?(?:\?>|$)/g,
  /\{%[\s\S]*?%\}/g,
  /\{\{[\s\S]*?\}\}/g,
  /\{#[\s\S]*?#\}/g,
  /<%[\s\S]*?%>/g,
  /\[%[\s\S]*?%\]/g,
];

/** A FreeMarker template (`.ftl`): its directives (`<#include …>`, `<#assign …>`) or a macro call (`<@layout.page …>`). */
const FREEMARKER = /<#(?:include|import|assign|if|list|macro|global|local|ftl)\b|<@[A-Za-z_][\w.]*[\s>/]/;
/** A macro call's parameters given as words: `name="SESSION"`. */
const FTL_PARAM = /([A-Za-z_]\w*)\s*=\s*"([^"]*)"/g;

/**
 * A FreeMarker page's template taken out: `<#…>` directives go; a macro call is read by the shape of its parameters, as
 * `components.ts` reads other design systems' calls (a page macro's `pageHeading="Cookies"` prints the `<h1>`; a row macro
 * with a `name` and a `purpose` or an expiry, `<@cookies.row name="SESSION" purpose="…" expiry="…"/>`, prints a cookie
 * table's row); `${name}` prints a value: the one the file assigns, else a visible "[name]".
 */
function stripFreeMarker(template: string, values: Map<string, string>, fill: (name: string) => string): { text: string; removed: number } {
  let removed = 0;
  for (const m of template.matchAll(/<#assign\s+([A-Za-z_]\w*)\s*=\s*"([^"\n]{1,300})"\s*\/?>/g)) values.set(m[1]!.toLowerCase(), m[2]!);
  let text = template.replace(/<\/?#[^>]*>/g, () => {
    removed++;
    return '';
  });
  text = text.replace(/<@[A-Za-z_][\w.]*((?:\s+[A-Za-z_]\w*\s*=\s*(?:"[^"]*"|[^\s"/>]+))*)\s*\/?>|<\/@[\w.]*>/g, (_m, params: string | undefined) => {
    removed++;
    const given = new Map([...(params ?? '').matchAll(FTL_PARAM)].map((p) => [p[1]!.toLowerCase(), p[2]!]));
    const heading = given.get('pageheading') ?? given.get('heading') ?? given.get('pagetitle') ?? given.get('title') ?? given.get('htmltitle');
    if (heading && isWording(heading)) return `\n<h1>${escapeHtmlText(heading)}</h1>\n`;
    const name = given.get('name');
    const purpose = given.get('purpose') ?? given.get('description');
    const expiry = given.get('expiry') ?? given.get('expires') ?? given.get('duration');
    if (name && (purpose || expiry)) return `\n<table><thead><tr><th>Name</th><th>Purpose</th><th>Expires</th></tr></thead><tbody><tr><td>${escapeHtmlText(name)}</td><td>${escapeHtmlText(purpose ?? '')}</td><td>${escapeHtmlText(expiry ?? '')}</td></tr></tbody></table>\n`;
    return '';
  });
  text = text.replace(/\$\{\s*([A-Za-z_][\w.]*)[^}]*\}/g, (_m, name: string) => {
    removed++;
    return escapeHtmlText(fill(name));
  });
  return { text, removed };
}

/**
 * Removes template directives, keeping everything else as written, and the words a directive
 * carries. `known` gives values set outside the template text (a Markdown page's front matter).
 */
export function stripTemplateDirectives(template: string, known: Record<string, string> = {}): Stripped {
  let removed = 0;
  const { text: source, rendered } = renderComponentCalls(template);
  const setTitle = SET_TITLE.exec(source);
  const title = (setTitle?.[2] ?? setTitle?.[4] ?? setTitle?.[6] ?? setTitle?.[8])?.trim();
  const values = new Map<string, string>();
  for (const [k, v] of Object.entries(known)) values.set(k.toLowerCase(), v);
  for (const m of source.matchAll(SET_VALUE)) values.set(m[1]!.toLowerCase(), m[3]!.trim());
  // Jinja's and Nunjucks' block form, `{% set pageHeading %}Cookies{% endset %}`: the words it sets, printed where the name is
  // (`<h1>{{ pageHeading }}</h1>`), never where it is set.
  for (const m of source.matchAll(BLOCK_SET)) values.set(m[1]!.toLowerCase(), m[2]!.trim());
  // Jinja's `{% trans link=Element.link('https://…', _('opt out of Google Analytics cookies')) %}You can {{ link }}.{% endtrans %}`:
  // a name the block binds prints the words it was given (the words it translates, else the first quoted words with a space, not an address).
  for (const m of source.matchAll(/\{%-?\s*trans\b([^%]*)%\}/g)) {
    for (const bound of m[1]!.matchAll(/([A-Za-z_]\w*)\s*=\s*((?:[^,()]|\((?:[^()]|\([^()]*\))*\))+)/g)) {
      const translated = new RegExp(String.raw`(?<![\w.$])${TRANSLATOR}\(\s*(["'])(.{1,200}?)\1\s*\)`).exec(bound[2]!)?.[2];
      const words = translated ?? [...bound[2]!.matchAll(/(["'])(.{1,200}?)\1/g)].map((w) => w[2]!).find((w) => /\s/.test(w) && !/^(?:https?:|mailto:|\/)/.test(w));
      if (words) values.set(bound[1]!.toLowerCase(), words);
    }
  }
  const unfilled = new Set<string>();
  let text = source.replace(BLOCK_SET, () => {
    removed++;
    return '';
  });
  let razorTitle: string | undefined;
  if (RAZOR.test(text)) {
    const razor = stripRazor(text, values);
    text = razor.text;
    removed += razor.removed;
    razorTitle = razor.title;
  }
  // A value printed inside the words: the one the template set, else a visible hole, noted as unfilled.
  const fill = (name: string) => {
    const value = lookUp(values, name);
    if (value === undefined) unfilled.add(name);
    return value ?? `[${name}]`;
  };
  if (FREEMARKER.test(text)) {
    const ftl = stripFreeMarker(text, values, fill);
    text = ftl.text;
    removed += ftl.removed;
  }
  // An <h1> that prints only a value named for the page (`<h1>@GeneralPages.Privacy.Title</h1>`, `<h1>{{ pages.cookies.heading }}</h1>`):
  // the page's name in the value's name, noted to be checked ("Privacy").
  let headingFromName: string | undefined;
  text = text.replace(NAMED_HEADING, (whole, attrs: string, path: string) => {
    const words = path.split('.').at(-1)!.replace(/_/g, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase();
    if (!isWording(words) && !/^[a-z]{4,}$/.test(words)) return whole;
    headingFromName ??= path;
    return `<h1${attrs}>${escapeHtmlText(words[0]!.toUpperCase() + words.slice(1))}</h1>`;
  });
  const site = siteDefaults(text);
  text = site.text;
  text = text.replace(HEAD_BLOCK, () => {
    removed++;
    return '';
  });
  // A block named for the page's heading, holding its words alone (`{% block pageheading %}Privacy and data{% endblock %}`), in a
  // page with no <h1> of its own: the layout prints it as the <h1>.
  if (!/<h1\b/i.test(text)) {
    text = text.replace(HEADING_BLOCK, (_m, _name: string, words: string) => {
      removed += 2;
      return `<h1>${words.trim()}</h1>`;
    });
  }
  // Blade: a page that extends a layout is a template; its directives go, `@lang('…')` keeps its words.
  if (/(?<![\w@.])@(?:extends|section|yield|lang)\(/.test(text)) {
    text = text.replace(BLADE, (m) => {
      removed++;
      const words = /^@(?:lang|choice)\(\s*(["'])(.{1,500}?)\1/.exec(m);
      return words && isWording(words[2]!) ? escapeHtmlText(words[2]!) : '';
    });
  }
  for (const pattern of DIRECTIVES) {
    text = text.replace(pattern, (m, offset: number, whole: string) => {
      removed++;
      const words = WORDS.exec(m);
      // A message key (`t(".heading")`, `t("privacy.title")`) is not wording.
      if (words && isWording(words[2]!)) return escapeHtmlText(words[2]!);
      // Ruby's "#{name}" inside the words prints a value: the one the template set, else a visible hole.
      const interpolated = (words: string) => words.replace(/#\{\s*@?([A-Za-z_][\w.]*)\s*\}/g, (_h, name: string) => fill(name));
      const heading = HEADING_HELPER.exec(m);
      if (heading) {
        const tag = heading[1]!.startsWith('page_') ? 'h1' : heading[1]!;
        return `<${tag}>${escapeHtmlText(interpolated(heading[3]!))}</${tag}>`;
      }
      const list = LIST_HELPER.exec(m);
      const items = list ? listItems(list[1]!, fill).map(interpolated) : [];
      if (items.length) {
        const tag = /\btype:\s*:number/.test(list![2] ?? '') ? 'ol' : 'ul';
        return `<${tag}>${items.map((item) => `<li>${escapeHtmlText(item)}</li>`).join('')}</${tag}>`;
      }
      // A helper given a block (`<%= govuk_link_to @url do %>read the controller’s privacy information<% end %>`) prints the
      // block's words, which follow it: the opening prints nothing of its own.
      if (/^<%=\s*[\w.]+\b[^%]*\bdo(?:\s*\|[^|]*\|)?\s*-?%>$/.test(m)) return '';
      const element = ELEMENT_HELPER.exec(m);
      const tag = element ? element[2] ?? element[3]! : '';
      if (element && WORDING_ELEMENT.test(tag)) return `<${tag}>${escapeHtmlText(element[5]!)}</${tag}>`;
      const link = LINK_HELPER.exec(m);
      if (link) return link[4] && /^(?:https?:|mailto:|tel:)/i.test(link[4]) ? `<a href="${escapeHtmlText(link[4])}">${escapeHtmlText(link[2]!)}</a>` : escapeHtmlText(link[2]!);
      const output = OUTPUT.exec(m);
      if (output) {
        // A message key names the hole by its last part ("check_records.name" stays, "#{route}.claim_action" → "claim_action").
        const name = words ? words[2]!.replace(/#\{[^}]*\}/g, '').replace(/^\.+/, '') || output[1]! : output[1]!;
        const value = output[2] === undefined ? lookUp(values, name) : undefined;
        if (value !== undefined) return escapeHtmlText(value);
        // Printed inside a sentence (words beside it on its line, outside a tag's attributes): keep the hole visible.
        if (inWording(whole, offset, m.length) && name !== 'block.super') {
          unfilled.add(name);
          return `[${name}]`;
        }
      }
      // Keep line structure, so a plain-text reader still sees the same lines.
      return m.includes('\n') ? '\n' : '';
    });
  }
  const pageTitle = title ?? razorTitle;
  return { text, removed, ...(headingFromName ? { headingFromName } : {}), ...(pageTitle ? { title: pageTitle } : {}), ...(unfilled.size ? { unfilled: [...unfilled] } : {}), ...(rendered ? { components: rendered } : {}), ...(site.dropped ? { siteBranches: site.dropped } : {}) };
}

/**
 * The items of a Ruby array of words (`'provide support', safe_join(["users of the '", service_name, "'"])`): each
 * item's quoted words in order, with a value it prints (`fill`: the one the template set, else "[name]").
 */
function listItems(array: string, fill: (name: string) => string): string[] {
  const items: (string | { name: string })[][] = [[]];
  let depth = 0;
  for (const token of array.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(@?[A-Za-z_][\w.]*)(?![\w.]|\s*\()|([[(])|([\])])|(,)/g)) {
    const [, single, double, name, open, close, comma] = token;
    if (single !== undefined || double !== undefined) items.at(-1)!.push((single ?? double)!.replace(/\\(.)/g, '$1'));
    else if (name !== undefined) items.at(-1)!.push({ name: name.replace(/^@/, '') });
    else if (open) depth++;
    else if (close) depth--;
    else if (comma && depth === 0) items.push([]);
  }
  const text = (parts: (string | { name: string })[], value: (name: string) => string) => parts.map((p) => (typeof p === 'string' ? p : value(p.name))).join('').replace(/\s+/g, ' ').trim();
  // (A value is asked for, and so noted as unfilled, only in an item of words: never in a list of values alone.)
  return items.filter((parts) => isWording(text(parts, (name) => `[${name}]`))).map((parts) => text(parts, fill));
}

/** Whether a directive at `offset` is printed inside running words, not inside a tag or alone on its line. */
function inWording(whole: string, offset: number, length: number): boolean {
  const lineStart = whole.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = whole.indexOf('\n', offset + length);
  const before = whole.slice(lineStart, offset);
  const after = whole.slice(offset + length, lineEnd < 0 ? undefined : lineEnd);
  // In a tag's attributes: the last "<" before it is not closed yet.
  if (before.lastIndexOf('<') > before.lastIndexOf('>')) return false;
  const words = (s: string) => /\p{L}{2,}/u.test(s.replace(/<[^>]*>/g, ' ').replace(/\{[{%#][\s\S]*?[}%#]\}|<%[\s\S]*?%>|\[%[\s\S]*?%\]/g, ' '));
  return words(before) || words(after);
}

/** The import notes for what a template's directives were read as (the same for an HTML page and a Markdown file). */
export function templateNotes(template: Stripped): RouteNote[] {
  const notes: RouteNote[] = [];
  if (template.removed) notes.push({ kind: 'artefact', text: `${template.removed} template directive${template.removed === 1 ? '' : 's'} ({% … %}, {{ … }}, <% … %>, [% … %], <?php … ?>) removed: they are the site's page template, not the notice's wording.` });
  if (template.unfilled) notes.push(unfilledNote(template.unfilled));
  if (template.components) notes.push(componentsNote(template.components));
  if (template.headingFromName) notes.push({ kind: 'possible-error', text: `The page's heading is printed from a value the file does not give ("${template.headingFromName}…"); it is read from the value's name. Check it against the live page.` });
  if (template.siteBranches) notes.push({ kind: 'possible-error', text: `The template is shared by several sites: ${template.siteBranches} passage${template.siteBranches === 1 ? '' : 's'} shown only on particular sites (a test of the site's brand or its features) ${template.siteBranches === 1 ? 'was' : 'were'} read as a site that sets nothing of its own shows ${template.siteBranches === 1 ? 'it' : 'them'}. If this notice is one site's, put its own wording back.` });
  return notes;
}

/** The import note for values a template prints inside the wording that the file does not give. */
export function unfilledNote(names: string[]): RouteNote {
  const list = names.map((n) => `"[${n}]"`).join(', ');
  return { kind: 'possible-error', text: `The page template fills in ${list} when the site shows the page; the file does not say what ${names.length === 1 ? 'it is' : 'they are'}. Write the words in where ${names.length === 1 ? 'it stands' : 'they stand'}.` };
}

/** The import note for design-system component calls read as the HTML they stand for. */
export function componentsNote(count: number): RouteNote {
  return { kind: 'artefact', text: `${count} design-system component call${count === 1 ? '' : 's'} (a table, details or inset text given as a macro's options, such as govukTable({ rows: … })) read as the content ${count === 1 ? 'it stands' : 'they stand'} for; form controls and buttons among them were left out. Check the tables against the live page.` };
}
