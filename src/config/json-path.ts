/**
 * JSON paths (`$.notice.sections[2].blocks[0]`) as every finding names them, and the cap on how
 * deep a config is followed. Apart from the schema interpreter (`validate.ts`, which re-exports
 * these), so that code every visitor of a notice page runs (the notice's guard, the language
 * switch) can name a path or cut a too-deep value without downloading the interpreter.
 */
/** Appends a key or index to a JSON path, quoting keys that are not plain identifiers. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * How deep a config may nest (in JSON levels) before the checks stop following it: a real notice
 * nests about 20 levels; a list nested hundreds of levels deep would otherwise exhaust the stack
 * (a `RangeError`) in the checks and in rendering.
 */
export const MAX_NESTING = 100;

/** The message for a value nested deeper than `MAX_NESTING`. */
export const TOO_DEEP = `is nested more than ${MAX_NESTING} levels deep; what is inside is not checked or shown`;

/** Where a value was cut: a `Finding` (validate.ts), always an error, declared here without importing it (no cycle). */
export interface DepthFinding {
  path: string;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * `value` with everything nested deeper than `MAX_NESTING` levels below `path` left out (a list
 * loses such items, an object such keys), and a finding at each place it was cut. The notice is
 * cut before it is checked and rendered, so it renders all that it can.
 */
export function capDepth(value: unknown, path: string): { value: unknown; findings: DepthFinding[] } {
  const findings: DepthFinding[] = [];
  const cut = (node: unknown, at: string, depth: number): unknown => {
    if (!node || typeof node !== 'object') return node;
    if (depth >= MAX_NESTING) return void findings.push({ path: at, severity: 'error', message: TOO_DEEP });
    if (Array.isArray(node)) return node.map((item, i) => cut(item, childPath(at, i), depth + 1)).filter((item) => item !== undefined);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      const kept = cut(child, childPath(at, key), depth + 1);
      if (kept !== undefined) out[key] = kept;
    }
    return out;
  };
  return { value: cut(value, path, 0), findings };
}

