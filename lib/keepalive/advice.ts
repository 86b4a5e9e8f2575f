// What each of Bitsgap's statuses means for the user and the one thing that fixes it, in one
// place: the popup, the reminders and the badge's choice of what leads all come from here.
import { BINANCE_API_URL } from '../binance/route';
import { MY_EXCHANGES_URL } from '../bitsgap/routes';
import type { PageStatus } from '../domain';
import type { MessageKey } from '../i18n';
import { compareLevels, levelOfRefresh, levelOfStatus, type Level } from './badge';
import type { KeepAliveNow } from './state';

/** The fixes, each one place to go and one thing to do there. */
export type Fix = 'get-addresses' | 'turn-on-spot' | 'turn-off-withdrawals' | 'make-key' | 'turn-on-futures' | 'paste-new-addresses' | 'refresh-on-bitsgap';
export type FixPlace = 'bitsgap' | 'binance';

/** Where each fix is done: Bitsgap's My exchanges (its pop-up on Binance's row, its Refresh), or Binance's API management. */
export const FIX_PLACE: Record<Fix, FixPlace> = {
  'get-addresses': 'bitsgap',
  'refresh-on-bitsgap': 'bitsgap',
  'turn-on-spot': 'binance',
  'turn-off-withdrawals': 'binance',
  'make-key': 'binance',
  'turn-on-futures': 'binance',
  'paste-new-addresses': 'binance',
};
/** The only pages a fix opens (../shared/CONTRACT.md's links). */
export const PLACE_URL: Record<FixPlace, string> = { bitsgap: MY_EXCHANGES_URL, binance: BINANCE_API_URL };

export interface Advice {
  /** What the status means and what to do, in plain words. */
  meaning: MessageKey;
  /** The one fix, where there is one to make now. */
  fix?: Fix;
}

const ADVICE: Record<PageStatus, Advice> = {
  connected: { meaning: 'keepAliveAdviceConnected' },
  // The journey's first stage: Bitsgap's pop-up on Binance's row gives the addresses to paste.
  expires_soon: { meaning: 'keepAliveAdviceExpires', fix: 'get-addresses' },
  expired: { meaning: 'keepAliveAdviceExpired', fix: 'get-addresses' },
  incorrect_permissions: { meaning: 'keepAliveAdviceIncorrectPermissions', fix: 'turn-on-spot' },
  withdrawal_enabled: { meaning: 'keepAliveAdviceWithdrawalEnabled', fix: 'turn-off-withdrawals' },
  // Nothing to do yet: Bitsgap looks again by itself.
  temporary_issue: { meaning: 'keepAliveAdviceTemporaryIssue' },
  invalid: { meaning: 'keepAliveAdviceInvalid', fix: 'make-key' },
  inactive_futures: { meaning: 'keepAliveAdviceInactiveFutures', fix: 'turn-on-futures' },
};

export function adviceFor(status: PageStatus): Advice {
  return ADVICE[status];
}

/** True when a status asks something of the user (the same statuses the badge shows). */
export function needsUser(status: PageStatus, daysLeft?: number): boolean {
  return levelOfStatus(status, daysLeft).kind !== 'none';
}

export interface PrimaryAction {
  fix: Fix;
  place: FixPlace;
  url: string;
  /** The connection or key it is about. */
  about: string;
  level: Level;
}

/**
 * What the popup should lead with: the fix for the most urgent thing that needs the user, by the
 * badge's own order ("!" first, then the fewest days, then new addresses); nothing when all is well.
 */
export function keepAlivePrimaryAction(now: KeepAliveNow): PrimaryAction | undefined {
  const candidates: { fix: Fix; about: string; level: Level }[] = [];
  for (const c of now.connections) {
    const fix = adviceFor(c.status).fix;
    const level = levelOfStatus(c.status, c.daysLeft);
    if (fix && level.kind !== 'none') candidates.push({ fix, about: c.name, level });
    if (c.needsNewAddresses && c.key) candidates.push({ fix: 'paste-new-addresses', about: c.key, level: { kind: 'addresses' } });
  }
  for (const key of now.newAddressKeys) candidates.push({ fix: 'paste-new-addresses', about: key, level: { kind: 'addresses' } });
  if (now.refresh) {
    const level = levelOfRefresh(now.refresh.result);
    if (level.kind === 'alert') candidates.push({ fix: 'refresh-on-bitsgap', about: now.refresh.label, level });
  }
  const first = candidates.sort((a, b) => compareLevels(a.level, b.level))[0];
  return first && { ...first, place: FIX_PLACE[first.fix], url: PLACE_URL[FIX_PLACE[first.fix]] };
}
