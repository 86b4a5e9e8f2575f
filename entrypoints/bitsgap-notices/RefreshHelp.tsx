import { useEffect, useState } from 'preact/hooks';
import { CaptureNotice, type NoticeFrame } from '@/components/CaptureNotice';
import { Spotlight } from '@/components/Guide';
import { guideBitsgapRefresh, type OpenedByUser, type RefreshHint } from '@/lib/bitsgap/refresh-guide';
import { noticeEdge } from '@/lib/bitsgap/notices';
import { t, uiDirection, type MessageKey } from '@/lib/i18n';
import { tell } from '@/lib/page-link';
import { refreshResultText } from '@/lib/refresh-text';

const HINT_TEXT: Record<Exclude<RefreshHint['kind'], 'observed'>, MessageKey> = {
  press: 'bitsgapRefreshHint',
  'open-more': 'bitsgapRefreshInMore',
  'not-shown': 'bitsgapRefreshNotShown',
  reading: 'bitsgapReading',
};

export interface RefreshHelpProps {
  runId: string;
  signal: AbortSignal;
  frame: NoticeFrame;
  /** The handler for a click, run only when the click guard takes it as the user's own. */
  guarded: (act: () => void) => (event: MouseEvent) => void;
  seen: OpenedByUser;
  quiet: boolean;
  onDismiss: () => void;
}

/** Leads to Bitsgap's own Refresh for a save that is waiting for it, then records what the row shows. */
export function RefreshHelp({ runId, signal, frame, guarded, seen, quiet, onDismiss }: RefreshHelpProps) {
  const [hint, setHint] = useState<RefreshHint>();
  useEffect(() => {
    const run = new AbortController();
    signal.addEventListener('abort', () => run.abort(), { once: true });
    guideBitsgapRefresh(document, run.signal, seen, setHint, (status) => void tell({ type: 'refresh:observed', runId, status }).catch(() => undefined));
    return () => run.abort();
  }, [runId]);
  if (!hint || quiet) return null;
  const r = 'target' in hint ? hint.target.getBoundingClientRect() : undefined;
  const message = hint.kind === 'observed' ? t('bitsgapRecorded', refreshResultText(hint.status)) : t(HINT_TEXT[hint.kind]);
  return (
    <>
      {r && r.width > 0 ? <Spotlight rect={{ top: r.top, left: r.left, width: r.width, height: r.height }} /> : null}
      <CaptureNotice frame={frame} message={message} edge={noticeEdge(r, { width: innerWidth, height: innerHeight }, uiDirection())} onDismiss={guarded(onDismiss)} />
    </>
  );
}
