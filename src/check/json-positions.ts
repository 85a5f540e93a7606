/**
 * A JSON reader that remembers where each value is in the text, so a finding at a JSON path
 * (`$.consent.categories[1].id`) can be shown at its line and column, and a syntax error gets a
 * plain-words message at the exact place ("trailing comma before '}'").
 *
 * The value itself comes from `JSON.parse` (fast and exact); this module only scans.
 */
import { childPath } from '../config/validate.js';

/** A place in the text: 1-based line and column (in UTF-16 code units), and the 0-based offset. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

/** A syntax error, in words, with its position. */
export interface JsonSyntaxError extends TextPosition {
  message: string;
}

/** A key that appears twice in one object: `JSON.parse` keeps only the last. */
export interface DuplicateKey {
  path: string;
  first: TextPosition;
  second: TextPosition;
}

/** A parsed document: the value, or the syntax error; and where each path is. */
export interface JsonDocument {
  value?: unknown;
  error?: JsonSyntaxError;
  duplicates: DuplicateKey[];
  /**
   * Where a path is in the text: its key for an object member (where a misspelt key is), else its
   * value. A path that does not exist (a missing required key) maps to its nearest existing parent,
   * or, for a key missing from the root, to the root's closing brace, where it would be added.
   */
  locate(path: string): TextPosition;
}

/** Documents nested deeper than this are refused rather than risk the stack. */
export const MAX_DEPTH = 512;

class SyntaxProblem extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Maps offsets to lines and columns. */
function lineIndex(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1, offset };
  };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** Parses `text` and indexes every path's position. Never throws. */
export function parseJsonWithPositions(text: string): JsonDocument {
  // A byte order mark is common in files saved by Windows editors; JSON.parse rejects it.
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const position = lineIndex(body);
  const keys = new Map<string, number>();
  const values = new Map<string, number>();
  /** Where the root object closes: a key missing from it is placed there, where it can be added. */
  let rootEnd: number | undefined;
  const duplicates: DuplicateKey[] = [];
  let i = 0;

  const skip = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(body);
    i = WHITESPACE.lastIndex;
    if (body[i] === '/' && (body[i + 1] === '/' || body[i + 1] === '*')) throw new SyntaxProblem('comments are not allowed in JSON', i);
  };
  const describeAt = (at: number) => (at >= body.length ? 'the end of the file' : `"${body[at]}"`);

  const readString = (): string => {
    const start = i;
    i++;
    let escaped = false;
    for (;;) {
      const quote = body.indexOf('"', i);
      // Control characters and escapes only matter between here and the closing quote.
      const end = quote === -1 ? body.length : quote;
      for (let j = i; j < end; j++) {
        const code = body.charCodeAt(j);
        if (code < 0x20) throw new SyntaxProblem(code === 0x0a ? 'unterminated string (a string cannot span lines; write \\n)' : 'control character in a string (escape it)', j);
        if (code === 0x5c) {
          escaped = true;
          const next = body[j + 1];
          if (next === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(body.slice(j + 2, j + 6))) throw new SyntaxProblem('invalid \\u escape (expected four hex digits)', j);
            j += 5;
          } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
            j++;
          } else {
            throw new SyntaxProblem(`invalid escape "\\${next ?? ''}" in a string`, j);
          }
        }
      }
      if (quote === -1) throw new SyntaxProblem('unterminated string', start);
      // The quote may itself have been escaped by the scan above: find the real end.
      let backslashes = 0;
      for (let j = quote - 1; j >= start + 1 && body[j] === '\\'; j--) backslashes++;
      if (backslashes % 2 === 1) {
        i = quote + 1;
        continue;
      }
      i = quote + 1;
      const raw = body.slice(start, i);
      return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    }
  };

  const readValue = (path: string, depth: number): void => {
    if (depth > MAX_DEPTH) throw new SyntaxProblem(`nested more than ${MAX_DEPTH} levels deep`, i);
    skip();
    values.set(path, i);
    const c = body[i];
    if (c === '{') {
      i++;
      skip();
      if (body[i] === '}') {
        i++;
        return;
      }
      const seen = new Map<string, number>();
      for (;;) {
        skip();
        if (body[i] !== '"') {
          if (body[i] === '}') throw new SyntaxProblem("trailing comma before '}'", i);
          if (body[i] === "'") throw new SyntaxProblem('keys need double quotes, not single quotes', i);
          throw new SyntaxProblem(`expected a key in double quotes, found ${describeAt(i)}`, i);
        }
        const keyAt = i;
        const key = readString();
        const member = childPath(path, key);
        const earlier = seen.get(key);
        if (earlier !== undefined) duplicates.push({ path: member, first: position(earlier), second: position(keyAt) });
        seen.set(key, keyAt);
        keys.set(member, keyAt);
        skip();
        if (body[i] !== ':') throw new SyntaxProblem(`expected ':' after the key "${key}", found ${describeAt(i)}`, i);
        i++;
        readValue(member, depth + 1);
        skip();
        if (body[i] === ',') {
          i++;
          continue;
        }
        if (body[i] === '}') {
          if (path === '$') rootEnd = i;
          i++;
          return;
        }
        throw new SyntaxProblem(`expected ',' or '}' after the value of "${key}", found ${describeAt(i)}`, i);
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (body[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        skip();
        if (body[i] === ']' && index > 0) throw new SyntaxProblem("trailing comma before ']'", i);
        readValue(childPath(path, index), depth + 1);
        skip();
        if (body[i] === ',') {
          i++;
          continue;
        }
        if (body[i] === ']') {
          i++;
          return;
        }
        throw new SyntaxProblem(`expected ',' or ']' after a list item, found ${describeAt(i)}`, i);
      }
    }
    if (c === '"') {
      readString();
      return;
    }
    if (c === "'") throw new SyntaxProblem('strings need double quotes, not single quotes', i);
    for (const literal of ['true', 'false', 'null']) {
      if (body.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(body)) {
      i = NUMBER.lastIndex;
      return;
    }
    throw new SyntaxProblem(`expected a value (text in double quotes, a number, true, false, null, a list or an object), found ${describeAt(i)}`, i);
  };

  let error: JsonSyntaxError | undefined;
  try {
    readValue('$', 0);
    skip();
    if (i < body.length) throw new SyntaxProblem(`unexpected ${describeAt(i)} after the end of the JSON value`, i);
  } catch (problem) {
    if (!(problem instanceof SyntaxProblem)) throw problem;
    error = { message: problem.message, ...position(problem.offset) };
  }

  let value: unknown;
  if (!error) {
    try {
      value = JSON.parse(body);
    } catch (parseError) {
      // The scanner and JSON.parse disagree only on inputs neither should accept.
      error = { message: (parseError as Error).message, ...position(0) };
    }
  }

  const locate = (path: string): TextPosition => {
    for (let p: string | undefined = path; p !== undefined; p = parentPath(p)) {
      // Not the file's first character for a key the config lacks: the root's closing brace.
      const at = keys.get(p) ?? (p === '$' && p !== path ? rootEnd : undefined) ?? values.get(p);
      if (at !== undefined) return position(at);
    }
    return position(0);
  };
  return error ? { error, duplicates, locate } : { value, duplicates, locate };
}

/** The path one level up (`$.a.b[2]` → `$.a.b`), or `undefined` for `$`. */
export function parentPath(path: string): string | undefined {
  const match = /(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/.exec(path);
  return match ? path.slice(0, match.index) : undefined;
}
