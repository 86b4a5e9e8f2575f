import { t, type MessageKey } from './i18n';
import type { Run, RunResult } from './storage';

const RESULT_KEYS: Record<RunResult, MessageKey> = {
  pending: 'refreshPending',
  connected: 'refreshConnected',
  expires_soon: 'refreshExpiresSoon',
  expired: 'refreshExpired',
  invalid: 'refreshInvalid',
  incorrect_permissions: 'refreshIncorrectPermissions',
  withdrawal_enabled: 'refreshWithdrawalEnabled',
  temporary_issue: 'refreshTemporaryIssue',
  inactive_futures: 'refreshInactiveFutures',
  'signed-out': 'refreshSignedOut',
  unsupported: 'refreshUnsupported',
  disabled: 'refreshDisabled',
  failed: 'refreshFailed',
};

/** What a refresh outcome means to the user, in their language. */
export function refreshResultText(result: RunResult): string {
  return t(RESULT_KEYS[result]);
}

/** Outcomes after which the user should click Refresh on Bitsgap themselves. */
export function needsManualRefresh(result: RunResult): boolean {
  return result === 'unsupported' || result === 'disabled' || result === 'failed' || result === 'signed-out';
}

// How long after a save the hint to click Bitsgap's Refresh stays relevant.
const REFRESH_HINT_MS = 60 * 60_000;

/** The latest save, while it still waits for the user to click Refresh on Bitsgap. */
export function awaitingRefresh(runs: readonly Run[] | undefined, now = Date.now()): Run | undefined {
  const last = runs?.[0];
  return last && needsManualRefresh(last.result) && now - last.savedAt < REFRESH_HINT_MS ? last : undefined;
}

export const BITSGAP_EXCHANGES_URL = 'https://app.bitsgap.com/my-exchanges';
