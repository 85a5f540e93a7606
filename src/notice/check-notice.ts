import schema from '../config/schema/notice-runtime.json';
import { capDepth, validateSchema, type Finding, type SchemaNode } from '../config/validate.js';
import { checkNoticeReferences } from './references.js';
import type { Notice } from '../config/notice-model.js';

/** The notice of a config, as far as it can be used, and every problem found in it. */
export interface CheckedNotice {
  /** The notice when it is an object with sections; rendered even when it has errors. */
  notice?: Notice;
  findings: Finding[];
}

/**
 * Validates a config's `notice` against the generated schema, then checks its references.
 * `path` is where the notice sits in the file (`$.translations.cy.notice` for a translation).
 * A notice with errors is still returned when it is an object: the element renders what it can
 * and the console says what is wrong, by JSON path.
 */
export function checkNotice(config: unknown, organisationId?: string, path = '$.notice'): CheckedNotice {
  const given = config && typeof config === 'object' ? (config as { notice?: unknown }).notice : undefined;
  if (given === undefined) return { findings: [{ path, severity: 'error', message: 'the config has no "notice" section, so there is no privacy notice to show' }] };
  // Blocks nested hundreds of levels deep would exhaust the stack while checking or rendering: the
  // part too deep to show is cut off here, with an error where it was cut; the rest is shown.
  const { value: raw, findings } = capDepth(given, path);
  findings.push(...validateSchema(schema as SchemaNode, raw, path));
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { findings };
  const notice = raw as Notice;
  findings.push(...checkNoticeReferences(notice, { organisationId, path }));
  return { notice, findings };
}

/** Writes findings to the console (see `guard-notice.ts`, which the element uses without the schema). */
export { reportNoticeFindings } from './guard-notice.js';
