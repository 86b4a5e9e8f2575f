// Watches Bitsgap's page for the trusted-IP pop-up, narrowly: only while My exchanges is open,
// and only reading the page once per frame after it changed.
import { observe } from '../dom';
import { findTrustedIpDialog, type CapturedList } from './capture';
import type { Opener } from './opener';

export interface BitsgapWatch {
  /** Start or stop watching, as the user enters or leaves My exchanges. */
  setActive(active: boolean): void;
}

/** Calls `onFound` with Binance's pop-up and its addresses whenever that changes. */
export function watchBitsgap(doc: Document, signal: AbortSignal, { opener, openedSince }: Opener, onFound: (found: CapturedList | undefined) => void): BitsgapWatch {
  let frame = 0;
  let last = '';
  let active: AbortController | undefined;
  const check = () => {
    frame = 0;
    const found = findTrustedIpDialog(doc, opener(), openedSince);
    const key = found ? `${found.reason}:${found.ips.join(',')}` : '';
    if (key !== last) {
      last = key;
      onFound(found);
    }
  };
  const schedule = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(check);
  };
  return {
    setActive(on) {
      active?.abort();
      if (!on) return;
      active = new AbortController();
      const watching = AbortSignal.any([signal, active.signal]);
      observe(doc.body, schedule, { signal: watching, childList: true, subtree: true, characterData: true });
      // A click may open or change the pop-up: look again on the next frame.
      doc.addEventListener('click', schedule, { capture: true, signal: watching });
      schedule();
    },
  };
}
