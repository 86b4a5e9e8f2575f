// The list at load → the guide's ring painted. Time zero is the list's insertion (the replica's
// `replica:list` mark, made in the commit that inserts it); "painted" is the end of the first
// paint of the page's main thread after the ring entered the DOM, read from Chrome's own trace
// (the ring is a bordered box in a shadow root: Element Timing reports neither). The page alone
// is measured the same way in alternating runs: its list inserted → the first paint after. The
// content script's start comes from the same trace (the browser's EvaluateScript of the
// extension's first script): the extension marks nothing on Binance's pages.
import { binanceUrl } from '../../tests/support/chromium';
import { PLAIN } from '../../tests/replica/binance/variant';
import { timeline, trace } from './cdp';
import { meterLoad } from './load';
import { RING_PROBE } from './page-scripts';
import { scenario, type Bench } from './setup';
import { CI, median, round, RUNS, shares, spread, type Row } from './stats';

/** The goal for the time the extension adds, as a share of the page's own list-paint time. */
const ADDED_GOAL_PERCENT = 15;
// Pairs, in CI too: a pair's added time moves by up to a frame either way (which frame the list
// lands in), ±20 % of the page's list paint; over CI's usual 9 pairs the median moved from −0.3 %
// to 29.3 % between runs of one build, a hair from the 30 % line; over 15, −0.6 % to 15.4 %.
const PAIRS = Math.max(RUNS, 15);

/** What the trace shows of the runs that missed: the guide cannot draw before its stylesheet is read (lib/chunk.ts readPackaged). */
function missNote(styleAfterList: number[]): string | undefined {
  const known = styleAfterList.filter((x) => !Number.isNaN(x));
  if (known.length === 0) return undefined;
  const late = known.filter((x) => x > 0);
  const by = late.length > 0 ? `, by ${round(median(late))} ms (median)` : '';
  return `in ${late.length} of the ${known.length} runs that missed, the guide's stylesheet (assets/guide-style.css, read as the guide starts) arrived after the list was inserted${by}: the guide draws nothing before it`;
}

export async function spotlightRows({ server, browser, baseline }: Bench): Promise<Row[]> {
  const rows: Row[] = [];
  // CI measures the two gated shapes; the README's run also the smaller lists, for information.
  const shapes = ([[1, false], [10, false], [30, false], [30, true]] as const).filter(([count]) => !CI || count === 30);
  for (const [count, filled] of shapes) {
    server.scenario = scenario(count, filled ? { variant: { ...PLAIN, listArrival: 'fill' } } : {});
    const page = await browser.context.newPage();
    await page.addInitScript({ content: RING_PROBE });
    const plain = await baseline.newPage();
    const load = meterLoad();
    const withExt: number[] = [];
    const fromStart: number[] = [];
    const alone: number[] = [];
    let inListPaint = 0;
    // Where the guide's stylesheet (read as it starts) stood when the list came, in the runs that missed.
    const styleAfterList: number[] = [];
    // The page not being measured rests on about:blank (its ticker would take a core).
    for (let i = 0; i < PAIRS; i++) {
      const events = await trace(page, async () => {
        await page.goto(binanceUrl());
        await page.waitForFunction(() => (window as unknown as { __ring?: boolean }).__ring === true, null, { timeout: 15_000 });
        // The frame that draws the ring.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      });
      await page.goto('about:blank');
      const t = timeline(events);
      const ring = t.paintAfter('bench:ring');
      withExt.push(ring - t.mark('replica:list'));
      fromStart.push(ring - t.extensionStart('replica:list'));
      if (ring === t.paintAfter('replica:list')) inListPaint++;
      else styleAfterList.push((t.extensionFetched('/guide-style.css') ?? NaN) - t.mark('replica:list'));
      const plainEvents = await trace(plain, async () => {
        await plain.goto(binanceUrl());
        await plain.waitForFunction(() => performance.getEntriesByName('replica:list').length > 0, null, { timeout: 15_000 });
        await plain.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
      });
      await plain.goto('about:blank');
      const p = timeline(plainEvents);
      alone.push(p.paintAfter('replica:list') - p.mark('replica:list'));
    }
    await page.close();
    await plain.close();
    const busy = load.stop().others;
    const shape = `${count} key${count > 1 ? 's' : ''} × 30 addresses, ${filled ? 'written into rows already drawn' : 'at load'}, 3,000-element page`;
    rows.push({
      metric: `list inserted → spotlight painted, ${shape}`,
      unit: 'ms',
      ...spread(withExt),
      without: round(median(alone)),
      busy,
      note: `information, no goal; from the content script's start ${round(median(fromStart))} ms (median, from the trace); the ring painted in the list's own first paint in ${inListPaint} of ${PAIRS} runs`,
    });
    if (count !== 30) continue;
    // Per pair: what the extension adds to the page's own list-paint time, as a share of it.
    const added = withExt.map((x, i) => x - alone[i]!);
    const share = shares(added, alone);
    rows.push({
      metric: `30 keys, ${filled ? 'written into rows already drawn' : 'at load'}: the time the extension adds to the list's paint, as a share of the page's own`,
      unit: '%',
      timing: true,
      ...spread(share),
      without: round(median(alone)),
      withoutUnit: 'ms',
      busy,
      goal: ADDED_GOAL_PERCENT,
      failAbove: 2 * ADDED_GOAL_PERCENT,
      note: `per pair (ring painted − list inserted, with) − (list painted − list inserted, alone), over the latter; added ${spread(added).p10} / ${spread(added).median} / ${spread(added).p90} ms`,
    });
    // At most one run in 15 may paint the ring after the list's own first paint.
    const allowed = Math.ceil(PAIRS / 15);
    rows.push({
      metric: `30 keys, ${filled ? 'written into rows already drawn' : 'at load'}: runs whose ring missed the list's own first paint`,
      unit: `of ${PAIRS}`,
      // A race between the page's list and the guide's start: a busy machine decides it too.
      timing: true,
      value: PAIRS - inListPaint,
      busy,
      note: missNote(styleAfterList),
      goal: allowed,
      failAbove: 2 * allowed,
    });
  }
  return rows;
}
