import { render } from 'preact';
import overlayCss from '@/components/overlay.css?inline';
import { pageWords } from '@/lib/binance/locale';
import type { PageWords } from '@/lib/binance/words';
import type { FormActions } from '@/lib/binance/fill';
import { loadChunk, registerChunk } from '@/lib/chunk';
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
      // Loaded from document_start: wait for the page to have a body to hang the guide on.
      if (!document.body) {
        document.addEventListener('DOMContentLoaded', () => guide.show(pageSignal, url), { once: true, signal: pageSignal });
        return;
      }
      const mounted = mountShadowUi('ipwl-guide', `${overlayCss}\n${guideCss}`, pageSignal);
      ui = mounted;
      void pageWords(document, url.pathname).then((words) => {
        if (ui === mounted && !mounted.signal.aborted) start(mounted, words);
      });
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

  function start({ root, container, signal }: ShadowUi, words: PageWords[]) {
    const guard = guardClicks(root, () => root.querySelector('.panel'), signal);
    let form: Promise<FormActions> | undefined;
    const session = startGuideSession({
      doc: document,
      words,
      signal,
      tell,
      open: (href) => window.open(href, '_blank', 'noopener'),
      form: () => (form ??= loadChunk<FormActions>('paste')),
    });
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
  }
  registerChunk('guide', guide);
});
