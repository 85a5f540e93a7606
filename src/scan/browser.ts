/**
 * The browser the scan drives: an installed Chromium or Chrome, through playwright-core (which
 * never downloads one). Found at `CHROMIUM_PATH`, then the usual install paths of Debian/Ubuntu,
 * Fedora, macOS and Windows.
 */
/** Where Chromium and Chrome are usually installed, in the order they are tried. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Why no browser could be found, and what to do, in one line. */
export const NO_BROWSER =
  'no Chromium or Chrome found: install one (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its path; nothing is downloaded';

/**
 * The browser's path: `CHROMIUM_PATH` when set, else the first installed candidate. The
 * environment and the file test come in as arguments (the CLI passes `process.env` and `existsSync`).
 */
export function findBrowser(env: Record<string, string | undefined>, exists: (path: string) => boolean): string | undefined {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find((path) => exists(path));
}

/**
 * Launch arguments. Chromium refuses to start as root without `--no-sandbox` (containers and CI
 * run as root); the rest keep the browser's own background traffic (updates, sync, safe-browsing
 * lists) out of the requests the scan records.
 */
export function launchArgs(isRoot: boolean): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** The product token robots.txt groups are matched against, and that ends the user agent. */
export const PRODUCT_TOKEN = 'privacy-consent-scan';

/** The browser's own user agent with our product token, so site owners can see (and block) the scanner in their logs. */
export function scannerUserAgent(browserUserAgent: string, version: string): string {
  return `${browserUserAgent} ${PRODUCT_TOKEN}/${version}`;
}
