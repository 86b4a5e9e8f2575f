import { render } from 'preact';
import overlayCss from '@/components/overlay.css?inline';
import { pageWords } from '@/lib/binance/locale';
import { registerChunk } from '@/lib/chunk';
import { startGuideSession } from '@/lib/guide/session';
import { listenToBackground, tell } from '@/lib/page-link';
import { mountShadowUi, type ShadowUi } from '@/lib/ui/shadow-ui';
import { guardClicks } from '@/lib/ui/click-guard';
import { App } from './App';
import guideCss from './style.css?inline';

// The guide on Binance's API-management page, loaded there by the Binance content script.
export default defineUnlistedScript(() => {
  let ui: ShadowUi | undefined;
  // Closing the guide lasts until the user leaves the API page.
  let dismissed = false;
  const guide = {
    show(pageSignal: AbortSignal, url: URL) {
      if (ui || dismissed) return;
      ui = mountShadowUi('ipwl-guide', `${overlayCss}\n${guideCss}`, pageSignal);
      const { root, container, signal } = ui;
      const guard = guardClicks(root, () => root.querySelector('.panel'), signal);
      const session = startGuideSession({ doc: document, words: pageWords(document, url.pathname), signal, tell, open: (href) => window.open(href, '_blank', 'noopener') });
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
        guide.hide();
      };
      render(<App session={session} guard={guard} onClose={close} onEscape={focusOut} />, container);
    },
    hide() {
      if (!ui) {
        dismissed = false;
        return;
      }
      render(null, ui.container);
      ui.remove();
      ui = undefined;
    },
  };
  registerChunk('guide', guide);
});
