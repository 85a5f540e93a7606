/**
 * The UI's gate: the config as the banner, dialog and cookies page may render it. It loads with
 * the UI, never with the drop-in entry, whose own guard (guard.ts) checks what the core acts on.
 */
import { linkProblem } from './links.js';
import type { Finding } from './validate.js';

/** Keys whose values the UI shows as text, wherever they appear outside the notice. */
const TEXT = new Set(['lang', 'name', 'shortName', 'title', 'description', 'provider', 'purpose', 'duration', 'domain']);
/** Keys whose values are keyed by id or language tag, when they are objects (lists are lists of items). */
const MAPS = new Set(['translations', 'categories', 'services', 'cookies']);
/** Keys whose values the UI turns into links. */
const LINKS = new Set(['noticeUrl', 'privacyUrl']);
/**
 * The deepest a rendered value sits (`$.consent.categories[0].services[0].cookies[0].name` is 7
 * levels down). Anything deeper is never shown, so it is not walked: a list nested thousands of
 * levels deep cannot exhaust the stack.
 */
const MAX_DEPTH = 8;

const copies = new WeakMap<object, object>();
/** The copies made, so that a copy given back is returned as it is. */
const made = new WeakSet<object>();

/** What a value is, for "expected text, got …" messages. */
const got = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`);

/**
 * The config as the UI may render it. The entry guard accepts a config whose ids, categories and
 * cookie names the core can act on; this second gate goes over every field the UI shows. A value
 * of the wrong type (`"bannerTitle": 5`, a list or an object where text belongs, a template-shaped
 * object) or a link the URL policy refuses (`javascript:` in any disguise, src/config/links.ts) is
 * left out, so the built-in wording (or nothing) is shown in its place and rendering never throws
 * on config data. Consent is untouched: ids and `required` are the values the core acts on.
 *
 * Objects are copied without a prototype, so a polluted `Object.prototype` (`description`,
 * `noticeUrl`…) cannot supply a value the config does not have. The copy is the same object for
 * the same config, and what was left out is printed once: one `console.error` naming each JSON path.
 */
export function renderableConfig<C extends object>(config: C): C {
  // A copy is already renderable: the dialog passes its copy on to `localize`.
  if (made.has(config)) return config;
  let copy = copies.get(config);
  if (!copy) {
    const { config: checked, findings } = checkRenderable(config);
    copies.set(config, (copy = checked as object));
    made.add(copy);
    const lines = findings.map((f) => `Error at ${f.path}: ${f.message}`);
    if (lines.length) {
      console.error(`privacy-consent: the config has values that cannot be shown; each is left out (the built-in wording, or nothing, is shown instead).\n${lines.join('\n')}`);
    }
  }
  return copy as C;
}

/** `renderableConfig` without the console: the copy, and a finding for each value left out. */
export function checkRenderable(config: unknown): { config: unknown; findings: Finding[] } {
  const findings: Finding[] = [];
  /**
   * A prototype-free copy of `value` without what cannot be shown. `strings`: every value must be
   * text (`consent.text`); `ids`: the keys are ids or language tags (`translations`, a
   * translation's `categories`), never field names.
   */
  const walk = (value: unknown, path: string, depth: number, strings: boolean, ids: boolean): unknown => {
    if (!value || typeof value !== 'object' || depth > MAX_DEPTH) return value;
    const list = Array.isArray(value);
    const out: Record<string, unknown> = list ? [] : Object.create(null);
    for (const [key, v] of Object.entries(value)) {
      const at = list ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      const field = !list && !ids;
      const problem = strings ? text(v) : !field ? undefined : TEXT.has(key) ? text(v) : LINKS.has(key) ? linkProblem(v) : undefined;
      if (problem) findings.push({ path: at, severity: 'error', message: problem });
      // The notice is shown by <privacy-notice>, which checks it on its own.
      else out[key] = field && key === 'notice' ? v : walk(v, at, depth + 1, field && key === 'text', field && !Array.isArray(v) && MAPS.has(key));
    }
    return out;
  };
  const text = (value: unknown) => (typeof value === 'string' ? undefined : `expected text, got ${got(value)}`);
  return { config: walk(config, '$', 0, false, false), findings };
}
