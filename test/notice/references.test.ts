import { describe, expect, it } from 'vitest';
import { checkNotice } from '../../src/notice/check-notice.js';
import { checkNoticeReferences } from '../../src/notice/references.js';
import type { Notice } from '../../src/config/notice-model.js';

function notice(overrides: Partial<Notice> = {}): Notice {
  return {
    id: 'n',
    title: 'Privacy',
    version: '1',
    controllers: [{ party: 'org', role: 'controller' }],
    parties: [{ id: 'gp', name: 'GP', kind: 'category', roles: ['recipient'] }],
    contacts: [{ id: 'dpo', role: 'dpo', emails: ['dpo@example.org'] }],
    data: [{ id: 'health', label: 'Health', kind: 'special' }],
    purposes: [{ id: 'care', label: 'Care', bases: ['task'], data: ['health'], at: 'sharing' }],
    bases: [{ id: 'task', art6: 'e' }],
    sharing: [{ id: 's', recipient: 'gp', bases: ['task'], purpose: 'x' }],
    transfers: { outsideUk: 'no' },
    retention: [],
    rights: { items: [], contacts: ['dpo'] },
    adm: { used: false },
    complaints: { regulator: 'ico' },
    footnotes: [{ id: 'one', marker: '1', body: [{ p: 'A note.' }] }],
    sections: [
      { id: 'sharing', heading: 'Sharing', topic: 'sharing', blocks: [{ p: ['See ', { fn: 'one' }, { term: 'data-controller' }] }] },
      { id: 'contacts', heading: 'Contacts', topic: 'contacts', blocks: [{ contact: 'dpo' }, { contact: 'ico' }], sub: [{ id: 'more', heading: 'More', topic: 'other', blocks: [] }] },
    ],
    ...overrides,
  };
}
const check = (n: Notice) => checkNoticeReferences(n, { organisationId: 'org' });

describe('checkNoticeReferences', () => {
  it('accepts a notice whose references all exist, including built-in terms and the ICO card', () => {
    expect(check(notice())).toEqual([]);
  });

  it('names both ends of a dangling cross-reference and suggests the nearest section', () => {
    const n = notice();
    n.sections[1]!.blocks.push({ p: ['See ', { xref: 'sharng' }] });
    const [finding] = check(n);
    expect(finding).toEqual({
      path: '$.notice.sections[1].blocks[2].p[1].xref',
      severity: 'error',
      message: 'the cross-reference in section "contacts" refers to section "sharng", which does not exist; did you mean "sharing"?',
    });
  });

  it('finds dangling terms, footnotes and contact cards deep inside lists, definition lists and notes', () => {
    const n = notice();
    n.sections[1]!.sub![0]!.blocks = [
      { list: [{ text: 'x', children: [{ list: [{ text: [{ strong: [{ term: 'nope' }] }] }] }] }] },
      { dl: [{ term: 'T', desc: [{ p: [{ fn: 'two' }] }] }] },
      { note: [{ contact: 'caldicott' }] },
    ];
    const paths = check(n).map((f) => f.path);
    expect(paths).toEqual([
      '$.notice.sections[1].sub[0].blocks[0].list[0].children[0].list[0].text[0].strong[0].term',
      '$.notice.sections[1].sub[0].blocks[1].dl[0].desc[0].p[0].fn',
      '$.notice.sections[1].sub[0].blocks[2].note[0].contact',
    ]);
  });

  it('checks the ids structured facts name: parties, bases, data, sections, contacts', () => {
    const n = notice({
      purposes: [{ id: 'care', label: 'Care', bases: ['tsk'], data: ['helth'], at: 'sharin' }],
      sharing: [{ id: 's', recipient: 'gpp', bases: ['task'], purpose: 'x' }],
      rights: { items: [], contacts: ['dp0'] },
      complaints: { regulator: 'ic0' },
    });
    const messages = check(n).map((f) => `${f.path}: ${f.message}`);
    expect(messages).toEqual([
      '$.notice.purposes[0].bases[0]: purposes entry "care" refers to lawful basis "tsk", which does not exist; did you mean "task"?',
      '$.notice.purposes[0].data[0]: purposes entry "care" refers to data category "helth", which does not exist; did you mean "health"?',
      '$.notice.purposes[0].at: purposes entry "care" refers to section "sharin", which does not exist; did you mean "sharing"?',
      '$.notice.sharing[0].recipient: sharing entry "s" refers to party "gpp", which does not exist; did you mean "gp"?',
      '$.notice.rights.contacts[0]: "rights" refers to contact card "dp0", which does not exist; did you mean "dpo"?',
      '$.notice.complaints.regulator: "complaints" refers to contact card "ic0", which does not exist; did you mean "ico"?',
    ]);
  });

  it('reports duplicate ids, including section ids at different depths', () => {
    const n = notice();
    n.sections[1]!.sub![0]!.id = 'sharing';
    expect(check(n)).toContainEqual({ path: '$.notice.sections[1].sub[0].id', severity: 'error', message: 'duplicate section id "sharing": already used at $.notice.sections[0].id' });
  });

  it('warns about a footnote nothing refers to', () => {
    const n = notice({ footnotes: [{ id: 'one', marker: '1', body: [] }, { id: 'lonely', marker: '2', body: [] }] });
    expect(check(n)).toEqual([{ path: '$.notice.footnotes[1].id', severity: 'warning', message: 'footnote "lonely" is never referred to by a { "fn": "lonely" } marker' }]);
  });

  it('checks the cookie categories a { show: "cookies" } block names only when it knows the config’s categories', () => {
    const n = notice();
    n.sections[0]!.blocks.push({ note: [{ show: 'cookies', ids: ['analytics', 'analitycs'] }] });
    expect(check(n)).toEqual([]);
    expect(checkNoticeReferences(n, { organisationId: 'org', cookieCategories: ['necessary', 'analytics'] })).toEqual([
      {
        path: '$.notice.sections[0].blocks[1].note[0].ids[1]',
        severity: 'error',
        message: 'the "cookies" block in section "sharing" refers to cookie category "analitycs", which does not exist; did you mean "analytics"?',
      },
    ]);
  });

  it('lets the controller be the config’s organisation', () => {
    expect(checkNoticeReferences(notice(), {}).map((f) => f.path)).toEqual(['$.notice.controllers[0].party']);
  });
});

describe('checkNotice', () => {
  it('reports schema errors with JSON paths and still returns the notice to render', () => {
    const n = notice() as unknown as Record<string, unknown>;
    (n.sections as { heading: unknown }[])[0]!.heading = 5;
    const { notice: usable, findings } = checkNotice({ notice: n });
    expect(usable).toBeDefined();
    expect(findings).toContainEqual(expect.objectContaining({ path: '$.notice.sections[0].heading', severity: 'error' }));
  });

  it('rejects a link scheme other than https, http, mailto or tel', () => {
    const n = notice();
    n.sections[0]!.blocks = [{ p: [{ link: ['x'], href: 'javascript:alert(1)' }] }];
    expect(checkNotice({ notice: n }, 'org').findings).toContainEqual(expect.objectContaining({ path: '$.notice.sections[0].blocks[0].p[0].href', severity: 'error' }));
  });

  it('says when the config has no notice', () => {
    expect(checkNotice({ version: '1' }).findings).toEqual([
      { path: '$.notice', severity: 'error', message: 'the config has no "notice" section, so there is no privacy notice to show' },
    ]);
  });
});
