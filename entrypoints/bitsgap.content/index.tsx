import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CaptureNotice } from '@/components/CaptureNotice';
import { findTrustedIpDialog, type CapturedList } from '@/lib/bitsgap/capture';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages';
import './style.css';

function Capture({ signal }: { signal: AbortSignal }) {
  const [found, setFound] = useState<CapturedList>();
  const [dismissed, setDismissed] = useState<string>();
  const [saved, setSaved] = useState<string>();

  useEffect(() => {
    let pending = false;
    const check = () => {
      pending = false;
      const list = findTrustedIpDialog(document);
      setFound(list?.exchange === 'binance' ? list : undefined);
    };
    // Bitsgap opens its dialog late, after a click: watch, batched to one check per frame.
    const observer = new MutationObserver(() => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(check);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    check();
    return () => observer.disconnect();
  }, []);

  if (saved) return <CaptureNotice message={saved} dismissLabel={t('close')} onDismiss={() => setSaved(undefined)} />;
  if (!found || dismissed === found.ips.join(',')) return null;
  return (
    <CaptureNotice
      message={t('captureOffer', String(found.ips.length))}
      acceptLabel={t('captureAccept')}
      dismissLabel={t('close')}
      onDismiss={() => setDismissed(found.ips.join(','))}
      onAccept={() => {
        send({ type: 'trusted-ips:captured', ips: found.ips }).then(
          (result) => {
            setDismissed(found.ips.join(','));
            setSaved(result.ok ? t('captureSaved', String(found.ips.length)) : t('captureRefused'));
          },
          () => setSaved(t('statusExtensionError')),
        );
      }}
    />
  );
}

export default defineContentScript({
  matches: ['https://app.bitsgap.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi<HTMLElement>(ctx, {
      name: 'ipwl-capture',
      position: 'inline',
      anchor: 'body',
      mode: 'open',
      onMount: (container) => {
        render(<Capture signal={ctx.signal} />, container);
        return container;
      },
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
