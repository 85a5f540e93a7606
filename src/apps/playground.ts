/**
 * The config playground (`demo/playground.html`): a JSON editor checked as you type by the same
 * code as `npx privacy-consent check`, and a live preview of the banner and notice. Bundled for
 * the browser into `dist/playground.js` by scripts/build-playground.mjs.
 */
import { checkConfigText, type CheckFinding, type CheckResult } from '../check/check.js';
import { DB_NAME } from '../consent/storage.js';

/** The list of demo configs the build writes beside the drop-in script. */
const DEMO_LIST = '/demo-configs.json';
const DEFAULT_CONFIG = '/site.json';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const editor = $<HTMLTextAreaElement>('#config-editor');
const gutter = $<HTMLPreElement>('#gutter');
const summary = $<HTMLParagraphElement>('#check-summary');
const messages = $<HTMLOListElement>('#messages');
const select = $<HTMLSelectElement>('#demo-select');
const copyButton = $<HTMLButtonElement>('#copy-snippet');
const copyStatus = $<HTMLParagraphElement>('#copy-status');
let preview = $<HTMLIFrameElement>('#preview');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** JSON made safe inside `<script type="application/json">`: `<` only occurs in strings, where `\u003c` means the same. */
function scriptSafe(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/** Line numbers, with a mark on each line that has a finding. */
function renderGutter(findings: CheckFinding[]): void {
  const worst = new Map<number, CheckFinding['severity']>();
  for (const f of findings) if (worst.get(f.line) !== 'error') worst.set(f.line, f.severity);
  const lines = editor.value.split('\n').length;
  const fragment = document.createDocumentFragment();
  for (let line = 1; line <= lines; line++) {
    const severity = worst.get(line);
    const span = document.createElement('span');
    span.textContent = `${severity === 'error' ? '✖ ' : severity === 'warning' ? '▲ ' : ''}${line}`;
    if (severity) span.className = severity;
    fragment.append(span, '\n');
  }
  gutter.replaceChildren(fragment);
  gutter.scrollTop = editor.scrollTop;
}

/** Selects a line in the editor and scrolls it into view. */
function goToLine(line: number, column: number): void {
  const lines = editor.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  editor.focus();
  editor.setSelectionRange(start + Math.max(0, column - 1), start + (lines[line - 1]?.length ?? 0));
  const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 21;
  editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** The findings as a list, each with a button that jumps to its line. */
function renderMessages(result: CheckResult): void {
  summary.textContent =
    result.findings.length === 0
      ? 'No problems found.'
      : `${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}.${result.compliance ? '' : ' The compliance checks run once the errors are fixed.'}`;
  messages.replaceChildren(
    ...result.findings.slice(0, 200).map((finding) => {
      const item = document.createElement('li');
      item.className = finding.severity;
      const jump = document.createElement('button');
      jump.type = 'button';
      jump.className = 'link';
      jump.textContent = `Line ${finding.line}, column ${finding.column}`;
      jump.addEventListener('click', () => goToLine(finding.line, finding.column));
      const text = document.createElement('div');
      text.textContent = `${finding.severity === 'error' ? 'Error' : 'Warning'}: ${finding.message}`;
      const where = document.createElement('div');
      where.className = 'rule';
      const path = document.createElement('code');
      path.textContent = finding.path;
      where.append(path, finding.cites ? ` · ${finding.rule} · ${finding.cites}` : ` · ${finding.rule}`);
      item.append(jump, text, where);
      return item;
    }),
  );
}

/** Resolves when the consent database is gone (or cannot be deleted), so the preview starts undecided. */
function forgetStoredChoice(): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** The preview page: the config inline and the drop-in script, as a site would write them. */
function previewPage(text: string, value: unknown): string {
  const hasNotice = !!value && typeof value === 'object' && 'notice' in value;
  const lang = (value as { lang?: unknown } | undefined)?.lang;
  return `<!doctype html>
<html lang="${typeof lang === 'string' && /^[A-Za-z-]+$/.test(lang) ? lang : 'en-GB'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview</title>
<link rel="stylesheet" href="/assets/site.css">
<script type="application/json" id="privacy-consent-config">${scriptSafe(text)}</script>
<script type="module" src="/privacy-consent.js" data-debug></script>
</head>
<body>
<main id="main">
<p><a href="#" data-consent-open>Cookie settings</a></p>
${hasNotice ? '<privacy-notice></privacy-notice>' : '<p>This config has no <code>notice</code>, so only the banner shows.</p>'}
</main>
</body>
</html>`;
}

let previewRun = 0;
/** Replaces the preview with a fresh page for the config (a new frame, so no state carries over). */
async function renderPreview(text: string, value: unknown): Promise<void> {
  const run = ++previewRun;
  const fresh = document.createElement('iframe');
  fresh.id = 'preview';
  fresh.title = preview.title;
  preview.replaceWith(fresh);
  preview = fresh;
  await forgetStoredChoice();
  if (run !== previewRun) return;
  fresh.srcdoc = previewPage(text, value);
}

let lastPreviewed = '';
let checkTimer: ReturnType<typeof setTimeout> | undefined;
/** Checks the editor's text, then refreshes the preview when the text is valid JSON. */
function update(): void {
  const text = editor.value;
  const result = checkConfigText(text);
  renderMessages(result);
  renderGutter(result.findings);
  // A syntax error keeps the last good preview: the note says so.
  if (result.value !== undefined && text !== lastPreviewed) {
    lastPreviewed = text;
    void renderPreview(text, result.value);
  }
}

function scheduleUpdate(): void {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(update, 300);
}

async function loadConfig(path: string): Promise<void> {
  try {
    const response = await fetch(path, { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    editor.value = await response.text();
  } catch (error) {
    summary.textContent = `Could not load ${path}: ${(error as Error).message}`;
    return;
  }
  editor.scrollTop = 0;
  update();
}

async function loadDemoList(): Promise<string[]> {
  try {
    const response = await fetch(DEMO_LIST, { cache: 'no-store' });
    return response.ok ? ((await response.json()) as string[]) : [DEFAULT_CONFIG];
  } catch {
    return [DEFAULT_CONFIG];
  }
}

/**
 * The config as a page embeds it: without `$schema`, which only an editor reads and which in the
 * demo points into this repository (`../dist/…`), a path that means nothing on a site. Text that
 * is not JSON yet is copied as written.
 */
function configForPage(text: string): string {
  try {
    const config: unknown = JSON.parse(text);
    if (!config || typeof config !== 'object' || Array.isArray(config) || !('$schema' in config)) return text;
    const { $schema: _, ...rest } = config as Record<string, unknown>;
    return JSON.stringify(rest, null, 2);
  } catch {
    return text;
  }
}

/** Where the drop-in's files go: the script loads its UI from `chunks/` beside it, on demand. */
const HOSTING_NOTE = 'Host privacy-consent.js and the chunks/ folder beside it (both from the package’s dist/ folder) at your site root; add debug-report.js there too if you use data-debug.';

/** The snippet a site pastes into its pages: how to host the files, the config inline, then the drop-in script. */
function snippet(): string {
  return `<!-- privacy-consent. ${HOSTING_NOTE} -->\n<script type="application/json" id="privacy-consent-config">\n${scriptSafe(configForPage(editor.value.trim()))}\n</script>\n<script type="module" src="/privacy-consent.js"></script>\n`;
}

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet());
    copyStatus.textContent = `Copied the drop-in snippet: paste it into your pages. ${HOSTING_NOTE}`;
  } catch {
    copyStatus.textContent = 'Your browser did not allow copying. Select the config and copy it by hand.';
  }
});
select.addEventListener('change', () => {
  if (select.value) void loadConfig(select.value);
});
editor.addEventListener('input', scheduleUpdate);
editor.addEventListener('scroll', () => {
  gutter.scrollTop = editor.scrollTop;
});
// Tab inserts two spaces, as in a code editor; Escape then Tab leaves the editor (WCAG 2.1.2).
let escaped = false;
editor.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') escaped = true;
  else if (event.key === 'Tab' && !event.shiftKey && !escaped) {
    event.preventDefault();
    editor.setRangeText('  ', editor.selectionStart, editor.selectionEnd, 'end');
    scheduleUpdate();
  } else escaped = false;
});

const list = await loadDemoList();
for (const path of list) select.add(new Option(path.replace(/^\//, ''), path));
select.value = list.includes(DEFAULT_CONFIG) ? DEFAULT_CONFIG : list[0] ?? '';
if (select.value) await loadConfig(select.value);
