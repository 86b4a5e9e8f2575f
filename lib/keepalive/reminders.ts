// When to remind the user of a key about to expire, by Bitsgap's count (read time + N days): 3
// days and 1 day before and on the day, never more than one a day, none once a reading says
// Connected. Pure, so the schedule is tested with a clock of the test's own; alarms carry it out
// (keep-alive.ts), and since it is worked out from storage each time, a restart loses nothing.
import type { ConnectionNow } from './state';
import { DAY_MS } from './state';

/** Days before the estimated expiry to remind, 0 being the day itself. */
export const REMIND_DAYS_BEFORE = [3, 1, 0];

/** The reminders one connection's reading asks for: only those after it was read (the user was looking then). */
export function reminderTimes(c: Pick<ConnectionNow, 'status' | 'expiresAt' | 'readAt'>): number[] {
  if (c.status !== 'expires_soon' || c.expiresAt === undefined) return [];
  return REMIND_DAYS_BEFORE.map((d) => c.expiresAt! - d * DAY_MS).filter((t) => t > c.readAt);
}

/** The last reminder as far as spacing goes: one dated ahead of the clock (the clock went back a day or more) counts as none. */
function lastShown(lastReminderAt: number | null, now: number): number {
  return lastReminderAt === null || lastReminderAt > now + DAY_MS ? -Infinity : lastReminderAt;
}

/**
 * The connection to remind about now, if any: a reminder time has come that no reminder has
 * covered yet, and a day has passed since the last one. Times missed while the browser was
 * closed or asleep make one reminder, not several. The most urgent connection is named.
 */
export function dueReminder(connections: readonly ConnectionNow[], lastReminderAt: number | null, now: number): ConnectionNow | undefined {
  const last = lastShown(lastReminderAt, now);
  if (now - last < DAY_MS) return undefined;
  const due = connections.filter((c) => reminderTimes(c).some((t) => t <= now && t > last));
  return due.sort((a, b) => a.expiresAt! - b.expiresAt!)[0];
}

/** When the next reminder is due, pushed to a day after the last one; nothing once none is left. */
export function nextReminderAt(connections: readonly ConnectionNow[], lastReminderAt: number | null, now: number): number | undefined {
  const last = lastShown(lastReminderAt, now);
  const times = connections
    .flatMap(reminderTimes)
    .filter((t) => t > last)
    .map((t) => Math.max(t, last + DAY_MS))
    // One missed while reminders were off is not made up later: the next that is still ahead.
    .filter((t) => t > now);
  return times.length > 0 ? Math.min(...times) : undefined;
}

/** When a countdown shown on the badge next goes down a day; nothing once every estimate is a day past. */
export function nextCountdownAt(connections: readonly ConnectionNow[], now: number): number | undefined {
  const times: number[] = [];
  for (const c of connections) {
    if (c.status !== 'expires_soon' || c.expiresAt === undefined) continue;
    // daysLeft = ceil((expiresAt - now) / day) steps down each time now passes expiresAt - k days.
    const next = c.expiresAt - (Math.ceil((c.expiresAt - now) / DAY_MS) - 1) * DAY_MS;
    if (next <= c.expiresAt + DAY_MS) times.push(next);
  }
  return times.length > 0 ? Math.min(...times) : undefined;
}
