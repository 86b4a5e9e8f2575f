// Watches Bitsgap's page for the trusted-IP pop-up, narrowly: only while My exchanges is open,
// and only reading the page once per frame after it changed.
import { findTrustedIpDialog, type CapturedList, type Exchange } from './capture';

export const MY_EXCHANGES = /^\/my-exchanges(?:[/?#]|$)/;

export interface BitsgapWatch {
  /** Start or stop watching, as the user enters or leaves My exchanges. */
  setActive(active: boolean): void;
}

/** Calls `onFound` with Binance's pop-up and its addresses whenever that changes. */
export function watchBitsgap(doc: Document, signal: AbortSignal, opener: () => Exchange | undefined, onFound: (found: CapturedList | undefined) => void): BitsgapWatch {
  let frame = 0;
  let last = '';
  const check = () => {
    frame = 0;
    const found = findTrustedIpDialog(doc, opener());
    const key = found ? `${found.reason}:${found.ips.join(',')}` : '';
    if (key !== last) {
      last = key;
      onFound(found);
    }
  };
  const schedule = () => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(check);
  };
  const observer = new MutationObserver(schedule);
  // A click may open or change the pop-up: look again on the next frame.
  const onClick = () => schedule();
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    setActive(active) {
      observer.disconnect();
      doc.removeEventListener('click', onClick, { capture: true });
      if (!active) return;
      observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
      doc.addEventListener('click', onClick, { capture: true, signal });
      schedule();
    },
  };
}
