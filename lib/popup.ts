// What the popup shows, worked out from the stored state: plain functions, so the popup's view
// only wires them to Preact.
import { t, tn, type MessageKey } from './i18n';
import type { ParsedList, Rejected, RejectReason } from './ip';
import { refreshResultText } from './refresh-text';
import type { FetchError, IpSource, Run, TrustedIpsState } from './domain';

/** A time in the language the popup speaks, not the browser's. */
function when(at: number): string {
  return new Date(at).toLocaleString(t('lang'));
}

const SOURCE_KEYS: Record<IpSource, MessageKey> = {
  'bitsgap-api': 'sourceBitsgapApi',
  'bitsgap-page': 'sourceBitsgapPage',
  pasted: 'sourcePasted',
};

const REASON_KEYS: Record<RejectReason, MessageKey> = {
  'not-an-address': 'reasonNotAnAddress',
  'not-canonical': 'reasonNotCanonical',
  private: 'reasonPrivate',
  loopback: 'reasonLoopback',
  'link-local': 'reasonLinkLocal',
  multicast: 'reasonMulticast',
  unspecified: 'reasonUnspecified',
  reserved: 'reasonReserved',
};

/** Each refused entry with why, in the user's language (never a raw reason code). */
export function rejectionLines(rejected: readonly Rejected[]): string[] {
  return rejected.map((r) => t('rejectedEntry', [r.entry, t(REASON_KEYS[r.reason])]));
}

/** What is wrong with a pasted list, or nothing when it can be saved. */
export function pasteProblems(parsed: ParsedList): string[] {
  if (parsed.ips.length === 0 && parsed.rejected.length === 0) return [t('pasteEmpty')];
  return rejectionLines(parsed.rejected);
}

const STATUS_KEYS: Record<Exclude<FetchError['kind'], 'signed-out'>, MessageKey> = {
  unavailable: 'statusUnavailable',
  'invalid-response': 'statusInvalidResponse',
  missing: 'statusMissing',
};

/** True when Bitsgap did not hand over a list and its own page is the way forward. */
export function offersBitsgapPage(state: TrustedIpsState | undefined): boolean {
  return state?.lastError !== null && state?.lastError !== undefined && state.lastError.kind !== 'signed-out';
}

const DETAIL_KEYS: Record<string, MessageKey> = {
  timeout: 'detailTimeout',
  'network error': 'detailNetwork',
  'no permission': 'detailNoPermission',
  'not JSON': 'detailNotJson',
  'unexpected shape': 'detailUnexpectedShape',
  'a page, not JSON': 'detailPage',
  'redirected to a page': 'detailRedirected',
};

/** Why a fetch failed, in the user's language; an HTTP status stays a number. */
export function fetchDetailText(detail: string): string {
  if (detail.startsWith('rejected: ')) return t('detailRejected', detail.slice('rejected: '.length));
  const key = DETAIL_KEYS[detail];
  return key ? t(key) : detail;
}

/** The status line: the list, where it came from and when, and the last failure. */
export function describeStatus(state: TrustedIpsState | undefined, busy: boolean): string {
  if (busy) return t('statusLoading');
  if (!state) return t('statusExtensionError');
  const { list, lastError } = state;
  const parts: string[] = [];
  if (lastError) {
    const at = when(lastError.at);
    if (lastError.kind === 'signed-out') parts.push(t('statusSignedOut'));
    else parts.push(t(STATUS_KEYS[lastError.kind], [fetchDetailText(lastError.detail), at]));
    if (list) parts.push(t('statusKeepingLast'));
  }
  if (list) parts.push(tn('statusList', list.ips.length, [String(list.ips.length), t(SOURCE_KEYS[list.source]), when(list.obtainedAt)]));
  else if (!lastError) parts.push(t('statusEmpty'));
  return parts.join(' ');
}

export function historyLines(runs: readonly Run[]) {
  return runs.map((run) => ({
    id: run.id,
    summary: t('historyEntry', [run.label, String(run.added), when(run.savedAt)]),
    result: refreshResultText(run.result),
  }));
}
