import { useEffect, useState } from 'preact/hooks';
import { GuidePanel } from '@/components/GuidePanel';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages';
import type { TrustedIpsState } from '@/lib/storage';

type Load = { kind: 'loading' } | { kind: 'ready'; state: TrustedIpsState } | { kind: 'failed' };

export function App({ onClose }: { onClose: () => void }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  useEffect(() => {
    send({ type: 'trusted-ips:get' }).then(
      (state) => setLoad({ kind: 'ready', state }),
      () => setLoad({ kind: 'failed' }),
    );
  }, []);
  return (
    <GuidePanel title={t('guideTitle')} closeLabel={t('close')} onClose={onClose}>
      <p role="status">{describe(load)}</p>
    </GuidePanel>
  );
}

function describe(load: Load): string {
  if (load.kind === 'loading') return t('statusLoading');
  if (load.kind === 'failed') return t('statusExtensionError');
  const { list, lastError } = load.state;
  if (list) return t('guideListReady', String(list.ips.length));
  if (lastError?.kind === 'signed-out') return t('statusSignedOut');
  return t('guideNoList');
}
