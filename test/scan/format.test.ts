import { describe, expect, it } from 'vitest';
import { escapeHtml, formatHtml } from '../../src/scan/format-html.js';
import { formatText } from '../../src/scan/format-text.js';
import type { ScanReport } from '../../src/scan/scan-report.js';

function report(over: Partial<ScanReport> = {}): ScanReport {
  return {
    schemaVersion: 1,
    tool: { name: 'privacy-consent', version: '0.1.0', userAgent: 'Mozilla/5.0 privacy-consent-scan/0.1.0' },
    target: 'https://www.example.gov.uk/',
    startedAt: '2026-06-01T12:00:00.000Z',
    finishedAt: '2026-06-01T12:01:00.000Z',
    complete: true,
    options: { pages: 10, settleMs: 2000, pageTimeoutS: 30, timeoutS: 300, delayMs: 1000, config: null },
    pages: [
      {
        url: 'https://www.example.gov.uk/',
        finalUrl: 'https://www.example.gov.uk/',
        status: 200,
        title: 'Home <script>alert(1)</script>',
        consentTool: 'privacy-consent',
        config: { source: '/site.json', check: { errors: 0, warnings: 0 } },
        journeys: [{ name: 'first-visit', settled: true, cookies: [], localStorage: [], sessionStorage: [], indexedDB: [], thirdPartyRequests: [], gated: [] }],
      },
    ],
    notScanned: [{ url: 'https://www.example.gov.uk/private', reason: 'robots.txt' }],
    findings: [
      {
        rule: 'undeclared-storage',
        severity: 'warning',
        kind: 'cookie',
        subject: '<img src=x onerror=alert(1)>',
        message: 'The cookie "<img src=x onerror=alert(1)>" is not declared in the config.',
        advice: 'Add it to the config.',
        pages: ['https://www.example.gov.uk/'],
        journeys: ['after-accept'],
        evidence: ['set by the script https://www.example.gov.uk/a.js?x=<b>'],
        draft: { category: 'analytics', cookie: { name: '<img src=x onerror=alert(1)>', duration: '30 days' }, source: 'not in the known-cookie list' },
      },
    ],
    summary: { pages: 1, errors: 0, warnings: 1, infos: 0 },
    exitCode: 1,
    ...over,
  };
}

describe('the text report', () => {
  it('groups by severity, with the pages, journeys, evidence, advice and draft entry', () => {
    expect(formatText(report())).toBe(`privacy-consent scan of https://www.example.gov.uk/
1 page scanned: 0 errors, 1 warning, 0 notes

Warnings (1)

1. The cookie "<img src=x onerror=alert(1)>" is not declared in the config.
   rule: undeclared-storage
   pages: https://www.example.gov.uk/
   seen: after Accept all
   evidence: set by the script https://www.example.gov.uk/a.js?x=<b>
   what to do: Add it to the config.
   draft config entry, in the category "analytics":
     {"name":"<img src=x onerror=alert(1)>","duration":"30 days"}
     (source: not in the known-cookie list)

Pages
  https://www.example.gov.uk/
    HTTP 200; our widget (config /site.json); first visit, no choice: 0 cookies
  Not scanned: 1 link excluded by robots.txt (the JSON report lists them).

Result: warnings only (exit code 1).
`);
  });

  it('says so when there is nothing to report', () => {
    expect(formatText(report({ findings: [], summary: { pages: 1, errors: 0, warnings: 0, infos: 0 }, exitCode: 0 }))).toContain('No problems found');
  });
});

describe('the HTML report', () => {
  it('escapes every value from the site and runs no script', () => {
    const html = formatHtml(report());
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Home &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('is a self-contained document with a language, a title, headings and a captioned table', () => {
    const html = formatHtml(report());
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<title>Cookie and storage scan of https://www.example.gov.uk/</title>');
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).toContain('<h2 id="warnings">Warnings (1)</h2>');
    expect(html).toContain('<caption>');
    expect(html).toContain('<th scope="col">Page</th>');
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain('<span class="label">Warning:</span>');
  });
});
