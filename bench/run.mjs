// `npm run bench` [-- --quick] [--runs N] [--no-build] [--only compare|scale|notice|integrations] [--no-docs] [--report-only]
//
// Builds the project, serves one page per subject on loopback (this project, vanilla-cookieconsent
// 3, Orejime 3, Klaro, and no consent tool), and measures them in Debian's Chromium through
// playwright-core: a fresh browser context per run (cold cache, no stored consent), subjects
// interleaved (A B C D E A B C D E …), at normal speed and with the CPU throttled 4×. Then the
// scale cases (this project only), then the notice page with and without HTML first (the notice
// rendered into the page at build time), then how soon a returning visitor's choice reaches Google
// Consent Mode (bench/integrations.mjs). Writes bench/results.json and bench/results.md, updates
// docs/benchmark.md, and prints the table and a PASS/MISS line per target.
//
// PRIVACY_DIST=/some/dir builds into (and serves from) that directory instead of dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { addSizes, compressedSizes, summarise } from './measure.mjs';
import { integrationsPage, measureIntegrations } from './integrations.mjs';
import { evaluateTargets, renderDocsSection, renderMarkdown } from './report.mjs';
import { DIALOG_CASES, DIALOG_PATHS, dialogPage } from './scale.mjs';
import { GATED_MARK, SUBJECTS } from './subjects.mjs';
import { serveBench } from './server.mjs';
import { timeToOpen, visit } from './visit.mjs';
import { NOTICE_CASES, NOTICE_PATHS, noticePage, noticeAvailable } from './notice-scale.mjs';
import { NOTICE_PAGE_CASES, NOTICE_PAGE_PATHS, documentSize, noticePageAvailable, noticePageFiles } from './notice-page.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`) || /^(true|1)$/i.test(process.env[`npm_config_${name.replace(/-/g, '_')}`] ?? '');
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
};
const quick = flag('quick');
const runs = Number(option('runs') ?? process.env.npm_config_runs ?? (quick ? 3 : 15));
const only = option('only');
const THROTTLES = [1, 4];
const WINDOW_MS = 3000;
const buildDir = process.env.PRIVACY_DIST ?? join(root, 'dist');
// The build is measured from a private copy, so a rebuild of dist/ during the run (a test run,
// another build) cannot change or remove the files being measured.
let dist = buildDir;

function build() {
  const [command, commandArgs] = process.env.PRIVACY_DIST
    ? ['npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', process.env.PRIVACY_DIST]]
    : ['npm', ['run', '-s', 'build']];
  console.log(`Building: ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed; nothing was measured.');
    process.exit(1);
  }
}

const log = (line) => process.stdout.write(`${line}\n`);

/** The script (plus the inline config) and CSS bytes of one visit. */
function bytesOf(resources, config) {
  const js = addSizes(...resources.filter((r) => r.type === 'script'), compressedSizes(config));
  const css = addSizes(...resources.filter((r) => r.type === 'stylesheet'));
  return { js, css, total: addSizes(js, css), files: resources.map((r) => r.url) };
}

/** One run of one subject at one CPU speed: a first visit, accept, then a returning visit. */
async function runSubject(browser, url, subject, built, throttle) {
  const context = await browser.newContext();
  try {
    const spec = { banner: subject.banner, accept: subject.accept, mark: GATED_MARK, throttle, windowMs: WINDOW_MS };
    const first = await visit(context, url, { ...spec, waitFor: subject.accept ? 'operable' : null });
    let accepted = true;
    if (subject.accept) {
      await first.page.locator(subject.accept.join(' ')).first().click({ timeout: 15_000 });
      accepted = await first.page
        .waitForFunction(subject.accepted, undefined, { timeout: 15_000, polling: 50 })
        .then(() => true, () => false);
    }
    await first.page.close();
    const returning = await visit(context, url, { ...spec, waitFor: 'mark' });
    await returning.page.close();
    const shape = (f) => ({
      bannerVisible: f.bannerVisible,
      operable: f.operable,
      everVisible: f.everVisible,
      gated: f.mark,
      fcp: f.fcp,
      layoutShift: f.layoutShift,
      longTasks: f.longTasks.length,
      longestTask: f.longTasks.reduce((m, t) => Math.max(m, t.duration), 0),
      // The longest single run of a script file (or inline script) inside a long animation frame.
      longestScript: f.longScripts.reduce((m, t) => Math.max(m, t.duration), 0),
      longestScriptSrc: f.longScripts.reduce((m, t) => (t.duration > (m?.duration ?? 0) ? t : m), null)?.src ?? null,
      scriptMs: f.scriptMs,
      taskMs: f.taskMs,
      heap: f.heap,
      bytes: bytesOf(f.resources, built.config),
    });
    return { accepted, first: shape(first.figures), returning: shape(returning.figures) };
  } finally {
    await context.close();
  }
}

const pick = (records, path) => records.map((r) => path.split('.').reduce((v, k) => v?.[k], r));

function summariseSubject(records) {
  const visitSummary = (which) => {
    const visits = records.map((r) => r[which]);
    return {
      bytes: visits[0]?.bytes,
      bytesVary: new Set(visits.map((v) => v.bytes.total.raw)).size > 1,
      bannerVisible: summarise(pick(visits, 'bannerVisible')),
      operable: summarise(pick(visits, 'operable')),
      bannerMissing: visits.filter((v) => v.bannerVisible === null).length,
      flashes: visits.filter((v) => v.everVisible).length,
      gated: summarise(pick(visits, 'gated')),
      gatedRuns: visits.filter((v) => v.gated !== null).length,
      gatedMissing: visits.filter((v) => v.gated === null).length,
      fcp: summarise(pick(visits, 'fcp')),
      layoutShift: summarise(pick(visits, 'layoutShift')),
      longTasks: summarise(pick(visits, 'longTasks')),
      longestTask: summarise(pick(visits, 'longestTask')),
      longestScript: summarise(pick(visits, 'longestScript')),
      scriptMs: summarise(pick(visits, 'scriptMs')),
      taskMs: summarise(pick(visits, 'taskMs')),
      heap: summarise(pick(visits, 'heap')),
    };
  };
  return {
    runs: records.length,
    acceptFailed: records.filter((r) => !r.accepted).length,
    first: visitSummary('first'),
    returning: visitSummary('returning'),
  };
}

async function compare(browser) {
  const built = Object.fromEntries(SUBJECTS.map((s) => [s.id, s.build()]));
  const server = await serveBench(Object.fromEntries(SUBJECTS.map((s) => [`/${s.id}/`, built[s.id].html])), { dist });
  const results = {};
  try {
    for (const throttle of THROTTLES) {
      const records = Object.fromEntries(SUBJECTS.map((s) => [s.id, []]));
      for (let run = 1; run <= runs; run++) {
        const line = [];
        for (const subject of SUBJECTS) {
          const record = await runSubject(browser, `${server.url}/${subject.id}/`, subject, built[subject.id], throttle);
          records[subject.id].push(record);
          const v = record.first.bannerVisible;
          line.push(`${subject.id} ${v === null ? '-' : `${Math.round(v)}ms`}`);
        }
        log(`  CPU ${throttle}× run ${run}/${runs}: banner visible ${line.join(', ')}`);
      }
      results[`${throttle}x`] = Object.fromEntries(SUBJECTS.map((s) => [s.id, { ...summariseSubject(records[s.id]), raw: records[s.id] }]));
    }
  } finally {
    await server.close();
  }
  return results;
}

/** Loads a scale page and measures the first render, the opening, and the heap afterwards. */
async function measureScale(browser, url, paths, { count, render }) {
  const context = await browser.newContext();
  try {
    const first = await visit(context, url, {
      banner: render.banner,
      accept: render.accept,
      complete: render.complete,
      windowMs: render.windowMs ?? 1000,
      waitFor: render.waitFor ?? 'operable',
    });
    const { page, session } = first;
    const rendered = first.figures[render.figure];
    const open = paths ? await timeToOpen(page, { trigger: paths.trigger, ready: paths.ready, count }) : null;
    await session.send('HeapProfiler.collectGarbage');
    const { metrics } = await session.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
    const longestTask = first.figures.longTasks.reduce((m, t) => Math.max(m, t.duration), 0);
    await page.close();
    return { rendered, open, heap, longestTask };
  } finally {
    await context.close();
  }
}

async function scale(browser) {
  const cases = DIALOG_CASES.map((c) => ({
    ...c,
    kind: 'dialog',
    html: dialogPage(c),
    paths: DIALOG_PATHS,
    count: c.categories,
    render: { banner: ['cookie-consent', '[part~="banner"]'], accept: ['cookie-consent', '[part~="accept-button"]'], figure: 'operable' },
  }));
  if (noticeAvailable(dist)) {
    for (const c of NOTICE_CASES) cases.push({ ...c, kind: 'notice', html: noticePage(c), ...NOTICE_PATHS(c) });
  } else {
    log('  (the <privacy-notice> element is not in this build: notice scale cases skipped)');
  }
  const server = await serveBench(Object.fromEntries(cases.map((c) => [`/${c.id}/`, c.html])), { dist });
  const records = Object.fromEntries(cases.map((c) => [c.id, []]));
  try {
    for (let run = 1; run <= runs; run++) {
      for (const c of cases) {
        // One failed measurement is recorded as such; it does not lose the rest of the run.
        const record = await measureScale(browser, `${server.url}/${c.id}/`, c.paths, c).catch((error) => ({
          rendered: null,
          open: null,
          heap: null,
          longestTask: null,
          error: String(error?.message ?? error).split('\n')[0],
        }));
        if (record.error) log(`  ${c.id}: ${record.error}`);
        records[c.id].push(record);
      }
      log(`  scale run ${run}/${runs}: ${cases.map((c) => `${c.id} open ${Math.round(records[c.id].at(-1).open ?? NaN)}ms`).join(', ')}`);
    }
  } finally {
    await server.close();
  }
  const out = {};
  for (const c of cases) {
    out[c.id] = {
      kind: c.kind,
      label: c.label,
      size: c.kind === 'dialog' ? c.categories * c.services : c.sections,
      rendered: summarise(pick(records[c.id], 'rendered')),
      open: summarise(pick(records[c.id], 'open')),
      heap: summarise(pick(records[c.id], 'heap')),
      longestTask: summarise(pick(records[c.id], 'longestTask')),
      failed: records[c.id].filter((r) => r.error).length,
      raw: records[c.id],
    };
  }
  return out;
}

/**
 * The notice page with and without HTML first, interleaved, at both speeds: when its text is
 * readable, layout shift, long tasks, and bytes (the document, whose size
 * the rendered notice adds to, plus script and CSS).
 */
async function noticePages(browser) {
  if (!noticePageAvailable(dist)) {
    log('  (this build has no rendered demo pages: notice page cases skipped)');
    return undefined;
  }
  const server = await serveBench(noticePageFiles(dist), { dist });
  const out = {};
  try {
    for (const throttle of THROTTLES) {
      const records = Object.fromEntries(NOTICE_PAGE_CASES.map((c) => [c.id, []]));
      for (let run = 1; run <= runs; run++) {
        for (const c of NOTICE_PAGE_CASES) {
          const context = await browser.newContext();
          try {
            const { page, figures } = await visit(context, `${server.url}/${c.id}/`, { ...NOTICE_PAGE_PATHS, throttle, windowMs: quick ? 2000 : WINDOW_MS, waitFor: 'visible' });
            await page.close();
            const scripts = bytesOf(figures.resources, '');
            records[c.id].push({
              readable: figures.bannerVisible,
              fcp: figures.fcp,
              layoutShift: figures.layoutShift,
              longestTask: figures.longTasks.reduce((m, t) => Math.max(m, t.duration), 0),
              longestScript: figures.longScripts.reduce((m, t) => Math.max(m, t.duration), 0),
              bytes: { ...scripts, html: documentSize(dist, c.id), total: addSizes(scripts.total, documentSize(dist, c.id)) },
            });
          } finally {
            await context.close();
          }
        }
        log(`  notice page CPU ${throttle}× run ${run}/${runs}: readable ${NOTICE_PAGE_CASES.map((c) => `${c.id} ${Math.round(records[c.id].at(-1).readable ?? NaN)}ms`).join(', ')}`);
      }
      out[`${throttle}x`] = Object.fromEntries(
        NOTICE_PAGE_CASES.map((c) => {
          const r = records[c.id];
          return [
            c.id,
            {
              label: c.label,
              runs: r.length,
              bytes: r[0]?.bytes,
              readable: summarise(pick(r, 'readable')),
              fcp: summarise(pick(r, 'fcp')),
              layoutShift: summarise(pick(r, 'layoutShift')),
              longestTask: summarise(pick(r, 'longestTask')),
              longestScript: summarise(pick(r, 'longestScript')),
              raw: r,
            },
          ];
        }),
      );
    }
  } finally {
    await server.close();
  }
  return out;
}

/** How soon a returning visitor's stored choice reaches Google Consent Mode, at each CPU speed. */
async function integrations(browser) {
  const server = await serveBench({ '/integrations/': integrationsPage() }, { dist });
  try {
    const load = loadavg()[0];
    const measured = await measureIntegrations(browser, `${server.url}/integrations/`, { runs, throttles: THROTTLES, summarise, log });
    return { date: new Date().toISOString(), load: { start: load, end: loadavg()[0] }, ...measured };
  } finally {
    await server.close();
  }
}

function updateDocs(results) {
  const file = join(root, 'docs/benchmark.md');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- section:bench -->';
  const end = '<!-- /section:bench -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) {
    log('docs/benchmark.md has no bench section; not updated.');
    return;
  }
  writeFileSync(file, `${text.slice(0, a + start.length)}\n${renderDocsSection(results)}\n${text.slice(b)}`);
}

/** Writes results.md and docs/benchmark.md again from results.json, without measuring. */
function reportOnly() {
  const results = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
  results.targets = evaluateTargets(results);
  writeFileSync(join(root, 'bench/results.md'), renderMarkdown(results));
  if (!flag('no-docs') && !flag('no-readme') && results.compare && results.scale) updateDocs(results);
  log('Wrote bench/results.md and docs/benchmark.md from bench/results.json.');
}

async function main() {
  if (flag('report-only')) return reportOnly();
  if (!flag('no-build')) build();
  dist = mkdtempSync(join(tmpdir(), 'privacy-consent-bench-dist-'));
  cpSync(buildDir, dist, { recursive: true });
  process.on('exit', () => rmSync(dist, { recursive: true, force: true }));
  const browser = await launchBrowser();
  const started = Date.now();
  const results = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    runs,
    quick,
    windowMs: WINDOW_MS,
    // The 1-minute load average before and after: timings mean little on a busy machine.
    load: { start: loadavg()[0], end: undefined },
    subjects: SUBJECTS.map(({ id, name, version, setup }) => ({ id, name, version, setup })),
    compare: undefined,
    scale: undefined,
    noticePage: undefined,
    targets: undefined,
  };
  // A part measured alone keeps the other parts of the last run (each part says when it ran).
  const partial = only === 'integrations' || only === 'notice';
  if (partial) {
    try {
      const last = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
      const kept = only === 'notice' ? { integrations: last.integrations } : { noticePage: last.noticePage };
      Object.assign(results, { ...last, ...results, ...kept, compare: last.compare, scale: last.scale, subjects: last.subjects, date: last.date, runs: last.runs, quick: last.quick, load: last.load });
    } catch {
      // No earlier results: the report has the part measured alone only.
    }
  }
  try {
    if (!only || only === 'compare') {
      log(`Comparing ${SUBJECTS.length} subjects, ${runs} runs each, CPU ${THROTTLES.join('× and ')}×…`);
      results.compare = await compare(browser);
    }
    if (!only || only === 'scale') {
      log('Scale cases…');
      results.scale = await scale(browser);
    }
    if (!only || only === 'notice') {
      log('The notice page, with and without HTML first…');
      results.noticePage = await noticePages(browser);
    }
    if (!only || only === 'integrations') {
      log(`Google Consent Mode, returning visitor, ${runs} runs at CPU ${THROTTLES.join('× and ')}×…`);
      results.integrations = await integrations(browser);
    }
  } finally {
    await browser.close();
  }
  const took = Math.round((Date.now() - started) / 1000);
  // A part measured alone keeps the full run's duration and load average: the report's
  // comparison figures are that run's (the part states its own load average).
  if (!partial || results.seconds === undefined) {
    results.seconds = took;
    results.load.end = loadavg()[0];
  }
  results.targets = evaluateTargets(results);
  const markdown = renderMarkdown(results);
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(root, 'bench/results.md'), markdown);
  if (!flag('no-docs') && !flag('no-readme') && results.compare && results.scale) updateDocs(results);
  log(`\n${markdown}`);
  for (const t of results.targets) log(`${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.detail}`);
  log(`\nWrote bench/results.json and bench/results.md (${took} s).`);
}

await main();
