/**
 * The import demo (`demo/import.html`): a privacy officer drops or chooses a notice (.docx, .md,
 * .rst, .txt, .html); it is imported in the browser (nothing is uploaded) and shown on a review screen:
 * the notice rendered beside its import notes, each note with the sentence it concerns and a box
 * to tick when it is resolved, the few facts the notes ask about editable, the compliance check
 * re-run on every change, and the finished config to download. A config (.json) saved earlier can
 * be dropped back in to carry on the review. Bundled by `scripts/build-import-demo.mjs` into
 * `dist/import-demo.js`, with the notice element and the checker (dev-time code, never the
 * visitor's download).
 */
import '../elements/privacy-notice/define.js';
import type { PrivacyNoticeElement } from '../elements/privacy-notice/privacy-notice.js';
import type { ImportNote, Notice } from '../config/notice-model.js';
import type { PrivacyConfig } from '../config/types.js';
import { checkConfigText } from '../check/check.js';
import { describeFields, importNotice, ImportError, TEMPLATE_EXTENSIONS, type ImportResult } from '../import/import-notice.js';
import type { FoundFact } from '../import/facts/sources.js';

type Config = PrivacyConfig & { notice: Notice };

const KIND_LABELS: Record<ImportNote['kind'], string> = {
  'possible-error': 'Possible errors',
  'broken-xref': 'Broken cross-references',
  'missing-url': 'Missing links',
  'missing-content': 'Missing content',
  inferred: 'Inferred (check these)',
  artefact: 'Artefacts removed',
};
const KIND_ORDER: ImportNote['kind'][] = ['missing-content', 'possible-error', 'broken-xref', 'missing-url', 'inferred', 'artefact'];

const FAMILY_LABELS: Record<FoundFact['family'], string> = {
  controller: 'Controller', art6: 'Lawful basis, Article 6(1)', art9: 'Special category condition', retention: 'Retention', transfers: 'Transfers outside the UK',
  rights: 'Right', dpo: 'Data Protection Officer', ico: 'Complaint to the ICO', cookies: 'Cookie', language: 'Language',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

function required<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`import demo: ${selector} is missing from the page`);
  return found;
}

/** The config under review and where it came from. */
interface Review {
  config: Config;
  fileName: string;
  found: FoundFact[];
  summary?: ImportResult['summary'];
}

let review: Review | undefined;
let downloadUrl: string | undefined;

/** Imports a notice, or reopens a config saved from an earlier review. */
async function open(file: File): Promise<void> {
  const status = required<HTMLElement>('#import-status');
  const results = required<HTMLElement>('#import-results');
  status.textContent = `Reading ${file.name}…`;
  status.removeAttribute('data-state');
  try {
    if (/\.json$/i.test(file.name) || file.type === 'application/json') {
      const config = readConfig(file.name, await file.text());
      review = { config, fileName: file.name.replace(/\.json$/i, ''), found: [] };
      const notes = config.notice.importNotes ?? [];
      status.textContent = `Loaded ${file.name}: ${notes.length} import notes, ${notes.filter((n) => n.resolved).length} resolved.`;
    } else {
      const result = await importNotice(file.name, new Uint8Array(await file.arrayBuffer()));
      review = { config: result.config, fileName: file.name.replace(/\.[^.]+$/, ''), found: result.found, summary: result.summary };
      status.textContent = `Imported ${file.name}: ${result.summary.sections} sections, ${(result.config.notice.importNotes ?? []).length} import notes to review.`;
    }
  } catch (error) {
    results.hidden = true;
    status.dataset.state = 'error';
    status.textContent = error instanceof ImportError || error instanceof ReviewError ? error.message : `${file.name} could not be imported: ${(error as Error).message}`;
    return;
  }
  status.dataset.state = 'done';
  renderAll();
  results.hidden = false;
}

/** A config file that cannot be reviewed. */
class ReviewError extends Error {}

function readConfig(name: string, text: string): Config {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReviewError(`${name} is not valid JSON (${(error as Error).message}). Choose a notice, or a config saved from this page.`);
  }
  const config = value as Partial<Config> | null;
  if (!config || typeof config !== 'object' || !config.notice || typeof config.notice !== 'object' || !Array.isArray(config.notice.sections)) {
    throw new ReviewError(`${name} is a JSON file without a "notice" to review. Choose a notice, or a config saved from this page.`);
  }
  return config as Config;
}

function renderAll(): void {
  if (!review) return;
  renderSummary(review);
  renderFacts(review);
  renderEdit(review);
  renderNotes(review);
  refresh();
}

/** What depends on every change: the notice, the check, the JSON and its download. */
function refresh(): void {
  if (!review) return;
  const { config } = review;
  const json = `${JSON.stringify(config, null, 2)}\n`;
  const notice = required<PrivacyNoticeElement>('#import-notice');
  // A new object, so the element sees the change and renders it again.
  notice.config = structuredClone(config);
  notice.setAttribute('lang', config.notice.lang ?? 'en-GB');
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const download = required<HTMLAnchorElement>('#import-download');
  download.href = downloadUrl;
  download.download = `${review.fileName}.json`;
  required<HTMLElement>('#import-json').textContent = json;
  renderCheck(json);
  const notes = config.notice.importNotes ?? [];
  const open = notes.filter((n) => !n.resolved).length;
  required<HTMLElement>('#import-progress').textContent = open ? `${notes.length - open} of ${notes.length} import notes resolved.` : `All ${notes.length} import notes resolved.`;
}

function renderSummary({ config, summary }: Review): void {
  const facts = required<HTMLElement>('#import-summary');
  facts.replaceChildren();
  const row = (term: string, value: string) => facts.append(el('dt', term), el('dd', value));
  row('Title', config.notice.title);
  row('Organisation', config.organisation.name);
  row('Language', config.notice.lang === 'cy' ? 'Welsh (cy)' : 'English (en-GB)');
  if (summary) {
    row('Sections', String(summary.sections));
    const filled = describeFields(summary);
    row('Filled', filled.length ? filled.join(', ') : 'nothing recognised');
  }
}

function renderFacts({ found }: Review): void {
  const section = required<HTMLElement>('#import-facts-section');
  const list = required<HTMLElement>('#import-facts');
  list.replaceChildren();
  const shown = found.filter((f) => f.family !== 'language');
  section.hidden = !shown.length;
  for (const fact of shown) {
    const item = el('li');
    const value = fact.family === 'art6' ? `(${fact.value})` : fact.family === 'art9' ? (fact.value.startsWith('sch1:') ? `DPA 2018 Schedule 1, paragraph ${fact.value.slice(5)}` : `Article 9(2)(${fact.value})`) : fact.family === 'ico' ? 'named' : fact.value;
    item.append(el('strong', `${FAMILY_LABELS[fact.family]}: `), document.createTextNode(value));
    const quote = el('blockquote', fact.source, { class: 'source' });
    item.append(quote);
    list.append(item);
  }
}

/** The few facts the notes ask a person to confirm, editable in place. */
function renderEdit({ config }: Review): void {
  const form = required<HTMLFormElement>('#import-edit');
  const field = <T extends HTMLInputElement | HTMLSelectElement>(selector: string) => required<T>(`#import-edit ${selector}`);
  field<HTMLInputElement>('[name="organisation"]').value = config.organisation.name;
  field<HTMLInputElement>('[name="public-authority"]').checked = config.organisation.publicAuthority === true;
  field<HTMLInputElement>('[name="title"]').value = config.notice.title;
  field<HTMLSelectElement>('[name="lang"]').value = config.notice.lang === 'cy' ? 'cy' : 'en-GB';
  field<HTMLInputElement>('[name="last-updated"]').value = config.notice.lastUpdated?.slice(0, 10) ?? '';
  form.hidden = false;
}

function applyEdit(input: HTMLInputElement | HTMLSelectElement): void {
  if (!review) return;
  const { config } = review;
  switch (input.name) {
    case 'organisation': {
      const name = input.value.trim();
      if (!name) return; // the schema needs a name: keep the last one until something is typed
      config.organisation.name = name;
      const party = config.notice.parties.find((p) => p.id === config.notice.controllers[0]?.party);
      if (party) party.name = name;
      break;
    }
    case 'public-authority':
      if ((input as HTMLInputElement).checked) config.organisation.publicAuthority = true;
      else delete config.organisation.publicAuthority;
      break;
    case 'title':
      if (input.value.trim()) config.notice.title = input.value.trim();
      break;
    case 'lang':
      config.notice.lang = input.value;
      config.lang = input.value;
      break;
    case 'last-updated':
      if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) config.notice.lastUpdated = input.value;
      else if (!input.value) delete config.notice.lastUpdated;
      break;
  }
  renderSummary(review);
  refresh();
}

function renderNotes({ config }: Review): void {
  const notes = config.notice.importNotes ?? [];
  const list = required<HTMLElement>('#import-notes');
  list.replaceChildren();
  const headingOf = (at: string) => (at === 'notice' ? 'the whole notice' : findHeading(config.notice.sections, at) ?? at);
  for (const kind of KIND_ORDER) {
    const ofKind = notes.map((note, index) => ({ note, index })).filter(({ note }) => note.kind === kind);
    if (!ofKind.length) continue;
    const group = el('section', undefined, { 'data-kind': kind, 'aria-labelledby': `notes-${kind}` });
    const heading = el('h3', `${KIND_LABELS[kind]} (${ofKind.length})`, { id: `notes-${kind}` });
    const all = el('button', `Tick all ${ofKind.length} as resolved`, { type: 'button', class: 'tick-all' });
    all.addEventListener('click', () => {
      for (const { note } of ofKind) note.resolved = true;
      for (const box of group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = true;
      refresh();
    });
    const items = el('ul');
    for (const { note, index } of ofKind) {
      const item = el('li');
      const id = `note-${index}`;
      const box = el('input', undefined, { type: 'checkbox', id, 'data-note': String(index) });
      box.checked = note.resolved === true;
      box.addEventListener('change', () => {
        if (box.checked) note.resolved = true;
        else delete note.resolved;
        refresh();
      });
      const label = el('label', undefined, { for: id });
      label.append(el('span', `In ${headingOf(note.at)}: `, { class: 'at' }), document.createTextNode(note.text));
      item.append(box, label);
      if (note.source) item.append(el('blockquote', note.source, { class: 'source' }));
      items.append(item);
    }
    group.append(heading, all, items);
    list.append(group);
  }
}

function findHeading(sections: Notice['sections'], id: string): string | undefined {
  for (const s of sections) {
    if (s.id === id) return `"${s.heading}"`;
    const inner = findHeading(s.sub ?? [], id);
    if (inner) return inner;
  }
  return undefined;
}

/** `privacy-consent check` on the config as it stands, as the command line would report it. */
function renderCheck(json: string): void {
  const result = checkConfigText(json);
  const summary = required<HTMLElement>('#import-check-summary');
  summary.textContent = result.errors || result.warnings
    ? `privacy-consent check: ${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}.`
    : 'privacy-consent check: no findings. The config is ready to publish.';
  summary.dataset.errors = String(result.errors);
  const list = required<HTMLElement>('#import-check');
  list.replaceChildren();
  for (const finding of result.findings) {
    const item = el('li', undefined, { 'data-rule': finding.rule, 'data-severity': finding.severity });
    item.append(el('strong', `${finding.severity} (${finding.rule}): `), document.createTextNode(finding.message));
    list.append(item);
  }
}

function start(): void {
  const input = required<HTMLInputElement>('#import-file');
  // (Page templates as a repository holds them are read as HTML: the picker offers them too.)
  input.accept = [input.accept, ...TEMPLATE_EXTENSIONS.map((ext) => `.${ext}`)].join(',');
  const zone = required<HTMLElement>('#import-drop');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void open(file);
  });
  const form = required<HTMLFormElement>('#import-edit');
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) applyEdit(target);
  });
  // Dropping a file anywhere on the page imports it (and stops the browser opening it).
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.dataset.over = '';
  });
  document.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) delete zone.dataset.over;
  });
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    delete zone.dataset.over;
    const file = event.dataTransfer?.files?.[0];
    if (file) void open(file);
  });
  zone.dataset.ready = '';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
