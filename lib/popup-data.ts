// What the popup shows, kept current: the stored list, the saves and the journey, painted from
// storage at once and followed as they change; the background's answer (which may fetch the
// list once) follows.
import { useEffect, useState } from 'preact/hooks';
import type { Run, TrustedIpsState } from './domain';
import type { Journey } from './journey';
import { currentJourney, JOURNEY_ITEMS } from './journey-facts';
import { send } from './messages';
import { historyItem, trustedIpsItem } from './storage';

export function usePopupData(onError: () => void) {
  const [state, setState] = useState<TrustedIpsState>();
  const [runs, setRuns] = useState<Run[]>([]);
  const [journey, setJourney] = useState<Journey>();
  // While the background answers: Fetch waits.
  const [busy, setBusy] = useState(true);
  useEffect(() => {
    const readJourney = () => void currentJourney().then(setJourney);
    void Promise.all([trustedIpsItem.get().then(setState), historyItem.get().then(setRuns), readJourney()]);
    send({ type: 'trusted-ips:get' }).then(setState, onError).finally(() => setBusy(false));
    const unwatch = [trustedIpsItem.watch(setState), historyItem.watch(setRuns), ...JOURNEY_ITEMS.map((item) => item.watch(readJourney))];
    return () => unwatch.forEach((stop) => stop());
  }, []);
  return { state, setState, runs, journey, busy, setBusy };
}
