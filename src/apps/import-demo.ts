/**
 * The import demo (`demo/import.html`): a visitor drops or chooses a notice (.docx, .md, .txt,
 * .html); it is imported in the browser (nothing is uploaded) and shown as a layered
 * `<privacy-notice>`, with the import notes and the config to download. Bundled by
 * `scripts/build-import-demo.mjs` into `dist/import-demo.js`, with the notice element.
 */
import '../elements/privacy-notice/define.js';
import type { PrivacyNoticeElement } from '../elements/privacy-notice/privacy-notice.js';
import type { ImportNote } from '../config/notice-model.js';
import { describeFields, importNotice, ImportError, type ImportResult } from '../import/import-notice.js';

const KIND_LABELS: Record<ImportNote['kind'], string> = {
  'possible-error': 'Possible errors',
  'broken-xref': 'Broken cross-references',
  'missing-url': 'Missing links',
  'missing-content': 'Missing content',
  inferred: 'Inferred (check these)',
  artefact: 'Artefacts removed',
};
const KIND_ORDER: ImportNote['kind'][] = ['missing-content', 'possible-error', 'broken-xref', 'missing-url', 'inferred', 'artefact'];

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

let downloadUrl: string | undefined;

/** Imports one file and shows the result. */
async function show(file: File): Promise<void> {
  const status = required<HTMLElement>('#import-status');
  const results = required<HTMLElement>('#import-results');
  status.textContent = `Reading ${file.name}…`;
  status.removeAttribute('data-state');
  let result: ImportResult;
  try {
    result = await importNotice(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    results.hidden = true;
    status.dataset.state = 'error';
    status.textContent = error instanceof ImportError ? error.message : `${file.name} could not be imported: ${(error as Error).message}`;
    return;
  }
  const { config, summary } = result;
  const notes = config.notice.importNotes ?? [];
  status.dataset.state = 'done';
  status.textContent = `Imported ${file.name}: ${summary.sections} sections, ${notes.length} import notes to review.`;

  const facts = required<HTMLElement>('#import-summary');
  facts.replaceChildren();
  const filled = describeFields(summary);
  facts.append(el('dt', 'Title'), el('dd', summary.title), el('dt', 'Organisation'), el('dd', config.organisation.name));
  facts.append(el('dt', 'Sections'), el('dd', String(summary.sections)));
  facts.append(el('dt', 'Filled'), el('dd', filled.length ? filled.join(', ') : 'nothing recognised'));

  const list = required<HTMLElement>('#import-notes');
  list.replaceChildren();
  for (const kind of KIND_ORDER) {
    const ofKind = notes.filter((n) => n.kind === kind);
    if (!ofKind.length) continue;
    const group = el('section', undefined, { 'data-kind': kind });
    group.append(el('h3', `${KIND_LABELS[kind]} (${ofKind.length})`));
    const items = el('ul');
    for (const note of ofKind) {
      const item = el('li');
      item.append(el('code', note.at), document.createTextNode(` ${note.text}`));
      items.append(item);
    }
    group.append(items);
    list.append(group);
  }

  const json = `${JSON.stringify(config, null, 2)}\n`;
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const download = required<HTMLAnchorElement>('#import-download');
  download.href = downloadUrl;
  download.download = `${file.name.replace(/\.[^.]+$/, '')}.json`;
  required<HTMLElement>('#import-json').textContent = json;

  const notice = required<PrivacyNoticeElement>('#import-notice');
  notice.config = config;
  results.hidden = false;
}

function start(): void {
  const input = required<HTMLInputElement>('#import-file');
  const zone = required<HTMLElement>('#import-drop');
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void show(file);
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
    if (file) void show(file);
  });
  zone.dataset.ready = '';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
