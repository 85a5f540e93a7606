/**
 * The entry guard: the check every visitor runs before the core acts on a config.
 *
 * Hand-written because bytes forbid a library here (measured 2026-12-05, esbuild --minify,
 * gzip -9): this module is 936 bytes, in an entry that must stay within 5 KiB and uses 5,080
 * bytes of its 5,120. The same checks written with valibot 1.5 (the smallest schema library we
 * know, tree-shaken) are 2,213 bytes, and its messages would still need rewording into the JSON
 * paths and "expected …" sentences the full report uses.
 */
import type { Finding } from './validate.js';

type Fields = Record<string, unknown>;

const isType = (value: unknown, type: string): boolean =>
  type === 'list' ? Array.isArray(value) : type === 'object' ? !!value && typeof value === 'object' && !Array.isArray(value) : typeof value === type;
const expected = (type: string) => (type === 'list' ? 'a list' : type === 'object' ? 'an object' : `a ${type}`);
const got = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`);

/**
 * The drop-in entry's own check of the config: only the fields the core acts on (the policy
 * version, category and service ids, `required`, cookie names, the storage options), so that a
 * broken config can never grant anything or break the page. It is small on purpose: every
 * visitor downloads it. The full check against the JSON Schema (`config-report.ts`: every key,
 * unknown-key warnings with suggestions) loads when this one finds a problem, when the banner
 * shows, and in `data-debug` mode; its paths match this one's.
 */
export function guardConfig(config: unknown): Finding[] {
  const out: Finding[] = [];
  const error = (path: string, message: string) => void out.push({ path, severity: 'error', message });
  const ids = new Map<string, string>();

  /**
   * Checks an object's fields, written `key:type` (required) or `key?:type` (optional), with type
   * `string`, `number`, `boolean`, `object` or `list`. Returns the object, or nothing when it is not one.
   */
  const check = (value: unknown, path: string, fields: string): Fields | undefined => {
    if (!isType(value, 'object')) return void error(path, `expected an object, got ${got(value)}`);
    for (const field of fields.split(' ')) {
      const [, key, optional, type] = /(\w+)(\?)?:(\w+)/.exec(field)!;
      const v = (value as Fields)[key!];
      const at = `${path}.${key}`;
      if (v === undefined) optional || error(at, `is required: expected ${expected(type!)}`);
      else if (!isType(v, type!)) error(at, `expected ${expected(type!)}, got ${got(v)}`);
      else if (v === '') error(at, 'must not be empty');
    }
    return value as Fields;
  };
  const claimId = (item: Fields, path: string) => {
    const id = item.id;
    if (typeof id !== 'string' || !id) return;
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(id)) error(`${path}.id`, `"${id}" is not allowed here (expected lower-case letters, digits, "-" or "_")`);
    else if (ids.has(id)) error(`${path}.id`, `duplicate id "${id}": already used at ${ids.get(id)}`);
    else ids.set(id, `${path}.id`);
  };
  const list = (item: Fields, key: string, path: string, each: (value: unknown, at: string) => void) =>
    isType(item[key], 'list') && (item[key] as unknown[]).forEach((value, i) => each(value, `${path}.${key}[${i}]`));
  const cookies = (item: Fields, path: string) => list(item, 'cookies', path, (cookie, at) => check(cookie, at, 'name:string'));

  const root = check(config, '$', 'version:string organisation:object consent?:object');
  if (!root) return out;
  if (isType(root.organisation, 'object')) check(root.organisation, '$.organisation', 'name:string');
  if (!isType(root.consent, 'object')) return out;
  const consent = check(root.consent, '$.consent', 'categories:list expiryDays?:number cookie?:object text?:object')!;
  if ((consent.categories as unknown[] | undefined)?.length === 0) error('$.consent.categories', 'must have at least 1 item');
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
  if (typeof days === 'number' && !(days >= 1 && days <= 400)) error('$.consent.expiryDays', 'expected a number of days from 1 to 400');
  return out;
}
