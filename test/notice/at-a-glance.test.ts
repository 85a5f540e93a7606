import { describe, expect, it } from 'vitest';
import { noticeEnGB } from '../../src/i18n/en-GB/notice.js';
import { buildAtAGlance } from '../../src/notice/at-a-glance.js';
import type { Notice } from '../../src/config/notice-model.js';
import { plainText } from '../../src/config/rich-text.js';

/** An invented minimal notice; tests override what they need. */
function notice(overrides: Partial<Notice> = {}): Notice {
  return {
    id: 'n',
    title: 'Privacy',
    version: '1',
    controllers: [{ party: 'acme', role: 'controller' }],
    parties: [
      { id: 'acme', name: 'Acme Care', kind: 'organisation', roles: ['controller'] },
      { id: 'gp', name: 'your GP', kind: 'category', roles: ['recipient'] },
      { id: 'police', name: 'the police', kind: 'category', roles: ['recipient'] },
    ],
    contacts: [
      { id: 'team', role: 'service', roleLabel: 'Care team', emails: ['care@acme.example'] },
      { id: 'dpo', role: 'dpo', roleLabel: 'Data Protection Officer', emails: ['dpo@acme.example'], phones: [{ number: '0111 222 3333' }] },
    ],
    data: [{ id: 'contact', label: 'Contact details', kind: 'personal', at: 'data' }],
    purposes: [{ id: 'care', label: 'Provide your care', bases: ['task'] }],
    bases: [{ id: 'task', art6: 'e' }],
    sharing: [],
    transfers: { outsideUk: 'not-stated' },
    retention: [],
    rights: { items: [] },
    adm: { used: 'not-stated' },
    sections: [
      { id: 'about', heading: 'About us', topic: 'about', blocks: [] },
      { id: 'data', heading: 'What we hold', topic: 'data', blocks: [] },
      { id: 'why', heading: 'Why we hold it', topic: 'purposes', blocks: [] },
      { id: 'share', heading: 'Sharing', topic: 'sharing', blocks: [] },
      { id: 'keep', heading: 'Keeping it', topic: 'retention', blocks: [] },
      { id: 'rights', heading: 'Your rights', topic: 'rights', blocks: [] },
      { id: 'complaints', heading: 'Complaints', topic: 'complaints', blocks: [{ contact: 'dpo' }] },
    ],
    ...overrides,
  };
}
const build = (n: Notice) => buildAtAGlance(n, { strings: noticeEnGB, organisation: { id: 'acme', name: 'Acme Care' } });
const item = (n: Notice, kind: string) => build(n).find((i) => i.kind === kind);
const words = (n: Notice, kind: string) => plainText(item(n, kind)?.text);

describe('buildAtAGlance', () => {
  it('orders the items who, what, why, basis, …, complain, contact and never makes more than ten', () => {
    const items = build(notice({ transfers: { outsideUk: 'no' }, sharing: [{ id: 's', recipient: 'gp', bases: ['task'], purpose: 'x' }], retention: [{ id: 'r', criteria: 'As the law says.' }], rights: { items: [{ kind: 'access', label: 'Access' }] } }));
    expect(items.map((i) => i.kind)).toEqual(['who', 'what', 'why', 'basis', 'sharing', 'transfers', 'retention', 'rights', 'complain', 'contact']);
    expect(items.length).toBeLessThanOrEqual(10);
  });

  it('names the controller from its party, and the organisation when the notice names none', () => {
    expect(words(notice(), 'who')).toBe('Acme Care (the data controller).');
    expect(words(notice({ controllers: [] }), 'who')).toBe('Acme Care (the data controller).');
  });

  it('names joint controllers as such', () => {
    const n = notice({ controllers: [{ party: 'acme', role: 'joint-controller' }, { party: 'gp', role: 'joint-controller' }] });
    expect(words(n, 'who')).toBe('Acme Care and your GP (joint data controllers).');
  });

  it('lists at most five data labels, then "and N more", and badges health and criminal offence data', () => {
    const data: Notice['data'] = Array.from({ length: 8 }, (_, i) => ({ id: `d${i}`, label: `Thing ${i}`, kind: 'personal' as const }));
    data[7] = { id: 'h', label: 'Health records', kind: 'special', special: ['health'] };
    data.push({ id: 'c', label: 'Convictions', kind: 'criminal' });
    const what = item(notice({ data }), 'what')!;
    expect(plainText(what.text)).toBe('Thing 0, thing 1, thing 2, thing 3, thing 4 and 4 more.');
    expect(what.badges).toEqual(['Includes health information', 'Includes criminal offence data']);
  });

  it('says "special category data" when the special data is not health data', () => {
    expect(item(notice({ data: [{ id: 'r', label: 'Religion', kind: 'special', special: ['religious'] }] }), 'what')!.badges).toEqual(['Includes special category data']);
  });

  it('puts each distinct Article 6 basis in plain words', () => {
    const bases = [
      { id: 'a', art6: 'e' as const },
      { id: 'b', art6: 'a' as const },
      { id: 'c', art6: 'e' as const },
      { id: 'd', art6: 'f' as const, legitimateInterest: 'x' },
    ];
    expect(words(notice({ bases }), 'basis')).toBe('To carry out our public tasks, with your consent and for our legitimate interests.');
  });

  it('groups recipients by when they are shared with', () => {
    const sharing = [
      { id: 'a', recipient: 'gp', bases: ['task'], purpose: 'x', when: 'with-consent' as const },
      { id: 'b', recipient: 'police', bases: ['task'], purpose: 'x', when: 'when-required-by-law' as const },
    ];
    expect(words(notice({ sharing }), 'sharing')).toBe('With your consent: your GP; when the law requires: the police.');
    const unsaid = [{ id: 'c', recipient: 'gp', bases: ['task'], purpose: 'x' }];
    expect(words(notice({ sharing: unsaid }), 'sharing')).toBe('We share it with: your GP.');
    expect(words(notice({ sharing: [...sharing, ...unsaid.map((s) => ({ ...s, recipient: 'acme' }))] }), 'sharing')).toBe(
      'With your consent: your GP; when the law requires: the police; also: Acme Care.',
    );
  });

  it('keeps a long sharing list short: three groups, two names each, the rest counted', () => {
    const parties = Array.from({ length: 9 }, (_, i) => ({ id: `p${i}`, name: `Party ${i}`, kind: 'organisation' as const, roles: ['recipient' as const] }));
    const when = ['routinely', 'routinely', 'routinely', 'with-consent', 'emergency', 'occasionally', 'occasionally', undefined, 'when-required-by-law'] as const;
    const sharing = when.map((w, i) => ({ id: `s${i}`, recipient: `p${i}`, bases: ['task'], purpose: 'x', ...(w ? { when: w } : {}) }));
    expect(words(notice({ parties, sharing }), 'sharing')).toBe('With your consent: Party 3; routinely: Party 0, Party 1 and 1 more; when the law requires: Party 8 and 4 more.');
  });

  it('leaves out transfers when the notice does not say, and says so plainly when data stays in the UK', () => {
    expect(item(notice(), 'transfers')).toBeUndefined();
    expect(words(notice({ transfers: { outsideUk: 'no' } }), 'transfers')).toBe('We do not send your information outside the UK.');
  });

  it('gives the shortest fixed retention period, else the first sentence of the criteria', () => {
    const retention = [
      { id: 'long', period: { years: 8, from: 'your last visit' } },
      { id: 'short', period: { years: 1, months: 6, from: 'the end of the project' }, underReview: true },
    ];
    expect(words(notice({ retention }), 'retention')).toBe('We keep it for 1 year and 6 months from the end of the project. This is under review.');
    expect(words(notice({ retention: [{ id: 'c', criteria: 'For as long as the law requires. Then we shred it.' }] }), 'retention')).toBe('For as long as the law requires.');
  });

  it('lists each right once, in plain words, linking to how to use them', () => {
    const rights = { items: [{ kind: 'access' as const, label: 'A' }, { kind: 'erasure' as const, label: 'E' }, { kind: 'access' as const, label: 'A again' }], at: 'rights' };
    const item = build(notice({ rights })).find((i) => i.kind === 'rights')!;
    expect(plainText(item.text)).toBe('Your rights include access and deletion.');
    expect(item.linkText).toBe('How to use your rights');
    expect(item.at).toBe('rights');
  });

  it('links each item to the section its facts name, else the first section on the topic', () => {
    const n = notice();
    expect(item(n, 'what')!.at).toBe('data');
    expect(item(n, 'what')!.linkText).toBe('What we hold');
    expect(item(n, 'why')!.at).toBe('why');
    expect(item(notice({ data: [{ id: 'x', label: 'X', kind: 'personal', at: 'nowhere' }] }), 'what')!.at).toBe('data');
  });

  it('always shows how to complain, with the built-in ICO route, even when hidden', () => {
    const n = notice({ summary: { hide: ['complain', 'why'] } });
    const complain = item(n, 'complain')!;
    expect(complain).toBeDefined();
    expect(item(n, 'why')).toBeUndefined();
    expect(plainText(complain.text)).toBe('You can complain to the ICO: ico.org.uk/make-a-complaint, 0303 123 1113');
    expect(JSON.stringify(complain.text)).toContain('https://ico.org.uk/make-a-complaint/');
    // "ICO" is a defined term, explained in place.
    expect(complain.text).toContainEqual({ term: 'ico', text: 'ICO' });
  });

  it('gives the route to the organisation before the ICO', () => {
    const n = notice({ complaints: { regulator: 'ico', controller: { contacts: ['team'] } } });
    expect(plainText(item(n, 'complain')!.text)).toMatch(/^Tell us first: Care team \(care@acme\.example\)\. You can also complain to the ICO: /);
  });

  it('uses the organisation’s wording instead of the generated one', () => {
    const n = notice({ summary: { override: { why: 'To look after you.' } } });
    expect(item(n, 'why')!.text).toBe('To look after you.');
    expect(item(n, 'why')!.at).toBe('why');
  });

  it('gives the DPO as the contact, before a service team, linking to the section that shows the card', () => {
    const contact = item(notice(), 'contact')!;
    expect(plainText(contact.text)).toBe('Data Protection Officer: dpo@acme.example, 0111 222 3333');
    expect(contact.at).toBe('complaints');
  });

  it('does not throw on a notice with missing or malformed facts', () => {
    const broken = { id: 'x', title: 'T', version: '1', sections: 'oops', data: [null, 3], rights: null } as unknown as Notice;
    expect(build(broken).map((i) => i.kind)).toEqual(['who', 'complain']);
  });
});
