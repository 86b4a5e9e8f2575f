import { t } from './i18n';
import type { RunResult } from './storage';

/** What a refresh outcome means to the user, in their language. */
export function refreshResultText(result: RunResult): string {
  switch (result) {
    case 'pending':
      return t('refreshPending');
    case 'connected':
      return t('refreshConnected');
    case 'expires_soon':
      return t('refreshExpiresSoon');
    case 'expired':
      return t('refreshExpired');
    case 'invalid':
      return t('refreshInvalid');
    case 'incorrect_permissions':
      return t('refreshIncorrectPermissions');
    case 'signed-out':
      return t('refreshSignedOut');
    case 'unsupported':
      return t('refreshUnsupported');
    case 'disabled':
      return t('refreshDisabled');
    case 'failed':
      return t('refreshFailed');
  }
}

/** Outcomes after which the user should click Refresh on Bitsgap themselves. */
export function needsManualRefresh(result: RunResult): boolean {
  return result === 'unsupported' || result === 'disabled' || result === 'failed' || result === 'signed-out';
}

export const BITSGAP_EXCHANGES_URL = 'https://app.bitsgap.com/my-exchanges';
