// The JS heap the extension adds to a tab: the tab's renderer heap after forced garbage
// collections (HeapProfiler.collectGarbage), with the extension minus the page alone, the two
// loaded side by side in each pair. The renderer's heap holds every world, so the extension's
// isolated world, its guide and its Preact tree are all in the difference.
import type { BrowserContext, Page } from 'playwright-core';
import { binanceUrl } from '../../tests/support/chromium';
import { heapAfterGc } from './cdp';
import { scenario, type Bench } from './setup';
import { differences, median, round, spread, STEADY_RUNS, type Row } from './stats';

interface Measured {
  metric: string;
  goal: number;
  keys: number;
  open(context: BrowserContext, hasExtension: boolean): Promise<Page>;
}

const PAGES: Measured[] = [
  {
    metric: 'memory: JS heap the extension adds, a Binance page that is not API management',
    goal: 0.5,
    keys: 1,
    async open(context) {
      const page = await context.newPage();
      await page.goto(binanceUrl('/en/my/dashboard'));
      await page.waitForLoadState('load');
      return page;
    },
  },
  {
    metric: 'memory: JS heap the extension adds, API management with the guide shown, 30 keys × 30 addresses',
    goal: 3,
    keys: 30,
    async open(context, hasExtension) {
      const page = await context.newPage();
      await page.goto(binanceUrl());
      await page.getByText('Bitsgap_com', { exact: true }).waitFor();
      if (hasExtension) await page.locator('ipwl-guide').locator('.spotlight').waitFor();
      return page;
    },
  },
];

export async function memoryRows({ server, browser, baseline }: Bench): Promise<Row[]> {
  const rows: Row[] = [];
  // Memory wants more pairs than the 20 s runs: a pair takes seconds.
  const runs = 2 * STEADY_RUNS + 1;
  for (const measured of PAGES) {
    server.scenario = scenario(measured.keys);
    const withExt: number[] = [];
    const alone: number[] = [];
    for (let i = 0; i < runs; i++) {
      const [page, plain] = await Promise.all([measured.open(browser.context, true), measured.open(baseline, false)]);
      // Past the start: the guide's extras loaded, the badges drawn, the page's first timers run.
      await page.waitForTimeout(3000);
      const [a, b] = await Promise.all([heapAfterGc(page), heapAfterGc(plain)]);
      withExt.push(a);
      alone.push(b);
      await Promise.all([page.close(), plain.close()]);
    }
    rows.push({
      metric: measured.metric,
      unit: 'MB',
      ...spread(differences(withExt, alone), 2),
      without: round(median(alone), 2),
      goal: measured.goal,
      failAbove: 2 * measured.goal,
      note: `"without": the page alone's JS heap after GC; ${runs} pairs`,
    });
  }
  return rows;
}
