import { render } from 'preact';
import overlayCss from '@/components/overlay.css?inline';
import { pageWords } from '@/lib/binance/locale';
import { localeFromPath } from '@/lib/binance/route';
import type { PageWords } from '@/lib/binance/words';
import type { FormActions } from '@/lib/binance/fill';
import { loadChunk, registerChunk } from '@/lib/chunk';
import { startGuideSession, type GuideSession } from '@/lib/guide/session';
import { listenToBackground, tell } from '@/lib/page-link';
import type { PageState } from '@/lib/protocol';
import { mountShadowUi, type ShadowUi } from '@/lib/ui/shadow-ui';
import { guardClicks } from '@/lib/ui/click-guard';
import { App } from './App';
import guideCss from './style.css?inline';

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
      // The background's state and the page's words are asked for at once, while the page is
      // still loading, so both are here when the key list arrives.
      let latest: PageState | undefined;
      let session: GuideSession | undefined;
      let focusIn = () => {};
      listenToBackground(
        signal,
        (state) => {
          latest = state;
          session?.setInputs(state);
        },
        () => focusIn(),
      );
      const body = new Promise<void>((resolve) => {
        if (document.body) resolve();
        else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal });
      });
      // Without a locale in the URL the words follow <html lang>, which may not be parsed yet.
      const wordsReady = localeFromPath(url.pathname) ? pageWords(document, url.pathname) : body.then(() => pageWords(document, url.pathname));
      void Promise.all([wordsReady, body]).then(([words]) => {
        if (signal.aborted) return;
        current.ui = mountShadowUi('ipwl-guide', `${overlayCss}\n${guideCss}`, signal);
        const started = start(current.ui, words);
        session = started.session;
        focusIn = started.focusIn;
        if (latest) session.setInputs(latest);
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

  function start({ root, container, signal }: ShadowUi, words: PageWords[]): { session: GuideSession; focusIn: () => void } {
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
    const close = () => {
      dismissed = true;
      guide.hide();
    };
    render(<App session={session} guard={guard} onClose={close} onEscape={focusOut} />, container);
    return { session, focusIn };
  }
  registerChunk('guide', guide);
});
