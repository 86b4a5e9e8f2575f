import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { History } from '@/components/History';
import { PasteForm } from '@/components/PasteForm';
import { Popup } from '@/components/Popup';
import { HELP_ARTICLE_URL, SIGN_IN_URL } from '@/lib/bitsgap/routes';
import { t } from '@/lib/i18n';
import * as view from '@/lib/popup';
import { copyList, fetchNow, savePasted, undo, type Outcome } from '@/lib/popup-actions';
import { usePopupData } from '@/lib/popup-data';
import { keepAlivePrimaryAction } from '@/lib/keepalive/advice';
import { KeepAlive, useKeepAliveNow } from '@/lib/keepalive/popup';
import { openBinanceApiPage, openBitsgapExchanges } from '@/lib/tabs';

export function App() {
  const [note, setNote] = useState<string>();
  const failed = () => setNote(t('statusExtensionError'));
  const { state, setState, runs, journey, busy, setBusy } = usePopupData(failed);
  // Whether the user pressed Fetch here: only then is a missing list endpoint news to them.
  const [asked, setAsked] = useState(false);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const show = (outcome: Promise<Outcome>) =>
    void outcome.then((o) => {
      if (o.state) setState(o.state);
      if (o.problems) setProblems(o.problems);
      if (o.state && o.problems?.length === 0) setPasteOpen(false);
      setNote(o.note);
    }, failed);
  const ips = state?.list?.ips ?? [];
  const act: Record<view.PopupAction, () => void> = {
    'open-bitsgap': () => void openBitsgapExchanges(),
    'open-binance': () => void openBinanceApiPage(),
    fetch: () => {
      setAsked(true);
      setBusy(true);
      show(fetchNow().finally(() => setBusy(false)));
    },
    paste: () => setPasteOpen(!pasteOpen),
    copy: () => show(copyList(ips)),
  };
  // A Bitsgap connection that needs the user leads, with its own fix, before the journey's action.
  const urgent = view.connectionsLead(keepAlivePrimaryAction(useKeepAliveNow())?.fix, journey);
  const primary = journey && !urgent ? view.primaryAction(journey) : undefined;

  return (
    <Popup
      strings={view.popupStrings()}
      journey={journey}
      note={note}
      next={journey ? view.stageText(journey) : ''}
      intro={journey !== undefined && view.isFirstRun(journey, runs)}
      helpUrl={HELP_ARTICLE_URL}
      signedOut={state?.lastError?.kind === 'signed-out'}
      signInUrl={SIGN_IN_URL}
      primary={primary}
      secondary={view.secondaryActions(primary)}
      disabled={{ fetch: busy, copy: ips.length === 0 }}
      pasteOpen={pasteOpen}
      busy={busy}
      replaced={view.replacedText(state, runs)}
      ips={ips}
      details={view.detailLines(state, asked)}
      connections={<KeepAlive />}
      connectionsLead={urgent}
      onAction={(action) => act[action]()}
      onUndo={() => show(undo())}
      onSettings={() => void browser.runtime.openOptionsPage()}
      pasteForm={pasteOpen && <PasteForm label={t('trustedIps')} submitLabel={t('useTheseIps')} problems={problems} onSubmit={(text) => show(savePasted(text))} />}
      history={<History title={t('historyTitle')} lines={view.historyLines(runs)} />}
    />
  );
}
