// What keeping the key alive knows now, worked out from what is stored: each Binance connection's
// status (the page's reading, or a save's refresh outcome that came after it), the days left by
// Bitsgap's count, which key each connection is, and which keys lack addresses Bitsgap's list has
// gained since they were pasted. Pure: the badge, the popup, the reminders start here.
import { PAGE_STATUSES, type KeepAliveState, type PageStatus, type Run, type RunResult, type TrustedIpsState } from '../domain';
import type { BadgeInput } from './badge';
import { keyLabels, keyOfConnection } from './choice';

export const DAY_MS = 86_400_000;

export interface ConnectionNow {
  /** The connection's name on My exchanges; for a save's outcome with no connection known, the key's label. */
  name: string;
  status: PageStatus;
  /** When Bitsgap's count says the key stops working: read time + N days. */
  expiresAt?: number;
  /** N counted down since it was read: 0 on the day, below 0 once the estimate has passed. */
  daysLeft?: number;
  /** When the status was read (for a save's outcome, when the save was made). */
  readAt: number;
  /** The label of the key the connection uses, where known. */
  key?: string;
  /** The status is a save's refresh outcome, not a reading of My exchanges. */
  fromSave: boolean;
  /** The key lacks addresses Bitsgap's list has gained since they were pasted onto it. */
  needsNewAddresses: boolean;
}

export interface KeepAliveNow {
  connections: ConnectionNow[];
  /** The latest save's refresh when no reading has answered it: still under way, or waiting for the user's Refresh. */
  refresh?: { result: RunResult; label: string };
  /** Keys lacking new addresses that no known connection stands for. */
  newAddressKeys: string[];
}

/** N of an expiry counted down from its reading, and when it runs out. */
export function countdown(days: number | undefined, readAt: number, now: number): { expiresAt?: number; daysLeft?: number } {
  if (days === undefined) return {};
  const expiresAt = readAt + days * DAY_MS;
  // 0 from the estimated moment until a day after it ("today"), negative after.
  return { expiresAt, daysLeft: Math.ceil((expiresAt - now) / DAY_MS) || 0 };
}

/**
 * Keys whose last save pasted a list that lacks an address Bitsgap's list has now, taken after
 * that save. Addresses Bitsgap dropped do no harm on a key; missing ones make Bitsgap fail. A
 * last save that didn't record its list tells nothing.
 */
export function keysLackingAddresses(runs: readonly Run[], trusted: TrustedIpsState): string[] {
  const list = trusted.list;
  if (!list) return [];
  return keyLabels(runs).filter((label) => {
    const last = runs.find((r) => r.label === label)!;
    return last.ips !== undefined && list.obtainedAt > last.savedAt && list.ips.some((ip) => !last.ips!.includes(ip));
  });
}

const isPageStatus = (result: RunResult): result is PageStatus => (PAGE_STATUSES as readonly string[]).includes(result);

export function keepAliveNow(state: KeepAliveState, runs: readonly Run[], trusted: TrustedIpsState, now: number): KeepAliveNow {
  const labels = keyLabels(runs);
  const lacking = new Set(keysLackingAddresses(runs, trusted));
  const names = state.connections.map((c) => c.name);
  const connections: ConnectionNow[] = state.connections.map((c) => {
    const key = keyOfConnection(c.name, names, state.keys, labels);
    return { name: c.name, status: c.status, readAt: c.readAt, key, fromSave: false, needsNewAddresses: key !== undefined && lacking.has(key), ...(c.status === 'expires_soon' ? countdown(c.days, c.readAt, now) : {}) };
  });
  const newestReading = Math.max(-Infinity, ...state.connections.map((c) => c.readAt));
  let refresh: KeepAliveNow['refresh'];
  // Each key's latest save feeds its connection's status when it came after that connection's
  // last reading: after a save and Bitsgap's answer, an older "Expires in 3 days" is stale.
  for (const label of labels) {
    const run = runs.find((r) => r.label === label)!;
    const mine = connections.filter((c) => c.key === label);
    if (!(mine.length > 0 ? mine.every((c) => run.savedAt > c.readAt) : run.savedAt > newestReading)) continue;
    if (isPageStatus(run.result)) {
      const fromSave = { status: run.result, readAt: run.savedAt, fromSave: true, expiresAt: undefined, daysLeft: undefined };
      if (mine.length > 0) mine.forEach((c) => Object.assign(c, fromSave));
      else connections.push({ ...fromSave, name: label, key: label, needsNewAddresses: lacking.has(label) });
    } else {
      refresh ??= { result: run.result, label };
    }
  }
  const covered = new Set(connections.map((c) => c.key));
  return { connections, refresh, newAddressKeys: [...lacking].filter((label) => !covered.has(label)) };
}

/** What the badge rule takes from it. */
export function badgeInput(now: KeepAliveNow): BadgeInput {
  return {
    statuses: now.connections.map((c) => ({ status: c.status, daysLeft: c.daysLeft })),
    refresh: now.refresh?.result,
    newAddresses: now.newAddressKeys.length > 0 || now.connections.some((c) => c.needsNewAddresses),
  };
}
