// After a save whose refresh Bitsgap could not take from us, lead the user to Bitsgap's own
// Refresh for Binance and, once they pressed it, read the Binance row's status as the outcome.
// Nothing here presses anything: the user does.
import type { Exchange } from './capture';
import { observe } from '../dom';
import type { PageStatus } from '../domain';
import { findBinanceMore, findBinanceRefresh, findBinanceRow, readRowStatus } from './page';

// How long to wait for the row's status to change after the user's Refresh before reading it as it is.
const READ_AFTER_MS = 5000;

export type RefreshHint =
  | { kind: 'press'; target: Element }
  | { kind: 'open-more'; target: Element }
  | { kind: 'not-shown' }
  | { kind: 'reading' }
  | { kind: 'observed'; status: PageStatus };

/** What the user opened on the page, followed from the content script's start. */
export interface OpenedByUser {
  /** Which row's button opened the pop-up. */
  opener: () => Exchange | undefined;
  /** Whether the user opened the Binance row's More menu. */
  moreOpened: () => boolean;
}

/**
 * Whether the user has opened the Binance row's More menu, followed from the content script's
 * start: a user may open it before the help has loaded.
 */
export function followBinanceMore(doc: Document, signal: AbortSignal): () => boolean {
  let more = false;
  doc.addEventListener(
    'click',
    (event) => {
      if (event.isTrusted && findBinanceMore(doc)?.contains(event.target as Node)) more = true;
    },
    { capture: true, signal },
  );
  return () => more;
}

/** Calls `onHint` whenever what to show changes, and `onObserved` once with the status read. */
export function guideBitsgapRefresh(
  doc: Document,
  signal: AbortSignal,
  seen: OpenedByUser,
  onHint: (hint: RefreshHint) => void,
  onObserved: (status: PageStatus) => void,
): void {
  // Which menus the user opened: Refresh is Binance's only inside Binance's own.
  const opened = () => ({ more: seen.moreOpened(), popUp: seen.opener() === 'binance' });
  let reading: { before: PageStatus | undefined; timer: ReturnType<typeof setTimeout> } | undefined;
  let done = false;
  let frame = 0;
  const currentStatus = () => {
    const row = findBinanceRow(doc);
    return row ? readRowStatus(row) : undefined;
  };

  const finish = (status: PageStatus | undefined) => {
    if (done || !reading) return;
    clearTimeout(reading.timer);
    reading = undefined;
    if (!status) return update();
    done = true;
    onObserved(status);
    onHint({ kind: 'observed', status });
  };
  const update = () => {
    frame = 0;
    if (done || signal.aborted) return;
    if (reading) {
      const now = currentStatus();
      if (now && now !== reading.before) finish(now);
      else onHint({ kind: 'reading' });
      return;
    }
    const refresh = findBinanceRefresh(doc, opened());
    if (refresh) return onHint({ kind: 'press', target: refresh });
    const more = findBinanceMore(doc);
    onHint(more ? { kind: 'open-more', target: more } : { kind: 'not-shown' });
  };
  const schedule = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(update);
  };

  doc.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || done) return;
      const hit = event.target as Node;
      const refresh = findBinanceRefresh(doc, opened());
      if (refresh?.contains(hit) && !reading) {
        reading = { before: currentStatus(), timer: setTimeout(() => finish(currentStatus()), READ_AFTER_MS) };
      }
      schedule();
    },
    { capture: true, signal },
  );
  observe(doc.body, schedule, { signal, childList: true, subtree: true, characterData: true, attributes: true });
  window.addEventListener('scroll', schedule, { passive: true, capture: true, signal });
  signal.addEventListener('abort', () => reading && clearTimeout(reading.timer), { once: true });
  schedule();
}
