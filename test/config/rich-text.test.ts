import { describe, expect, it } from 'vitest';
import { fillText, firstSentence, plainText, visitBlocks, visitText, type BlockVisitor, type InlineVisitor } from '../../src/config/rich-text.js';

/** A visitor that names the kind of each run it is handed, and the index it was given. */
const kinds: InlineVisitor<string> = {
  string: (_, i) => `string@${i}`,
  strong: (_, i) => `strong@${i}`,
  em: (_, i) => `em@${i}`,
  link: (_, i) => `link@${i}`,
  term: (_, i) => `term@${i}`,
  xref: (_, i) => `xref@${i}`,
  fn: (_, i) => `fn@${i}`,
  email: (_, i) => `email@${i}`,
  phone: (_, i) => `phone@${i}`,
  abbr: (_, i) => `abbr@${i}`,
  other: (_, i) => `other@${i}`,
};
const blockKinds: BlockVisitor<string> = {
  p: () => 'p',
  list: () => 'list',
  dl: () => 'dl',
  contact: () => 'contact',
  table: () => 'table',
  note: () => 'note',
  show: () => 'show',
  other: () => 'other',
};

describe('visitText', () => {
  it('hands every run to the method for its kind, with its place in the list', () => {
    const runs = ['a', { strong: [] }, { em: [] }, { link: [], href: '/' }, { term: 't' }, { xref: 's' }, { fn: 'f' }, { email: 'a@b.c' }, { phone: '1' }, { abbr: 'A', title: 'B' }];
    expect(visitText(runs, kinds)).toEqual(['string@0', 'strong@1', 'em@2', 'link@3', 'term@4', 'xref@5', 'fn@6', 'email@7', 'phone@8', 'abbr@9']);
  });

  it('reads a plain string as one run and anything else that is not a list as none', () => {
    expect(visitText('words', kinds)).toEqual(['string@0']);
    expect(visitText(undefined, kinds)).toEqual([]);
    expect(visitText({ strong: ['x'] }, kinds)).toEqual([]);
  });

  it('gives malformed runs to `other`, and decides a run with two kinds’ keys one way for every reader', () => {
    expect(visitText([null, 5, ['x'], { bold: 'x' }], kinds)).toEqual(['other@0', 'other@1', 'other@2', 'other@3']);
    expect(visitText([{ term: 't', strong: ['x'] }], kinds)).toEqual(['strong@0']);
  });
});

describe('visitBlocks', () => {
  it('hands every block to the method for its kind; malformed blocks go to `other`', () => {
    const blocks = [{ p: 'x' }, { list: [] }, { dl: [] }, { contact: 'dpo' }, { table: { head: [], rows: [] } }, { note: [] }, { show: 'data' }, { quote: 'x' }, 'text', null];
    expect(visitBlocks(blocks, blockKinds)).toEqual(['p', 'list', 'dl', 'contact', 'table', 'note', 'show', 'other', 'other', 'other']);
    expect(visitBlocks({ p: 'x' }, blockKinds)).toEqual([]);
  });
});

describe('plain text helpers', () => {
  it('reads rich text as words', () => {
    expect(plainText(['A ', { strong: ['bold'] }, ' ', { term: 'dpo' }, ' ', { phone: '0300', label: 'call us' }, { fn: 'x' }], (id) => id.toUpperCase())).toBe('A bold DPO call us');
  });
  it('cuts the first sentence', () => {
    expect(firstSentence('Six years. Then deleted.')).toBe('Six years.');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });
  it('fills placeholders with rich text', () => {
    expect(fillText('Call {who} now {unknown}', { who: [{ email: 'a@b.c' }] })).toEqual(['Call ', { email: 'a@b.c' }, ' now ', '{unknown}']);
  });
});
