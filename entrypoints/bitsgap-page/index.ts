import type { Notices, NoticeInputs } from '@/lib/bitsgap/notices';
import { followOpener } from '@/lib/bitsgap/opener';
import { followBinanceMore } from '@/lib/bitsgap/refresh-guide';
import { isMyExchanges } from '@/lib/bitsgap/routes';
import { watchStatuses, type StatusWatch } from '@/lib/bitsgap/status-watch';
import { watchBitsgap, type BitsgapWatch } from '@/lib/bitsgap/watch';
import { loadChunk, registerChunk } from '@/lib/chunk';
import { questionFor } from '@/lib/keepalive/choice';
import { listenToBackground, tell } from '@/lib/page-link';
import { awaitingRefresh } from '@/lib/refresh-text';

// On Bitsgap's My exchanges, loaded there by the Bitsgap content script: follows the user's
// clicks, watches for Binance's trusted-IP pop-up and the Binance connections' statuses, and
// hears whether a save waits on Bitsgap's Refresh or a connection's key is to be asked. The
// notices themselves (Preact, entrypoints/bitsgap-notices) load only when there is one to show.
export default defineUnlistedScript(() => {
  let started: { signal: AbortSignal; watch: BitsgapWatch; statuses: StatusWatch } | undefined;
  const inputs: NoticeInputs = { path: '', opener: () => undefined, moreOpened: () => false };
  let notices: Promise<Notices> | undefined;
  const update = () => {
    if (!started) return;
    const here = isMyExchanges(inputs.path);
    const wanted = inputs.found !== undefined || (here && (awaitingRefresh(inputs.pushed?.runs) !== undefined || questionFor(inputs.pushed) !== undefined));
    if (!notices && !wanted) return;
    notices ??= loadChunk<Notices>('bitsgap-notices');
    const { signal } = started;
    const now = { ...inputs };
    void notices.then((n) => n.render(signal, now));
  };
  registerChunk('bitsgap-page', {
    show(pageSignal, url) {
      if (!started) {
        // From the first moment: a user may open Binance's pop-up or its More menu before the
        // rest has loaded.
        const opener = followOpener(document, pageSignal);
        inputs.opener = opener.opener;
        inputs.moreOpened = followBinanceMore(document, pageSignal);
        const watch = watchBitsgap(document, pageSignal, opener, (found) => {
          inputs.found = found;
          update();
        });
        const statuses = watchStatuses(document, pageSignal, (connections) => void tell({ type: 'status:observed', connections }).catch(() => undefined));
        started = { signal: pageSignal, watch, statuses };
        listenToBackground(pageSignal, (state) => {
          inputs.pushed = state;
          update();
        });
      }
      inputs.path = url.pathname;
      // The page is watched only while My exchanges is open.
      started.watch.setActive(isMyExchanges(url.pathname));
      started.statuses.setActive(isMyExchanges(url.pathname));
      update();
    },
    hide() {
      void notices?.then((n) => n.clear());
    },
  });
});
