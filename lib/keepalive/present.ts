// What keeping the key alive says, in the user's language: a connection's status and how long
// ago it was checked, the advice and the fix's label, the reminders, the toolbar's title.
import { t, tn, type MessageKey } from '../i18n';
import { refreshResultText } from '../refresh-text';
import type { PageStatus } from '../domain';
import { adviceFor, FIX_PLACE, keepAlivePrimaryAction, type Fix, type FixPlace } from './advice';
import { compareLevels, levelOfRefresh, levelOfStatus, type Badge, type Level } from './badge';
import type { ConnectionNow, KeepAliveNow } from './state';

const STATUS_KEYS: Record<Exclude<PageStatus, 'expires_soon'>, MessageKey> = {
  connected: 'keepAliveStatusConnected',
  expired: 'keepAliveStatusExpired',
  incorrect_permissions: 'keepAliveStatusIncorrectPermissions',
  withdrawal_enabled: 'keepAliveStatusWithdrawalEnabled',
  temporary_issue: 'keepAliveStatusTemporaryIssue',
  invalid: 'keepAliveStatusInvalid',
  inactive_futures: 'keepAliveStatusInactiveFutures',
};

export const FIX_LABELS: Record<Fix, MessageKey> = {
  'get-addresses': 'keepAliveFixGetAddresses',
  'turn-on-spot': 'keepAliveFixTurnOnSpot',
  'turn-off-withdrawals': 'keepAliveFixTurnOffWithdrawals',
  'make-key': 'keepAliveFixMakeKey',
  'turn-on-futures': 'keepAliveFixTurnOnFutures',
  'paste-new-addresses': 'keepAliveFixPasteNewAddresses',
  'refresh-on-bitsgap': 'keepAliveFixRefresh',
};

/** Bitsgap's status in plain words, the days counted down since it was read. */
export function statusText(status: PageStatus, daysLeft?: number): string {
  if (status !== 'expires_soon') return t(STATUS_KEYS[status]);
  if (daysLeft === undefined) return t('keepAliveStatusExpiresSoon');
  if (daysLeft < 0) return t('keepAliveStatusMayHaveExpired');
  return daysLeft === 0 ? t('keepAliveStatusExpiresToday') : tn('keepAliveStatusExpiresIn', daysLeft);
}

const MINUTE = 60_000;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 24 * 60 * MINUTE],
  ['hour', 60 * MINUTE],
  ['minute', MINUTE],
];

/** How long ago, in the catalogue's language ("2 days ago", "yesterday", "5 minutes ago"); nothing under a minute. */
export function ago(at: number, now: number): string | undefined {
  const elapsed = Math.max(0, now - at);
  const [unit, size] = UNITS.find(([, ms]) => elapsed >= ms) ?? [];
  if (!unit) return undefined;
  return new Intl.RelativeTimeFormat(t('lang'), { numeric: 'auto' }).format(-Math.floor(elapsed / size!), unit);
}

/** "Connected, checked 2 days ago": a connection's status and its age. */
export function checkedText(c: Pick<ConnectionNow, 'status' | 'daysLeft' | 'readAt' | 'fromSave'>, now: number): string {
  const status = statusText(c.status, c.daysLeft);
  const when = ago(c.readAt, now);
  if (c.fromSave) return t('keepAliveFromSave', [status, when ?? t('keepAliveJustNow')]);
  return when ? t('keepAliveChecked', [status, when]) : t('keepAliveCheckedNow', status);
}

/** One line of the popup's keep-alive list: a Binance connection, or a key or a save that needs the user. */
export interface ConnectionLine {
  id: string;
  /** The connection's name; none for a line about a key or a save. */
  name?: string;
  /** The key it uses, where known. */
  key?: string;
  /** Its status and how long ago it was read. */
  summary?: string;
  advice: string;
  needsUser: boolean;
  fix?: { label: string; place: FixPlace };
  /** The connection's key lacks addresses Bitsgap's list has gained. */
  note?: string;
}

const fixOf = (fix: Fix | undefined) => fix && { label: t(FIX_LABELS[fix]), place: FIX_PLACE[fix] };

/**
 * The popup's list, the most urgent first by the badge's own order, so the popup leads with the
 * fix the badge is about. A connection shows one fix: its status's, or, when the status asks
 * for nothing more urgent, pasting Bitsgap's new addresses onto its key.
 */
export function keepAliveLines(now: KeepAliveNow, at: number): ConnectionLine[] {
  const lines: (ConnectionLine & { level: Level })[] = now.connections.map((c) => {
    const advice = adviceFor(c.status);
    const statusLevel = levelOfStatus(c.status, c.daysLeft);
    const addresses = c.needsNewAddresses && c.key !== undefined;
    const statusFirst = statusLevel.kind !== 'none' && (!addresses || compareLevels(statusLevel, { kind: 'addresses' }) <= 0);
    const fix = statusFirst ? advice.fix : addresses ? 'paste-new-addresses' : undefined;
    return {
      id: `${c.fromSave ? 'save' : 'page'}:${c.name}`,
      name: c.name,
      key: c.key && c.key !== c.name ? t('keepAliveKey', c.key) : undefined,
      summary: checkedText(c, at),
      advice: t(advice.meaning),
      needsUser: statusFirst || addresses,
      fix: fixOf(fix),
      note: addresses ? t('keepAliveNewAddresses', c.key!) : undefined,
      level: statusFirst || !addresses ? statusLevel : { kind: 'addresses' },
    };
  });
  for (const key of now.newAddressKeys) {
    lines.push({ id: `key:${key}`, advice: t('keepAliveNewAddresses', key), needsUser: true, fix: fixOf('paste-new-addresses'), level: { kind: 'addresses' } });
  }
  const refresh = now.refresh && levelOfRefresh(now.refresh.result);
  if (now.refresh && refresh?.kind === 'alert') {
    lines.push({ id: `refresh:${now.refresh.label}`, advice: refreshResultText(now.refresh.result), needsUser: true, fix: fixOf('refresh-on-bitsgap'), level: refresh });
  }
  return lines.sort((a, b) => compareLevels(a.level, b.level)).map(({ level: _level, ...line }) => line);
}

/** A reminder's text: the connection, its days by Bitsgap's count, what to do, where the click goes. */
export function reminderText(c: ConnectionNow): string {
  const days = c.daysLeft ?? 0;
  if (days < 0) return t('keepAliveReminderPast', c.name);
  return days === 0 ? t('keepAliveReminderToday', c.name) : tn('keepAliveReminder', days, [String(days), c.name]);
}

/** The toolbar button's title: the extension's name, and what the badge is about. */
export function badgeTitle(now: KeepAliveNow, badge: Badge): string {
  const name = t('extName');
  const action = keepAlivePrimaryAction(now);
  if (badge.level.kind === 'none' || !action) return badge.level.kind === 'pending' ? `${name}: ${t('refreshPending')}` : name;
  if (action.fix === 'paste-new-addresses') return `${name}: ${t('keepAliveNewAddresses', action.about)}`;
  if (action.fix === 'refresh-on-bitsgap') return `${name}: ${refreshResultText(now.refresh!.result)}`;
  const c = now.connections.find((x) => x.name === action.about)!;
  return `${name}: ${action.about}: ${statusText(c.status, c.daysLeft)}`;
}
