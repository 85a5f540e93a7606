// Regenerates docs/screenshot.png, the README's picture of the demo: `node scripts/screenshot.mjs`
// after `npm run build`. Headless Chromium (Debian's package), the demo served on loopback.
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';

const server = await startServer();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 640 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/video.html`);
  await page.locator('cookie-consent').getByRole('button', { name: /accept/i }).waitFor();
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await server.close();
}
