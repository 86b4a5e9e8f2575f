import { DIALOGS } from '../dom';
import { CONTROLS, isOpener, rowExchange, type Exchange } from './capture';

export interface Opener {
  /** The exchange of the row whose Extend / Renew / Fix / Refresh the user last clicked. */
  opener(): Exchange | undefined;
  /** True for a dialog that was not open yet at that click: one the click may have opened. */
  openedSince(dialog: Element): boolean;
}

/**
 * Which row's Extend / Renew / Fix / Refresh the user last clicked, followed from the content
 * script's start so no click is missed while the rest mounts. Only the user's own clicks count;
 * any other button of theirs outside a pop-up (a bot's Notes, another menu) ends that row's say.
 * A dialog that was already there when they clicked is not the one they opened.
 */
export function followOpener(doc: Document, signal: AbortSignal): Opener {
  let opener: Exchange | undefined;
  let before = new WeakSet<Element>();
  doc.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest?.(CONTROLS);
      // Clicks inside a pop-up (Generate, Copy, its own Refresh) leave the pop-up's row as it was.
      if (!event.isTrusted || !button || button.closest(DIALOGS)) return;
      opener = isOpener(button) ? rowExchange(button) : undefined;
      before = new WeakSet(doc.querySelectorAll(DIALOGS));
    },
    { capture: true, passive: true, signal },
  );
  return { opener: () => opener, openedSince: (dialog) => !before.has(dialog) };
}
