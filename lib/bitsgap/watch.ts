// Watches Bitsgap's page for the trusted-IP pop-up, narrowly: only while My exchanges is open,
// and only reading the page once per frame after it changed.
import { DIALOGS, findTrustedIpDialog, isOpener, rowExchange, type CapturedList, type Exchange } from './capture';

export const MY_EXCHANGES = /^\/my-exchanges(?:[/?#]|$)/;

export interface BitsgapWatch {
  /** Start or stop watching, as the user enters or leaves My exchanges. */
  setActive(active: boolean): void;
}

/** Calls `onFound` with Binance's pop-up and its addresses whenever that changes. */
export function watchBitsgap(doc: Document, signal: AbortSignal, onFound: (found: CapturedList | undefined) => void): BitsgapWatch {
  // The exchange of the row whose Extend / Renew / Fix / Refresh the user last clicked.
  let opener: Exchange | undefined;
  let frame = 0;
  let last = '';
  const check = () => {
    frame = 0;
    const found = findTrustedIpDialog(doc, opener);
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
  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.('button, [role="button"], a');
    // Only the user's own click says which row they opened; a script's click says nothing. Any
    // other button of theirs outside a pop-up (a bot's Notes, another menu) ends that row's say.
    if (event.isTrusted && button) {
      if (isOpener(button)) opener = rowExchange(button);
      else if (!button.closest(DIALOGS)) opener = undefined;
    }
    schedule();
  };
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    setActive(active) {
      observer.disconnect();
      doc.removeEventListener('click', onClick, { capture: true });
      if (!active) {
        opener = undefined;
        return;
      }
      observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
      doc.addEventListener('click', onClick, { capture: true, signal });
      schedule();
    },
  };
}
