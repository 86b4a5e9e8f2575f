// The toolbar badge: one rule for everything that may need the user, in one place. The popup's
// primary action (advice.ts) ranks what needs the user by the same levels, so the badge and the
// popup always lead with the same thing.
import type { PageStatus, RunResult } from '../domain';
import { needsManualRefresh } from '../refresh-text';

/** How much something needs the user, the most urgent first. */
export type Level =
  // Trading is off, the key is refused, or a save waits for Bitsgap's Refresh: "!".
  | { kind: 'alert' }
  // "Expires in N days", counted down since it was read: N.
  | { kind: 'days'; days: number }
  // Bitsgap's list has addresses the key didn't get.
  | { kind: 'addresses' }
  // A refresh under way: nothing to do, something to wait for.
  | { kind: 'pending' }
  | { kind: 'none' };

/** Statuses that stop Bitsgap trading with the key now. */
const ALERTS: readonly PageStatus[] = ['expired', 'incorrect_permissions', 'withdrawal_enabled', 'invalid', 'inactive_futures'];

/**
 * A connection's status. `daysLeft` is N counted down from when it was read; an expiry whose N
 * is unknown, or whose estimate has passed, is an alert: it may already have happened.
 */
export function levelOfStatus(status: PageStatus, daysLeft?: number): Level {
  if (ALERTS.includes(status)) return { kind: 'alert' };
  if (status !== 'expires_soon') return { kind: 'none' };
  return daysLeft === undefined || daysLeft < 0 ? { kind: 'alert' } : { kind: 'days', days: daysLeft };
}

/** A save's refresh outcome that no reading of the page has answered since. */
export function levelOfRefresh(result: RunResult): Level {
  if (result === 'pending') return { kind: 'pending' };
  if (needsManualRefresh(result)) return { kind: 'alert' };
  // Every other outcome is one of the page's statuses (the endpoint's five among them), without N.
  return levelOfStatus(result as PageStatus);
}

const ORDER: Level['kind'][] = ['alert', 'days', 'addresses', 'pending', 'none'];

/** Most urgent first: "!", then the fewest days, then new addresses, then a refresh under way. */
export function compareLevels(a: Level, b: Level): number {
  const byKind = ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind);
  if (byKind !== 0 || a.kind !== 'days' || b.kind !== 'days') return byKind;
  return a.days - b.days;
}

export interface BadgeInput {
  /** Each Binance connection's status, with the days left where it expires. */
  statuses: readonly { status: PageStatus; daysLeft?: number }[];
  /** The latest refresh outcome, when no reading of the page has answered it since. */
  refresh?: RunResult;
  /** Bitsgap's list has addresses a Bitsgap key didn't get. */
  newAddresses: boolean;
}

export interface Badge {
  text: string;
  /** Background and text colour; text dark on the light amber, for contrast. */
  color: string;
  textColor: string;
  level: Level;
}

const LOOK: Record<Level['kind'], { color: string; textColor: string }> = {
  alert: { color: '#d9304f', textColor: '#ffffff' },
  days: { color: '#f0b90b', textColor: '#1e2329' },
  addresses: { color: '#f0b90b', textColor: '#1e2329' },
  pending: { color: '#707a8a', textColor: '#ffffff' },
  none: { color: '#707a8a', textColor: '#ffffff' },
};

/** The most urgent of several levels (none for an empty list). */
export function mostUrgent(levels: readonly Level[]): Level {
  return [...levels].sort(compareLevels)[0] ?? { kind: 'none' };
}

/** The badge: "!" first, then the smallest N, then "IP" for new addresses, "…" while a refresh runs; empty otherwise. */
export function badgeFor(input: BadgeInput): Badge {
  const levels = input.statuses.map((s) => levelOfStatus(s.status, s.daysLeft));
  if (input.refresh) levels.push(levelOfRefresh(input.refresh));
  if (input.newAddresses) levels.push({ kind: 'addresses' });
  const level = mostUrgent(levels);
  const text = level.kind === 'alert' ? '!' : level.kind === 'days' ? (level.days > 99 ? '99+' : String(level.days)) : level.kind === 'addresses' ? 'IP' : level.kind === 'pending' ? '…' : '';
  return { text, level, ...LOOK[level.kind] };
}
