import { fetchTrustedIps } from './bitsgap/client';
import { allowedBase } from './bitsgap/origin';
import { forgetMissing, rememberMissing, endpointMissing } from './endpoints';
import { parseIpList } from './ip';
import type { FetchError, IpSource, TrustedIpsState } from './domain';
import { settingsItem, trustedIpsItem } from './storage';
import type { StoreResult } from './messages';

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
      next = { list: { ips: parsed.ips, source: 'bitsgap-api', obtainedAt: now }, lastError: null };
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

/** Stores a list the user supplied (pasted, or captured from Bitsgap's page) if every entry is valid. */
export async function storeTrustedIps(ips: readonly string[], source: Exclude<IpSource, 'bitsgap-api'>, now = Date.now()): Promise<StoreResult> {
  const parsed = parseIpList(ips);
  if (parsed.rejected.length > 0 || parsed.ips.length === 0) return { ok: false, rejected: parsed.rejected };
  const state: TrustedIpsState = { list: { ips: parsed.ips, source, obtainedAt: now }, lastError: null };
  await trustedIpsItem.set(state);
  return { ok: true, state };
}
