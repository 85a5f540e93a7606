import type { PrivacyConfig } from './types.js';
import schema from './schema/config-runtime.json';
import { childPath, didYouMean, validateSchema, type Finding, type SchemaNode } from './validate.js';

/** The outcome of reading a config: the config when it is usable, and every problem found. */
export interface ParsedConfig {
  /** Present when there are no errors (warnings allowed). */
  config?: PrivacyConfig;
  findings: Finding[];
}

/**
 * Validates a config (everything but the notice, which `<privacy-notice>` checks itself) and
 * returns it only when it has no errors. A config with errors must not drive the banner: the
 * caller then treats every optional category as refused.
 */
export function parseConfig(value: unknown): ParsedConfig {
  const findings = validateSchema(schema as SchemaNode, value);
  if (!findings.some((f) => f.severity === 'error')) findings.push(...checkIds(value as PrivacyConfig));
  const ok = !findings.some((f) => f.severity === 'error');
  return ok ? { config: value as PrivacyConfig, findings } : { findings };
}

/**
 * Ids that the schema cannot check: category and service ids are unique across the whole
 * consent section, because `granted(id)` and `data-consent` accept either.
 */
function checkIds(config: PrivacyConfig): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) findings.push({ path, severity: 'error', message: `duplicate id "${id}": already used at ${first}` });
    else seen.set(id, path);
  };
  const categories = config.consent?.categories ?? [];
  categories.forEach((category, i) => {
    const path = childPath('$.consent.categories', i);
    claim(category.id, `${path}.id`);
    category.services?.forEach((service, j) => claim(service.id, `${childPath(`${path}.services`, j)}.id`));
  });
  const translated = config.translations ?? {};
  for (const [lang, translation] of Object.entries(translated)) {
    for (const [kind, ids] of [['categories', categories.map((c) => c.id)], ['services', categories.flatMap((c) => c.services ?? []).map((s) => s.id)]] as const) {
      for (const id of Object.keys(translation.consent?.[kind] ?? {})) {
        if (!ids.includes(id)) {
          findings.push({
            path: childPath(childPath(childPath(childPath('$.translations', lang), 'consent'), kind), id),
            severity: 'error',
            message: `no ${kind === 'categories' ? 'category' : 'service'} has the id "${id}"${didYouMean(id, ids)}`,
          });
        }
      }
    }
  }
  return findings;
}
