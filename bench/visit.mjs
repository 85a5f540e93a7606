// One measured page visit, and the in-page timing of opening a dialog. Used by bench/run.mjs and
// by the test of the measuring code.
import { cdpMetrics, probe, readProbe, recordResources, untilPageTime } from './measure.mjs';

/**
 * Opens `url` in a new page of `context` and measures it for `windowMs` after navigation start:
 * the probe's figures (banner visible / operable, flash, layout shift, long tasks), when the
 * performance mark `mark` was set, the script and CSS responses, the main thread's scripting and
 * task time (CDP Performance metrics, difference over the visit), and the JS heap after a
 * garbage collection. `throttle` slows the CPU (CDP Emulation.setCPUThrottlingRate). When the
 * banner (`waitFor: 'operable'`) or the mark (`waitFor: 'mark'`) has not come by the end of the
 * window, waits up to `waitMs` more for it; the other figures stay those of the window.
 * Resolves with `{ page, figures }`; the caller closes the page.
 */
export async function visit(context, url, { banner = null, accept = null, complete = undefined, mark = null, throttle = 1, windowMs = 3000, waitFor = null, waitMs = 20_000 } = {}) {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  if (throttle !== 1) await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(probe, { banner, accept, complete, watchMs: windowMs + waitMs });
  const resources = recordResources(page);
  const before = await cdpMetrics(session);
  await page.goto(url, { waitUntil: 'load' });
  await untilPageTime(page, windowMs);
  const after = await cdpMetrics(session);
  const probed = await readProbe(page, mark);
  // What has not happened by the end of the window is waited for (up to `waitMs` more), so a
  // slow subject gets its real, late time rather than dropping out of the figures.
  const late =
    waitFor === 'operable' && probed.operable === null
      ? 'window.__bench.operable !== null'
      : waitFor === 'visible' && probed.bannerVisible === null
        ? 'window.__bench.bannerVisible !== null'
        : waitFor === 'mark' && probed.mark === null && mark
          ? `performance.getEntriesByName(${JSON.stringify(mark)}, 'mark').length > 0`
          : null;
  if (late) {
    await page.waitForFunction(late, undefined, { timeout: waitMs, polling: 100 }).catch(() => {});
    const again = await readProbe(page, mark);
    Object.assign(probed, { bannerVisible: again.bannerVisible, operable: again.operable, everVisible: again.everVisible, mark: again.mark });
  }
  await session.send('HeapProfiler.collectGarbage');
  const heap = (await cdpMetrics(session)).JSHeapUsedSize;
  // Bytes count everything the page loads once it settles, including what a tool fetches lazily
  // after the window (no request in flight for 500 ms).
  await resources.settled();
  const loaded = await resources.done();
  const delta = (name) => Math.max(0, ((after[name] ?? 0) - (before[name] ?? 0)) * 1000);
  return {
    page,
    session,
    figures: {
      ...probed,
      scriptMs: delta('ScriptDuration'),
      taskMs: delta('TaskDuration'),
      heap,
      resources: loaded,
    },
  };
}

/**
 * Clicks the element at `trigger` (a deep path) in the page and measures, in the page, the time
 * until a frame in which `ready` (a deep path whose last selector may match several elements)
 * matches at least `count` elements and the first of them is rendered. Resolves with milliseconds.
 */
export async function timeToOpen(page, { trigger, ready, count = 1, timeoutMs = 30_000 }) {
  return page.evaluate(
    ({ trigger, ready, count, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const scopeOf = (path) => {
          let scope = document;
          for (const selector of path) {
            const element = scope.querySelector(selector);
            if (!element) return null;
            scope = element.shadowRoot ?? element;
          }
          return scope;
        };
        const button = scopeOf(trigger.slice(0, -1))?.querySelector(trigger[trigger.length - 1]);
        if (!button) return reject(new Error(`no element at ${trigger.join(' >> ')}`));
        const start = performance.now();
        button.click();
        const check = () => {
          const scope = scopeOf(ready.slice(0, -1));
          const found = scope ? scope.querySelectorAll(ready[ready.length - 1]) : [];
          const first = found[0];
          if (found.length >= count && first.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
            resolve(performance.now() - start);
          } else if (performance.now() - start > timeoutMs) {
            reject(new Error(`${ready.join(' >> ')}: ${found.length} of ${count} after ${timeoutMs} ms`));
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      }),
    { trigger, ready, count, timeoutMs },
  );
}
