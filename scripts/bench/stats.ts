// The bench's numbers: one row of the table, spreads, and how many runs each measure takes.
import type { BrowserContext } from 'playwright-core';

export interface Row {
  metric: string;
  unit: string;
  /** Sizes and counts have one value; timings p10, median, p90. */
  value?: number;
  p10?: number;
  median?: number;
  p90?: number;
  /** The same measure without the extension (the page alone), median, where there is one. */
  without?: number;
  /** Its unit, where it differs from the row's (a share of the page's time in ms). */
  withoutUnit?: string;
  /** The number held against the goal, where it is not `value` or `median` (e.g. a ratio). */
  gated?: number;
  goal?: number;
  /** How the goal reads in the table, where it is not "≤ goal unit". */
  goalText?: string;
  /** Over this, CI fails: a size or a count at its goal, a timing at twice it. */
  failAbove?: number;
  note?: string;
  /** A timing: a busy machine makes it slower (sizes, memory and counts of listeners are not). */
  timing?: boolean;
  /** Cores' worth of CPU other work used while the row was measured (scripts/bench/load.ts). */
  busy?: number;
}

export const CI = process.env.CI === 'true';
/** Pairs for the short measures (a page load, a popup). */
export const RUNS = Number(process.env.BENCH_RUNS ?? (CI ? 9 : 15));
/** Pairs for the page-long measures (a 30-key page, seconds of frames). */
export const LONG_RUNS = Math.max(3, Math.round(RUNS / 2));
/** Pairs for the 20-second steady states and the memory rows: few in CI, more for the README. */
export const STEADY_RUNS = Number(process.env.BENCH_STEADY_RUNS ?? (CI ? 2 : 5));
/** Rounds of the leak checks: the 200 navigations and 50 paste-and-cancel rounds. */
export const NAVIGATIONS = Number(process.env.BENCH_NAVIGATIONS ?? 200);
export const PASTE_ROUNDS = Number(process.env.BENCH_PASTE_ROUNDS ?? 50);

export const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)]! + (s[Math.ceil(i)]! - s[Math.floor(i)]!) * (i - Math.floor(i));
};
export const median = (xs: number[]) => quantile(xs, 0.5);
export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
export const spread = (xs: number[], digits = 1) => ({ p10: round(quantile(xs, 0.1), digits), median: round(quantile(xs, 0.5), digits), p90: round(quantile(xs, 0.9), digits) });
export const differences = (a: number[], b: number[]) => a.map((x, i) => x - b[i]!);
/** Each of `a` as a percentage of the same run's `b`. */
export const shares = (a: number[], b: number[]) => a.map((x, i) => (100 * x) / b[i]!);

/** The same measure with and without the extension, `runs` times each, interleaved so both see the machine alike. */
export async function paired<T>(withExt: BrowserContext, without: BrowserContext, measure: (context: BrowserContext, hasExtension: boolean) => Promise<T>, runs: number) {
  const a: T[] = [];
  const b: T[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await measure(withExt, true));
    b.push(await measure(without, false));
  }
  return { with: a, without: b };
}
