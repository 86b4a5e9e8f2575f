import { render } from 'preact';
import brandCss from '@/components/brand.css?inline';
import overlayCss from '@/components/overlay.css?inline';
import progressCss from '@/components/progress.css?inline';
import type { Notices } from '@/lib/bitsgap/notices';
import { registerChunk } from '@/lib/chunk';
import { uiDirection } from '@/lib/i18n';
import { clickChecks } from '@/lib/ui/click-checks';
import { guardClicks } from '@/lib/ui/click-guard';
import { mountShadowUi, raise, type ShadowUi } from '@/lib/ui/shadow-ui';
import { App } from './App';
import css from './style.css?inline';

// The capture notice and the refresh help on Bitsgap's My exchanges, loaded by the watcher
// there (entrypoints/bitsgap-page) once one of them has something to say.
export default defineUnlistedScript(() => {
  let ui: (ShadowUi & { guard: ReturnType<typeof guardClicks> }) | undefined;
  registerChunk<Notices>('bitsgap-notices', {
    render(pageSignal, inputs) {
      if (!ui) {
        const mounted = mountShadowUi('ipwl-capture', [brandCss, progressCss, overlayCss, css].join('\n'), pageSignal);
        // The notices read in the extension's language and its direction, whatever Bitsgap's.
        mounted.container.dir = uiDirection();
        const check = clickChecks(mounted, mounted.signal);
        ui = { ...mounted, guard: guardClicks(mounted.root, mounted.signal, () => check) };
      }
      render(<App signal={ui.signal} guard={ui.guard} {...inputs} />, ui.container);
      raise(ui.container);
    },
    clear() {
      if (ui) render(null, ui.container);
    },
  });
});
