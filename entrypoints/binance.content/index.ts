import { isApiManagementPath } from '@/lib/binance/route';
import { loadChunk, type Chunk } from '@/lib/chunk';

// The only code on every Binance page: a route check. The guide (entrypoints/guide) is loaded
// on the API-management page only, where it has work to do.
export default defineContentScript({
  // Every Binance page, because users reach API management by in-app navigation too.
  matches: ['https://www.binance.com/*'],
  // WXT's start-up postMessage names the extension's id on every page: a fingerprint.
  noScriptStartedPostMessage: true,
  // At once, so the guide loads while Binance's own scripts are still starting: loaded later, it
  // queues behind them (measured: 45–120 ms on a 30-key page).
  runAt: 'document_start',
  main(ctx) {
    let guide: Promise<Chunk> | undefined;
    const sync = (url: URL) => {
      if (isApiManagementPath(url.pathname)) {
        guide ??= loadChunk('guide');
        void guide.then((chunk) => chunk.show(ctx.signal, url));
      } else void guide?.then((chunk) => chunk.hide());
    };
    // The navigation event fires before location changes, so take the URL from the event.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => sync(event.newUrl));
    sync(new URL(location.href));
  },
});
