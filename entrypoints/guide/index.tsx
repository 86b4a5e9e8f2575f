import { render } from 'preact';
import type { PageWords } from '@/lib/binance/words';
import { registerChunk } from '@/lib/chunk';
import { prepareGuide, type StartedGuide } from './prepare';
import { mountShadowUi, raise, type ShadowUi } from '@/lib/ui/shadow-ui';
import { App } from './App';
import { wireGuide } from './wire';

// The guide on Binance's API-management page. On a direct visit the browser injects it with the
// Binance content script; after in-app navigation that script imports it (lib/chunk.ts).

/** One stay on the API page: what ends it, and the UI once mounted. */
interface Visit {
  stop: AbortController;
  ui?: ShadowUi;
}

export default defineUnlistedScript(() => {
  let visit: Visit | undefined;
  // Closing the guide lasts until the user leaves the API page.
  let dismissed = false;
  const guide = {
    show(pageSignal: AbortSignal, url: URL) {
      if (visit || dismissed) return;
      const current: Visit = { stop: new AbortController() };
      visit = current;
      const signal = AbortSignal.any([pageSignal, current.stop.signal]);
      prepareGuide(document, url, signal, (words, css) => {
        current.ui = mountShadowUi('ipwl-guide', css, signal);
        return start(current.ui, words);
      });
    },
    hide() {
      if (!visit) {
        dismissed = false;
        return;
      }
      if (visit.ui) render(null, visit.ui.container);
      visit.ui?.remove();
      visit.stop.abort();
      visit = undefined;
    },
  };

  function start(ui: ShadowUi, words: PageWords[]): StartedGuide {
    const { root, container } = ui;
    const { session, guard, place } = wireGuide(ui, words);
    // The shortcut brings focus in; Esc takes it back to the page, onto the control the step names.
    let cameFrom: Element | null = null;
    const focusIn = () => {
      cameFrom = document.activeElement;
      root.querySelector<HTMLElement>('.panel')?.focus();
    };
    const focusOut = () => ((session.pageControl() ?? cameFrom ?? document.body) as HTMLElement).focus();
    const close = () => {
      dismissed = true;
      guide.hide();
    };
    render(<App session={session} guard={guard} onClose={close} onEscape={focusOut} panel={() => root.querySelector('.panel')} place={place} />, container);
    // A modal of the page's own may have taken the layer out of the top layer: back once it closes.
    session.subscribe(() => raise(container));
    return { setInputs: session.setInputs, focusIn };
  }
  registerChunk('guide', guide);
});
