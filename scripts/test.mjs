// Every check the project has, in order, ending with one line "N passed, N failed".
// Vitest suites count their tests; every other step counts as one check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'typecheck', cmd: 'npx tsc --noEmit && npx tsc --noEmit -p tests/replica/binance' },
  { name: 'lint', cmd: 'npx eslint .' },
  { name: 'unit tests', vitest: 'unit' },
  { name: 'build (Chrome)', cmd: 'npx wxt build' },
  { name: 'build (Firefox)', cmd: 'npx wxt build -b firefox' },
  { name: 'web-ext lint (Firefox build)', cmd: 'npx web-ext lint --source-dir .output/firefox-mv2 --self-hosted' },
  { name: 'e2e tests (Chromium and Firefox)', vitest: 'e2e', env: { IPWL_PREBUILT: '1' } },
  // Sizes fail over their goal; timings only beyond twice it (these machines are noisy).
  { name: 'benchmark (npm run bench)', cmd: 'npx tsx scripts/bench.ts --prebuilt', env: { BENCH_RUNS: '9' } },
];

mkdirSync('tests/.tmp', { recursive: true });
let passed = 0;
let failed = 0;
const summary = [];

for (const step of steps) {
  const started = Date.now();
  console.log(`\n=== ${step.name}`);
  if (step.vitest) {
    const out = `tests/.tmp/vitest-${step.vitest}.json`;
    rmSync(out, { force: true });
    const run = spawnSync(
      `npx vitest run --project ${step.vitest} --reporter=default --reporter=json --outputFile.json=${out}`,
      { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } },
    );
    // A run that failed outside any test (setup, a crash) still counts as one failure.
    const report = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { numPassedTests: 0, numFailedTests: 0 };
    const p = report.numPassedTests;
    const f = report.numFailedTests + (run.status !== 0 && report.numFailedTests === 0 ? 1 : 0);
    passed += p;
    failed += f;
    summary.push(`${step.name}: ${p} passed, ${f} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } else {
    const run = spawnSync(step.cmd, { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } });
    const ok = run.status === 0;
    if (ok) passed += 1;
    else failed += 1;
    summary.push(`${step.name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

console.log('\n=== summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
