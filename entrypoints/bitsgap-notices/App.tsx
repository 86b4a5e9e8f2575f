import { useEffect, useState } from 'preact/hooks';
import { CaptureNotice } from '@/components/CaptureNotice';
import type { NoticeInputs } from '@/lib/bitsgap/notices';
import { isMyExchanges } from '@/lib/bitsgap/routes';
import { t, tn } from '@/lib/i18n';
import { tell } from '@/lib/page-link';
import { awaitingRefresh } from '@/lib/refresh-text';
import type { ClickGuard } from '@/lib/ui/click-guard';
import { KeyQuestion } from './KeyQuestion';
import { RefreshHelp } from './RefreshHelp';

export function App({ signal, guard, opener, moreOpened, path, found, pushed }: NoticeInputs & { signal: AbortSignal; guard: ClickGuard }) {
  const [dismissed, setDismissed] = useState<string>();
  const [saved, setSaved] = useState<string>();
  // The save whose Refresh the user is being led to: kept until dismissed, past its recording.
  const [helping, setHelping] = useState<string>();

  const waiting = awaitingRefresh(pushed?.runs);
  const wantRefresh = waiting !== undefined && waiting.id !== dismissed;
  useEffect(() => void (wantRefresh && setHelping(waiting.id)), [wantRefresh, waiting?.id]);

  const key = found?.ips.join(',');
  const current = pushed?.trusted;
  const replaces = current && key && current.join(',') !== key ? [tn('captureReplaces', current.length)] : [];
  const notice = saved ? (
    <CaptureNotice message={saved} dismissLabel={t('close')} onDismiss={(e) => guard.accepts(e) && setSaved(undefined)} />
  ) : found && dismissed !== key ? (
    <CaptureNotice
      message={tn('captureOffer', found.ips.length)}
      items={found.ips}
      notes={[t(found.reason === 'row' ? 'captureFromRow' : 'captureFromTitle'), ...replaces]}
      acceptLabel={tn('captureAccept', found.ips.length)}
      dismissLabel={t('close')}
      onDismiss={(e) => guard.accepts(e) && setDismissed(key)}
      // Only the user's own click on the button as drawn: the open shadow root lets a page restyle it.
      onAccept={(e) => {
        if (!guard.accepts(e)) return;
        tell({ type: 'trusted-ips:captured', ips: found.ips }).then(
          (result) => {
            setDismissed(key);
            setSaved(result?.ok === true ? tn('captureSaved', found.ips.length) : t('captureRefused'));
          },
          () => setSaved(t('statusExtensionError')),
        );
      }}
    />
  ) : null;
  // Refresh may be pressed in Binance's pop-up itself: the help keeps watching while a capture
  // notice has the corner, and shows itself again once that notice is gone.
  return (
    <>
      {helping && helping !== dismissed && isMyExchanges(path) ? (
        <RefreshHelp runId={helping} signal={signal} guard={guard} seen={{ opener, moreOpened }} quiet={notice !== null} onDismiss={() => setDismissed(helping)} />
      ) : null}
      {notice}
      {/* Which key a connection uses is asked only once nothing else has the corner. */}
      {notice === null && !(helping && helping !== dismissed) && isMyExchanges(path) ? <KeyQuestion pushed={pushed} guard={guard} /> : null}
    </>
  );
}
