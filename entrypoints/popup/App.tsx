import { useEffect, useState } from 'preact/hooks';
import { History } from '@/components/History';
import { PasteForm } from '@/components/PasteForm';
import { Popup } from '@/components/Popup';
import { t, tn } from '@/lib/i18n';
import { formatForBinance, parseIpList } from '@/lib/ip';
import { send } from '@/lib/messages';
import { describeStatus, historyLines, offersBitsgapPage, pasteProblems, rejectionLines } from '@/lib/popup';
import type { Run, TrustedIpsState } from '@/lib/domain';
import { historyItem, trustedIpsItem } from '@/lib/storage';
import { SIGN_IN_URL } from '@/lib/bitsgap/routes';
import { openBinanceApiPage, openBitsgapExchanges } from '@/lib/tabs';
import { KeepAlive } from '@/lib/keepalive/popup';

export function App() {
  const [state, setState] = useState<TrustedIpsState>();
  const [runs, setRuns] = useState<Run[]>([]);
  const [busy, setBusy] = useState(true);
  const [note, setNote] = useState<string>();
  const [pasteOpen, setPasteOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const failed = () => setNote(t('statusExtensionError'));
  const ask = (message: Parameters<typeof send>[0]) => {
    setBusy(true);
    send(message).then((next) => setState(next as TrustedIpsState), failed).finally(() => setBusy(false));
  };

  useEffect(() => {
    // Paint the stored list at once; the background's answer (which may fetch) follows.
    void trustedIpsItem.get().then((stored) => stored.list && (setState(stored), setBusy(false)));
    ask({ type: 'trusted-ips:get' });
    void historyItem.get().then(setRuns);
    const unwatch = [trustedIpsItem.watch(setState), historyItem.watch(setRuns)];
    return () => unwatch.forEach((stop) => stop());
  }, []);

  const copy = () => {
    const ips = state?.list?.ips ?? [];
    navigator.clipboard.writeText(formatForBinance(ips)).then(() => setNote(tn('copied', ips.length)), () => setNote(t('copyFailed')));
  };

  const usePasted = (text: string) => {
    const parsed = parseIpList(text);
    const found = pasteProblems(parsed);
    if (found.length > 0) return setProblems(found);
    send({ type: 'trusted-ips:set', ips: parsed.ips }).then((result) => {
      if (!result.ok) return setProblems(rejectionLines(result.rejected));
      setState(result.state);
      setProblems([]);
      setPasteOpen(false);
      setNote(tn('pasteSaved', parsed.ips.length));
    }, failed);
  };

  return (
    <>
    <KeepAlive />
    <Popup
      state={state}
      busy={busy}
      status={note ?? describeStatus(state, busy)}
      signInUrl={SIGN_IN_URL}
      pasteOpen={pasteOpen}
      offerBitsgapPage={!busy && offersBitsgapPage(state)}
      strings={{ title: t('extName'), fetch: t('fetchFromBitsgap'), paste: t('pasteList'), copy: t('copyIps'), openBinance: t('openBinance'), openBitsgap: t('openBitsgapExchanges'), listLabel: t('trustedIps'), signIn: t('signIn') }}
      onFetch={() => {
        setNote(undefined);
        ask({ type: 'trusted-ips:fetch' });
      }}
      onTogglePaste={() => setPasteOpen(!pasteOpen)}
      onCopy={copy}
      onOpenBinance={() => void openBinanceApiPage()}
      onOpenBitsgap={() => void openBitsgapExchanges()}
    >
      {pasteOpen && <PasteForm label={t('trustedIps')} submitLabel={t('useTheseIps')} problems={problems} onSubmit={usePasted} />}
      <History title={t('historyTitle')} lines={historyLines(runs)} />
    </Popup>
    </>
  );
}
