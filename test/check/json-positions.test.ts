import { describe, expect, it } from 'vitest';
import { parentPath, parseJsonWithPositions } from '../../src/check/json-positions.js';

const text = `{
  "version": "1",
  "consent": {
    "categories": [
      { "id": "necessary", "title": "Needed" },
      { "id": "analytics", "titel": "Analytics" }
    ]
  },
  "odd key": [1, 2.5e3, true, null, "a \\"quoted\\" \\u00e9"]
}`;

describe('parseJsonWithPositions', () => {
  const doc = parseJsonWithPositions(text);

  it('returns the same value as JSON.parse', () => {
    expect(doc.error).toBeUndefined();
    expect(doc.value).toEqual(JSON.parse(text));
  });

  it('locates an object member at its key', () => {
    expect(doc.locate('$.consent.categories[1].titel')).toMatchObject({ line: 6, column: 28 });
    expect(doc.locate('$.version')).toMatchObject({ line: 2, column: 3 });
  });

  it('locates a list item at its value, and quoted keys', () => {
    expect(doc.locate('$.consent.categories[0]')).toMatchObject({ line: 5, column: 7 });
    expect(doc.locate('$["odd key"][4]')).toMatchObject({ line: 9, column: 37 });
  });

  it('locates a missing key at its nearest existing parent', () => {
    expect(doc.locate('$.consent.categories[1].title')).toEqual(doc.locate('$.consent.categories[1]'));
    // A key missing from the root is placed at the root's closing brace, where it would be added,
    // not at the file's first character.
    expect(doc.locate('$.organisation')).toMatchObject({ line: 10, column: 1 });
    expect(doc.locate('$')).toMatchObject({ line: 1, column: 1 });
  });

  it('reports duplicate keys with both places', () => {
    const { duplicates } = parseJsonWithPositions('{\n "a": 1,\n "a": 2\n}');
    expect(duplicates).toMatchObject([{ path: '$.a', first: { line: 2, column: 2 }, second: { line: 3, column: 2 } }]);
  });

  it('tolerates a byte order mark', () => {
    expect(parseJsonWithPositions('\uFEFF{"a": 1}').value).toEqual({ a: 1 });
  });

  it.each([
    ['{\n  "a": 1,\n}', 3, 1, "trailing comma before '}'"],
    ['[1, 2,]', 1, 7, "trailing comma before ']'"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, `expected ',' or '}' after the value of "a"`],
    ["{'a': 1}", 1, 2, 'keys need double quotes'],
    ['{"a": \'x\'}', 1, 7, 'strings need double quotes'],
    ['{"a": "line\nbreak"}', 1, 12, 'unterminated string'],
    ['{"a": 1} // note', 1, 10, 'comments are not allowed'],
    ['{"a": 1}}', 1, 9, 'after the end of the JSON value'],
    ['{"a" 1}', 1, 6, "expected ':' after the key"],
    ['{"a": tru}', 1, 7, 'expected a value'],
    ['{"a": "\\x"}', 1, 8, 'invalid escape'],
    ['', 1, 1, 'expected a value'],
    ['{"a": [', 1, 8, 'expected a value'],
    ['{', 1, 2, 'expected a key in double quotes, found the end of the file'],
    ['{"a": 1', 1, 8, `expected ',' or '}' after the value of "a", found the end of the file`],
    ['[1 2]', 1, 4, "expected ',' or ']' after a list item"],
    ['{"a": 1} x', 1, 10, 'unexpected "x" after the end of the JSON value'],
    ['{"a": "x\ty"}', 1, 9, 'control character in a string'],
    ['{"a": 1.}', 1, 7, 'invalid number "1."'],
  ])('reports %j as a syntax error at line %i, column %i', (input, line, column, message) => {
    const { error, value } = parseJsonWithPositions(input);
    expect(value).toBeUndefined();
    expect(error).toMatchObject({ line, column });
    expect(error!.message).toContain(message);
  });

  it('refuses nesting deeper than it can check, without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(parseJsonWithPositions(deep).error!.message).toContain('nested more than');
  });

  it('indexes a large document quickly', () => {
    const big = JSON.stringify({ sections: Array.from({ length: 20_000 }, (_, i) => ({ id: `s${i}`, blocks: [{ p: 'text' }] })) }, null, 2);
    const started = performance.now();
    const doc = parseJsonWithPositions(big);
    expect(doc.locate('$.sections[19999].id').line).toBeGreaterThan(100_000);
    // Generous for a loaded machine; a quadratic scan would take minutes.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('parentPath', () => {
  it.each([
    ['$.a.b[2]', '$.a.b'],
    ['$.a.b', '$.a'],
    ['$["odd key"]', '$'],
    ['$["a\\"b"].c', '$["a\\"b"]'],
    ['$', undefined],
  ])('%s → %s', (path, parent) => {
    expect(parentPath(path)).toBe(parent);
  });
});
