// Mutations come in bursts while React renders; the page model reads the whole key list, so it
// runs at most once per this interval (the first change after a quiet spell goes through on
// the next frame, so the guide still reacts at once).
export const MIN_SNAPSHOT_INTERVAL_MS = 150;
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
 * most once per MIN_SNAPSHOT_INTERVAL_MS; `onViewport` at most once per frame on scroll and
 * resize, for what only moves.
 */
export function watchPage(root: Element, onChange: () => void, onViewport: () => void, signal: AbortSignal): PageWatch {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  const run = () => {
    frame = 0;
    if (signal.aborted) return;
    last = performance.now();
    onChange();
  };
  const schedule = () => {
    if (frame || timer !== undefined || signal.aborted) return;
    const wait = last + MIN_SNAPSHOT_INTERVAL_MS - performance.now();
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

  const observer = new MutationObserver(schedule);
  const inside = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-checked', 'checked', 'role'] };
  let focused: readonly Element[] = [];
  let check: ReturnType<typeof setInterval> | undefined;
  const watch: PageWatch = {
    focus(elements) {
      if (elements.length === focused.length && elements.every((e, i) => e === focused[i])) return;
      focused = elements;
      observer.disconnect();
      clearInterval(check);
      if (elements.length === 0) {
        observer.observe(root, inside);
        return;
      }
      for (const el of elements) {
        observer.observe(el, inside);
        if (el.parentElement) observer.observe(el.parentElement, { childList: true });
      }
      // React may replace an ancestor we do not watch: then widen again and look afresh.
      check = setInterval(() => {
        if (focused.some((e) => !e.isConnected)) {
          watch.focus([]);
          schedule();
        }
      }, CONNECTED_CHECK_MS);
    },
  };
  observer.observe(root, inside);
  // The caller takes the first look itself, at once; the first change after it (the list
  // arriving) still goes through on the next frame.
  window.addEventListener('scroll', viewport, { capture: true, passive: true, signal });
  window.addEventListener('resize', viewport, { passive: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearInterval(check);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(viewportFrame);
      clearTimeout(timer);
    },
    { once: true },
  );
  return watch;
}
