import { describe, expect, it } from 'vitest';
import { compliantConfig, findingsOf } from './compliant-config.js';

describe('references (dangling ids)', () => {
  it('passes when every id resolves', () => {
    expect(findingsOf(compliantConfig(), 'references')).toEqual([]);
  });

  it('finds a misspelt section id in an xref and suggests the nearest', () => {
    const config = compliantConfig();
    config.notice.sections[0]!.blocks = [{ p: [{ xref: 'whyy' }] }];
    expect(findingsOf(config, 'references')).toMatchObject([
      { path: '$.notice.sections[0].blocks[0].p[0].xref', severity: 'error', message: expect.stringMatching(/"whyy".*did you mean "why"\?/) },
    ]);
  });

  it.each([
    ['a purpose’s basis', (c: ReturnType<typeof compliantConfig>) => (c.notice.purposes[0]!.bases = ['tsak']), '$.notice.purposes[0].bases[0]', 'task'],
    ['an item’s section', (c: ReturnType<typeof compliantConfig>) => (c.notice.data[0]!.at = 'wat'), '$.notice.data[0].at', 'what'],
    ['a controller party', (c: ReturnType<typeof compliantConfig>) => (c.notice.controllers[0]!.party = 'trsut'), '$.notice.controllers[0].party', 'trust'],
    ['a sharing recipient', (c: ReturnType<typeof compliantConfig>) => (c.notice.sharing[0]!.recipient = 'gpp'), '$.notice.sharing[0].recipient', 'gp'],
    ['a glossary term', (c: ReturnType<typeof compliantConfig>) => (c.notice.sections[0]!.blocks = [{ p: [{ term: 'controler' }] }]), '$.notice.sections[0].blocks[0].p[0].term', 'controller'],
    ['a contact block', (c: ReturnType<typeof compliantConfig>) => (c.notice.sections[1]!.blocks = [{ contact: 'dop' }]), '$.notice.sections[1].blocks[0].contact', 'dpo'],
    ['a shown id', (c: ReturnType<typeof compliantConfig>) => (c.notice.sections[1]!.blocks = [{ show: 'purposes', ids: ['cars'] }]), '$.notice.sections[1].blocks[0].ids[0]', 'care'],
    ['the regulator', (c: ReturnType<typeof compliantConfig>) => (c.notice.complaints = { regulator: 'icco' }), '$.notice.complaints.regulator', 'ico'],
    ['a rights contact', (c: ReturnType<typeof compliantConfig>) => (c.notice.rights.contacts = ['ofice']), '$.notice.rights.contacts[0]', 'office'],
    ['an import note', (c: ReturnType<typeof compliantConfig>) => (c.notice.importNotes = [{ at: 'wat', kind: 'artefact', text: 'x', resolved: true }]), '$.notice.importNotes[0].at', undefined],
  ] as [string, (c: ReturnType<typeof compliantConfig>) => unknown, string, string | undefined][])('finds a dangling id in %s', (_what, breakIt, path, suggestion) => {
    const config = compliantConfig();
    breakIt(config);
    const findings = findingsOf(config, 'references');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path, severity: 'error' });
    if (suggestion) expect(findings[0]!.message).toContain(`did you mean "${suggestion}"?`);
  });

  it('finds duplicate ids in one list', () => {
    const config = compliantConfig();
    config.notice.sections.push({ id: 'why', heading: 'Again', topic: 'other', blocks: [] });
    expect(findingsOf(config, 'references')).toMatchObject([{ path: '$.notice.sections[2].id', message: expect.stringContaining('duplicate section id "why"') }]);
  });

  it('finds ids in nested sub-sections', () => {
    const config = compliantConfig();
    config.notice.sections[1]!.sub = [{ id: 'deep', heading: 'Deep', topic: 'other', blocks: [] }];
    config.notice.data[0]!.at = 'deep';
    expect(findingsOf(config, 'references')).toEqual([]);
  });

  it('checks cookie category ids shown in the notice', () => {
    const config = compliantConfig();
    config.notice.sections[1]!.blocks = [{ show: 'cookies', ids: ['analitics'] }];
    expect(findingsOf(config, 'references')[0]!.message).toContain('did you mean "analytics"?');
  });
});
