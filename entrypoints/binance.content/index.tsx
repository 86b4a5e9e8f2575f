import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { pageWords } from '@/lib/binance/locale';
import { isApiManagementPath } from '@/lib/binance/route';
import { startGuideSession } from '@/lib/guide/session';
import { listenToBackground, tell } from '@/lib/page-link';
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
  async main(ctx) {
    // One UI, mounted while the API page is open; each mount is a new guide session.
    let mount: AbortController | undefined;
    let dismissed = false;
    let url = new URL(location.href);
    const ui = await createShadowRootUi<HTMLElement>(ctx, {
      name: 'ipwl-guide',
      position: 'inline',
      anchor: 'body',
      mode: 'open',
      onMount: (container) => {
        mount = new AbortController();
        const signal = AbortSignal.any([ctx.signal, mount.signal]);
        const root = container.getRootNode() as ShadowRoot;
        const guard = guardClicks(root, () => root.querySelector('.panel'), signal);
        const session = startGuideSession({ doc: document, words: pageWords(document, url.pathname), signal, tell, open: (url) => window.open(url, '_blank', 'noopener') });
        // The shortcut brings focus in; Esc takes it back to the page, onto the control the step names.
        let cameFrom: Element | null = null;
        const focusIn = () => {
          cameFrom = document.activeElement;
          root.querySelector<HTMLElement>('.panel')?.focus();
        };
        const focusOut = () => ((session.pageControl() ?? cameFrom ?? document.body) as HTMLElement).focus();
        listenToBackground(signal, session.setInputs, focusIn);
        const close = () => {
          dismissed = true;
          ui.remove();
        };
        render(<App session={session} guard={guard} onClose={close} onEscape={focusOut} />, container);
        return container;
      },
      onRemove: (container) => {
        mount?.abort();
        if (container) render(null, container);
      },
    });
    // The navigation event fires before location changes, so take the URL from the event.
    const sync = (next: URL) => {
      url = next;
      const onApiPage = isApiManagementPath(url.pathname);
      // Closing the guide lasts until the user leaves the API page.
      if (!onApiPage) dismissed = false;
      if (onApiPage && !dismissed && !ui.mounted) ui.mount();
      else if (!onApiPage && ui.mounted) ui.remove();
    };
    ctx.addEventListener(window, 'wxt:locationchange', (event) => sync(event.newUrl));
    sync(new URL(location.href));
  },
});
