// Finds Debian's Chromium for the browser tests and the benchmark; installs it with apt-get when
// it is missing and we are allowed to, else stops with a clear message. Never downloads a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

/** The path of a Chromium binary, or undefined. */
export function chromiumPath() {
  return CANDIDATES.find((path) => existsSync(path));
}

/** Returns the Chromium path, installing Debian's `chromium` package first if needed and possible. */
export function ensureChromium() {
  const found = chromiumPath();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (hasApt) {
    const sudo = isRoot ? [] : existsSync('/usr/bin/sudo') ? ['sudo', '-n'] : null;
    if (sudo) {
      console.log('Chromium not found: installing Debian package "chromium" with apt-get…');
      try {
        const run = (args) => execFileSync(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
        run([...sudo, 'apt-get', 'update', '-qq']);
        run([...sudo, 'apt-get', 'install', '-y', '-qq', 'chromium']);
      } catch {
        /* reported below */
      }
      const installed = chromiumPath();
      if (installed) return installed;
    }
  }
  console.error(
    'The browser tests need Chromium, and it is not installed.\n' +
      'Install Debian\'s package as root: apt-get install -y chromium\n' +
      '(or set CHROMIUM_PATH to a Chromium binary). No browser is downloaded by this project.',
  );
  process.exit(2);
}
