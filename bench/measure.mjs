// The benchmark's measuring code, shared by `bench/run.mjs` and the test that checks it
// (test/pages/bench-measure.test.ts).
//
// In the page, a probe injected before any page script (`page.addInitScript`) watches every
// animation frame (a frame's rAF callbacks run just before it is painted) and records:
//   - bannerVisible: the first frame in which the banner element is rendered, in the viewport,
//     not hidden and not fully transparent (Element.checkVisibility with opacity and visibility);
//   - operable: the first frame in which the accept button is visible, not disabled, not inert,
//     and is what a click at its centre would hit (hit-tested through shadow roots);
//   - everVisible: whether the banner was visible in any frame (a returning visitor's "flash");
//   - layout shift: the sum of layout-shift entries without recent input;
//   - long tasks: every longtask entry;
//   - script time in long animation frames: each script entry (over 5 ms) of every
//     long-animation-frame entry, with its source URL, which attributes long work to a file
//     (an inline script's source is the page itself; the probe's own callbacks have none).
// Times are milliseconds from navigation start (performance.now() in the new document).
// Outside the page, CDP gives scripting time and the JS heap, and response bodies give bytes.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/**
 * The in-page probe. Passed to `page.addInitScript(probe, spec)`, so it must be self-contained.
 * `spec.banner` and `spec.accept` are deep paths (arrays of selectors; each selector after the
 * first is looked up in the previous element's shadow root when it has one), or null.
 * `spec.watchMs` is how long to keep watching frames. With `spec.complete` ({ path, count }), the
 * banner only counts as visible once the last selector of `path` matches at least `count`
 * elements (the scale pages use it to wait for every section).
 * @param {{ banner: string[] | null, accept: string[] | null, watchMs?: number, complete?: { path: string[], count: number } }} spec
 */
export function probe(spec) {
  if (window.top !== window) return;
  const state = {
    bannerVisible: null,
    operable: null,
    everVisible: false,
    visibleFrames: 0,
    frames: 0,
    layoutShift: 0,
    shifts: [],
    longTasks: [],
    longScripts: [],
    fcp: null,
  };
  Object.defineProperty(window, '__bench', { value: state, enumerable: false });
  const deep = (path) => {
    if (!path) return null;
    let scope = document;
    let element = null;
    for (const selector of path) {
      element = scope.querySelector(selector);
      if (!element) return null;
      scope = element.shadowRoot ?? element;
    }
    return element;
  };
  const countOf = ({ path, count }) => {
    const parent = path.length > 1 ? deep(path.slice(0, -1)) : document;
    const scope = parent && parent !== document ? (parent.shadowRoot ?? parent) : document;
    return scope.querySelectorAll(path[path.length - 1]).length >= count;
  };
  const rendered = (element) => {
    if (!element || !element.isConnected) return false;
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
  };
  const hit = (x, y) => {
    let element = document.elementFromPoint(x, y);
    while (element?.shadowRoot) {
      const inner = element.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === element) break;
      element = inner;
    }
    return element;
  };
  const operable = (button) => {
    if (!rendered(button) || button.disabled || button.closest('[inert]')) return false;
    const rect = button.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
    const target = hit(x, y);
    return !!target && (target === button || button.contains(target) || !!button.shadowRoot?.contains(target));
  };
  const watchMs = spec.watchMs ?? 4000;
  const frame = () => {
    state.frames++;
    const now = performance.now();
    if (spec.banner && document.documentElement) {
      if (rendered(deep(spec.banner)) && (!spec.complete || countOf(spec.complete))) {
        state.everVisible = true;
        state.visibleFrames++;
        state.bannerVisible ??= now;
      }
      if (state.operable === null && operable(deep(spec.accept))) state.operable = now;
    }
    if (now < watchMs) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const observe = (type, take) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
    } catch {
      /* an entry type this browser lacks: its figures stay empty */
    }
  };
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    state.layoutShift += entry.value;
    state.shifts.push({ at: entry.startTime, value: entry.value });
  });
  observe('longtask', (entry) => state.longTasks.push({ at: entry.startTime, duration: entry.duration }));
  observe('long-animation-frame', (frame) => {
    for (const script of frame.scripts ?? []) {
      if (script.sourceURL) state.longScripts.push({ src: script.sourceURL, invoker: script.invokerType, at: script.startTime, duration: script.duration });
    }
  });
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  });
}

/** Reads the probe's figures from the page, and when a performance mark `markName` was set. */
export async function readProbe(page, markName) {
  return page.evaluate((name) => {
    const state = /** @type {any} */ (window).__bench;
    const mark = name ? performance.getEntriesByName(name, 'mark')[0] : undefined;
    return { ...state, shifts: [...state.shifts], longTasks: [...state.longTasks], longScripts: [...state.longScripts], mark: mark ? mark.startTime : null };
  }, markName ?? null);
}

/** Waits in the page until `ms` after navigation start (a timer, not polling, so it costs nothing). */
export async function untilPageTime(page, ms) {
  await page.evaluate((until) => new Promise((resolve) => setTimeout(resolve, Math.max(0, until - performance.now()))), ms);
}

/** CDP Performance metrics by name. */
export async function cdpMetrics(session) {
  const { metrics } = await session.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of a body. */
export function compressedSizes(body) {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  if (!bytes.length) return { raw: 0, gzip: 0, brotli: 0 };
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sums sizes: `{ raw, gzip, brotli }` objects. */
export function addSizes(...sizes) {
  return sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

/**
 * Records the script and CSS responses a page receives. `settled()` waits until no request has
 * been in flight for `quietMs` (at most `timeoutMs`), so lazily loaded files are counted too;
 * `done()` resolves with the list of `{ url, type, raw, gzip, brotli }` once every body is read.
 */
export function recordResources(page) {
  const pending = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const started = () => {
    inFlight++;
    lastActivity = Date.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  const listener = (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      response
        .body()
        .then((body) => ({ url: new URL(response.url()).pathname, type, ...compressedSizes(body) }))
        .catch(() => ({ url: new URL(response.url()).pathname, type, raw: 0, gzip: 0, brotli: 0 })),
    );
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  page.on('response', listener);
  return {
    async settled(quietMs = 500, timeoutMs = 10_000) {
      // Quiet counts from now at the earliest: a request the page has just started may not have
      // been reported yet.
      lastActivity = Math.max(lastActivity, Date.now());
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < quietMs)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async done() {
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
      page.off('response', listener);
      return Promise.all(pending);
    },
  };
}

/** Median, minimum and maximum of the numbers among `values` (nulls are left out); null when none. */
export function summarise(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!numbers.length) return null;
  const mid = numbers.length >> 1;
  const median = numbers.length % 2 ? numbers[mid] : (numbers[mid - 1] + numbers[mid]) / 2;
  return { median, min: numbers[0], max: numbers[numbers.length - 1], n: numbers.length };
}
