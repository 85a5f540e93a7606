/**
 * Where each value of a JSON document is in its text, so a finding at a JSON path
 * (`$.consent.categories[1].id`) can be shown at its line and column, and a syntax error gets a
 * plain-words message at the exact place ("trailing comma before '}'").
 *
 * The text is walked by `jsonc-parser` (Microsoft's scanner and parser behind VS Code's JSON
 * support) in strict JSON mode: no comments, no trailing commas. This module only records the
 * offsets it reports and words its first error for a person who edits JSON by hand; the value
 * itself comes from `JSON.parse` (fast and exact).
 */
import { visit, type JSONPath } from 'jsonc-parser';
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

/**
 * Documents nested deeper than this are refused: jsonc-parser descends recursively, and a
 * hostile `[[[[…` would otherwise overflow the stack. Real configs nest fewer than 15 levels.
 */
export const MAX_DEPTH = 512;

/** jsonc-parser's error codes (its `ParseErrorCode`, a `const enum` that isolated builds cannot inline). */
const ERROR = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

/** Thrown from the visitor to stop at the first problem. */
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

const toPath = (segments: JSONPath): string => segments.reduce<string>(childPath, '$');

/** An open object or list while walking: what it is, and (for an object) its keys so far. */
interface Container {
  kind: 'object' | 'array';
  keys: Map<string, number>;
  lastKey?: string;
}

/** Parses `text` and indexes every path's position. Never throws. */
export function parseJsonWithPositions(text: string): JsonDocument {
  // A byte order mark is common in files saved by Windows editors; JSON.parse rejects it.
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const position = lineIndex(body);
  const keys = new Map<string, number>();
  const values = new Map<string, number>();
  const duplicates: DuplicateKey[] = [];
  const open: Container[] = [];

  const begin = (kind: Container['kind']) => (offset: number, _length: number, _line: number, _column: number, path: () => JSONPath) => {
    if (open.length >= MAX_DEPTH) throw new SyntaxProblem(`nested more than ${MAX_DEPTH} levels deep`, offset);
    values.set(toPath(path()), offset);
    open.push({ kind, keys: new Map() });
  };
  // jsonc-parser reports a missing '}' or ']' after it has closed the container: remember it.
  let closed: Container | undefined;
  /** Where the root object closes: a key missing from it is placed there, where it can be added. */
  let rootEnd: number | undefined;
  const end = (offset: number) => {
    closed = open.pop();
    if (open.length === 0) rootEnd = offset;
  };

  let error: JsonSyntaxError | undefined;
  try {
    visit(
      body,
      {
        onObjectBegin: begin('object'),
        onArrayBegin: begin('array'),
        onObjectEnd: end,
        onArrayEnd: end,
        onObjectProperty(key, offset, _length, _line, _column, path) {
          const member = childPath(toPath(path()), key);
          const container = open[open.length - 1]!;
          const earlier = container.keys.get(key);
          if (earlier !== undefined) duplicates.push({ path: member, first: position(earlier), second: position(offset) });
          container.keys.set(key, offset);
          container.lastKey = key;
          keys.set(member, offset);
        },
        onLiteralValue(_value, offset, _length, _line, _column, path) {
          values.set(toPath(path()), offset);
        },
        onError(code, offset, length) {
          const missingEnd = code === ERROR.CloseBraceExpected || code === ERROR.CloseBracketExpected;
          const [message, at] = describe(body, code, offset, length, missingEnd ? closed : open[open.length - 1]);
          throw new SyntaxProblem(message, at);
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (problem) {
    if (!(problem instanceof SyntaxProblem)) throw problem;
    error = { message: problem.message, ...position(problem.offset) };
  }

  let value: unknown;
  if (!error) {
    try {
      value = JSON.parse(body);
    } catch (parseError) {
      // The parser and JSON.parse disagree only on inputs neither should accept.
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

const VALUE = 'a value (text in double quotes, a number, true, false, null, a list or an object)';

/**
 * Words jsonc-parser's first error for a person, and says where it is: jsonc-parser reports the
 * start of the token it stopped at, which for a string is its opening quote, so a bad escape or a
 * line break inside a string is found within the token.
 */
function describe(body: string, code: number, offset: number, length: number, container: Container | undefined): [string, number] {
  const found = (at: number) => (at >= body.length ? 'the end of the file' : `"${body[at]}"`);
  // The character before the error, ignoring white space: what the document last had.
  let before = offset - 1;
  while (before >= 0 && /\s/.test(body[before]!)) before--;
  const previous = body[before];
  const inObject = container?.kind === 'object';
  const expectsKey = inObject && (previous === '{' || previous === ',');
  const afterValue = inObject
    ? `expected ',' or '}' after the value of "${container?.lastKey}"`
    : "expected ',' or ']' after a list item";
  const token = body.slice(offset, offset + length);
  const within = (pattern: RegExp) => offset + Math.max(0, token.search(pattern));

  switch (code) {
    case ERROR.InvalidCommentToken:
      return ['comments are not allowed in JSON', offset];
    case ERROR.UnexpectedEndOfString: {
      const stop = offset + length;
      return /[\r\n]/.test(body[stop] ?? '')
        ? ['unterminated string (a string cannot span lines; write \\n)', stop]
        : ['unterminated string', offset];
    }
    case ERROR.InvalidCharacter:
      return ['control character in a string (escape it)', within(/[\u0000-\u001f]/)];
    case ERROR.InvalidUnicode:
      return ['invalid \\u escape (expected four hex digits)', within(/\\u(?![0-9a-fA-F]{4})/)];
    case ERROR.InvalidEscapeCharacter: {
      const at = within(/\\(?:\\\\)*[^"\\/bfnrtu]/);
      const escape = /\\(?:\\\\)*([^"\\/bfnrtu])/.exec(token);
      return [`invalid escape "\\${escape?.[1] ?? ''}" in a string`, escape ? at + escape[0].length - 2 : at];
    }
    case ERROR.EndOfFileExpected:
      return [`unexpected ${found(offset)} after the end of the JSON value`, offset];
    case ERROR.InvalidSymbol:
      if (!container && previous !== undefined) return [`unexpected ${found(offset)} after the end of the JSON value`, offset];
      break;
    case ERROR.ColonExpected:
      return [`expected ':' after the key "${container?.lastKey}", found ${found(offset)}`, offset];
    case ERROR.CommaExpected:
    case ERROR.CloseBraceExpected:
    case ERROR.CloseBracketExpected:
      if (previous === '[' || (previous === ',' && !inObject) || previous === ':') return [`expected ${VALUE}, found ${found(offset)}`, offset];
      if (expectsKey) return [`expected a key in double quotes, found ${found(offset)}`, offset];
      return [`${afterValue}, found ${found(offset)}`, offset];
    case ERROR.InvalidNumberFormat:
    case ERROR.UnexpectedEndOfNumber:
      return [`invalid number ${JSON.stringify(token)}`, offset];
  }
  // PropertyNameExpected, ValueExpected, InvalidSymbol: something other than what belongs here.
  if (previous === ',' && (body[offset] === '}' || body[offset] === ']')) return [`trailing comma before '${body[offset]}'`, offset];
  if (body[offset] === "'") return [expectsKey ? 'keys need double quotes, not single quotes' : 'strings need double quotes, not single quotes', offset];
  if (expectsKey || code === ERROR.PropertyNameExpected) return [`expected a key in double quotes, found ${found(offset)}`, offset];
  return [`expected ${VALUE}, found ${found(offset)}`, offset];
}

/** The path one level up (`$.a.b[2]` → `$.a.b`), or `undefined` for `$`. */
export function parentPath(path: string): string | undefined {
  const match = /(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/.exec(path);
  return match ? path.slice(0, match.index) : undefined;
}
