/**
 * Markdown headings the writer marked with emphasis rather than (or as well as) hashes, in the shapes
 * hand-written notices use: a bold line straight over its text, HTML bold tags, bold in italics, and
 * a heading whose markers CommonMark leaves as text. Each found through an aggregate count on the
 * hold-out set's unread part (see docs/import.md, "the fourth pass"), each shape built here from the
 * CommonMark rules, not from that notice.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../../src/import/import-notice.js';
import type { Section } from '../../../src/config/notice-model.js';

const headingsOf = (sections: Section[]): string[] => sections.flatMap((s) => [s.heading, ...headingsOf(s.sub ?? [])]);
const headings = async (source: string) => headingsOf((await importNotice('notice.md', new TextEncoder().encode(source), { today: new Date('2026-12-08') })).config.notice.sections);
const BODY = 'We are the Example Borough Council and we use your information to run our services.';

describe('Markdown headings marked with emphasis', () => {
  it('takes a bold line over the text it heads, with no blank line between, as a heading', async () => {
    expect(await headings(`# Privacy notice\n\n**Who we are**\n${BODY}\n\n**What we collect:**\n${BODY}\n`)).toEqual(['Who we are', 'What we collect:']);
    // (With a hard break after it too.)
    expect(await headings(`# Privacy notice\n\n**Who we are**  \n${BODY}\n\n**Your rights**  \n${BODY}\n`)).toEqual(['Who we are', 'Your rights']);
  });

  it('does not take a name over an address for a heading', async () => {
    const found = await headings(`# Privacy notice\n\n**Who we are**\n${BODY}\n\n**Data Protection Officer**\nCounty Hall\nTopsham Road\nExeter EX2 4QD\n`);
    expect(found).toEqual(['Who we are']);
  });

  it('reads <strong> and <b> in Markdown as bold, and bold in italics as bold', async () => {
    expect(await headings(`# Privacy notice\n\n<strong>Who we are</strong>\n\n${BODY}\n\n<b>What we collect</b>\n\n${BODY}\n`)).toEqual(['Who we are', 'What we collect']);
    expect(await headings(`# Privacy notice\n\n***Who we are***\n\n${BODY}\n\n_**What we collect**_\n\n${BODY}\n`)).toEqual(['Who we are', 'What we collect']);
  });

  it('drops the emphasis markers CommonMark leaves as text in a heading', async () => {
    expect(await headings(`# Privacy notice\n\n## ** What we collect **\n\n${BODY}\n\n## **Who we are **\n\n${BODY}\n\n## __Your rights __\n\n${BODY}\n`)).toEqual(['What we collect', 'Who we are', 'Your rights']);
  });
});
