// Where the user is in the chore, from what the extension knows: ① get Bitsgap's list, ② paste
// it on Binance, ③ Save and 2FA, ④ Refresh on Bitsgap, then done. One pure function, so every
// surface (the popup, the guide, the Bitsgap notices) shows the same stage: the background
// computes it for the content scripts (PageState.journey), the popup from the same facts.
import { PAGE_STATUSES, type IpSource, type PageStatus, type RunResult, type SeenKey } from './domain';
import type { EndpointKnown } from './endpoints';

export type Stage = 1 | 2 | 3 | 4 | 'done';

export interface JourneyFacts {
  /** The trusted list: where it came from, how many, and when its addresses last changed. */
  list: { source: IpSource; count: number; changedAt: number } | null;
  /** What is known of the configured base URL's list endpoint. */
  endpoint: EndpointKnown;
  /** The key the user chose, as the guide last saw it on Binance. */
  key: SeenKey | undefined;
  /** The saves, newest first, each with what Bitsgap said after it. */
  saves: readonly { label: string; savedAt: number; result: RunResult }[];
  /** Bitsgap's status for the Binance connection as last read on its page, if any. */
  status: { status: PageStatus; readAt: number } | undefined;
}

export interface Journey {
  stage: Stage;
  /** Stage ①: the base URL answered the contract's list endpoint, so Fetch leads there, not Bitsgap's page. */
  fetchLeads: boolean;
  /** The list came from the contract's endpoint. */
  fromEndpoint: boolean;
  /**
   * Stage ④ only: the background is asking Bitsgap's endpoint (`asking`); the user is to press
   * Refresh on Bitsgap's My exchanges (`press`); Bitsgap answered with a status other than
   * Connected (`answered`, in `status`).
   */
  refresh?: 'asking' | 'press' | 'answered';
  /** What Bitsgap showed after the save: `connected` when done, another status in stage ④. */
  status?: PageStatus;
  /** The key the stage is about: as last seen on Binance, else the latest save's. */
  label?: string;
}

const isPageStatus = (result: RunResult): result is PageStatus => (PAGE_STATUSES as readonly string[]).includes(result);

export function journeyStage(facts: JourneyFacts): Journey {
  const base = { fetchLeads: facts.endpoint === 'answers', fromEndpoint: facts.list?.source === 'bitsgap-api' };
  const { list } = facts;
  if (!list) return { ...base, stage: 1 };
  // Only a save made since these addresses arrived is a save of them.
  const latest = facts.saves[0];
  const save = latest && latest.savedAt >= list.changedAt ? latest : undefined;
  // What the guide saw of the key counts when it is newer than the list and than that save.
  const seen = facts.key;
  const key = seen && seen.seenAt >= list.changedAt && seen.seenAt >= (save?.savedAt ?? -Infinity) ? seen : undefined;
  const label = key?.label ?? save?.label;
  const at = (stage: Stage, more: Partial<Journey> = {}): Journey => ({ ...base, stage, ...(label === undefined ? {} : { label }), ...more });

  if (key && !(key.holdsAll && key.restricted)) return at(2);
  if (key?.editing) return at(3);
  // From here the key holds the list: a save says so, or the guide saw it saved.
  if (!save && !key) return at(2);
  const since = save?.savedAt ?? list.changedAt;
  const read = facts.status && facts.status.readAt >= since ? facts.status.status : undefined;
  const answer = read ?? (save && isPageStatus(save.result) ? save.result : undefined);
  if (answer === 'connected') return at('done', { status: answer });
  if (answer) return at(4, { refresh: 'answered', status: answer });
  return at(4, { refresh: save?.result === 'pending' ? 'asking' : 'press' });
}
