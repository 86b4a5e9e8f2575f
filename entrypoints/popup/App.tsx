import { useEffect, useState } from 'preact/hooks';
import { Popup } from '@/components/Popup';
import { t } from '@/lib/i18n';
import { formatForBinance } from '@/lib/ip';
import { send } from '@/lib/messages';
import { trustedIpsItem, type IpSource, type TrustedIpsState } from '@/lib/storage';
import { openBinanceApiPage } from '@/lib/tabs';

const SOURCE_KEYS: Record<IpSource, string> = {
  'bitsgap-api': 'sourceBitsgapApi',
  'bitsgap-page': 'sourceBitsgapPage',
  pasted: 'sourcePasted',
};

export const SIGN_IN_URL = 'https://app.bitsgap.com/sign-in';

export function App() {
  const [state, setState] = useState<TrustedIpsState>();
  const [busy, setBusy] = useState(true);
  const [note, setNote] = useState<string>();

  useEffect(() => {
    send({ type: 'trusted-ips:get' })
      .then(setState, () => setNote(t('statusExtensionError')))
      .finally(() => setBusy(false));
    return trustedIpsItem.watch(setState);
  }, []);

  const fetchNow = () => {
    setBusy(true);
    setNote(undefined);
    send({ type: 'trusted-ips:fetch' })
      .then(setState, () => setNote(t('statusExtensionError')))
      .finally(() => setBusy(false));
  };

  const copy = () => {
    const ips = state?.list?.ips ?? [];
    navigator.clipboard.writeText(formatForBinance(ips)).then(
      () => setNote(t('copied', String(ips.length))),
      () => setNote(t('copyFailed')),
    );
  };

  return (
    <Popup
      state={state}
      busy={busy}
      status={note ?? describe(state, busy)}
      signInUrl={SIGN_IN_URL}
      strings={{
        title: t('extName'),
        fetch: t('fetchFromBitsgap'),
        copy: t('copyIps'),
        openBinance: t('openBinance'),
        listLabel: t('trustedIps'),
        signIn: t('signIn'),
      }}
      onFetch={fetchNow}
      onCopy={copy}
      onOpenBinance={() => void openBinanceApiPage()}
    />
  );
}

function describe(state: TrustedIpsState | undefined, busy: boolean): string {
  if (busy) return t('statusLoading');
  if (!state) return t('statusExtensionError');
  const { list, lastError } = state;
  const parts: string[] = [];
  if (lastError) {
    parts.push(
      lastError.kind === 'signed-out'
        ? t('statusSignedOut')
        : t('statusFetchFailed', [lastError.detail, new Date(lastError.at).toLocaleString()]),
    );
    if (list) parts.push(t('statusKeepingLast'));
  }
  if (list) {
    parts.push(t('statusList', [String(list.ips.length), t(SOURCE_KEYS[list.source]), new Date(list.obtainedAt).toLocaleString()]));
  } else if (!lastError) {
    parts.push(t('statusEmpty'));
  }
  return parts.join(' ');
}
