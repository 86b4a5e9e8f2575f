// A long session: 200 in-app navigations (the replica's own links: history.pushState, which the
// loader hears through WXT's navigation event and answers by showing or hiding the guide), and
// 50 rounds of the guide's Paste then Binance's Cancel. Checked after the first round and after
// the last, the page at rest on API management: the tab's JS heap after forced GCs (with minus
// without: the page's own growth cancels), the listeners the extension's world holds on window,
// document, <body> and in the guide (DevTools' getEventListeners, asked in that world), and its
// timers and frame callbacks that fire in 3 s at rest (Chrome's trace).
import type { BrowserContext, Page } from 'playwright-core';
import { binanceUrl, guide } from '../../tests/support/chromium';
import { card } from '../../tests/support/flow';
import { defaultScenario } from '../../tests/replica/binance/scenario';
import { domCounters, extensionCallbacks, extensionListeners, heapAfterGc } from './cdp';
import { keys, TRUSTED, type Bench } from './setup';
import { NAVIGATIONS, PASTE_ROUNDS, round, type Row } from './stats';

interface Check {
  heap: number;
  listeners: Awaited<ReturnType<typeof extensionListeners>>;
  callbacks: Awaited<ReturnType<typeof extensionCallbacks>>;
  /** The renderer's JS event listeners, every world: Memory.getDOMCounters. */
  allListeners: number;
}

async function check(page: Page): Promise<Check> {
  await page.waitForTimeout(1000);
  const callbacks = await extensionCallbacks(page, 3000);
  const listeners = await extensionListeners(page);
  const heap = await heapAfterGc(page);
  const { jsEventListeners } = await domCounters(page);
  return { heap, listeners, callbacks, allListeners: jsEventListeners };
}

const onApiPage = (hasExtension: boolean) =>
  hasExtension
    ? () => Boolean(document.querySelector('ipwl-guide')?.shadowRoot?.querySelector('.spotlight')) && document.body.innerText.includes('Bitsgap_com')
    : () => document.body.innerText.includes('Bitsgap_com');

/** There and back: API management → the dashboard → API management, by the page's own links. */
async function navigationRound(page: Page, hasExtension: boolean) {
  await page.evaluate(() => (document.querySelector('nav a') as HTMLElement).click());
  await page.waitForFunction((ext) => document.querySelector('h1')?.textContent === 'Dashboard' && (!ext || !document.querySelector('ipwl-guide')), hasExtension, { polling: 'raf' });
  await page.evaluate(() => (document.querySelector('a[href$="/my/settings/api-management"]:not(nav a)') as HTMLElement).click());
  await page.waitForFunction(onApiPage(hasExtension), null, { polling: 'raf' });
}

/** The guide's Paste, then Binance's Cancel; the page alone gets the same addresses typed and confirmed, then Cancel. */
async function pasteRound(page: Page, hasExtension: boolean) {
  const key = card(page, 'Bitsgap_com');
  await key.getByRole('button', { name: 'Edit restrictions' }).click();
  if (hasExtension) {
    await guide(page).getByRole('button', { name: `Paste ${TRUSTED.length} trusted IPs` }).click();
    await guide(page).getByText(/^Added /).waitFor();
  } else {
    await key.getByRole('textbox').fill(TRUSTED.join(' '));
    await key.getByRole('button', { name: 'Confirm' }).click();
    await key.getByText(TRUSTED[0]!, { exact: true }).waitFor();
  }
  await key.getByRole('button', { name: 'Cancel', exact: true }).click();
  await key.getByRole('button', { name: 'Edit restrictions' }).waitFor();
  if (hasExtension) await guide(page).getByRole('button', { name: `Paste ${TRUSTED.length} trusted IPs` }).waitFor();
}

/**
 * The heap grows over the first rounds with the page alone too (V8 compiling what runs, its
 * caches filling): measured on this machine, about three quarters of 100 rounds' growth came in the first 10, with
 * and without the extension alike. Growth is counted from here on, so a leak (growth every
 * round) is what the row shows; the growth from the first round is in its note.
 */
const WARM_UP_ROUNDS = 10;

async function session(context: BrowserContext, hasExtension: boolean, rounds: number, round: (page: Page, hasExtension: boolean) => Promise<void>) {
  const page = await context.newPage();
  await page.goto(binanceUrl());
  await page.waitForFunction(onApiPage(hasExtension), null, { polling: 'raf' });
  await round(page, hasExtension);
  const first = await check(page);
  for (let i = 1; i < WARM_UP_ROUNDS; i++) await round(page, hasExtension);
  const warm = await heapAfterGc(page);
  for (let i = WARM_UP_ROUNDS; i < rounds; i++) await round(page, hasExtension);
  const last = await check(page);
  await page.close();
  return { first, warm, last };
}

type Session = Awaited<ReturnType<typeof session>>;

const listenerSum = (l: Check['listeners']) => l.window + l.document + l.body + l.guide;
const describe = (l: Check['listeners']) => `${listenerSum(l)} (window ${l.window}, document ${l.document}, body ${l.body}, guide ${l.guide})`;

function rowsFor(name: string, a: Session, b: Session): Row[] {
  const growthWith = a.last.heap - a.warm;
  const growthAlone = b.last.heap - b.warm;
  const fromFirst = a.last.heap - a.first.heap - (b.last.heap - b.first.heap);
  const grown = listenerSum(a.last.listeners) - listenerSum(a.first.listeners) + (a.last.callbacks.timers - a.first.callbacks.timers) + (a.last.callbacks.frames - a.first.callbacks.frames);
  return [
    {
      metric: `leaks, ${name}: JS heap growth from round ${WARM_UP_ROUNDS} to the last, with minus without (after GC)`,
      unit: 'MB',
      value: round(growthWith - growthAlone, 2),
      without: round(growthAlone, 2),
      goal: 0.3,
      failAbove: 0.6,
      note: `"without": the page alone's own growth; rounds 1 → ${WARM_UP_ROUNDS} → last: with the extension ${round(a.first.heap, 2)} → ${round(a.warm, 2)} → ${round(a.last.heap, 2)} MB, the page alone ${round(b.first.heap, 2)} → ${round(b.warm, 2)} → ${round(b.last.heap, 2)} MB; from the first round, with minus without: ${round(fromFirst, 2)} MB`,
    },
    {
      metric: `leaks, ${name}: the extension’s listeners, timers and frame callbacks, last round minus first`,
      unit: '',
      value: grown,
      goal: 0,
      failAbove: 0,
      note: `listeners ${describe(a.first.listeners)} → ${describe(a.last.listeners)}; timers firing in 3 s at rest ${a.first.callbacks.timers} → ${a.last.callbacks.timers}, frame callbacks ${a.first.callbacks.frames} → ${a.last.callbacks.frames}; the renderer's JS listeners, every world: with ${a.first.allListeners} → ${a.last.allListeners}, alone ${b.first.allListeners} → ${b.last.allListeners}`,
    },
  ];
}

export async function leakRows({ server, browser, baseline }: Bench): Promise<Row[]> {
  server.scenario = defaultScenario({ listDelayMs: 0, keys: keys(3) });
  // With and without side by side: the page alone's own growth over the same rounds.
  const rounds = Math.round(NAVIGATIONS / 2);
  const [navA, navB] = await Promise.all([session(browser.context, true, rounds, navigationRound), session(baseline, false, rounds, navigationRound)]);
  const [pasteA, pasteB] = await Promise.all([session(browser.context, true, PASTE_ROUNDS, pasteRound), session(baseline, false, PASTE_ROUNDS, pasteRound)]);
  return [...rowsFor(`${rounds * 2} in-app navigations`, navA, navB), ...rowsFor(`${PASTE_ROUNDS} rounds of Paste then Cancel`, pasteA, pasteB)];
}
