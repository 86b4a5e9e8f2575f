// Issue #22's many dialogs: API management with 4,000 non-modal role=dialog elements (chat
// widgets), each a child of <body>. The guide looks at <body>'s changes for Binance's own dialogs
// (lib/binance/dialogs.ts), so the measure is one change to <body>: a div appended, until two
// frames and the tasks after each are done (the guide looks in the next frame, and hit-tests
// after the frame it drew). Its cost is the main thread's busy time over that span (Chrome's
// TaskDuration counter: script, style, layout, paint), with the extension and without.
import type { BrowserContext, Page } from 'playwright-core';
import { binanceUrl } from '../../tests/support/chromium';
import { defaultScenario } from '../../tests/replica/binance/scenario';
import { countersDuring, profileDuring } from './cdp';
import { inPage, PAGE, pageScript } from './page-scripts';
import { keys, type Bench } from './setup';
import { LONG_RUNS, median, paired, round, spread, type Row } from './stats';

const DIALOGS = 4000;
const CHANGES = 10;
const GOAL_TIMES = 2;

async function open(context: BrowserContext, hasExtension: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: pageScript(PAGE.chatDialogs, DIALOGS) });
  await page.goto(binanceUrl());
  await page.getByText('Bitsgap_com', { exact: true }).waitFor();
  if (hasExtension) await page.locator('ipwl-guide').locator('.spotlight').waitFor();
  await page.waitForTimeout(1500);
  return page;
}

export async function dialogScanRows({ server, browser, baseline }: Bench): Promise<Row[]> {
  // No ticker: the span would count its frames too.
  server.scenario = defaultScenario({ listDelayMs: 0, keys: keys(3) });
  const ours: number[] = [];
  const layouts: number[] = [];
  const r = await paired(
    browser.context,
    baseline,
    async (context, hasExtension) => {
      const page = await open(context, hasExtension);
      // One change under the profiler first, not counted: how much of it is the extension's own script.
      const profiled = await profileDuring(page, () => inPage(page, PAGE.bodyChange));
      if (hasExtension) {
        ours.push(profiled.extension);
        layouts.push(profiled.layout);
      }
      const costs: number[] = [];
      for (let i = 0; i < CHANGES; i++) costs.push((await countersDuring(page, () => inPage(page, PAGE.bodyChange))).task);
      await page.close();
      return costs;
    },
    LONG_RUNS,
  );
  const withExt = r.with.flat();
  const alone = r.without.flat();
  const times = median(withExt) / median(alone);
  return [
    {
      metric: `${DIALOGS.toLocaleString('en')} non-modal dialogs on API management: one change to <body>, the main thread's busy time until two frames after`,
      unit: 'ms',
      timing: true,
      ...spread(withExt),
      without: round(median(alone)),
      gated: round(times, 2),
      goal: GOAL_TIMES,
      failAbove: 2 * GOAL_TIMES,
      goalText: `with ≤ ${GOAL_TIMES} × without`,
      note: `median with ÷ median without: ${round(times, 2)}×; the extension's own script in one change (CPU profiler samples in its files, with the DOM calls they make): ${spread(ours, 2).median} ms, and the layout its calls force: ${spread(layouts, 2).median} ms (medians, one change under the profiler per page); ${withExt.length} changes each way`,
    },
  ];
}
