import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { isApiManagementPath } from '@/lib/binance/route';
import { guardClicks } from '@/lib/ui/click-guard';
import { App } from './App';
import '@/components/overlay.css';
import './style.css';

export default defineContentScript({
  // Every Binance page, because users reach API management by in-app navigation too.
  matches: ['https://www.binance.com/*'],
  // WXT's start-up postMessage names the extension's id on every page: a fingerprint.
  noScriptStartedPostMessage: true,
  cssInjectionMode: 'ui',
  main(ctx) {
    let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
    let mounting = false;
    let dismissed = false;
    let onApiPage = false;

    // The navigation event fires before location changes, so take the URL from the event.
    const sync = async (url: URL) => {
      onApiPage = isApiManagementPath(url.pathname);
      if (!onApiPage) dismissed = false;
      if (onApiPage && !ui && !mounting && !dismissed) {
        mounting = true;
        const mounted = await mountGuide(ctx, () => {
          dismissed = true;
          ui?.remove();
          ui = undefined;
        });
        mounting = false;
        // The user may have navigated on while the guide's stylesheet loaded.
        if (onApiPage && !dismissed) ui = mounted;
        else mounted.remove();
      } else if (!onApiPage && ui) {
        ui.remove();
        ui = undefined;
      }
    };
    ctx.addEventListener(window, 'wxt:locationchange', (event) => void sync(event.newUrl));
    void sync(new URL(location.href));
  },
});

async function mountGuide(ctx: ContentScriptContext, onClose: () => void) {
  const run = new AbortController();
  ctx.onInvalidated(() => run.abort());
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'ipwl-guide',
    position: 'inline',
    anchor: 'body',
    mode: 'open',
    onMount: (container) => {
      const root = container.getRootNode() as ShadowRoot;
      const guard = guardClicks(root, () => root.querySelector('.panel'), run.signal);
      render(<App onClose={onClose} signal={run.signal} guard={guard} />, container);
      return container;
    },
    onRemove: (container) => {
      run.abort();
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
