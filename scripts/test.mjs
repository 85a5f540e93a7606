// `npm test`: every suite, in order, then one line `N passed, N failed` summing them all.
//   checks    the generated schema is up to date; TypeScript compiles; every dependency is declared
//             and used (knip); the build succeeds
//   unit      vitest, the plain modules (test/<folder> mirrors src/<folder>): the `unit` project, and the
//             `import` project, the importer's tests, run in one invocation (vite.config.ts says why two)
//   elements  @web/test-runner in Chromium (test/elements)
//   pages     vitest + playwright-core in Chromium, whole demo pages over the build (test/pages)
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const chromium = ensureChromium();
const env = { ...process.env, CHROMIUM_PATH: chromium, FORCE_COLOR: process.env.CI ? '0' : '1' };
rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });

const totals = { passed: 0, failed: 0 };
const lines = [];
/** Tests that failed once and passed when retried. */
const retried = [];

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
}

/** A step that is one check: it passes when the command exits 0. */
function check(name, command, args) {
  const ok = run(command, args) === 0;
  totals[ok ? 'passed' : 'failed']++;
  lines.push(`${name}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

function readCounts(file, name, status) {
  let counts = { passed: 0, failed: 0 };
  if (existsSync(file)) {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    counts = 'numPassedTests' in data ? { passed: data.numPassedTests, failed: data.numFailedTests } : data;
    // vitest keeps the errors of a failed try on a test that passed when retried (vite.config.ts
    // gives page tests one retry): name each, so a flaky test is seen and can be fixed.
    for (const file of data.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        if (test.status === 'passed' && test.failureMessages?.length) retried.push(`${name}: passed on its second try: ${test.fullName}`);
      }
    }
  }
  // A runner that failed without reporting a failing test (a crash, a file that did not load) still fails.
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  lines.push(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
}

check('schema up to date', 'node', ['scripts/gen-schema.mjs', '--check']);
check('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
// Every package the code imports is in package.json, and every package listed is used (knip.jsonc).
check('dependencies declared and used', 'npx', ['knip', '--dependencies']);
const built = check('build', 'npm', ['run', '-s', 'build']);

const vitest = (name, projects = [name]) => [
  'vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--passWithNoTests',
  '--reporter=default', '--reporter=json', `--outputFile.json=.test-results/${name}.json`,
];
readCounts('.test-results/unit.json', 'unit', run('npx', vitest('unit', ['unit', 'import'])));
readCounts('.test-results/elements.json', 'elements', run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']));
if (built) readCounts('.test-results/pages.json', 'pages', run('npx', vitest('pages')));
else lines.push('pages: not run (the build failed)');

console.log(`\n${[...retried, ...lines].join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
