import { render } from 'preact';
import overlayCss from '@/components/overlay.css?inline';
import { followOpener } from '@/lib/bitsgap/opener';
import { registerChunk } from '@/lib/chunk';
import { uiDirection } from '@/lib/i18n';
import { guardClicks } from '@/lib/ui/click-guard';
import { mountShadowUi, type ShadowUi } from '@/lib/ui/shadow-ui';
import { App } from './App';
import css from './style.css?inline';

// The capture notice and the refresh help on Bitsgap's My exchanges, loaded there by the
// Bitsgap content script.
export default defineUnlistedScript(() => {
  let ui: (ShadowUi & { guard: ReturnType<typeof guardClicks> }) | undefined;
  let opener: ReturnType<typeof followOpener> | undefined;
  registerChunk('bitsgap-page', {
    show(pageSignal, url) {
      // From the first moment: a user may open Binance's pop-up before the rest has mounted.
      opener ??= followOpener(document, pageSignal);
      if (!ui) {
        const mounted = mountShadowUi('ipwl-capture', `${overlayCss}\n${css}`, pageSignal);
        // The notices read in the extension's language and its direction, whatever Bitsgap's.
        mounted.container.dir = uiDirection();
        ui = { ...mounted, guard: guardClicks(mounted.root, () => mounted.root.querySelector('.notice'), mounted.signal) };
      }
      const { container, signal, guard } = ui;
      render(<App signal={signal} guard={guard} opener={opener} path={url.pathname} />, container);
    },
    hide() {
      if (ui) render(null, ui.container);
    },
  });
});
