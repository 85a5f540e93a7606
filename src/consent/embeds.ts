/**
 * Gated embeds as their placeholder sees them: what a `data-consent` value names in the config,
 * which addresses may be loaded or linked, and the "load this time" state. Plain DOM, no UI: the
 * gate (`gating.ts`) decides what is blocked; `<consent-placeholder>` renders and calls these.
 *
 *   <iframe title="Physiotherapy exercises" width="560" height="315"
 *           data-consent="marketing/youtube" data-src="https://www.youtube-nocookie.com/embed/…"
 *           data-consent-link="https://www.youtube.com/watch?v=…"
 *           data-consent-poster="/images/physio-poster.jpg"></iframe>
 */
import type { Category, ConsentConfig, Cookie, Service } from '../config/types.js';
import type { Choices } from './consent-record.js';
import { currentChoices } from './decision.js';
import type { ConsentChangeDetail, ConsentState } from './events.js';

/** What an embed's `data-consent` names, resolved against the config. */
export interface EmbedConsent {
  /** The ids as written (`marketing/youtube`, `youtube`, `marketing`). */
  ids: string[];
  /** The services named (as `category/service` or by their own id). */
  services: Service[];
  /** The categories named on their own: allowing the embed allows every service in each. */
  categories: Category[];
  /** Every category and service id a decision about this embed touches: those named, their categories, the services of named categories. */
  scope: { categories: string[]; services: string[] };
  /** Why the embed can never load here (an id the config does not declare), for the console. */
  problem?: string;
  /** A mistake that does not stop it loading (a service named with the wrong category), for the console. */
  warning?: string;
}

/**
 * Resolves a `data-consent` value. An id the config does not declare, a required category (no
 * consent to ask for) and a config that could not be read all leave a `problem`: such an embed
 * stays blocked (the gate refuses unknown ids) and its placeholder says it cannot be loaded here.
 */
export function resolveEmbedConsent(spec: string, consent: ConsentConfig | undefined): EmbedConsent {
  const ids = spec.match(/\S+/g) ?? [];
  const result: EmbedConsent = { ids, services: [], categories: [], scope: { categories: [], services: [] } };
  const problems: string[] = [];
  const warnings: string[] = [];
  if (!consent) return { ...result, problem: 'the config could not be read, so nothing optional can be loaded' };
  if (!ids.length) problems.push('data-consent is empty');
  const categories = consent.categories;
  const categoryOf = (serviceId: string) => categories.find((c) => c.services?.some((s) => s.id === serviceId));
  for (const id of ids) {
    const [first, second] = id.split('/', 2) as [string, string?];
    if (second !== undefined) {
      const category = categories.find((c) => c.id === first);
      const owner = categoryOf(second);
      const service = owner?.services?.find((s) => s.id === second);
      if (!category) problems.push(`"${first}" in "${id}" is not a category in the config`);
      else if (!service) problems.push(`"${second}" in "${id}" is not a service in the config`);
      else {
        if (owner !== category) warnings.push(`"${second}" is declared in the category "${owner!.id}", not "${first}"`);
        result.services.push(service);
      }
      continue;
    }
    const category = categories.find((c) => c.id === id);
    const service = categoryOf(id)?.services?.find((s) => s.id === id);
    if (category) result.categories.push(category);
    else if (service) result.services.push(service);
    else problems.push(`"${id}" is neither a category nor a service in the config`);
  }
  result.scope = {
    categories: [...result.categories.map((c) => c.id), ...result.services.map((s) => categoryOf(s.id)!.id)],
    services: [...result.services.map((s) => s.id), ...result.categories.flatMap((c) => (c.services ?? []).map((s) => s.id))],
  };
  if (problems.length) result.problem = problems.join('; ');
  if (warnings.length) result.warning = warnings.join('; ');
  return result;
}

/**
 * The choices that "Always allow" records: the current ones, plus each service the embed names
 * (on its own: its category stays as it was) and each category it names on its own (the visitor
 * was shown that category's title, so the whole category is what they chose).
 */
export function allowChoices(consent: ConsentConfig, state: Pick<ConsentState, 'categories' | 'services'>, target: EmbedConsent): Choices {
  const choices = currentChoices(consent, state);
  for (const category of target.categories) {
    choices[category.id] = true;
    // A category chosen as a whole brings back any of its services switched off before.
    for (const service of category.services ?? []) delete choices[service.id];
  }
  for (const service of target.services) choices[service.id] = true;
  return choices;
}

/** The cookies the config lists for what an embed names: each service's, and each category's own and its services'. */
export function embedCookies(target: EmbedConsent): Cookie[] {
  const cookies = [
    ...target.services.flatMap((s) => s.cookies ?? []),
    ...target.categories.flatMap((c) => [...(c.cookies ?? []), ...(c.services ?? []).flatMap((s) => s.cookies ?? [])]),
  ];
  return cookies.filter((cookie, i) => cookies.findIndex((other) => other.name === cookie.name) === i);
}

/**
 * `url` resolved against `base`, when it is an http(s) address; otherwise undefined. The same
 * rule as the gate's: `javascript:`, `data:` and anything else is never loaded or linked.
 */
export function webUrl(url: string | null, base: string): URL | undefined {
  if (url === null) return undefined;
  try {
    const parsed = new URL(url, base);
    return /^https?:$/.test(parsed.protocol) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The address the embed loads (`data-src`), when it may be loaded at all. */
export function embedSource(embed: Element): URL | undefined {
  return webUrl(embed.getAttribute('data-src'), embed.baseURI);
}

/**
 * Where a visitor can reach the content without loading it here: `data-consent-link`, else the
 * embed's own address, when it is http(s).
 */
export function embedLink(embed: Element): URL | undefined {
  return webUrl(embed.getAttribute('data-consent-link'), embed.baseURI) ?? embedSource(embed);
}

/**
 * The preview image, `data-consent-poster`, only when the site serves it itself (same origin):
 * a poster from the provider (a YouTube thumbnail) would be a request to the third party before
 * consent, which PECR reg 6 forbids as much as the embed. `rejected` names one that was refused.
 */
export function embedPoster(embed: Element): { url?: URL; rejected?: string } {
  const raw = embed.getAttribute('data-consent-poster');
  if (raw === null || raw.trim() === '') return {};
  const url = webUrl(raw, embed.baseURI);
  return url && url.origin === new URL(embed.baseURI).origin ? { url } : { rejected: raw };
}

/**
 * Whether an embed gets a placeholder: the ones a visitor sees. Not a `<source>` or `<track>`
 * (their `<video>` or `<audio>` is the embed), not an `<audio>` without controls, not one the
 * page hides, not a tracking pixel
 * (1 × 1), and not one whose site opts out with `data-consent-placeholder="none"` (it shows its
 * own message).
 */
export function wantsPlaceholder(embed: Element): boolean {
  if (/^(script|source|track)$/i.test(embed.localName)) return false;
  // An <audio> without controls is never shown (it is `display: none` in every browser).
  if (embed.localName === 'audio' && !embed.hasAttribute('controls')) return false;
  if (embed.getAttribute('data-consent-placeholder') === 'none') return false;
  if (embed.hasAttribute('hidden') || embed.getAttribute('aria-hidden') === 'true') return false;
  const size = (name: string) => Number(embed.getAttribute(name) ?? NaN);
  return !(size('width') <= 1 && size('height') <= 1);
}

/** The attribute that holds `data-consent` while an embed is loaded "this time" only. */
export const ONCE = 'data-consent-once';

/**
 * Loads an embed for this page view only: nothing is recorded and no consent is granted. Its
 * `data-consent` moves to `data-consent-once` meanwhile, so the gate (which acts on
 * `[data-consent][data-src]`) leaves it loaded through other decisions. Returns false when its
 * address is not http(s).
 */
export function loadOnce(embed: Element): boolean {
  const src = embed.getAttribute('data-src');
  if (!embedSource(embed) || src === null) return false;
  embed.setAttribute(ONCE, embed.getAttribute('data-consent') ?? '');
  embed.removeAttribute('data-consent');
  // The address exactly as written, as the gate would set it, so a later grant does not reload it.
  embed.setAttribute('src', src);
  return true;
}

/**
 * Ends a one-time load: `data-consent` returns, so the gate is in charge again. With `unload`,
 * the embed also loses its `src` (the visitor refused it since); without, it stays loaded
 * (the visitor has since allowed it, and the gate sets the same `src`).
 */
export function endLoadOnce(embed: Element, unload: boolean): void {
  const spec = embed.getAttribute(ONCE);
  if (spec === null) return;
  embed.setAttribute('data-consent', spec);
  embed.removeAttribute(ONCE);
  if (unload) embed.removeAttribute('src');
}

/** The `data-consent` value of an embed, whether it is gated or loaded this time only. */
export function embedSpec(embed: Element): string {
  return embed.getAttribute('data-consent') ?? embed.getAttribute(ONCE) ?? '';
}

/**
 * Whether a decision refuses what a one-time load showed, so it must be unloaded: forgetting the
 * choice, a rejection of everything, a choice saved in the preferences (where the visitor saw its
 * switch off), or any decision that changed one of its ids. Others (allowing analytics through
 * the API, "Always allow" on another placeholder) leave it loaded for the rest of the page view.
 */
export function refusesOnce(
  detail: Pick<ConsentChangeDetail, 'decision' | 'action' | 'changed'>,
  target: EmbedConsent,
  allowed: boolean,
): boolean {
  if (allowed) return false;
  if (detail.decision === null || detail.decision === 'reject-all' || detail.action === 'save' || detail.action === 'withdraw') return true;
  return (
    detail.changed.categories.some((id) => target.scope.categories.includes(id)) ||
    detail.changed.services.some((id) => target.scope.services.includes(id))
  );
}
