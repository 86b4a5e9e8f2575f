import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { followOpener } from '@/lib/bitsgap/opener';
import { uiDirection } from '@/lib/i18n';
import { guardClicks } from '@/lib/ui/click-guard';
import { App } from './App';
import '@/components/overlay.css';
import './style.css';

export default defineContentScript({
  matches: ['https://app.bitsgap.com/*'],
  // WXT's start-up postMessage names the extension's id on every page: a fingerprint.
  noScriptStartedPostMessage: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    // From the first moment: a user may open Binance's pop-up before the rest has mounted.
    const opener = followOpener(document, ctx.signal);
    let container: HTMLElement | undefined;
    let guard: ReturnType<typeof guardClicks> | undefined;
    const draw = (url: URL) => {
      if (container && guard) render(<App signal={ctx.signal} guard={guard} opener={opener} path={url.pathname} />, container);
    };
    const ui = await createShadowRootUi<HTMLElement>(ctx, {
      name: 'ipwl-capture',
      position: 'inline',
      anchor: 'body',
      mode: 'open',
      onMount: (mounted) => {
        const root = mounted.getRootNode() as ShadowRoot;
        container = mounted;
        // The notices read in the extension's language and its direction, whatever Bitsgap's.
        mounted.dir = uiDirection();
        guard = guardClicks(root, () => root.querySelector('.notice'), ctx.signal);
        draw(new URL(location.href));
        return mounted;
      },
      onRemove: (mounted) => {
        if (mounted) render(null, mounted);
      },
    });
    ui.mount();
    // Bitsgap is a single-page app: follow its navigation to watch only on My exchanges.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => draw(event.newUrl));
  },
});
