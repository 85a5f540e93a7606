import type { Block, Notice, Section, Topic } from '../config/notice-model.js';
import { visitBlock, type BlockVisitor } from '../config/rich-text.js';

/** Every section of a notice, at any depth, in document order. Tolerates malformed input. */
export function allSections(notice: Pick<Notice, 'sections'> | undefined): Section[] {
  const found: Section[] = [];
  const walk = (sections: unknown) => {
    if (!Array.isArray(sections)) return;
    for (const section of sections as Section[]) {
      if (!section || typeof section !== 'object') continue;
      found.push(section);
      walk(section.sub);
    }
  };
  walk(notice?.sections);
  return found;
}

/** The first section about `topic`, for first-layer items whose facts name no section. */
export function sectionForTopic(notice: Pick<Notice, 'sections'> | undefined, ...topics: Topic[]): Section | undefined {
  const sections = allSections(notice);
  for (const topic of topics) {
    const found = sections.find((s) => s.topic === topic);
    if (found) return found;
  }
  return undefined;
}

/**
 * The block lists directly inside a block: list items' `children`, definitions' `desc`, a
 * note's body. Walks that look at every block at any depth descend through these.
 */
const innerBlocks: BlockVisitor<unknown[]> = {
  p: () => [],
  list: (block) => (Array.isArray(block.list) ? block.list.map((item) => item?.children) : []),
  dl: (block) => (Array.isArray(block.dl) ? block.dl.map((item) => item?.desc) : []),
  contact: () => [],
  table: () => [],
  note: (block) => [block.note],
  show: () => [],
  other: () => [],
};

/** Whether a block list (at any depth) contains a block matching `test`. */
export function hasBlock(blocks: unknown, test: (block: Block) => boolean): boolean {
  if (!Array.isArray(blocks)) return false;
  return blocks.some((block: unknown, i) => {
    if (!block || typeof block !== 'object') return false;
    return test(block as Block) || visitBlock(block, innerBlocks, i).some((inner) => hasBlock(inner, test));
  });
}
