// npm run bench: measures the built extension in real Chromium on the replica, as a user feels
// it, and writes bench-output/bench.json (and, with --readme, the README's table). Sizes are
// exact: any size over its goal fails. Timings are p10 / median / p90 against the same page
// without the extension in the same run, and fail only beyond twice their goal (these machines
// are noisy); where absolute times differ between machines the goal is a share of the page's own
// time in the same run. The measures are in scripts/bench/, one file each.
//
//   --prebuilt      measure .output/ as it is (no build first)
//   --readme        rewrite the README's table from this run
//   --readme-only   rewrite the README's table from bench-output/bench.json, measuring nothing
//   --only=a,b      run these sections only (names below), for working on one
// BENCH_RUNS sets the pairs of the short measures; CI=true takes fewer pairs for the long ones.
import { execFileSync } from 'node:child_process';
import { startServer } from '../tests/support/server';
import { dialogScanRows } from './bench/dialog-scan';
import { nonApiLoadRows, pasteRows, thirtyKeyRows } from './bench/interaction';
import { leakRows } from './bench/leaks';
import { meterLoad } from './bench/load';
import { memoryRows } from './bench/memory';
import { popupRows } from './bench/popup';
import { failed, writeReadme, writeReport } from './bench/report';
import { openBench, type Bench } from './bench/setup';
import { sizeRows } from './bench/sizes';
import { spotlightRows } from './bench/spotlight';
import { steadyRows } from './bench/steady';
import { CI, LONG_RUNS, NAVIGATIONS, PASTE_ROUNDS, RUNS, STEADY_RUNS, type Row } from './bench/stats';

const args = process.argv.slice(2);
if (args.includes('--readme-only')) {
  writeReadme();
  process.exit(0);
}
if (!args.includes('--prebuilt')) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });

// In order: the paste leaves 30 addresses stored, so it comes last.
const SECTIONS: [string, (bench: Bench) => Promise<Row[]>][] = [
  ['popup', popupRows],
  ['spotlight', spotlightRows],
  ['non-api', nonApiLoadRows],
  ['thirty-keys', thirtyKeyRows],
  ['steady', steadyRows],
  ['memory', memoryRows],
  ['dialogs', dialogScanRows],
  ['leaks', leakRows],
  ['paste', pasteRows],
];
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const started = Date.now();
const rows: Row[] = only && !only.includes('sizes') ? [] : sizeRows();
const server = await startServer();
try {
  const bench = await openBench(server);
  try {
    for (const [name, measure] of SECTIONS) {
      if (only && !only.includes(name)) continue;
      const t0 = Date.now();
      const load = meterLoad();
      const measured = await measure(bench);
      // Rows that did not meter their own span get the section's.
      const { others } = load.stop();
      rows.push(...measured.map((r) => ({ ...r, busy: r.busy ?? others })));
      console.log(`bench: ${name} took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    await bench.baseline.close();
    await bench.browser.close();
  }
} finally {
  await server.close();
}

const runs = `${RUNS} pairs for short measures, ${LONG_RUNS} for page-long ones, ${STEADY_RUNS} × 20 s for steady states${CI ? ' (CI)' : ''}, ${NAVIGATIONS} navigations and ${PASTE_ROUNDS} paste rounds`;
writeReport(rows, runs, { readme: args.includes('--readme') });
console.log(`bench: ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
const bad = failed(rows);
for (const r of bad) console.log(`FAILED: ${r.metric}`);
process.exit(bad.length > 0 ? 1 : 0);
