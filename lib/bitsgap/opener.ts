import { DIALOGS } from '../dom';
import { CONTROLS, isOpener, rowExchange, type Exchange } from './capture';

/**
 * Which row's Extend / Renew / Fix / Refresh the user last clicked, followed from the content
 * script's start so no click is missed while the rest mounts. Only the user's own clicks count;
 * any other button of theirs outside a pop-up (a bot's Notes, another menu) ends that row's say.
 */
export function followOpener(doc: Document, signal: AbortSignal): () => Exchange | undefined {
  let opener: Exchange | undefined;
  doc.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element | null)?.closest?.(CONTROLS);
      // Clicks inside a pop-up (Generate, Copy, its own Refresh) leave the pop-up's row as it was.
      if (!event.isTrusted || !button || button.closest(DIALOGS)) return;
      opener = isOpener(button) ? rowExchange(button) : undefined;
    },
    { capture: true, signal },
  );
  return () => opener;
}
