// The popup's keep-alive: what is true now, read from storage and kept current while the popup
// is open, and the section components/Connections.tsx draws from it.
import { useEffect, useState } from 'preact/hooks';
import { Connections, type ConnectionsProps } from '@/components/Connections';
import type { KeepAliveState, Run, TrustedIpsState } from '../domain';
import { t } from '../i18n';
import { EMPTY_KEEP_ALIVE, historyItem, keepAliveItem, trustedIpsItem } from '../storage';
import { openPlace } from '../tabs';
import { keepAliveLines } from './present';
import { keepAliveNow, type KeepAliveNow } from './state';

/** What is true now, for the popup: `keepAlivePrimaryAction(useKeepAliveNow())` is the fix to lead with. */
export function useKeepAliveNow(): KeepAliveNow {
  const [stored, setStored] = useState<{ state: KeepAliveState; runs: Run[]; trusted: TrustedIpsState }>({ state: EMPTY_KEEP_ALIVE, runs: [], trusted: { list: null, lastError: null } });
  useEffect(() => {
    const load = () => void Promise.all([keepAliveItem.get(), historyItem.get(), trustedIpsItem.get()]).then(([state, runs, trusted]) => setStored({ state, runs, trusted }));
    load();
    const unwatch = [keepAliveItem, historyItem, trustedIpsItem].map((item) => item.watch(load));
    return () => unwatch.forEach((stop) => stop());
  }, []);
  return keepAliveNow(stored.state, stored.runs, stored.trusted, Date.now());
}

/** The props of components/Connections.tsx: the lines, the most urgent first, and where a fix opens. */
export function useConnections(): ConnectionsProps {
  return { title: t('keepAliveTitle'), lines: keepAliveLines(useKeepAliveNow(), Date.now()), onFix: (place) => void openPlace(place) };
}

/** The popup's keep-alive section, with its data. */
export function KeepAlive() {
  return <Connections {...useConnections()} />;
}
