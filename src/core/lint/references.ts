/**
 * Dangling references: every id the notice points at (a section from `at` or `xref`, a glossary
 * term, a footnote, a contact card, a party, a lawful basis, …) must exist, and ids must be unique
 * within their list. A dangling id would render as a dead link or a missing card.
 */
import { BUILT_IN_TERM_IDS } from '../../notice/glossary.js';
import type { Notice, Section } from '../../notice/model.js';
import type { PrivacyConfig } from '../config.js';
import { childPath } from '../validate.js';
import { noticesOf } from './notices.js';
import { didYouMeanId } from './suggest.js';
import type { LintRule, Report } from './types.js';

/** The lists a notice's ids live in. */
export type IdKind =
  | 'section' | 'party' | 'contact' | 'data' | 'source' | 'purpose' | 'basis' | 'sharing'
  | 'retention' | 'term' | 'legislation' | 'footnote';

/** Built-in regulator ids that need no contact card: the ICO's card ships with the notice. */
export const BUILT_IN_REGULATORS = ['ico'] as const;

/** Every id in a notice by kind, with the path where each is first declared. */
export function collectIds(notice: Notice, path: string, report?: Report): Map<IdKind, Map<string, string>> {
  const ids = new Map<IdKind, Map<string, string>>();
  const declare = (kind: IdKind, id: string, at: string) => {
    let known = ids.get(kind);
    if (!known) ids.set(kind, (known = new Map()));
    const first = known.get(id);
    if (first !== undefined) report?.(at, `duplicate ${kind} id "${id}": already used at ${first}`);
    else known.set(id, at);
  };
  const lists: [IdKind, keyof Notice][] = [
    ['party', 'parties'], ['contact', 'contacts'], ['data', 'data'], ['source', 'sources'], ['purpose', 'purposes'],
    ['basis', 'bases'], ['sharing', 'sharing'], ['retention', 'retention'], ['term', 'glossary'],
    ['legislation', 'legislation'], ['footnote', 'footnotes'],
  ];
  for (const [kind, key] of lists) {
    const list = notice[key] as { id: string }[] | undefined;
    list?.forEach((item, i) => declare(kind, item.id, `${childPath(childPath(path, key), i)}.id`));
  }
  const visit = (sections: Section[], at: string) =>
    sections.forEach((section, i) => {
      const here = childPath(at, i);
      declare('section', section.id, `${here}.id`);
      if (section.sub) visit(section.sub, `${here}.sub`);
    });
  visit(notice.sections, `${path}.sections`);
  for (const kind of ['party', 'contact', 'data', 'purpose', 'basis', 'sharing', 'retention', 'term', 'legislation', 'footnote', 'source'] as IdKind[]) {
    if (!ids.has(kind)) ids.set(kind, new Map());
  }
  return ids;
}

/** Which lists `{ "show": … }` draws from. */
const SHOWN: Record<string, IdKind | undefined> = {
  data: 'data', purposes: 'purpose', bases: 'basis', sharing: 'sharing', retention: 'retention', contacts: 'contact', footnotes: 'footnote',
};

/** Checks one notice's references; reports duplicates and dangling ids. */
export function checkReferences(notice: Notice, path: string, config: PrivacyConfig, report: Report): void {
  const ids = collectIds(notice, path, report);
  let suggested = 0;
  const names = (kinds: IdKind[]) => kinds.flatMap((kind) => [...ids.get(kind)!.keys()]);
  const expect = (id: string | undefined, at: string, kinds: IdKind[], extra: readonly string[] = []) => {
    if (id === undefined || extra.includes(id) || kinds.some((kind) => ids.get(kind)!.has(id))) return;
    const what = kinds.length === 1 ? `${kinds[0]}` : kinds.join(' or ');
    // Suggestions cost an edit distance per candidate: cap them for huge, badly broken notices.
    const hint = suggested++ < 100 ? didYouMeanId(id, [...names(kinds), ...extra]) : '';
    report(at, `no ${what} has the id "${id}"${hint}`);
  };
  const expectAll = (list: string[] | undefined, at: string, kinds: IdKind[], extra: readonly string[] = []) =>
    list?.forEach((id, i) => expect(id, childPath(at, i), kinds, extra));
  const section = (owner: { at?: string } | undefined, at: string) => expect(owner?.at, `${at}.at`, ['section']);

  notice.controllers.forEach((c, i) => {
    expect(c.party, `${childPath(`${path}.controllers`, i)}.party`, ['party']);
    section(c, childPath(`${path}.controllers`, i));
  });
  const organisation = config.organisation.id ? [config.organisation.id] : [];
  notice.contacts.forEach((card, i) => {
    expect(card.org, `${childPath(`${path}.contacts`, i)}.org`, ['party'], organisation);
    section(card, childPath(`${path}.contacts`, i));
  });
  notice.scope?.services?.forEach((service, i) => {
    const at = childPath(`${path}.scope.services`, i);
    expectAll(service.fundedBy, `${at}.fundedBy`, ['party'], organisation);
    expectAll(service.managedBy, `${at}.managedBy`, ['party'], organisation);
  });
  notice.data.forEach((d, i) => section(d, childPath(`${path}.data`, i)));
  notice.sources?.forEach((s, i) => {
    const at = childPath(`${path}.sources`, i);
    expect(s.from, `${at}.from`, ['party'], ['data-subject']);
    expectAll(s.data, `${at}.data`, ['data']);
    section(s, at);
  });
  notice.purposes.forEach((p, i) => {
    const at = childPath(`${path}.purposes`, i);
    expectAll(p.bases, `${at}.bases`, ['basis']);
    expectAll(p.data, `${at}.data`, ['data']);
    section(p, at);
  });
  notice.bases.forEach((b, i) => {
    const at = childPath(`${path}.bases`, i);
    expectAll(b.legislation, `${at}.legislation`, ['legislation']);
    section(b, at);
  });
  notice.sharing.forEach((s, i) => {
    const at = childPath(`${path}.sharing`, i);
    expect(s.recipient, `${at}.recipient`, ['party']);
    expectAll(s.bases, `${at}.bases`, ['basis']);
    expectAll(s.data, `${at}.data`, ['data']);
    section(s, at);
  });
  if (notice.processors) {
    expectAll(notice.processors.parties, `${path}.processors.parties`, ['party']);
    section(notice.processors, `${path}.processors`);
  }
  section(notice.transfers, `${path}.transfers`);
  notice.retention.forEach((r, i) => {
    const at = childPath(`${path}.retention`, i);
    expectAll(r.appliesTo, `${at}.appliesTo`, ['data', 'purpose']);
    expect(r.policy, `${at}.policy`, ['legislation']);
    section(r, at);
  });
  expectAll(notice.rights.contacts, `${path}.rights.contacts`, ['contact']);
  section(notice.rights, `${path}.rights`);
  section(notice.adm, `${path}.adm`);
  if (notice.complaints) {
    expectAll(notice.complaints.controller?.contacts, `${path}.complaints.controller.contacts`, ['contact']);
    if (notice.complaints.regulator.trim() !== '') {
      expect(notice.complaints.regulator, `${path}.complaints.regulator`, ['contact', 'party'], BUILT_IN_REGULATORS);
    }
    section(notice.complaints, `${path}.complaints`);
  }
  section(notice.ndoo, `${path}.ndoo`);
  section(notice.children, `${path}.children`);
  section(notice.cookies, `${path}.cookies`);

  // Rich text and blocks can sit anywhere (sections, footnotes, labels): walk the whole notice.
  const everything: IdKind[] = ['section', 'party', 'contact', 'data', 'source', 'purpose', 'basis', 'sharing', 'retention', 'term', 'legislation', 'footnote'];
  notice.importNotes?.forEach((note, i) => expect(note.at, `${childPath(`${path}.importNotes`, i)}.at`, everything, ['notice']));
  const categoryIds = (config.consent?.categories ?? []).map((c) => c.id);
  walk(notice, path, (node, at) => {
    const keys = Object.keys(node);
    const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k));
    if (typeof node.term === 'string' && only('term', 'text')) expect(node.term, `${at}.term`, ['term'], BUILT_IN_TERM_IDS);
    else if (typeof node.xref === 'string' && only('xref', 'text')) expect(node.xref, `${at}.xref`, ['section']);
    else if (typeof node.fn === 'string' && only('fn')) expect(node.fn, `${at}.fn`, ['footnote']);
    else if (typeof node.contact === 'string' && only('contact')) expect(node.contact, `${at}.contact`, ['contact']);
    else if (typeof node.show === 'string' && only('show', 'ids') && Array.isArray(node.ids)) {
      const kind = SHOWN[node.show];
      if (kind) expectAll(node.ids as string[], `${at}.ids`, [kind]);
      else if (node.show === 'cookies') {
        (node.ids as string[]).forEach((id, i) => {
          if (!categoryIds.includes(id)) report(childPath(`${at}.ids`, i), `no cookie category has the id "${id}"${didYouMeanId(id, categoryIds)}`);
        });
      }
    }
  });
}

/** Calls `visit` on every object in a JSON tree, with its path. */
function walk(node: unknown, path: string, visit: (node: Record<string, unknown>, path: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, childPath(path, i), visit));
  } else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>, path);
    for (const [key, value] of Object.entries(node)) {
      if (value && typeof value === 'object') walk(value, childPath(path, key), visit);
    }
  }
}

export const references: LintRule = {
  id: 'references',
  severity: 'error',
  cites: 'UK GDPR Art 12(1): easily accessible (no dead links or missing cards)',
  title: 'Every id the notice refers to exists, and ids are unique within their list',
  check(config, report) {
    for (const { notice, path } of noticesOf(config)) checkReferences(notice, path, config, report);
  },
};
