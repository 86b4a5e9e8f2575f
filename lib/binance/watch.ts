import { BUTTONS, observe } from '../dom';
import { API_KEY_LENGTH } from './locate';

// Mutations come in bursts while React renders; the page model reads the whole key list, so it
// runs at most once per this interval (the first change after a quiet spell goes through on
// the next frame, so the guide still reacts at once).
export const MIN_SNAPSHOT_INTERVAL_MS = 150;
// A busy page (a ticker changing every frame) is never quiet: until the key cards are known, a
// change that may be the list arriving goes through on the next frame anyway: elements with a
// control in them inserted (cards replacing a spinner), or text as long as an API key written
// (skeleton rows filled in place). A page that keeps doing either gets this many at once, then
// one per MIN_SNAPSHOT_INTERVAL_MS on top of the usual looks.
const ARRIVALS_AT_ONCE = 3;
// While watching only the key cards, how often to check that they are still in the page.
const CONNECTED_CHECK_MS = 1000;

export interface PageWatch {
  /**
   * Watch only these elements (the key cards) and their parents' child lists, or, with none,
   * the whole app root. A busy page (tickers, banners) then costs nothing.
   */
  focus(elements: readonly Element[]): void;
}

/**
 * One MutationObserver, scoped to Binance's app root until the key cards are known and to the
 * cards after, disconnected when the signal aborts. `onChange` runs in an animation frame, at
 * most once per MIN_SNAPSHOT_INTERVAL_MS (an arriving list at once); `onViewport` at most once
 * per frame on scroll and resize, for what only moves.
 */
export function watchPage(root: Element, onChange: () => void, onViewport: () => void, signal: AbortSignal): PageWatch {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  let arrivals = { credit: ARRIVALS_AT_ONCE, at: 0 };
  const run = () => {
    frame = 0;
    clearTimeout(timer);
    timer = undefined;
    if (signal.aborted) return;
    last = performance.now();
    onChange();
  };
  const schedule = (arrival = false) => {
    if (frame || signal.aborted) return;
    const now = performance.now();
    if (arrival) {
      const credit = Math.min(ARRIVALS_AT_ONCE, arrivals.credit + (now - arrivals.at) / MIN_SNAPSHOT_INTERVAL_MS);
      arrivals = { credit: credit >= 1 ? credit - 1 : credit, at: now };
      if (credit >= 1) {
        frame = requestAnimationFrame(run);
        return;
      }
    }
    if (timer !== undefined) return;
    const wait = last + MIN_SNAPSHOT_INTERVAL_MS - now;
    if (wait <= 0) {
      frame = requestAnimationFrame(run);
    } else {
      timer = setTimeout(() => {
        timer = undefined;
        frame = requestAnimationFrame(run);
      }, wait);
    }
  };
  let viewportFrame = 0;
  const viewport = () => {
    if (viewportFrame || signal.aborted) return;
    viewportFrame = requestAnimationFrame(() => {
      viewportFrame = 0;
      if (!signal.aborted) onViewport();
    });
  };

  let focused: readonly Element[] = [];
  let watching = new AbortController();
  const inside = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-checked', 'checked', 'role'] };
  const onRecords = (records: MutationRecord[]) => schedule(focused.length === 0 && records.some(mayBringList));
  const watch: PageWatch = {
    focus(elements) {
      if (elements.length === focused.length && elements.every((e, i) => e === focused[i])) return;
      focused = elements;
      watching.abort();
      watching = new AbortController();
      const scope = AbortSignal.any([signal, watching.signal]);
      if (elements.length === 0) return observe(root, onRecords, { signal: scope, ...inside });
      observe(elements, onRecords, { signal: scope, ...inside });
      observe(elements.flatMap((el) => el.parentElement ?? []), onRecords, { signal: scope, childList: true });
      // React may replace an ancestor we do not watch: then widen again and look afresh.
      const check = setInterval(() => {
        if (focused.some((e) => !e.isConnected)) {
          watch.focus([]);
          schedule(true);
        }
      }, CONNECTED_CHECK_MS);
      scope.addEventListener('abort', () => clearInterval(check), { once: true });
    },
  };
  observe(root, onRecords, { signal: AbortSignal.any([signal, watching.signal]), ...inside });
  // The caller takes the first look itself, at once; the first change after it (the list
  // arriving) still goes through on the next frame.
  window.addEventListener('scroll', viewport, { capture: true, passive: true, signal });
  window.addEventListener('resize', viewport, { passive: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(viewportFrame);
      clearTimeout(timer);
    },
    { once: true },
  );
  return watch;
}

/**
 * The record inserted an element that is or holds a button, or wrote a text as long as an API
 * key (its own target, or a text node it inserted): perhaps a key card.
 */
function mayBringList(record: MutationRecord): boolean {
  return [record.target, ...record.addedNodes].some((node) =>
    node instanceof Element ? node !== record.target && (node.matches(BUTTONS) || node.querySelector(BUTTONS) !== null) : node instanceof Text && node.length >= API_KEY_LENGTH,
  );
}
