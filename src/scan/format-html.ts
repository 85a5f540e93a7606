/**
 * The scan report as one self-contained HTML file a privacy officer can attach to a DPIA: no
 * scripts, no external files, every value from the site escaped (cookie names and page titles
 * are the site's data, never markup). Headings, lists and a captioned table give screen-reader
 * users the structure (WCAG 2.2 1.3.1); severity is in words, not colour alone (1.4.1); colours
 * meet 4.5:1 contrast (1.4.3); it prints on A4.
 */
import { journeyWords } from './compare.js';
import { draftJson, pageLine, pagesText, summaryLine } from './format-text.js';
import type { ScanReport, Severity } from './scan-report.js';

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
const LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#0b0c0c;background:#fff;margin:0}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.75rem;margin:0 0 .5rem}h2{font-size:1.35rem;margin:2rem 0 .75rem;border-bottom:2px solid #0b0c0c}
h3{font-size:1.05rem;margin:0 0 .5rem}
ol.findings{list-style:none;padding:0}
.finding{border-left:6px solid #505a5f;padding:.5rem 1rem;margin:0 0 1rem;background:#f3f2f1}
.finding.error{border-color:#b10e1e}.finding.warning{border-color:#8a4a00}.finding.info{border-color:#1d70b8}
.label{font-weight:700;text-transform:uppercase;font-size:.85rem;letter-spacing:.03em}
.error .label{color:#b10e1e}.warning .label{color:#8a4a00}.info .label{color:#1d70b8}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}dt{font-weight:700}dd{margin:0;overflow-wrap:anywhere}
code,pre{font-family:ui-monospace,Consolas,monospace;font-size:.9rem}pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #b1b4b6;padding:.5rem}
table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:700;margin-bottom:.5rem}
th,td{border:1px solid #b1b4b6;padding:.4rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}tbody th{width:30%}
.summary{font-size:1.15rem;font-weight:700}
@media print{main{max-width:none;padding:0}.finding{break-inside:avoid}}
`;

/** Formats the report as a complete HTML document. */
export function formatHtml(report: ScanReport): string {
  const e = escapeHtml;
  const sections: string[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (!findings.length) continue;
    const items = findings.map((f) => {
      const rows = [
        ['Rule', `<code>${e(f.rule)}</code>`],
        ...(f.pages.length ? [['Pages', e(pagesText(f))]] : []),
        ...(f.journeys.length ? [['Seen', e(f.journeys.map(journeyWords).join('; '))]] : []),
        ...f.evidence.map((line) => ['Evidence', e(line)]),
        ['What to do', e(f.advice)],
      ];
      let draft = '';
      if (f.draft) {
        const { where, json } = draftJson(f.draft);
        draft = `<p>Draft config entry, ${e(where)}:</p><pre>${e(json)}</pre><p>Source: ${e(f.draft.source)}</p>`;
      }
      return `<li class="finding ${severity}"><h3><span class="label">${LABELS[severity]}:</span> ${e(f.message)}</h3><dl>${rows.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join('')}</dl>${draft}</li>`;
    });
    sections.push(`<section aria-labelledby="${severity}s"><h2 id="${severity}s">${HEADINGS[severity]} (${findings.length})</h2><ol class="findings">${items.join('')}</ol></section>`);
  }
  if (!report.findings.length) {
    sections.push('<p>No problems found: nothing was stored before a choice or after “Reject all” beyond what is strictly necessary, and everything stored is declared.</p>');
  }
  const pageRows = report.pages.map((p) => `<tr><th scope="row">${e(p.url)}</th><td>${e(p.title)}</td><td>${e(pageLine(p))}</td></tr>`).join('');
  const o = report.options;
  const how = [
    ['Started', e(report.startedAt)],
    ['Finished', e(report.finishedAt)],
    ['Tool', `${e(report.tool.name)} ${e(report.tool.version)}`],
    ['User agent', `<code>${e(report.tool.userAgent)}</code>`],
    ['Config', e(o.config ?? 'read from each page')],
    ['Limits', e(`up to ${o.pages} page${o.pages === 1 ? '' : 's'}; settle ${o.settleMs} ms; page time limit ${o.pageTimeoutS} s; scan time limit ${o.timeoutS} s; ${o.delayMs} ms between pages`)],
    ...(report.stopped ? [['Stopped early', e(report.stopped)]] : []),
  ];
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cookie and storage scan of ${e(report.target)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Cookie and storage scan of ${e(report.target)}</h1>
<p class="summary">${e(summaryLine(report))}. Result: ${report.exitCode === 2 ? 'errors found' : report.exitCode === 1 ? 'warnings only' : 'clean'}.</p>
<p>Each page was opened in a fresh browser profile: on a first visit with no choice, after “Reject all”, after “Accept all”, and on the next visit after “Reject all” (the last three where the page uses privacy-consent). What each journey stored is compared with the site's config.</p>
${sections.join('\n')}
<section aria-labelledby="pages"><h2 id="pages">Pages scanned</h2>
<table><caption>Pages scanned, with what each journey stored</caption><thead><tr><th scope="col">Page</th><th scope="col">Title</th><th scope="col">Result</th></tr></thead><tbody>${pageRows}</tbody></table>
${report.notScanned.length ? `<p>${report.notScanned.length} further links were not scanned (over the page limit, excluded by robots.txt, or left at the time limit); the JSON report lists them.</p>` : ''}
</section>
<section aria-labelledby="how"><h2 id="how">How this scan was made</h2>
<dl>${how.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join('')}</dl>
</section>
</main>
</body>
</html>
`;
}
