// A tab open all day: what the extension's script costs per second of a busy page at rest,
// counted by the CPU profiler's samples in its files, beside the page's own script. The page
// with the extension and the page alone run side by side for the same 20 s (two browsers, the
// same machine state); each run is cut into four 5 s windows for the spread.
import type { BrowserContext, Page } from 'playwright-core';
import { binanceUrl } from '../../tests/support/chromium';
import { BITSGAP_HOST } from '../../tests/support/server';
import { defaultScenario } from '../../tests/replica/binance/scenario';
import { startProfile, type Profiled } from './cdp';
import { inPage, PAGE } from './page-scripts';
import { keys, NOISE, scenario, type Bench } from './setup';
import { CI, median, round, spread, STEADY_RUNS, type Row } from './stats';

const SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 20);
const WINDOWS = 4;

interface Steady {
  metric: string;
  /** None: information only. */
  goal: number | undefined;
  /** Measured in CI too. */
  ci: boolean;
  /** Sets the server up for the page. */
  serve(bench: Bench): void;
  /** Opens the page in `context` and brings it to the state measured. */
  open(context: BrowserContext, hasExtension: boolean): Promise<Page>;
}

const STEADIES: Steady[] = [
  {
    metric: 'steady state, a busy Binance page that is not API management (order book and trades: 50 elements changed per frame, and the ticker)',
    goal: 0.5,
    ci: true,
    serve: ({ server }) => (server.scenario = scenario(1)),
    async open(context) {
      const page = await context.newPage();
      await page.goto(binanceUrl('/en/my/dashboard'));
      await page.waitForLoadState('load');
      await inPage(page, PAGE.orderBookAndTrades);
      return page;
    },
  },
  {
    metric: 'steady state, API management with the guide finished (the key holds every address: "Nothing to add"), 30 keys and the ticker',
    goal: 1,
    ci: true,
    serve: ({ server }) => (server.scenario = defaultScenario({ listDelayMs: 0, noise: NOISE, keys: keys(30, true) })),
    async open(context, hasExtension) {
      const page = await context.newPage();
      await page.goto(binanceUrl());
      await page.getByText('Bitsgap_com', { exact: true }).waitFor();
      if (hasExtension) await page.locator('ipwl-guide').getByText(/already holds all/).waitFor();
      return page;
    },
  },
  ...[false, true].map(
    (replace): Steady => ({
      metric: `steady state, Bitsgap’s My exchanges with its rows’ 12 figures changing every frame${replace ? ', each as a new text node (textContent)' : ' (the text node’s data, as React writes it)'}`,
      goal: replace ? undefined : 0.5,
      // Information, for the README's run: how a page that replaces its text nodes fares.
      ci: !replace,
      serve: () => undefined,
      async open(context) {
        const page = await context.newPage();
        await page.goto(`https://${BITSGAP_HOST}/my-exchanges`);
        await page.waitForLoadState('load');
        await inPage(page, PAGE.bitsgapFigures, replace);
        return page;
      },
    }),
  ),
];

export async function steadyRows(bench: Bench): Promise<Row[]> {
  const rows: Row[] = [];
  for (const steady of STEADIES.filter((s) => s.ci || !CI)) {
    steady.serve(bench);
    const withExt: Profiled[] = [];
    const alone: Profiled[] = [];
    for (let i = 0; i < STEADY_RUNS; i++) {
      const [page, plain] = await Promise.all([steady.open(bench.browser.context, true), steady.open(bench.baseline, false)]);
      // Past the start (the extension's first look, the watcher loading) to the state that lasts.
      await page.waitForTimeout(2000);
      const profiling = await Promise.all([startProfile(page, 200), startProfile(plain, 200)]);
      await page.waitForTimeout(SECONDS * 1000);
      const [a, b] = await Promise.all(profiling.map((p) => p.stop(WINDOWS)));
      withExt.push(...a!);
      alone.push(...b!);
      await Promise.all([page.close(), plain.close()]);
    }
    const perSecond = (xs: Profiled[], pick: (p: Profiled) => number) => xs.map((p) => (pick(p) * 1000) / p.wall);
    const ours = perSecond(withExt, (p) => p.extension);
    const pageWith = spread(perSecond(withExt, (p) => p.page), 2);
    const layout = spread(perSecond(withExt, (p) => p.layout), 2);
    const pageAlone = perSecond(alone, (p) => p.page);
    const mistaken = perSecond(alone, (p) => p.extension);
    rows.push({
      metric: `${steady.metric}, the extension’s script per second (CPU profiler samples in its files), ${SECONDS} s`,
      unit: 'ms/s',
      timing: true,
      ...spread(ours, 2),
      without: round(median(pageAlone), 2),
      goal: steady.goal,
      failAbove: steady.goal && 2 * steady.goal,
      note: `"without": the page's own script per second, alone; with the extension the page's own is ${pageWith.p10} / ${pageWith.median} / ${pageWith.p90} ms/s; layout the extension's calls force: ${layout.median} ms/s (median)${Math.max(...mistaken) > 0 ? `; samples counted as the extension's in the page alone: ${round(Math.max(...mistaken), 3)} ms/s` : ''}`,
    });
  }
  return rows;
}
