import { fetchTrustedIps } from './bitsgap/client';
import { allowedBase } from './bitsgap/origin';
import { forgetMissing, rememberAnswered, rememberMissing, endpointMissing } from './endpoints';
import { MAX_IPS_PER_KEY, parseIpList } from './ip';
import type { FetchError, IpSource, TrustedIpsState } from './domain';
import { settingsItem, trustedIpsItem } from './storage';
import type { StoreResult } from './messages';

const sameAddresses = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((ip) => b.includes(ip));

/**
 * The state with `ips` as the list. Different addresses keep the list they replace for undo;
 * the same addresses obtained again keep when they last changed, and what undo would restore.
 */
function withList(state: TrustedIpsState, ips: string[], source: IpSource, now: number): TrustedIpsState {
  const current = state.list;
  const same = current !== null && sameAddresses(current.ips, ips);
  return {
    list: { ips, source, obtainedAt: now, changedAt: same ? (current.changedAt ?? current.obtainedAt) : now },
    lastError: null,
    previous: same ? (state.previous ?? null) : current,
  };
}

/**
 * Fetches the list from Bitsgap and stores it. A failure is recorded beside the last good
 * list and never replaces it.
 */
export async function refreshTrustedIps(fetchImpl: typeof fetch = fetch, now = Date.now()): Promise<TrustedIpsState> {
  const [settings, state] = await Promise.all([settingsItem.get(), trustedIpsItem.get()]);
  const result = (await allowedBase(settings.bitsgapBaseUrl))
    ? await fetchTrustedIps(settings.bitsgapBaseUrl, fetchImpl)
    : ({ kind: 'unavailable', detail: 'no permission' } as const);
  let next: TrustedIpsState;
  if (result.kind === 'ok') {
    const parsed = parseIpList(result.value.ips);
    if (parsed.rejected.length > 0 || parsed.ips.length === 0) {
      const named = parsed.rejected.map((r) => r.entry).join(', ');
      next = { ...state, lastError: failure('invalid-response', `rejected: ${named}`.slice(0, 500), now) };
    } else {
      await rememberAnswered(settings.bitsgapBaseUrl);
      next = withList(state, parsed.ips, 'bitsgap-api', now);
    }
  } else if (result.kind === 'signed-out') {
    next = { ...state, lastError: failure('signed-out', `HTTP ${result.status}`, now) };
  } else {
    if (result.kind === 'missing') await rememberMissing(settings.bitsgapBaseUrl, 'list');
    next = { ...state, lastError: failure(result.kind, result.detail, now) };
  }
  await trustedIpsItem.set(next);
  return next;
}

/** The user's Fetch: tries the endpoints again, even where they were missing before. */
export async function fetchTrustedIpsNow(fetchImpl: typeof fetch = fetch): Promise<TrustedIpsState> {
  await forgetMissing();
  return refreshTrustedIps(fetchImpl);
}

function failure(kind: FetchError['kind'], detail: string, at: number): FetchError {
  return { kind, detail, at };
}

/** The stored list, fetching once when there is none yet and the endpoint is not known to be missing. */
export async function currentTrustedIps(fetchImpl: typeof fetch = fetch): Promise<TrustedIpsState> {
  const state = await trustedIpsItem.get();
  if (state.list) return state;
  const { bitsgapBaseUrl } = await settingsItem.get();
  return (await endpointMissing(bitsgapBaseUrl, 'list')) ? state : refreshTrustedIps(fetchImpl);
}

/**
 * Stores a list the user supplied (pasted, or captured from Bitsgap's page) if every entry is
 * valid and it can fit a key: more than Binance's 30 never can.
 */
export async function storeTrustedIps(ips: readonly string[], source: Exclude<IpSource, 'bitsgap-api'>, now = Date.now()): Promise<StoreResult> {
  const parsed = parseIpList(ips);
  if (parsed.rejected.length > 0 || parsed.ips.length === 0) return { ok: false, rejected: parsed.rejected };
  if (parsed.ips.length > MAX_IPS_PER_KEY) return { ok: false, rejected: [], tooMany: parsed.ips.length };
  const state = withList(await trustedIpsItem.get(), parsed.ips, source, now);
  await trustedIpsItem.set(state);
  return { ok: true, state };
}

/** The user's Undo: the list a capture, paste or fetch replaced comes back, once. */
export async function undoReplace(now = Date.now()): Promise<TrustedIpsState> {
  const state = await trustedIpsItem.get();
  if (!state.previous) return state;
  const next: TrustedIpsState = { list: { ...state.previous, changedAt: now }, lastError: state.lastError, previous: null };
  await trustedIpsItem.set(next);
  return next;
}
