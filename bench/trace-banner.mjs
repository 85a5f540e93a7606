// `node bench/trace-banner.mjs [--runs N] [--throttle 4] [--keep trace.json]`: where a first visit's
// time goes before the banner shows. Loads the benchmark's page of this project (bench/subjects.mjs)
// in a fresh context with a Chromium trace (devtools.timeline, loading, v8), and prints, from the
// trace, a timeline from navigation start: each request of ours (sent, response, finished), each
// script's compile and evaluation, and the first paint of the banner (the bench's own "banner
// visible" measure, from the page). The medians over N runs close the report.
//
// Reads the build in dist/ (run `npm run build` first). A measurement tool, not a test.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { serveBench } from './server.mjs';
import { SUBJECTS } from './subjects.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', 5));
const throttle = Number(option('throttle', 1));
const keep = option('keep');

const ours = SUBJECTS.find((s) => s.id === 'ours');
const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};

/** The events of one trace as rows `{ at, what }`, in ms from navigation start. */
function timeline(events) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ?? events.find((e) => e.name === 'navigationStart');
  const t0 = nav.ts;
  const ms = (ts) => (ts - t0) / 1000;
  const rows = [];
  const requests = new Map();
  for (const e of events) {
    const data = e.args?.data ?? {};
    if (e.name === 'ResourceSendRequest') requests.set(data.requestId, { url: data.url, sent: ms(e.ts) });
    else if (e.name === 'ResourceReceiveResponse' && requests.has(data.requestId)) requests.get(data.requestId).response = ms(e.ts);
    else if (e.name === 'ResourceFinish' && requests.has(data.requestId)) requests.get(data.requestId).finished = ms(e.ts);
    else if ((e.name === 'v8.compileModule' || e.name === 'v8.compile' || e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') && e.ph === 'X') {
      const url = data.url ?? e.args?.fileName ?? data.stackTrace?.[0]?.url ?? '';
      if (/privacy-consent|chunks\//.test(url)) rows.push({ at: ms(e.ts), what: `${e.name} ${short(url)} ${(e.dur / 1000).toFixed(1)} ms` });
    } else if (e.name === 'RunTask' && e.ph === 'X' && e.dur > 50_000) rows.push({ at: ms(e.ts), what: `long task ${(e.dur / 1000).toFixed(0)} ms` });
    else if (e.name === 'firstContentfulPaint') rows.push({ at: ms(e.ts), what: 'first contentful paint' });
  }
  for (const r of requests.values()) {
    if (!/privacy-consent|chunks\//.test(r.url)) continue;
    rows.push({ at: r.sent, what: `request ${short(r.url)}: response ${(r.response ?? NaN).toFixed(1)}, finished ${(r.finished ?? NaN).toFixed(1)}` });
  }
  return { rows: rows.sort((a, b) => a.at - b.at), requests: [...requests.values()] };
}

const short = (url) => url.replace(/^.*\/(chunks\/)?/, (m) => (m.includes('chunks/') ? 'chunks/' : ''));

const browser = await launchBrowser();
const server = await serveBench({ '/ours/': ours.build().html });
const summary = { banner: [], lastScript: [], fcp: [] };
try {
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await browser.startTracing(page, { categories: ['devtools.timeline', 'loading', 'v8', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    await page.goto(`${server.url}/ours/`);
    const banner = page.locator(ours.banner.join(' '));
    await banner.waitFor({ state: 'visible', timeout: 20_000 });
    // The time the banner was first painted: the first animation frame after it became visible.
    const visibleAt = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    await page.waitForTimeout(300);
    const buffer = await browser.stopTracing();
    await context.close();
    const { traceEvents } = JSON.parse(buffer.toString('utf8'));
    if (keep && run === 1) writeFileSync(resolve(keep), buffer);
    const { rows, requests } = timeline(traceEvents);
    const ourRequests = requests.filter((r) => /privacy-consent|chunks\//.test(r.url));
    summary.banner.push(visibleAt);
    summary.lastScript.push(Math.max(...ourRequests.map((r) => r.finished ?? NaN)));
    summary.fcp.push(rows.find((r) => r.what === 'first contentful paint')?.at);
    console.log(`\nRun ${run} (CPU ${throttle}×): banner painted by ${visibleAt.toFixed(0)} ms (measured from the page, an upper bound)`);
    for (const r of rows) console.log(`${r.at.toFixed(1).padStart(8)} ms  ${r.what}`);
  }
} finally {
  await server.close();
  await browser.close();
}
console.log(
  `\nMedians over ${runs} runs, CPU ${throttle}×: first contentful paint ${median(summary.fcp).toFixed(0)} ms, last script of ours finished ${median(summary.lastScript).toFixed(0)} ms, banner painted by ${median(summary.banner).toFixed(0)} ms`,
);
