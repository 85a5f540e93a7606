import type { Notice, Section } from '../config/notice-model.js';
import { capDepth } from '../config/json-path.js';
import type { Finding } from '../config/validate.js';

/** A notice as far as it can be shown, and what was left out of it. */
export interface GuardedNotice {
  /** The notice, without the parts that could not be shown; absent when there is none to show. */
  notice?: Notice;
  /** What was left out, by JSON path. */
  findings: Finding[];
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Where a notice is written in the config: `$.notice`, or a translation's (`$.translations.cy.notice`,
 * `$.translations["en-GB"].notice`), in the JSON paths `config/validate.ts` writes (kept here so the
 * element need not load the schema interpreter for a message).
 */
export function noticePath(translation?: string): string {
  if (translation === undefined) return '$.notice';
  return `$.translations${/^[A-Za-z_$][\w$]*$/.test(translation) ? `.${translation}` : `[${JSON.stringify(translation)}]`}.notice`;
}

/**
 * The notice's entry guard: what `<privacy-notice>` checks on every page, in place of the full
 * check against the JSON Schema (`check-notice.ts`, 7 KB gzip with the schema), which runs only
 * for developers (`data-debug`, a loopback host, the CLI, the playground). Like `config/guard.ts`
 * for consent, it is small on purpose and never throws: it keeps what can be shown and leaves out
 * only what the element cannot place (a section without an id or a heading, a second section with
 * the same id, whose links would lead to the first). Everything else the renderer already reads
 * defensively: a malformed fact or block is skipped where it is met.
 *
 * Returns the same notice object when nothing is left out, so memos keyed on it still hold.
 */
export function guardNotice(config: unknown, path = '$.notice'): GuardedNotice {
  const given = isObject(config) ? config.notice : undefined;
  // Blocks nested hundreds of levels deep would exhaust the stack while rendering: the part too
  // deep to show is cut off, with an error where it was cut, as the full check does. The copy is
  // kept only when something was cut, so an ordinary notice stays the same object.
  const capped = given === undefined ? { value: given, findings: [] } : capDepth(given, path);
  const raw = capped.findings.length ? capped.value : given;
  if (raw === undefined) return { findings: [{ path, severity: 'error', message: 'the config has no "notice" section, so there is no privacy notice to show' }] };
  if (!isObject(raw)) return { findings: [{ path, severity: 'error', message: `expected an object, got ${Array.isArray(raw) ? 'a list' : raw === null ? 'null' : `a ${typeof raw}`}` }] };
  const findings: Finding[] = [...capped.findings];
  const seen = new Set<string>();
  let changed = capped.findings.length > 0;
  const keep = (sections: unknown, at: string): Section[] => {
    if (!Array.isArray(sections)) {
      if (sections !== undefined) {
        findings.push({ path: at, severity: 'error', message: 'expected a list of sections; they are not shown' });
        changed = true;
      }
      return [];
    }
    const kept: Section[] = [];
    sections.forEach((section: unknown, i) => {
      const here = `${at}[${i}]`;
      const problem = !isObject(section)
        ? 'expected a section object'
        : typeof section.id !== 'string' || !section.id
          ? 'a section needs an "id"'
          : typeof section.heading !== 'string'
            ? 'a section needs a "heading"'
            : seen.has(section.id)
              ? `duplicate section id "${section.id}"`
              : undefined;
      if (problem) {
        findings.push({ path: here, severity: 'error', message: `${problem}; the section is not shown` });
        changed = true;
        return;
      }
      const valid = section as unknown as Section;
      seen.add(valid.id);
      const sub = valid.sub === undefined ? undefined : keep(valid.sub, `${here}.sub`);
      const same = sub === undefined || (Array.isArray(valid.sub) && sub.length === valid.sub.length && sub.every((s, j) => s === valid.sub![j]));
      kept.push(same ? valid : { ...valid, sub });
    });
    return kept;
  };
  const sections = keep(raw.sections, `${path}.sections`);
  if (typeof raw.title !== 'string') findings.push({ path: `${path}.title`, severity: 'error', message: 'expected a string: the notice has no title' });
  const notice = raw as unknown as Notice;
  return { notice: changed ? { ...notice, sections } : notice, findings };
}

/**
 * Writes findings to the console: errors in one `console.error`, warnings in one `console.warn`,
 * each with its JSON path. `hint` ends the error message (where to find the full check).
 */
export function reportNoticeFindings(findings: Finding[], source: string, hint = ''): void {
  const format = (f: Finding) => `${f.severity === 'error' ? 'Error' : 'Warning'} at ${f.path}: ${f.message}`;
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  if (errors.length) {
    console.error(
      `privacy-notice: the notice (${source}) has ${errors.length} error${errors.length === 1 ? '' : 's'}; the rest of the notice is shown.\n${errors.map(format).join('\n')}${hint}`,
    );
  }
  if (warnings.length) console.warn(`privacy-notice: the notice (${source}) has warnings.\n${warnings.map(format).join('\n')}`);
}
