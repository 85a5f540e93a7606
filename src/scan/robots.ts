/**
 * robots.txt as RFC 9309 (Robots Exclusion Protocol) reads it: the group for our product token
 * (else the `*` group), and for a path the longest matching `Allow` or `Disallow` rule, `Allow`
 * winning a tie; `*` matches any run of characters and a final `$` anchors the end. A missing
 * robots.txt (4xx) allows everything; an unreachable one (5xx, network error) is treated as
 * "disallow all" for crawling, as RFC 9309 §2.3.1.4 asks. `Crawl-delay` is not in the RFC but
 * is widely used, so a larger delay than ours is honoured.
 */

/** The rules that apply to one user agent. */
export interface RobotsRules {
  rules: { allow: boolean; pattern: string }[];
  /** `Crawl-delay` in seconds, when the group gives one. */
  crawlDelay?: number;
}

interface Group {
  agents: string[];
  rules: RobotsRules['rules'];
  crawlDelay?: number;
}

/** Parses robots.txt and returns the rules for `productToken` (such as `privacy-consent-scan`). */
export function parseRobots(text: string, productToken: string): RobotsRules {
  const groups: Group[] = [];
  let current: Group | undefined;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const field = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (field === 'user-agent') {
      // Consecutive user-agent lines share one group (RFC 9309 §2.1).
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [] }));
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (field === 'allow' || field === 'disallow') {
      // An empty Disallow allows everything: it adds no rule.
      if (value) current.rules.push({ allow: field === 'allow', pattern: value });
    } else if (field === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }
  const token = productToken.toLowerCase();
  // Every group naming our token applies, merged (§2.2.1); else every `*` group.
  const ours = groups.filter((g) => g.agents.includes(token));
  const chosen = ours.length ? ours : groups.filter((g) => g.agents.includes('*'));
  const delays = chosen.map((g) => g.crawlDelay).filter((d): d is number => d !== undefined);
  return { rules: chosen.flatMap((g) => g.rules), ...(delays.length ? { crawlDelay: Math.max(...delays) } : {}) };
}

/** Rules that allow everything (no robots.txt) and that allow nothing (robots.txt unreachable). */
export const ALLOW_ALL: RobotsRules = { rules: [] };
export const DISALLOW_ALL: RobotsRules = { rules: [{ allow: false, pattern: '/' }] };

/** Turns a robots.txt path pattern into a regular expression over the path and query. */
function patternToRegExp(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Upper-cases percent-escapes, so that `%2f` and `%2F` compare equal (RFC 9309 §2.2.2 compares encoded forms). */
function normalisePath(path: string): string {
  return path.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}

/** Whether `url` (its path and query) may be crawled under `robots`. */
export function isAllowedByRobots(url: URL, robots: RobotsRules): boolean {
  const path = normalisePath(url.pathname + url.search);
  if (path === '/robots.txt') return true;
  let best: { allow: boolean; length: number } | undefined;
  for (const rule of robots.rules) {
    if (!patternToRegExp(normalisePath(rule.pattern)).test(path)) continue;
    const length = rule.pattern.length;
    if (!best || length > best.length || (length === best.length && rule.allow)) best = { allow: rule.allow, length };
  }
  return best?.allow ?? true;
}
