import { useEffect, useState } from 'preact/hooks';
import { History } from '@/components/History';
import { PasteForm } from '@/components/PasteForm';
import { Popup } from '@/components/Popup';
import { t, type MessageKey } from '@/lib/i18n';
import { formatForBinance, parseIpList, type RejectReason } from '@/lib/ip';
import { send } from '@/lib/messages';
import { refreshResultText } from '@/lib/refresh-text';
import { historyItem, trustedIpsItem, type IpSource, type Run, type TrustedIpsState } from '@/lib/storage';
import { openBinanceApiPage } from '@/lib/tabs';

const SOURCE_KEYS: Record<IpSource, MessageKey> = {
  'bitsgap-api': 'sourceBitsgapApi',
  'bitsgap-page': 'sourceBitsgapPage',
  pasted: 'sourcePasted',
};

const REASON_KEYS: Record<RejectReason, MessageKey> = {
  'not-an-address': 'reasonNotAnAddress',
  'not-canonical': 'reasonNotCanonical',
  private: 'reasonPrivate',
  loopback: 'reasonLoopback',
  'link-local': 'reasonLinkLocal',
  multicast: 'reasonMulticast',
  unspecified: 'reasonUnspecified',
  reserved: 'reasonReserved',
};

export const SIGN_IN_URL = 'https://app.bitsgap.com/sign-in';

export function App() {
  const [state, setState] = useState<TrustedIpsState>();
  const [runs, setRuns] = useState<Run[]>([]);
  const [busy, setBusy] = useState(true);
  const [note, setNote] = useState<string>();
  const [pasteOpen, setPasteOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    // Paint the stored list at once; the background's answer (which may fetch) follows.
    void trustedIpsItem.get().then((stored) => {
      if (stored.list) {
        setState(stored);
        setBusy(false);
      }
    });
    send({ type: 'trusted-ips:get' })
      .then(setState, () => setNote(t('statusExtensionError')))
      .finally(() => setBusy(false));
    void historyItem.get().then(setRuns);
    const unwatchIps = trustedIpsItem.watch(setState);
    const unwatchRuns = historyItem.watch(setRuns);
    return () => {
      unwatchIps();
      unwatchRuns();
    };
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

  const usePasted = (text: string) => {
    const parsed = parseIpList(text);
    if (parsed.rejected.length > 0 || parsed.ips.length === 0) {
      setProblems(parsed.ips.length === 0 && parsed.rejected.length === 0 ? [t('pasteEmpty')] : parsed.rejected.map((r) => t('rejectedEntry', [r.entry, t(REASON_KEYS[r.reason])])));
      return;
    }
    send({ type: 'trusted-ips:set', ips: parsed.ips }).then(
      (result) => {
        if (result.ok) {
          setState(result.state);
          setProblems([]);
          setPasteOpen(false);
          setNote(t('pasteSaved', String(parsed.ips.length)));
        } else {
          setProblems(result.rejected.map((r) => `${r.entry}: ${r.reason}`));
        }
      },
      () => setNote(t('statusExtensionError')),
    );
  };

  return (
    <Popup
      state={state}
      busy={busy}
      status={note ?? describe(state, busy)}
      signInUrl={SIGN_IN_URL}
      pasteOpen={pasteOpen}
      strings={{
        title: t('extName'),
        fetch: t('fetchFromBitsgap'),
        paste: t('pasteList'),
        copy: t('copyIps'),
        openBinance: t('openBinance'),
        listLabel: t('trustedIps'),
        signIn: t('signIn'),
      }}
      onFetch={fetchNow}
      onTogglePaste={() => setPasteOpen(!pasteOpen)}
      onCopy={copy}
      onOpenBinance={() => void openBinanceApiPage()}
    >
      {pasteOpen && <PasteForm label={t('trustedIps')} submitLabel={t('useTheseIps')} problems={problems} onSubmit={usePasted} />}
      <History
        title={t('historyTitle')}
        lines={runs.map((run) => ({
          id: run.id,
          summary: t('historyEntry', [run.label, String(run.added), new Date(run.savedAt).toLocaleString()]),
          result: refreshResultText(run.result),
        }))}
      />
    </Popup>
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
        : t(lastError.kind === 'unavailable' ? 'statusUnavailable' : 'statusInvalidResponse', [lastError.detail, new Date(lastError.at).toLocaleString()]),
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
