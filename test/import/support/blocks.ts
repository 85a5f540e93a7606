/**
 * How the reader tests look at a document tree a reader gave: its headings under the title, its
 * title, and its text. One definition for every batch's structure tests.
 */
import { blockText, type DocBlock } from '../../../src/import/doc-tree.js';

/** The headings below the title, as written. */
export const headings = (blocks: DocBlock[]) => blocks.filter((b) => b.kind === 'heading' && b.level > 1).map(blockText);

/** The title: the first level-1 heading's text, if any. */
export const title = (blocks: DocBlock[]) => {
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return h1 && blockText(h1);
};

/** Every block's text, a line each. */
export const text = (blocks: DocBlock[]) => blocks.map(blockText).join('\n');
