// Launches Debian's Chromium for the benchmark and its test, with the project's launch arguments.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';

/**
 * The host name the pages are served under: a name, as a live site has, mapped to loopback. On
 * `localhost` or `127.0.0.1` our drop-in also loads its development-only config report, which
 * visitors of a live site never download, so measuring there would not measure what they get.
 */
export const BENCH_HOST = 'site.bench.test';

/** A headless Chromium (playwright-core Browser); installs Debian's package when missing and allowed. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${BENCH_HOST} 127.0.0.1`],
  });
}
