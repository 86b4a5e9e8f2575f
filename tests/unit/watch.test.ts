// How soon the guide looks at Binance's page, and how often, on a busy page: a price ticker that
// changes every frame, the key list arriving in the middle of it, a page that keeps inserting.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIN_SNAPSHOT_INTERVAL_MS, watchPage } from '@/lib/binance/watch';

const FRAME = 16;

function busyPage() {
  document.body.innerHTML = '<div id="app"><header><span>BTC/USDT 0</span></header><main></main></div>';
  const root = document.getElementById('app')!;
  const price = root.querySelector('span')!.firstChild as Text;
  const ticker = setInterval(() => (price.data = `BTC/USDT ${Math.random()}`), FRAME);
  return { root, main: root.querySelector('main')!, stop: () => clearInterval(ticker) };
}

function card(label: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = `<div>${label}</div><div>${'a'.repeat(64)}</div><button>Edit restrictions</button>`;
  return el;
}

describe('watchPage on a busy page', () => {
  let looks: number[];
  let stop: AbortController;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    looks = [];
    stop = new AbortController();
  });
  afterEach(() => {
    stop.abort();
    vi.useRealTimers();
  });

  it('looks at the key list in the frame after it arrives, though the ticker never lets the page go quiet', async () => {
    const page = busyPage();
    watchPage(page.root, () => looks.push(performance.now()), () => undefined, stop.signal);
    // The ticker alone: looked at, but no more than once per interval.
    await vi.advanceTimersByTimeAsync(1000);
    expect(looks.length).toBeLessThanOrEqual(Math.ceil(1000 / MIN_SNAPSHOT_INTERVAL_MS) + 1);
    for (const at of [0, 20, 70, 130]) {
      await vi.advanceTimersByTimeAsync(at === 0 ? 0 : 37);
      const arrived = performance.now();
      page.main.append(card(`bot-${at}`));
      await vi.advanceTimersByTimeAsync(FRAME + 1);
      expect(looks.filter((t) => t > arrived)[0], `arrival ${at}`).toBeLessThanOrEqual(arrived + FRAME + 1);
      await vi.advanceTimersByTimeAsync(400);
    }
    page.stop();
  });

  it('looks in the frame after skeleton rows are filled in place: no element arrives, the key’s text is written', async () => {
    const page = busyPage();
    // The rows are there, Edit button and all, before the list: only their text changes.
    const rows = [card('…'), card('…')];
    for (const row of rows) (row.children[1]!.firstChild as Text).data = '…';
    page.main.append(...rows);
    watchPage(page.root, () => looks.push(performance.now()), () => undefined, stop.signal);
    await vi.advanceTimersByTimeAsync(1000);
    for (const [i, row] of rows.entries()) {
      await vi.advanceTimersByTimeAsync(37);
      const arrived = performance.now();
      (row.children[0]!.firstChild as Text).data = `bot-${i}`;
      (row.children[1]!.firstChild as Text).data = String(i).repeat(64);
      await vi.advanceTimersByTimeAsync(FRAME + 1);
      expect(looks.filter((t) => t > arrived)[0], `row ${i}`).toBeLessThanOrEqual(arrived + FRAME + 1);
    }
    page.stop();
  });

  it('a page that keeps inserting buttons is looked at a few times at once, then at most twice per interval', async () => {
    const page = busyPage();
    watchPage(page.root, () => looks.push(performance.now()), () => undefined, stop.signal);
    const inserting = setInterval(() => page.main.append(card('toast')), FRAME);
    await vi.advanceTimersByTimeAsync(3000);
    clearInterval(inserting);
    page.stop();
    // Every frame would be ~190 looks. A few at once, then one arrival per interval on top of
    // the ticker's one per interval: at most about 44.
    expect(looks.length).toBeGreaterThan(3);
    expect(looks.length).toBeLessThanOrEqual(3 + 2 * Math.ceil(3000 / MIN_SNAPSHOT_INTERVAL_MS) + 1);
  });
});
