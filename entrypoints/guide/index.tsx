import { render } from 'preact';
import overlayCss from '@/components/overlay.css?inline';
import type { PageWords } from '@/lib/binance/words';
import { binancePage } from '@/lib/binance/page';
import { loadChunk, registerChunk } from '@/lib/chunk';
import type { Command } from '@/lib/guide/machine';
import { prepareGuide, type StartedGuide } from '@/lib/guide/prepare';
import type { PageState } from '@/lib/protocol';
import { notLoaded } from '@/lib/guide/commands';
import { startGuideSession } from '@/lib/guide/session';
import type { GuideActions } from '../paste';
import { tell } from '@/lib/page-link';
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
      prepareGuide(document, url, signal, (words) => {
        current.ui = mountShadowUi('ipwl-guide', `${overlayCss}\n${guideCss}`, signal);
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
    const { root, container, signal } = ui;
    const guard = guardClicks(ui, signal);
    let actions: Promise<GuideActions> | undefined;
    const load = () => (actions ??= loadChunk<GuideActions>('paste'));
    const page = binancePage(document, words, load);
    const world = { page, signal, tell, open: (href: string) => void window.open(href, '_blank', 'noopener') };
    const run = (command: Command, inputs: PageState | undefined) => load().then((a) => a.runCommand(command, world, inputs), () => notLoaded(command));
    const session = startGuideSession({ page, signal, run });
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
    // A modal of the page's own may have taken the layer out of the top layer: back once it closes.
    session.subscribe(ui.raise);
    return { setInputs: session.setInputs, focusIn };
  }
  registerChunk('guide', guide);
});
