// Element tests in real Chromium (Debian's package), through @web/test-runner.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { writeFileSync, mkdirSync } from 'node:fs';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';

/** Writes pass and fail counts for scripts/test.mjs to sum. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) continue;
          test.passed ? passed++ : failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (session.errors?.length && session.passed === false && !session.testResults?.tests?.length && !session.testResults?.suites?.length) failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/elements.json', JSON.stringify({ passed, failed }));
    },
  };
}

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', json: true, tsconfig: './tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  reporters: [(await import('@web/test-runner')).defaultReporter(), countingReporter()],
};
