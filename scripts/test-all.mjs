// `npm test`: build, type-check, unit + integration tests (Vitest), browser and Electron e2e (Playwright);
// ends with one line "N passed, N failed, N skipped" summed over every runner.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

if (!process.env.FRAMEBENCH_SKIP_BUILD) {
  if (step('build', 'npm', ['run', 'build', '--silent']) !== 0) {
    console.log('\nbuild failed\n0 passed, 1 failed');
    process.exit(1);
  }
}

const typecheck = step('typecheck', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
totals[typecheck === 0 ? 'passed' : 'failed'] += 1;

const vitestFile = path.join(reports, 'vitest.json');
const vitestStatus = step('unit and integration (vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]);
const vitest = readJson(vitestFile);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (vitestStatus !== 0 && (!vitest || vitest.numFailedTests === 0)) totals.failed += 1; // the runner itself broke

const playwrightFile = path.join(reports, 'playwright.json');
const playwrightStatus = step('browser and Electron e2e (playwright)', npx, ['playwright', 'test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightFile,
});
const playwright = readJson(playwrightFile);
/** Skipped tests with the reason they gave (the Electron tests where no Electron binary exists). */
function printSkips(suite, path = []) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      const skip = test.annotations?.find((a) => a.type === 'skip');
      if (test.status === 'skipped') console.log(`skipped: ${[...path, spec.title].join(' › ')}${skip?.description ? ` — ${skip.description}` : ''}`);
    }
  }
  for (const child of suite.suites ?? []) printSkips(child, [...path, child.title].filter(Boolean));
}

if (playwright) {
  for (const suite of playwright.suites ?? []) printSkips(suite);
  totals.passed += playwright.stats.expected + playwright.stats.flaky;
  totals.failed += playwright.stats.unexpected;
  totals.skipped += playwright.stats.skipped;
}
if (playwrightStatus !== 0 && (!playwright || playwright.stats.unexpected === 0)) totals.failed += 1;

fs.rmSync(reports, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
