// A page load elsewhere on Binance, and the 30-key page as a user works with it: scrolling, a
// change per frame inside a card, the whole list re-rendered, a one-click paste.
import type { BrowserContext } from 'playwright-core';
import { binanceUrl, guide } from '../../tests/support/chromium';
import { card } from '../../tests/support/flow';
import { defaultScenario, makeApiKey } from '../../tests/replica/binance/scenario';
import { countersDuring, profileDuring } from './cdp';
import { apiPageReady, scenario, type Bench } from './setup';
import { differences, LONG_RUNS, median, paired, round, RUNS, shares, spread, type Row } from './stats';

// The extension's script is gated as a share of the page's own script in the same profile: the
// same build's identical work measured 7.4 to 18.4 ms from one re-render to the next, rising and
// falling with the page's own (25 to 56 ms) as the machine's speed moved, and CI's one failure
// came from a run where the forced layout beside it took 82 ms against 52 here. The goals are
// issue #13's milliseconds over the page's own in quiet runs here (2026-12-03): 5 ms of a 46 ms
// load, 8 ms of a 45 ms re-render.
const NON_API_GOAL_PERCENT = 11;
const RERENDER_GOAL_PERCENT = 18;
// A re-render takes 1.2 s to measure and its single runs spread widely: 21 everywhere.
const RERENDERS = Math.max(RUNS, 21);

/**
 * A Binance page that is not API management, loaded in a new tab: the CPU profiler's samples in
 * the extension's files (its loader runs there, nothing else), and the page's own script beside
 * it. A new tab's renderer has compiled nothing yet, as on a user's first visit; a reload would
 * find the loader compiled already (about a third of the time). The whole page's script, with
 * minus without, is reported too: it moves with the page's own variance far more than with the
 * extension (see the note).
 */
export async function nonApiLoadRows({ server, browser, baseline }: Bench): Promise<Row[]> {
  server.scenario = scenario(1);
  const load = async (context: BrowserContext) => {
    const page = await context.newPage();
    // The new tab's blank page and the Binance page share a renderer: the profile covers the load.
    const profiled = await profileDuring(page, async () => {
      await page.goto(binanceUrl('/en/my/dashboard'));
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
    });
    await page.close();
    if (profiled.page === 0) throw new Error('the profile missed the page load (another renderer?)');
    return profiled;
  };
  const r = await paired(browser.context, baseline, load, RUNS);
  const ours = r.with.map((p) => p.extension);
  const pageWith = r.with.map((p) => p.page + p.extension + p.layout);
  const pageAlone = r.without.map((p) => p.page);
  const whole = spread(differences(pageWith, pageAlone));
  const alone = spread(pageAlone);
  const ms = spread(ours, 2);
  return [
    {
      metric: 'page that is not API management: the extension’s script per page load (CPU profiler samples in its files), as a share of the page’s own script in the same load',
      unit: '%',
      timing: true,
      ...spread(shares(ours, r.with.map((p) => p.page))),
      without: round(median(pageAlone)),
      withoutUnit: 'ms',
      goal: NON_API_GOAL_PERCENT,
      failAbove: 2 * NON_API_GOAL_PERCENT,
      note: `the extension's script ${ms.p10} / ${ms.median} / ${ms.p90} ms (issue #13's goal: 5 ms); "page alone": the page's own script per load; all script sampled, with minus without, per pair: ${whole.p10} / ${whole.median} / ${whole.p90} ms, while the page alone ranges ${alone.p10}–${alone.p90} ms from load to load`,
    },
  ];
}

export async function thirtyKeyRows({ server, browser, baseline }: Bench): Promise<Row[]> {
  const rows: Row[] = [];
  server.scenario = scenario(30);
  const FRAMES = 120;
  // Script per frame while scrolling, then while one text inside a card changes every frame: one page for both.
  const perFrame = async (context: BrowserContext, hasGuide: boolean) => {
    const page = await apiPageReady(context, hasGuide);
    const out: Record<string, number> = {};
    for (const action of ['scroll', 'change']) {
      const { script } = await countersDuring(page, () =>
        page.evaluate(
          async ({ frames, action }) => {
            const target = [...document.querySelectorAll('#__APP div')].filter((el) => el.textContent === '**********')[7]!;
            for (let f = 0; f < frames; f++) {
              if (action === 'scroll') window.scrollBy(0, f % 60 < 30 ? 40 : -40);
              else target.firstChild!.nodeValue = `${'*'.repeat(9)}${f % 10}`;
              await new Promise((r) => requestAnimationFrame(r));
            }
          },
          { frames: FRAMES, action },
        ),
      );
      out[action] = script / FRAMES;
    }
    await page.close();
    return out;
  };
  const r = await paired(browser.context, baseline, perFrame, LONG_RUNS);
  for (const [action, label, goal] of [
    ['scroll', '30 keys: scrolling, extra script per frame', 1],
    ['change', '30 keys: one change per frame inside a card, extra script per change', 2],
  ] as const) {
    const a = r.with.map((x) => x[action]!);
    const b = r.without.map((x) => x[action]!);
    rows.push({ metric: label, unit: 'ms', timing: true, ...spread(differences(a, b)), without: round(median(b)), goal, failAbove: 2 * goal });
  }
  const times: number[] = [];
  const layouts: number[] = [];
  const pageOwn: number[] = [];
  const page = await apiPageReady(browser.context, true);
  for (let i = 0; i < RERENDERS; i++) {
    const profiled = await profileDuring(page, async () => {
      await page.evaluate(() => (window as unknown as { __replica: { rerenderList: () => void } }).__replica.rerenderList());
      // Long enough for the guide to notice its cards were replaced and look again.
      await page.waitForTimeout(1200);
    });
    times.push(profiled.extension);
    layouts.push(profiled.layout);
    pageOwn.push(profiled.page);
  }
  await page.close();
  const ms = spread(times);
  rows.push({
    metric: '30 keys: the whole list re-rendered, the extension’s script (CPU profiler samples in its files and the DOM calls they make), as a share of the page’s own script in the same re-render',
    unit: '%',
    timing: true,
    ...spread(shares(times, pageOwn)),
    without: round(median(pageOwn)),
    withoutUnit: 'ms',
    goal: RERENDER_GOAL_PERCENT,
    failAbove: 2 * RERENDER_GOAL_PERCENT,
    note: `the extension's script ${ms.p10} / ${ms.median} / ${ms.p90} ms (issue #13's goal: 8 ms), "page alone" here: the page's own script in the same 1.2 s, in the same profile as the extension's; besides, the layout its calls force (getBoundingClientRect on the new cards, in the frame after React's commit, which the frame would do anyway): ${spread(layouts).median} ms (median)`,
  });
  return rows;
}

/** One-click paste of 30 addresses until the guide says they are in. It leaves 30 addresses stored: run it last. */
export async function pasteRows({ server, browser }: Bench): Promise<Row[]> {
  const thirty = Array.from({ length: 30 }, (_, i) => `52.29.100.${i + 1}`);
  server.bitsgap.ips = thirty;
  const popup = await browser.openPopup();
  await popup.getByRole('button', { name: 'Fetch from Bitsgap' }).click();
  // The popup lists what it holds (its summary line sits in the details, hidden).
  await popup.locator('.ips li').nth(29).waitFor();
  await popup.close();
  server.scenario = defaultScenario({ listDelayMs: 0, keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('b'), permissions: { reading: true }, ips: null }] });
  const page = await browser.context.newPage();
  const times: number[] = [];
  for (let i = 0; i < Math.max(5, Math.round(RUNS / 2)); i++) {
    await page.goto(binanceUrl());
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
    const paste = guide(page).getByRole('button', { name: 'Paste 30 trusted IPs' });
    await paste.waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __clickAt?: number; __doneAt?: number };
      const root = document.querySelector('ipwl-guide')!.shadowRoot!;
      w.__clickAt = undefined;
      w.__doneAt = undefined;
      root.addEventListener('click', () => (w.__clickAt ??= performance.now()), { capture: true });
      new MutationObserver(() => {
        if (w.__doneAt === undefined && /^Added 30/.test(root.querySelector('[role=status]')?.textContent ?? '')) w.__doneAt = performance.now();
      }).observe(root, { subtree: true, childList: true, characterData: true });
    });
    await paste.click();
    await page.waitForFunction(() => (window as unknown as { __doneAt?: number }).__doneAt !== undefined);
    times.push(await page.evaluate(() => (window as unknown as { __doneAt: number; __clickAt: number }).__doneAt - (window as unknown as { __clickAt: number }).__clickAt));
  }
  await page.close();
  return [{ metric: 'one-click paste of 30 addresses until verified (the first loads the form filler)', unit: 'ms', timing: true, ...spread(times), goal: 300, failAbove: 600 }];
}
