/**
 * Rendering of a notice's structured facts as Lit templates: contact cards, `{ "show": … }`
 * blocks (rights with their conditions, contacts, data, purposes, bases, sharing, retention,
 * cookies, footnotes), the cookie list with the visitor's choices, and footnotes. Pure functions
 * of a {@link NoticeContext}; `<privacy-notice>` holds the state and the page behaviour.
 *
 * Text the element adds itself (labels, back links, the cookie list) carries `data-ui`, so the
 * organisation's own wording can be read apart from it.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import type { Category, PrivacyConfig } from '../../config/types.js';
import type { CookieTableStrings } from '../../config/ui-text.js';
import type { NoticeText } from '../../i18n/notice-strings.js';
import { formatText } from '../../i18n/strings.js';
import { mailtoHref, safeHref, telHref } from '../../config/links.js';
import { effectiveBasis } from '../../consent/choices.js';
import type { ContactCard, Id, Notice, Section, ShowBlock, Term } from '../../config/notice-model.js';
import { cookieRows, cookieTable } from '../cookie-table.js';
import { definitionText, glossaryTermId } from '../rich-text-templates.js';
import { scrollingTable, TextRenderer } from './render-text.js';

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const list = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]).filter((v) => v !== null && v !== undefined) : []);

/** A heading at `level` (clamped to 1–6): real `<h1>`…`<h6>` elements for screen reader navigation. */
export function heading(level: number, id: string | typeof nothing, content: unknown, cls = ''): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1: return html`<h1 id=${id} class=${cls}>${content}</h1>`;
    case 2: return html`<h2 id=${id} class=${cls}>${content}</h2>`;
    case 3: return html`<h3 id=${id} class=${cls}>${content}</h3>`;
    case 4: return html`<h4 id=${id} class=${cls}>${content}</h4>`;
    case 5: return html`<h5 id=${id} class=${cls}>${content}</h5>`;
    default: return html`<h6 id=${id} class=${cls}>${content}</h6>`;
  }
}

/**
 * What a render used that the element loads on demand: `<privacy-term>` (with @floating-ui/dom)
 * when a defined term is shown, `<cookie-preferences>` when the cookie choices are.
 */
export interface NoticeParts {
  /** The defined terms shown, by id. */
  terms: Map<Id, Term>;
  /** Whether the cookie choices are shown. */
  preferences: boolean;
}

/** What rendering a notice needs: its config, wording, lookups and the text renderer. */
export interface NoticeContext {
  config: PrivacyConfig;
  notice: Notice;
  strings: NoticeText;
  lang: string;
  contacts: Map<Id, ContactCard>;
  parties: Map<Id, Notice['parties'][number]>;
  footnotes: Map<Id, NonNullable<Notice['footnotes']>[number]>;
  cookieId: string | undefined;
  consent: PrivacyConfig['consent'];
  /** The opt-in to UK exceptions of the config `consent` comes from. */
  exceptions?: PrivacyConfig['exceptions'];
  level: number;
  renderer: TextRenderer;
  /** Set while rendering: which parts that load on demand this render used. */
  parts: NoticeParts;
}

/** Footnote ids referred to inside one section (for a just-in-time section's own notes). */
export function footnotesIn(section: Section, ctx: NoticeContext): Id[] {
  const text = JSON.stringify(section);
  return [...ctx.footnotes.keys()].filter((id) => text.includes(`"fn":${JSON.stringify(id)}`));
}

/** The footnotes, under a heading: all of them, or `only` these. */
export function renderFootnotes(ctx: NoticeContext, level: number, only?: Id[]): TemplateResult {
  const notes = [...ctx.footnotes.values()].filter((f) => !only || only.includes(f.id));
  return html`
    <section class="footnotes" part="footnotes" aria-labelledby="footnotes-heading">
      <div data-ui>${heading(level, 'footnotes-heading', ctx.strings.footnotes)}</div>
      ${renderFootnoteList(notes, ctx)}
    </section>
  `;
}

/** A list of footnotes, each with a link back to where it is referred to. */
export function renderFootnoteList(notes: NonNullable<Notice['footnotes']>, ctx: NoticeContext): TemplateResult {
  return html`
    <ol class="footnote-list" role="list">
      ${notes.map(
        (f) => html`
          <li id=${TextRenderer.footnoteId(f.id)} tabindex="-1"><span class="fn-marker">${f.marker}</span><div class="fn-body">${ctx.renderer.blocks(f.body)}</div><a class="fn-back" data-ui href="#${TextRenderer.referenceId(f.id)}" aria-label=${formatText(ctx.strings.backToReference, { marker: f.marker })}>↩</a></li>
        `,
      )}
    </ol>
  `;
}

/** A `{ "show": … }` block: a structured field rendered in place. */
export function renderShow(block: ShowBlock, ctx: NoticeContext): TemplateResult | typeof nothing {
  const { notice, strings, renderer } = ctx;
  const pick = <T extends { id?: string }>(items: unknown): T[] => {
    const all = list<T>(items).filter(isObject) as T[];
    const ids = Array.isArray(block.ids) ? block.ids : undefined;
    return ids ? ids.map((id) => all.find((x) => x.id === id)).filter((x): x is T => !!x) : all;
  };
  const partyName = (id: string) => ctx.parties.get(id)?.name ?? (id === ctx.config.organisation?.id ? ctx.config.organisation.name : id);
  switch (block.show) {
    case 'rights': {
      const rights = isObject(notice.rights) ? notice.rights : undefined;
      if (!rights) return nothing;
      const cards = list<string>(rights.contacts).map((id) => ctx.contacts.get(id) ?? (id === 'ico' ? strings.ico : undefined)).filter((c): c is ContactCard => !!c);
      return html`
        <ul class="rights">
          ${list<Notice['rights']['items'][number]>(rights.items).filter(isObject).map(
            (item) => html`
              <li data-right=${item.kind}><span class="right-label">${renderer.text(item.label)}</span> ${item.conditions ? html`<span class="right-conditions">${renderer.text(item.conditions)}</span>` : nothing}</li>
            `,
          )}
        </ul>
        ${rights.howTo ? html`<p>${renderer.text(rights.howTo)}</p>` : nothing}
        ${cards.map((card) => renderContactCard(card, ctx))}
        ${rights.caveats ? html`<p>${renderer.text(rights.caveats)}</p>` : nothing}
      `;
    }
    case 'contacts':
      return html`${pick<ContactCard>(notice.contacts).map((card) => renderContactCard(card, ctx))}`;
    case 'data':
      return html`<ul>
        ${pick<Notice['data'][number]>(notice.data).map(
          (d) => html`<li>${d.label}${d.examples?.length ? html`<span data-ui>: ${d.examples.join(', ')}</span>` : nothing}</li>
          `,
        )}
      </ul>`;
    case 'purposes':
      return html`<ul>
        ${pick<Notice['purposes'][number]>(notice.purposes).map((p) => html`<li>${p.label} ${p.text ? renderer.text(p.text) : nothing}</li>
          `)}
      </ul>`;
    case 'bases':
      return html`<ul>
        ${pick<Notice['bases'][number]>(notice.bases).map(
          (b) => html`<li>${b.label ? renderer.text(b.label) : html`<span data-ui>${strings.basisWords[b.art6] ?? b.art6}</span>`} ${b.legitimateInterest ? renderer.text(b.legitimateInterest) : nothing}</li>
          `,
        )}
      </ul>`;
    case 'sharing':
      return html`<ul>
        ${pick<Notice['sharing'][number]>(notice.sharing).map(
          (s) => html`<li><span class="label">${partyName(s.recipient)}</span> ${renderer.text(s.purpose)}</li>
          `,
        )}
      </ul>`;
    case 'retention':
      return html`<ul>
        ${pick<Notice['retention'][number]>(notice.retention).map(
          (r) => html`<li>${r.criteria ? renderer.text(r.criteria) : r.period ? html`<span data-ui>${formatText(strings.glanceRetentionPeriod, { period: strings.period(r.period.years ?? 0, r.period.months ?? 0), from: r.period.from })}</span>` : nothing} ${r.disposal ? renderer.text(r.disposal) : nothing}</li>
          `,
        )}
      </ul>`;
    case 'cookies':
      return ctx.cookieId ? renderCookies(ctx, ctx.level + 1, false) : notice.cookies?.policyUrl && safeHref(notice.cookies.policyUrl)
        ? html`<p data-ui><a href=${safeHref(notice.cookies.policyUrl)!}>${strings.cookiePolicy}</a></p>`
        : nothing;
    case 'footnotes':
      return renderFootnoteList(pick<NonNullable<Notice['footnotes']>[number]>(notice.footnotes), ctx);
    default:
      return nothing;
  }
}

/** A contact card: role, person, organisation, purpose, email and tel links, web pages, forms, postal address. */
export function renderContactCard(card: ContactCard, ctx: NoticeContext): TemplateResult {
  const { strings, renderer } = ctx;
  const title = card.roleLabel ?? strings.roles[card.role] ?? strings.roles.other;
  const org = card.org ? (ctx.parties.get(card.org)?.name ?? (card.org === ctx.config.organisation?.id ? ctx.config.organisation.name : undefined)) : undefined;
  const address = isObject(card.address) ? card.address : undefined;
  const label = (text: string) => html`<span class="card-label" data-ui>${text}: </span>`;
  return html`
    <div class="card" part="contact-card" data-role=${card.role}>
      <p class="card-title" ?data-ui=${!card.roleLabel}>${title}</p>
      ${card.person ? html`<p class="card-person">${card.person}</p>` : nothing}
      ${org ? html`<p class="card-org">${org}</p>` : nothing}
      ${card.purpose ? html`<p>${renderer.text(card.purpose)}</p>` : nothing}
      <ul class="card-lines" role="list">
        ${list<unknown>(card.emails).filter((email): email is string => typeof email === 'string').map((email) => {
          const href = mailtoHref(email);
          return html`<li>${label(strings.email)}${href ? html`<a href=${href}>${email}</a>` : email}</li>
          `;
        })}
        ${list<{ number: string; label?: string }>(card.phones).map(
          (phone) => html`<li>${label(strings.phone)}<a href=${telHref(String(phone.number))}>${phone.number}</a>${phone.label ? html` <span class="phone-label">${phone.label}</span>` : nothing}</li>
          `,
        )}
        ${list<{ href: string; text?: string }>(card.web).map((web) => {
          const href = safeHref(web.href);
          return html`<li>${label(strings.website)}${href ? html`<a href=${href}>${web.text ?? web.href}</a>` : (web.text ?? web.href)}</li>
          `;
        })}
        ${list<{ name: string; href?: string }>(card.forms).map((form) => {
          const href = safeHref(form.href);
          return html`<li>${label(strings.form)}${href ? html`<a href=${href}>${form.name}</a>` : form.name}</li>
          `;
        })}
      </ul>
      ${address
        ? html`<div class="card-address">${label(strings.address)}<address>
            ${[...list<string>(address.lines), ...(address.postcode ? [address.postcode] : [])].map((line, i) => html`${i ? html`<br />` : nothing}${line} `)}
          </address></div>`
        : nothing}
    </div>
  `;
}

/**
 * The cookie list by category, from the config's `consent`, and the visitor's choices with controls
 * to change them. In a static notice (`privacy-consent render`) the choices are `inert` until the
 * element takes over: a click on Accept or Reject before the script has run would otherwise be lost
 * while the visitor believes they have decided (the buttons look ready).
 */
export function renderCookies(ctx: NoticeContext, level: number, withIntro: boolean): TemplateResult {
  const { strings, consent, config } = ctx;
  const categories = list<Category>(consent?.categories).filter(isObject);
  // The same wording as the preferences' tables, with the config's `consent.text` overrides.
  const text: CookieTableStrings = { ...strings, ...(isObject(consent?.text) ? (consent.text as Partial<CookieTableStrings>) : {}) };
  const organisation = config.organisation?.name ?? '';
  ctx.parts.preferences = true;
  return html`
    <div class="cookies" part="cookies" data-ui>
      ${withIntro ? html`<p>${strings.cookiesIntro}</p>` : nothing}
      ${categories.map((category) => {
        // One table per category here: its own cookies, then those of each of its services.
        const rows = [
          ...cookieRows(category.cookies, undefined, organisation),
          ...list<NonNullable<Category['services']>[number]>(category.services).filter(isObject).flatMap((service) => cookieRows(service.cookies, service.provider, organisation)),
        ];
        const caption = formatText(text.cookieCategoryCaption, { category: category.title });
        // Each category's lawful basis: consent, strictly necessary, or a UK exception (PECR Sch A1).
        const basis = {
          required: strings.cookieBasisRequired,
          consent: strings.cookieBasisConsent,
          statistics: strings.cookieBasisStatistics,
          appearance: strings.cookieBasisAppearance,
        }[effectiveBasis({ exceptions: ctx.exceptions }, category)];
        return [
          rows.length ? scrollingTable(caption, cookieTable(caption, rows, text)) : html`<p><strong>${category.title}</strong>: ${strings.noCookies}</p>`,
          html`<p class="cookie-basis">${basis}</p>`,
        ];
      })}
      ${heading(level, 'cookie-choices-heading', strings.yourCookieChoices)}
      ${isServer ? renderWithoutScript(ctx) : nothing}
      <cookie-preferences ?inert=${isServer} heading-level=${Math.min(6, level + 1)}></cookie-preferences>
    </div>
  `;
}

/**
 * In a static notice (`privacy-consent render`): the definitions of the terms the notice uses, as
 * a list of definitions each term links to (`<privacy-term>` renders a link on the server), for a
 * visitor whose browser runs no JavaScript. Hidden (no space taken) unless scripting is off, as
 * `renderWithoutScript`: with JavaScript each term explains itself in place.
 */
export function renderGlossary(ctx: NoticeContext, level: number): TemplateResult | typeof nothing {
  const terms = [...ctx.parts.terms.values()];
  if (!terms.length) return nothing;
  return html`<section class="glossary" part="glossary" hidden aria-labelledby="glossary-heading">
    ${heading(level, 'glossary-heading', ctx.strings.glossaryHeading)}
    <dl>
      ${terms.map(
        (term) => html`<div class="dl-item"><dt id=${glossaryTermId(term.id)}><dfn>${term.abbr && term.abbr !== term.term ? `${term.term} (${term.abbr})` : term.term}</dfn></dt> <dd>${definitionText(term.definition)}</dd></div>`,
      )}
    </dl>
  </section>`;
}

/**
 * In a static notice (`privacy-consent render`): what a visitor whose browser runs no JavaScript
 * reads where the cookie choices would be. Hidden (no space taken) unless scripting is off: the
 * static notice's styles show it in `@media (scripting: none)` (`src/render/static-styles.ts`).
 */
function renderWithoutScript(ctx: NoticeContext): TemplateResult {
  const cookies = isObject(ctx.notice.cookies) ? ctx.notice.cookies : undefined;
  const settings = safeHref(cookies?.settingsUrl);
  return html`<div class="without-script" hidden>
    <p>${ctx.strings.cookiesWithoutScript}</p>
    ${settings ? html`<p><a href=${settings}>${ctx.strings.cookieSettingsWithoutScript}</a></p>` : nothing}
  </div>`;
}

