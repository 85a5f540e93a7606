import type { Block, Notice, Section, Topic } from '../config/notice-model.js';

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

/** Whether a block list (at any depth) contains a block matching `test`. */
export function hasBlock(blocks: unknown, test: (block: Block) => boolean): boolean {
  if (!Array.isArray(blocks)) return false;
  return (blocks as Block[]).some((block) => {
    if (!block || typeof block !== 'object') return false;
    if (test(block)) return true;
    if ('list' in block && Array.isArray(block.list)) return block.list.some((item) => hasBlock(item?.children, test));
    if ('dl' in block && Array.isArray(block.dl)) return block.dl.some((item) => hasBlock(item?.desc, test));
    if ('note' in block) return hasBlock(block.note, test);
    return false;
  });
}
