import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CaptureNotice } from '@/components/CaptureNotice';
import { Spotlight, type SpotlightProps } from '@/components/Guide';
import { findRefreshButton } from '@/lib/bitsgap/page';
import { needsManualRefresh } from '@/lib/refresh-text';
import { listenToBackground, tell } from '@/lib/page-link';
import type { Run } from '@/lib/storage';
import { findTrustedIpDialog, type CapturedList } from '@/lib/bitsgap/capture';
import { t } from '@/lib/i18n';
import { guardClicks, type ClickGuard } from '@/lib/ui/click-guard';
import '@/components/overlay.css';
import './style.css';

// How long after a save the hint to click Refresh stays relevant.
const REFRESH_HINT_MS = 60 * 60_000;

function Capture({ signal, guard }: { signal: AbortSignal; guard: ClickGuard }) {
  const [found, setFound] = useState<CapturedList>();
  const [dismissed, setDismissed] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [lastRun, setLastRun] = useState<Run>();
  const [dismissedRun, setDismissedRun] = useState<string>();
  const [refreshRect, setRefreshRect] = useState<SpotlightProps['rect']>();

  // After a save whose automatic refresh did not happen, point at Bitsgap's own Refresh.
  useEffect(() => listenToBackground(signal, (state) => setLastRun(state.runs[0])), []);
  const wantRefresh = lastRun !== undefined && lastRun.id !== dismissedRun && needsManualRefresh(lastRun.result) && Date.now() - lastRun.savedAt < REFRESH_HINT_MS;

  useEffect(() => {
    let pending = false;
    const check = () => {
      pending = false;
      const list = findTrustedIpDialog(document);
      setFound(list?.exchange === 'binance' ? list : undefined);
      const r = wantRefresh ? findRefreshButton(document)?.getBoundingClientRect() : undefined;
      setRefreshRect(r && r.width > 0 ? { top: r.top, left: r.left, width: r.width, height: r.height } : undefined);
    };
    // Bitsgap opens its dialog late, after a click: watch, batched to one check per frame.
    const observer = new MutationObserver(() => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(check);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    window.addEventListener('scroll', check, { passive: true, signal });
    check();
    return () => observer.disconnect();
  }, [wantRefresh]);

  if (refreshRect && !found) {
    return (
      <>
        <Spotlight rect={refreshRect} />
        <CaptureNotice message={t('bitsgapRefreshHint')} dismissLabel={t('close')} onDismiss={(e) => guard.accepts(e) && setDismissedRun(lastRun?.id)} />
      </>
    );
  }
  if (saved) return <CaptureNotice message={saved} dismissLabel={t('close')} onDismiss={(e) => guard.accepts(e) && setSaved(undefined)} />;
  if (!found || dismissed === found.ips.join(',')) return null;
  return (
    <CaptureNotice
      message={t('captureOffer', String(found.ips.length))}
      acceptLabel={t('captureAccept')}
      dismissLabel={t('close')}
      onDismiss={(e) => guard.accepts(e) && setDismissed(found.ips.join(','))}
      // Only the user's own click on the button as drawn: the open shadow root lets a page restyle it.
      onAccept={(e) => {
        if (!guard.accepts(e)) return;
        tell({ type: 'trusted-ips:captured', ips: found.ips }).then(
          (result) => {
            setDismissed(found.ips.join(','));
            setSaved(result?.ok === true ? t('captureSaved', String(found.ips.length)) : t('captureRefused'));
          },
          () => setSaved(t('statusExtensionError')),
        );
      }}
    />
  );
}

export default defineContentScript({
  matches: ['https://app.bitsgap.com/*'],
  noScriptStartedPostMessage: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi<HTMLElement>(ctx, {
      name: 'ipwl-capture',
      position: 'inline',
      anchor: 'body',
      mode: 'open',
      onMount: (container) => {
        const root = container.getRootNode() as ShadowRoot;
        render(<Capture signal={ctx.signal} guard={guardClicks(root, () => root.querySelector('.notice'), ctx.signal)} />, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
