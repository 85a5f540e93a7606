// A Vite plugin for the drop-in's build (vite.config.ts): where the entry imports the banner's
// chunk, it also starts importing the chunks that chunk imports, so all are requested at once.
//
// Why: a library build has no module-preload helper, so a lazily loaded chunk's own imports are
// requested only once it has arrived and been parsed. A Chromium trace of a first visit
// (bench/trace-banner.mjs) shows the banner waiting on that second round trip: entry, then the
// banner's chunk, then the chunk it shares with the cookie choices (`shared-ui`). Rewritten
// `import(banner)` becomes `import(shared)&&import(banner)`: the first promise is always truthy,
// so the expression is still the banner's import, and the browser's module map fetches `shared`
// once, for both. A failed request rejects the banner's import as before.
//
// The entry's (hidden) source map is kept true: the generated columns after the insertion move
// by its length.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The numbers of one source-map segment (Base64 VLQ, https://tc39.es/ecma426/#sec-mappings). */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeSegment(values) {
  return values
    .map((n) => {
      let value = n < 0 ? (-n << 1) | 1 : n << 1;
      let out = '';
      do {
        let digit = value & 31;
        value >>>= 5;
        if (value) digit |= 32;
        out += BASE64[digit];
      } while (value);
      return out;
    })
    .join('');
}

/** `mappings` with every generated column at or after `column` on `line` (0-based) moved by `by`. */
export function shiftMappings(mappings, line, column, by) {
  const lines = mappings.split(';');
  const segments = (lines[line] ?? '').split(',');
  let at = 0;
  for (let i = 0; i < segments.length; i++) {
    if (!segments[i]) continue;
    const values = decodeSegment(segments[i]);
    at += values[0];
    // Columns are relative to the previous segment: moving the first one moves the rest.
    if (at >= column) {
      values[0] += by;
      segments[i] = encodeSegment(values);
      break;
    }
  }
  lines[line] = segments.join(',');
  return lines.join(';');
}

/**
 * @param {{ entry: string, target: RegExp }} options `entry`: the entry's file name; `target`:
 *   the file name of the lazily loaded chunk whose imports to start with it.
 */
export default function parallelImports({ entry, target }) {
  return {
    name: 'privacy-consent:parallel-imports',
    apply: 'build',
    generateBundle(_, bundle) {
      const main = bundle[entry];
      const lazy = Object.values(bundle).find((file) => file.type === 'chunk' && target.test(file.fileName));
      if (!main || main.type !== 'chunk' || !lazy) return;
      const deps = lazy.imports.filter((file) => file !== entry);
      if (!deps.length) return;
      const call = `import(\`./${lazy.fileName}\`)`;
      const at = main.code.indexOf(call);
      if (at < 0 || main.code.indexOf(call, at + 1) >= 0) this.error(`parallel-imports: expected one ${call} in ${entry}`);
      const insert = deps.map((file) => `import(\`./${file}\`)&&`).join('');
      main.code = main.code.slice(0, at) + insert + main.code.slice(at);
      const line = main.code.slice(0, at).split('\n').length - 1;
      const column = at - (main.code.lastIndexOf('\n', at - 1) + 1);
      if (main.map) main.map.mappings = shiftMappings(main.map.mappings, line, column, insert.length);
      const mapAsset = bundle[`${entry}.map`];
      if (mapAsset?.type === 'asset') {
        const map = JSON.parse(String(mapAsset.source));
        map.mappings = shiftMappings(map.mappings, line, column, insert.length);
        mapAsset.source = JSON.stringify(map);
      }
    },
  };
}
