import { useEffect, useState } from 'preact/hooks';
import { CaptureNotice, type NoticeFrame } from '@/components/CaptureNotice';
import { Progress } from '@/components/Progress';
import type { NoticeInputs } from '@/lib/bitsgap/notices';
import { isMyExchanges } from '@/lib/bitsgap/routes';
import { t, tn } from '@/lib/i18n';
import { MAX_IPS_PER_KEY } from '@/lib/ip-text';
import { progressWords } from '@/lib/journey-words';
import { tell } from '@/lib/page-link';
import { awaitingRefresh } from '@/lib/refresh-text';
import type { ClickGuard } from '@/lib/ui/click-guard';
import { KeyQuestion } from './KeyQuestion';
import { RefreshHelp } from './RefreshHelp';

export function App({ signal, guard, opener, moreOpened, path, found, pushed }: NoticeInputs & { signal: AbortSignal; guard: ClickGuard }) {
  const [dismissed, setDismissed] = useState<string>();
  const [saved, setSaved] = useState<{ message: string; ok: boolean }>();
  // The save whose Refresh the user is being led to: kept until dismissed, past its recording.
  const [helping, setHelping] = useState<string>();

  const waiting = awaitingRefresh(pushed?.runs);
  const wantRefresh = waiting !== undefined && waiting.id !== dismissed;
  useEffect(() => void (wantRefresh && setHelping(waiting.id)), [wantRefresh, waiting?.id]);

  const frame: NoticeFrame = {
    brand: { name: t('extName'), marker: t('brandMarker') },
    promise: t('brandPromise'),
    progress: pushed && <Progress {...progressWords()} stage={pushed.journey.stage} />,
    dismissLabel: t('close'),
  };
  // Every button acts only on the user's own click on it as drawn: the open shadow root lets a page restyle it.
  const guarded = (act: () => void) => (e: MouseEvent) => guard.accepts(e) && act();
  const key = found?.ips.join(',');
  const current = pushed?.trusted;
  const replaces = current && key && current.join(',') !== key ? [tn('captureReplaces', current.length)] : [];
  const accept = (ips: string[]) =>
    tell({ type: 'trusted-ips:captured', ips }).then(
      (result) => {
        setDismissed(key);
        setSaved(result?.ok === true ? { message: tn('captureSaved', ips.length), ok: true } : { message: t('captureRefused'), ok: false });
      },
      () => setSaved({ message: t('statusExtensionError'), ok: false }),
    );
  const openBinance = { label: t('openBinance'), primary: true, onClick: guarded(() => void tell({ type: 'binance:open' }).catch(() => undefined)) };
  const notice = saved ? (
    <CaptureNotice frame={frame} message={saved.message} actions={saved.ok ? [openBinance] : []} onDismiss={guarded(() => setSaved(undefined))} />
  ) : found && dismissed !== key ? (
    found.ips.length > MAX_IPS_PER_KEY ? (
      // No key can ever hold these: nothing to accept.
      <CaptureNotice frame={frame} message={tn('captureTooMany', found.ips.length)} onDismiss={guarded(() => setDismissed(key))} />
    ) : (
      <CaptureNotice
        frame={frame}
        message={tn('captureOffer', found.ips.length)}
        items={found.ips}
        itemsLabel={t('trustedIps')}
        notes={[t(found.reason === 'row' ? 'captureFromRow' : 'captureFromTitle'), ...replaces]}
        actions={[{ label: tn('captureAccept', found.ips.length), primary: true, onClick: guarded(() => void accept(found.ips)) }]}
        onDismiss={guarded(() => setDismissed(key))}
      />
    )
  ) : null;
  // Refresh may be pressed in Binance's pop-up itself: the help keeps watching while a capture
  // notice has the corner, and shows itself again once that notice is gone.
  return (
    <>
      {helping && helping !== dismissed && isMyExchanges(path) ? (
        <RefreshHelp runId={helping} signal={signal} frame={frame} guarded={guarded} seen={{ opener, moreOpened }} quiet={notice !== null} onDismiss={() => setDismissed(helping)} />
      ) : null}
      {notice}
      {/* Which key a connection uses is asked only once nothing else has the corner. */}
      {notice === null && !(helping && helping !== dismissed) && isMyExchanges(path) ? <KeyQuestion pushed={pushed} guard={guard} /> : null}
    </>
  );
}
