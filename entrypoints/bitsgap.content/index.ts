import { isMyExchanges } from '@/lib/bitsgap/routes';
import { loadChunk, type Chunk } from '@/lib/chunk';

// The only code on every Bitsgap page: a route check. The watcher for Binance's pop-up and
// Bitsgap's Refresh (entrypoints/bitsgap-page) is loaded on My exchanges, where they are.
export default defineContentScript({
  matches: ['https://app.bitsgap.com/*'],
  // WXT's start-up postMessage names the extension's id on every page: a fingerprint.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let helper: Promise<Chunk> | undefined;
    const sync = (url: URL) => {
      if (isMyExchanges(url.pathname)) helper ??= loadChunk('bitsgap-page');
      // Once loaded it follows every navigation (Bitsgap is a single-page app).
      void helper?.then((chunk) => chunk.show(ctx.signal, url));
    };
    ctx.addEventListener(window, 'wxt:locationchange', (event) => sync(event.newUrl));
    sync(new URL(location.href));
  },
});
