// The verdicts, the table, bench-output/bench.json and the README's table.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Row } from './stats';

/**
 * Other work using this much CPU (in cores, on average) while a timing was measured makes it a
 * measure of the machine: such a timing beyond where CI fails is reported, not failed.
 */
export const BUSY_CORES = 0.5;

/** met at or under the goal; missed up to where CI fails (a size's or a count's goal, twice a timing's); FAILED beyond, unless the machine was busy. */
export function verdict(r: Row): string {
  if (r.goal === undefined) return '';
  const v = r.gated ?? r.value ?? r.median!;
  if (v <= r.goal) return 'met';
  if (v <= (r.failAbove ?? r.goal)) return 'missed (CI fails beyond 2×)';
  return r.timing && (r.busy ?? 0) >= BUSY_CORES ? `beyond 2×, not judged: other work used ${r.busy!.toFixed(1)} cores meanwhile` : 'FAILED';
}

const unit = (u: string) => (u ? ` ${u}` : '');
const show = (r: Row) => (r.value !== undefined ? `${r.value}${unit(r.unit)}` : `${r.p10} / **${r.median}** / ${r.p90}${unit(r.unit)}`);
const goal = (r: Row) => (r.goal === undefined ? '' : (r.goalText ?? `≤ ${r.goal}${unit(r.unit)}`));

export function table(rows: Row[]): string {
  return [
    '| metric | value (p10 / median / p90) | the page alone (median) | goal | | other work meanwhile (cores) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.metric}${r.note ? ` (${r.note})` : ''} | ${show(r)} | ${r.without === undefined ? '' : `${r.without}${unit(r.withoutUnit ?? r.unit)}`} | ${goal(r)} | ${verdict(r)} | ${r.timing && r.busy !== undefined ? r.busy.toFixed(1) : ''} |`,
    ),
  ].join('\n');
}

export function writeReport(rows: Row[], runs: string, { readme }: { readme: boolean }) {
  const date = new Date().toISOString().slice(0, 10);
  const text = table(rows);
  console.log(`\nBenchmark, ${date}, real Chromium on the replica, ${runs}\n\n${text}`);
  mkdirSync('bench-output', { recursive: true });
  writeFileSync('bench-output/bench.json', JSON.stringify({ date, runs, rows }, null, 2));
  console.log('\nwrote bench-output/bench.json');
  if (readme) writeReadme();
}

/** Rewrites the README's table from bench-output/bench.json. */
export function writeReadme() {
  const { date, runs, rows } = JSON.parse(readFileSync('bench-output/bench.json', 'utf8')) as { date: string; runs: string; rows: Row[] };
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('<!-- bench -->');
  const end = readme.indexOf('<!-- /bench -->');
  if (start < 0 || end < 0) throw new Error('README.md has no <!-- bench --> … <!-- /bench --> block');
  writeFileSync('README.md', `${readme.slice(0, start)}<!-- bench -->\nMeasured ${date} by \`npm run bench\` (${runs}; bench-output/bench.json):\n\n${table(rows)}\n${readme.slice(end)}`);
  console.log('updated the README table');
}

export const failed = (rows: Row[]) => rows.filter((r) => verdict(r) === 'FAILED');
