/**
 * The entry guard: the check every visitor runs before the core acts on a config.
 *
 * Hand-written because bytes forbid a library here (measured 2026-12-05, esbuild --minify,
 * gzip -9): the guard was 936 bytes in an entry that must stay within 5 KiB; the same checks
 * written with valibot 1.5 (the smallest schema library we know, tree-shaken) are 2,213 bytes.
 */
type Fields = Record<string, unknown>;

/** Whether `value` is of a guard type: `string`, `number`, `boolean`, `object` or `list`. */
const isType = (value: unknown, type: string): boolean =>
  type === 'list' ? Array.isArray(value) : type === 'object' ? !!value && typeof value === 'object' && !Array.isArray(value) : typeof value === type;

/**
 * The drop-in entry's own check of the config: only the fields the core acts on (the policy
 * version, category and service ids, `required`, cookie names, the storage options), so that a
 * broken config can never grant anything or break the page. Returns the JSON paths it refuses;
 * none means the core can use the config.
 *
 * It is small on purpose, as every visitor downloads it, so it does not explain: when it refuses
 * anything, the full check against the JSON Schema (report.ts, loaded only then) says at the same
 * paths what is wrong and what was expected; it also runs when the banner shows on a developer's
 * own machine and in `data-debug` mode. Fields the UI only shows (descriptions, links) are the
 * UI's gate's to check (renderable.ts), where a bad one is left out rather than refusing consent.
 * Fields are read as own properties: a polluted `Object.prototype` cannot supply one.
 *
 * The objects the consent code reads optional fields from (the root, `organisation`, `consent`,
 * each category, service and cookie) leave this check with a null prototype, so no later reader
 * can take a field from `Object.prototype` either: with `Object.prototype.exceptions =
 * 'uk-duaa-2025'` a category with a statistics `basis` would otherwise run before any choice,
 * with `Object.prototype.integrations` vendor code would load. Done here because the guard is the
 * one walk over those objects the entry makes (a `JSON.parse` reviver would reach every object,
 * but it recurses: a list nested 5,000 deep overflows the stack and loses the whole config), and
 * only there, because text may be rendered and an object without a prototype has no `toString`.
 */
export function guardConfig(config: unknown): string[] {
  const out: string[] = [];
  const error = (path: string) => void out.push(path);
  const ids = new Set<string>();

  /**
   * Checks an object's fields, written `key:type` (required) or `key?:type` (optional), with type
   * `string`, `number`, `boolean`, `object` or `list`. Returns the object, or nothing when it is not one.
   */
  const check = (value: unknown, path: string, fields: string): Fields | undefined => {
    if (!isType(value, 'object')) return void error(path);
    Object.setPrototypeOf(value, null);
    for (const field of fields.split(' ')) {
      const [, key, optional, type] = /(\w+)(\?)?:(\w+)/.exec(field)!;
      // An own field, or undefined: the object has no prototype now.
      const v = (value as Fields)[key!];
      if (v === undefined ? !optional : !isType(v, type!) || v === '') error(`${path}.${key}`);
    }
    return value as Fields;
  };
  const claimId = (item: Fields, path: string) => {
    const id = item.id;
    if (typeof id !== 'string' || !id) return;
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(id) || ids.has(id)) error(`${path}.id`);
    ids.add(id);
  };
  const list = (item: Fields, key: string, path: string, each: (value: unknown, at: string) => void) =>
    isType(item[key], 'list') && (item[key] as unknown[]).forEach((value, i) => each(value, `${path}.${key}[${i}]`));
  const cookies = (item: Fields, path: string) => list(item, 'cookies', path, (cookie, at) => check(cookie, at, 'name:string'));

  const root = check(config, '$', 'version:string organisation:object consent?:object');
  if (!root) return out;
  if (isType(root.organisation, 'object')) check(root.organisation, '$.organisation', 'name:string');
  if (!isType(root.consent, 'object')) return out;
  const consent = check(root.consent, '$.consent', 'categories:list expiryDays?:number cookie?:object text?:object')!;
  if ((consent.categories as unknown[] | undefined)?.length === 0) error('$.consent.categories');
  list(consent, 'categories', '$.consent', (value, path) => {
    const category = check(value, path, 'id:string title:string required?:boolean services?:list cookies?:list');
    if (!category) return;
    claimId(category, path);
    cookies(category, path);
    list(category, 'services', path, (value, at) => {
      const service = check(value, at, 'id:string name:string cookies?:list');
      if (service) claimId(service, at), cookies(service, at);
    });
  });
  const days = consent.expiryDays;
  if (typeof days === 'number' && !(days >= 1 && days <= 400)) error('$.consent.expiryDays');
  return out;
}
