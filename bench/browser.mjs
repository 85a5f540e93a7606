// Launches Debian's Chromium for the benchmark and its test, with the project's launch arguments.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';

/** A headless Chromium (playwright-core Browser); installs Debian's package when missing and allowed. */
export function launchBrowser() {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}
