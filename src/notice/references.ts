/**
 * Reference checks the JSON Schema cannot make: every id a notice refers to (a term, a
 * cross-reference, a footnote, a contact card, a section, a party, a lawful basis…) exists, and
 * ids are unique in their list. Pure: `<privacy-notice>` reports the findings in the console and
 * the `check` command in the terminal.
 */
import { childPath, didYouMean, type Finding } from '../config/validate.js';
import { BUILT_IN_TERM_IDS, type Notice, type Section } from '../config/notice-model.js';
import { visitBlocks, visitText, type InlineVisitor } from '../config/rich-text.js';

/** Contact card ids that exist without being declared: the built-in ICO card. */
export const BUILT_IN_CONTACT_IDS = ['ico'] as const;

/** Options for {@link checkNoticeReferences}. */
export interface ReferenceCheckOptions {
  /** JSON path of the notice, for findings. Default `$.notice`. */
  path?: string;
  /** The config's `organisation.id`, which controllers and contact cards may name as a party. */
  organisationId?: string;
  /** Ids of the built-in glossary. Default: the library's. */
  builtInTerms?: Iterable<string>;
  /**
   * The config's cookie category ids, which a `{ "show": "cookies", "ids": […] }` block names.
   * Without it (a notice checked on its own) those ids are not checked.
   */
  cookieCategories?: Iterable<string>;
}

type Kind = 'section' | 'party' | 'contact card' | 'data category' | 'lawful basis' | 'legislation' | 'footnote' | 'glossary term' | 'purpose' | 'sharing entry' | 'retention entry' | 'cookie category';

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
/** What a reference walk does with runs and blocks that refer to nothing. */
const skip = (): void => {};

/** Checks the references inside a notice; returns one finding per dangling reference or duplicate id. */
export function checkNoticeReferences(notice: Notice, options: ReferenceCheckOptions = {}): Finding[] {
  const root = options.path ?? '$.notice';
  const findings: Finding[] = [];
  const error = (path: string, message: string) => findings.push({ path, severity: 'error', message });
  const ids = new Map<Kind, Map<string, string>>();

  /** Registers the ids of one list, reporting duplicates. */
  const register = (kind: Kind, entries: { id: unknown; path: string }[], extra: Iterable<string> = []) => {
    const known = new Map<string, string>();
    for (const id of extra) known.set(id, '(built in)');
    const declared = new Map<string, string>();
    for (const { id, path } of entries) {
      if (typeof id !== 'string') continue;
      const first = declared.get(id);
      if (first) error(`${path}.id`, `duplicate ${kind} id "${id}": already used at ${first}`);
      else {
        declared.set(id, `${path}.id`);
        known.set(id, `${path}.id`);
      }
    }
    ids.set(kind, known);
  };
  const entries = (key: string, value: unknown) => list<{ id?: unknown }>(value).map((entry, i) => ({ id: isObject(entry) ? entry.id : undefined, path: childPath(childPath(root, key), i) }));

  const sectionEntries: { id: unknown; path: string; section: Section }[] = [];
  const walkSections = (sections: unknown, path: string) =>
    list<Section>(sections).forEach((section, i) => {
      if (!isObject(section)) return;
      const here = childPath(path, i);
      sectionEntries.push({ id: section.id, path: here, section });
      walkSections(section.sub, `${here}.sub`);
    });
  walkSections(notice.sections, `${root}.sections`);

  register('section', sectionEntries);
  register('party', entries('parties', notice.parties), typeof options.organisationId === 'string' ? [options.organisationId] : []);
  register('contact card', entries('contacts', notice.contacts), BUILT_IN_CONTACT_IDS);
  register('data category', entries('data', notice.data));
  register('lawful basis', entries('bases', notice.bases));
  register('legislation', entries('legislation', notice.legislation));
  register('footnote', entries('footnotes', notice.footnotes));
  register('glossary term', entries('glossary', notice.glossary), options.builtInTerms ?? BUILT_IN_TERM_IDS);
  register('purpose', entries('purposes', notice.purposes));
  register('sharing entry', entries('sharing', notice.sharing));
  register('retention entry', entries('retention', notice.retention));
  // Declared in the config's consent section, not in the notice: not an id an import note can be about.
  const cookieCategories = options.cookieCategories && new Map([...options.cookieCategories].map((id) => [id, '$.consent.categories'] as const));

  // Each suggestion costs an edit distance per known id: a huge, badly broken notice (10,000
  // sections, each with a dangling reference) gets suggestions for its first 20 only.
  let suggestions = 0;
  /** Reports `id` at `path` when it is not a known id of `kind`; `from` names the referring end. */
  const refer = (kind: Kind, id: unknown, path: string, from: string) => {
    if (typeof id !== 'string') return;
    const known = kind === 'cookie category' ? cookieCategories! : ids.get(kind)!;
    if (known.has(id)) return;
    error(path, `${from} refers to ${kind} "${id}", which does not exist${suggestions++ < 20 ? didYouMean(id, known.keys()) : ''}`);
  };
  const referAll = (kind: Kind, values: unknown, path: string, from: string) => list(values).forEach((id, i) => refer(kind, id, childPath(path, i), from));

  const referenced = new Set<string>();
  /** The references in rich text at `path`: terms, cross-references and footnote markers, at any depth. */
  const walkText = (text: unknown, path: string, from: string): void => {
    // A plain string (index 0 of no list) holds no references, so its path is never used.
    const here = (i: number) => childPath(path, i);
    const visitor: InlineVisitor<void> = {
      string: skip,
      strong: (run, i) => walkText(run.strong, `${here(i)}.strong`, from),
      em: (run, i) => walkText(run.em, `${here(i)}.em`, from),
      link: (run, i) => walkText(run.link, `${here(i)}.link`, from),
      term: (run, i) => refer('glossary term', run.term, `${here(i)}.term`, `the term in ${from}`),
      xref: (run, i) => refer('section', run.xref, `${here(i)}.xref`, `the cross-reference in ${from}`),
      fn: (run, i) => {
        refer('footnote', run.fn, `${here(i)}.fn`, `the footnote marker in ${from}`);
        if (typeof run.fn === 'string') referenced.add(run.fn);
      },
      email: skip,
      phone: skip,
      abbr: skip,
      other: skip,
    };
    if (Array.isArray(text)) visitText(text, visitor);
  };
  const SHOW_KINDS: Record<string, Kind> = {
    data: 'data category',
    purposes: 'purpose',
    bases: 'lawful basis',
    sharing: 'sharing entry',
    retention: 'retention entry',
    contacts: 'contact card',
    footnotes: 'footnote',
  };
  /** The references in blocks at `path`, and in the blocks and text inside them. */
  const walkBlocks = (blocks: unknown, path: string, from: string): void => {
    const here = (i: number) => childPath(path, i);
    visitBlocks(blocks, {
      p: (block, i) => walkText(block.p, `${here(i)}.p`, from),
      list: (block, i) =>
        list<Record<string, unknown>>(block.list).forEach((item, j) => {
          if (!isObject(item)) return;
          walkText(item.text, `${here(i)}.list[${j}].text`, from);
          walkBlocks(item.children, `${here(i)}.list[${j}].children`, from);
        }),
      dl: (block, i) =>
        list<Record<string, unknown>>(block.dl).forEach((item, j) => {
          if (!isObject(item)) return;
          walkText(item.term, `${here(i)}.dl[${j}].term`, from);
          walkBlocks(item.desc, `${here(i)}.dl[${j}].desc`, from);
        }),
      contact: (block, i) => refer('contact card', block.contact, `${here(i)}.contact`, from),
      table: (block, i) => {
        if (isObject(block.table)) list<unknown[]>(block.table.rows).forEach((row, r) => list(row).forEach((cell, c) => walkText(cell, `${here(i)}.table.rows[${r}][${c}]`, from)));
      },
      note: (block, i) => walkBlocks(block.note, `${here(i)}.note`, from),
      show: (block, i) => {
        const shown = String(block.show);
        const kind = shown === 'cookies' ? (cookieCategories ? 'cookie category' : undefined) : Object.hasOwn(SHOW_KINDS, shown) ? SHOW_KINDS[shown] : undefined;
        if (kind) referAll(kind, block.ids, `${here(i)}.ids`, `the "${block.show}" block in ${from}`);
      },
      other: skip,
    });
  };

  walkBlocks(notice.intro, `${root}.intro`, 'the introduction');
  for (const { path, section } of sectionEntries) walkBlocks(section.blocks, `${path}.blocks`, `section "${String(section.id)}"`);
  list<Record<string, unknown>>(notice.footnotes).forEach((fn, i) => isObject(fn) && walkBlocks(fn.body, `${root}.footnotes[${i}].body`, `footnote "${String(fn.id)}"`));
  list<Record<string, unknown>>(notice.glossary).forEach((t, i) => isObject(t) && walkText(t.definition, `${root}.glossary[${i}].definition`, `glossary term "${String(t.id)}"`));

  // Structured facts: their text, the section that explains each (`at`), and the ids they name.
  const at = (value: unknown, path: string, from: string) => isObject(value) && refer('section', value.at, `${path}.at`, from);
  const text = (value: unknown, key: string, path: string, from: string) => isObject(value) && walkText(value[key], `${path}.${key}`, from);
  const each = (key: keyof Notice, visit: (entry: Record<string, unknown>, path: string, from: string) => void) =>
    list<Record<string, unknown>>(notice[key]).forEach((entry, i) => {
      if (!isObject(entry)) return;
      const path = childPath(childPath(root, key), i);
      visit(entry, path, `${key} entry "${String(entry.id ?? i)}"`);
    });

  list<Record<string, unknown>>(notice.controllers).forEach((c, i) => {
    if (!isObject(c)) return;
    refer('party', c.party, `${root}.controllers[${i}].party`, `controller ${i + 1}`);
    at(c, `${root}.controllers[${i}]`, `controller ${i + 1}`);
  });
  each('parties', (p, path, from) => text(p, 'note', path, from));
  each('contacts', (c, path, from) => {
    refer('party', c.org, `${path}.org`, from);
    text(c, 'purpose', path, from);
    at(c, path, from);
  });
  each('data', (d, path, from) => at(d, path, from));
  each('sources', (s, path, from) => {
    if (s.from !== 'data-subject') refer('party', s.from, `${path}.from`, from);
    referAll('data category', s.data, `${path}.data`, from);
    at(s, path, from);
  });
  each('purposes', (p, path, from) => {
    referAll('lawful basis', p.bases, `${path}.bases`, from);
    referAll('data category', p.data, `${path}.data`, from);
    text(p, 'text', path, from);
    at(p, path, from);
  });
  each('bases', (b, path, from) => {
    referAll('legislation', b.legislation, `${path}.legislation`, from);
    text(b, 'legitimateInterest', path, from);
    text(b, 'label', path, from);
    at(b, path, from);
  });
  each('sharing', (s, path, from) => {
    refer('party', s.recipient, `${path}.recipient`, from);
    referAll('lawful basis', s.bases, `${path}.bases`, from);
    referAll('data category', s.data, `${path}.data`, from);
    text(s, 'purpose', path, from);
    at(s, path, from);
  });
  each('retention', (r, path, from) => {
    referAll('data category', r.appliesTo, `${path}.appliesTo`, from);
    refer('legislation', r.policy, `${path}.policy`, from);
    text(r, 'criteria', path, from);
    text(r, 'disposal', path, from);
    at(r, path, from);
  });
  const facts: [keyof Notice, string[]][] = [
    ['processors', ['text']],
    ['transfers', ['text']],
    ['adm', ['text']],
    ['ndoo', ['text']],
    ['children', ['text']],
    ['cookies', []],
    ['rights', ['howTo', 'caveats']],
    ['complaints', []],
  ];
  for (const [key, texts] of facts) {
    const value = notice[key];
    if (!isObject(value)) continue;
    const path = `${root}.${key}`;
    const from = `"${key}"`;
    for (const t of texts) text(value, t, path, from);
    at(value, path, from);
  }
  if (isObject(notice.processors)) referAll('party', notice.processors.parties, `${root}.processors.parties`, '"processors"');
  if (isObject(notice.rights)) {
    referAll('contact card', notice.rights.contacts, `${root}.rights.contacts`, '"rights"');
    list<Record<string, unknown>>(notice.rights.items).forEach((item, i) => {
      text(item, 'label', `${root}.rights.items[${i}]`, `right "${String(item?.kind)}"`);
      text(item, 'conditions', `${root}.rights.items[${i}]`, `right "${String(item?.kind)}"`);
    });
  }
  if (isObject(notice.complaints)) {
    refer('contact card', notice.complaints.regulator, `${root}.complaints.regulator`, '"complaints"');
    if (isObject(notice.complaints.controller)) {
      referAll('contact card', notice.complaints.controller.contacts, `${root}.complaints.controller.contacts`, '"complaints"');
      text(notice.complaints.controller, 'text', `${root}.complaints.controller`, '"complaints"');
    }
  }
  if (isObject(notice.scope)) {
    list<Record<string, unknown>>(notice.scope.services).forEach((service, i) => {
      if (!isObject(service)) return;
      const path = `${root}.scope.services[${i}]`;
      referAll('party', service.fundedBy, `${path}.fundedBy`, `service "${String(service.id)}"`);
      referAll('party', service.managedBy, `${path}.managedBy`, `service "${String(service.id)}"`);
    });
  }
  if (isObject(notice.summary)) {
    walkText(notice.summary.lead, `${root}.summary.lead`, 'the summary');
    if (isObject(notice.summary.override)) for (const [kind, value] of Object.entries(notice.summary.override)) walkText(value, `${root}.summary.override.${kind}`, `the summary's "${kind}" item`);
  }
  list<Record<string, unknown>>(notice.importNotes).forEach((note, i) => {
    if (!isObject(note) || note.at === 'notice' || typeof note.at !== 'string') return;
    const known = [...ids.values()].some((m) => m.has(note.at as string));
    if (!known) error(`${root}.importNotes[${i}].at`, `import note ${i + 1} refers to "${note.at}", which is not the id of anything in the notice (or "notice")`);
  });
  list<Record<string, unknown>>(notice.footnotes).forEach((fn, i) => {
    if (isObject(fn) && typeof fn.id === 'string' && !referenced.has(fn.id)) {
      findings.push({ path: `${root}.footnotes[${i}].id`, severity: 'warning', message: `footnote "${fn.id}" is never referred to by a { "fn": "${fn.id}" } marker` });
    }
  });
  return findings;
}

