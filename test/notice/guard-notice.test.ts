import { describe, expect, it } from 'vitest';
import { guardNotice, noticePath } from '../../src/notice/guard-notice.js';

const notice = (sections: unknown) => ({ notice: { id: 'n', title: 'Our notice', sections } });

describe('guardNotice', () => {
  it('returns the same notice object when nothing is left out', () => {
    const config = notice([{ id: 'a', heading: 'A', sub: [{ id: 'b', heading: 'B' }] }]);
    const { notice: guarded, findings } = guardNotice(config);
    expect(guarded).toBe(config.notice);
    expect(findings).toEqual([]);
  });

  it('leaves out sections without an id or heading, and a second section with an id already used, by path', () => {
    const config = notice([{ id: 'a', heading: 'A', sub: [{ heading: 'no id' }, { id: 'c', heading: 'C' }] }, null, { id: 'a', heading: 'again' }, { id: 'd' }]);
    const { notice: guarded, findings } = guardNotice(config);
    expect(guarded!.sections.map((s) => s.id)).toEqual(['a']);
    expect(guarded!.sections[0]!.sub!.map((s) => s.id)).toEqual(['c']);
    expect(findings.map((f) => `${f.path}: ${f.message}`)).toEqual([
      '$.notice.sections[0].sub[0]: a section needs an "id"; the section is not shown',
      '$.notice.sections[1]: expected a section object; the section is not shown',
      '$.notice.sections[2]: duplicate section id "a"; the section is not shown',
      '$.notice.sections[3]: a section needs a "heading"; the section is not shown',
    ]);
  });

  it('cuts blocks nested more than 100 levels deep, with one error where it cut, and keeps the rest', () => {
    let blocks: unknown[] = [{ p: 'The deepest paragraph.' }];
    for (let level = 300; level > 0; level--) blocks = [{ list: [{ text: `Level ${level}`, children: blocks }] }];
    const config = notice([{ id: 'a', heading: 'A', blocks }]);
    const { notice: guarded, findings } = guardNotice(config);
    const text = JSON.stringify(guarded);
    expect(text).toContain('Level 1"');
    expect(text).toContain('Level 20"');
    expect(text).not.toContain('Level 300');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/nested more than 100 levels deep/);
    expect(findings[0]!.path).toMatch(/^\$\.notice\.sections\[0\]\.blocks\[0\]\.list\[0\]\.children/);
  });

  it('says when there is no notice, or it is not an object, or has no title, and never throws', () => {
    expect(guardNotice({}).findings[0]!.message).toMatch(/no "notice" section/);
    expect(guardNotice(null).notice).toBeUndefined();
    expect(guardNotice({ notice: [] }).findings[0]).toMatchObject({ path: '$.notice', message: 'expected an object, got a list' });
    expect(guardNotice({ notice: { sections: 'x' } }).findings.map((f) => f.path)).toEqual(['$.notice.sections', '$.notice.title']);
  });

  it('writes a translation’s path as the schema check does', () => {
    expect(noticePath()).toBe('$.notice');
    expect(noticePath('cy')).toBe('$.translations.cy.notice');
    expect(noticePath('en-GB')).toBe('$.translations["en-GB"].notice');
    expect(guardNotice({ notice: 1 }, noticePath('cy')).findings[0]!.path).toBe('$.translations.cy.notice');
  });
});
