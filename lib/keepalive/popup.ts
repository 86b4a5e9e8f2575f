// The popup's data for components/Connections.tsx: read from storage, kept current while the
// popup is open, turned into lines in the user's language.
import { useEffect, useState } from 'preact/hooks';
import type { ConnectionsProps } from '@/components/Connections';
import type { KeepAliveState, Run, TrustedIpsState } from '../domain';
import { t } from '../i18n';
import { EMPTY_KEEP_ALIVE, historyItem, keepAliveItem, trustedIpsItem } from '../storage';
import { openPlace } from '../tabs';
import { keepAliveLines } from './present';
import { keepAliveNow } from './state';

export function useConnections(): ConnectionsProps {
  const [stored, setStored] = useState<{ state: KeepAliveState; runs: Run[]; trusted: TrustedIpsState }>({ state: EMPTY_KEEP_ALIVE, runs: [], trusted: { list: null, lastError: null } });
  useEffect(() => {
    const load = () => void Promise.all([keepAliveItem.get(), historyItem.get(), trustedIpsItem.get()]).then(([state, runs, trusted]) => setStored({ state, runs, trusted }));
    load();
    const unwatch = [keepAliveItem, historyItem, trustedIpsItem].map((item) => item.watch(load));
    return () => unwatch.forEach((stop) => stop());
  }, []);
  const now = Date.now();
  const current = keepAliveNow(stored.state, stored.runs, stored.trusted, now);
  return { title: t('keepAliveTitle'), lines: keepAliveLines(current, now), onFix: (place) => void openPlace(place) };
}
