// Keeping the key alive, the background's side: it records what My exchanges showed, carries over
// what today's history knows, sets the toolbar badge by the one rule (badge.ts) from everything
// that may need the user, and reminds before the estimated expiry with one alarm that survives
// restarts: the schedule is worked out from storage each time (reminders.ts), so a new worker,
// a restart or a clock that moved lose nothing. Every change goes through the one-at-a-time queue.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { MAX_CONNECTIONS, PAGE_STATUSES, type ConnectionReading, type KeepAliveState, type KeyChoice } from '../domain';
import { exclusive } from '../exclusive';
import { t } from '../i18n';
import { EMPTY_KEEP_ALIVE, historyItem, keepAliveItem, settingsItem, trustedIpsItem } from '../storage';
import { openPlace } from '../tabs';
import { adviceFor, FIX_PLACE, type FixPlace } from './advice';
import { badgeFor } from './badge';
import { keyLabels } from './choice';
import { badgeTitle, reminderText } from './present';
import { dueReminder, nextCountdownAt, nextReminderAt } from './reminders';
import { badgeInput, keepAliveNow, type KeepAliveNow } from './state';

const ALARM = 'keepalive';
// A reminder's id says where its click goes: `keepalive:bitsgap:<time>`.
const NOTIFICATION_PREFIX = 'keepalive:';

export function isKeepAliveAlarm(name: string): boolean {
  return name === ALARM;
}

async function readNow(now: number): Promise<{ state: KeepAliveState; current: KeepAliveNow }> {
  const [state, runs, trusted] = await Promise.all([keepAliveItem.get(), historyItem.get(), trustedIpsItem.get()]);
  return { state, current: keepAliveNow(state, runs, trusted, now) };
}

/**
 * Today's storage to the keep-alive item, once, before anything else writes it: the only status
 * read from Bitsgap so far is a save's outcome read after its Refresh (a history entry "read from
 * Bitsgap"). It becomes the Binance connection's reading, at the save's time, without N (it was
 * never kept). Run through the queue, so a reading recorded first is never overwritten.
 */
export function migrateKeepAlive(): Promise<void> {
  return exclusive(async () => {
    if ((await storage.getItem<unknown>(keepAliveItem.key)) !== null) return;
    const read = (await historyItem.get()).find((r) => r.detail === 'read from Bitsgap' && (PAGE_STATUSES as readonly string[]).includes(r.result));
    const connections = read ? [{ name: 'Binance', status: read.result as (typeof PAGE_STATUSES)[number], readAt: read.savedAt }] : [];
    await keepAliveItem.set({ ...EMPTY_KEEP_ALIVE, connections });
  });
}

/** What My exchanges shows now: every Binance connection on it, read at `now`. */
export async function recordReadings(readings: readonly ConnectionReading[], now = Date.now()): Promise<void> {
  await exclusive(async () => {
    const state = await keepAliveItem.get();
    // The page shows every connection there is: one no longer shown is gone (its answer stays in `keys`).
    await keepAliveItem.set({ ...state, connections: readings.map((r) => ({ ...r, readAt: now })) });
  });
  await showKeepAlive(now);
}

/** The user's answer on My exchanges: which of their saved keys a connection uses (null: none of them). */
export async function chooseKey(choice: KeyChoice, now = Date.now()): Promise<boolean> {
  const recorded = await exclusive(async () => {
    const [state, runs] = await Promise.all([keepAliveItem.get(), historyItem.get()]);
    if (choice.label !== null && !keyLabels(runs).includes(choice.label)) return false;
    const keys = [choice, ...state.keys.filter((k) => k.name !== choice.name)].slice(0, MAX_CONNECTIONS * 2);
    await keepAliveItem.set({ ...state, keys });
    return true;
  });
  if (recorded) await showKeepAlive(now);
  return recorded;
}

/**
 * The badge, the toolbar's title and the next wake, from what is stored now. Queued, so after
 * changes close together the last one shown reads the latest of everything.
 */
export function showKeepAlive(now = Date.now()): Promise<void> {
  return exclusive(async () => {
    const { state, current } = await readNow(now);
    const badge = badgeFor(badgeInput(current));
    // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
    const action = browser.action ?? browser.browserAction;
    if (action) {
      // The text last: once it shows, its colours and the title that explains it are already there.
      await action.setTitle({ title: badgeTitle(current, badge) });
      await action.setBadgeBackgroundColor({ color: badge.color });
      await action.setBadgeTextColor?.({ color: badge.textColor });
      await action.setBadgeText({ text: badge.text });
    }
    // One alarm: the next reminder, or the next day a countdown on the badge goes down.
    const wakes = [nextReminderAt(current.connections, state.lastReminderAt, now), nextCountdownAt(current.connections, now)].filter((x): x is number => x !== undefined);
    if (wakes.length === 0) await browser.alarms.clear(ALARM);
    else await browser.alarms.create(ALARM, { when: Math.min(...wakes) });
  });
}

async function notificationsAllowed(): Promise<boolean> {
  const { notify } = await settingsItem.get();
  return notify && browser.notifications !== undefined && (await browser.permissions.contains({ permissions: ['notifications'] }));
}

/** The alarm: a reminder if one is due and the user asked for them, then the badge and the next wake. */
export async function onKeepAliveAlarm(now = Date.now()): Promise<void> {
  await exclusive(async () => {
    const { state, current } = await readNow(now);
    const due = dueReminder(current.connections, state.lastReminderAt, now);
    if (!due || !(await notificationsAllowed())) return;
    const fix = adviceFor(due.status).fix ?? 'get-addresses';
    // Counted before it is shown: a worker stopped in between misses one reminder rather than showing it twice.
    await keepAliveItem.set({ ...state, lastReminderAt: now });
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${FIX_PLACE[fix]}:${now}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('extName'),
      message: reminderText(due),
    });
  });
  await showKeepAlive(now);
}

/**
 * Follows clicks on reminders. The notifications API exists only once the user granted it, which
 * they may do while this worker runs (in Options): then it is followed from that moment.
 */
export function followReminderClicks(): void {
  let following = false;
  const follow = () => {
    if (following || !browser.notifications) return;
    following = true;
    browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
  };
  follow();
  browser.permissions.onAdded?.addListener(follow);
}

/** A click on a reminder opens the place that fixes it. Other notifications are not ours to act on. */
export async function onNotificationClicked(id: string): Promise<boolean> {
  if (!id.startsWith(NOTIFICATION_PREFIX)) return false;
  const place = id.slice(NOTIFICATION_PREFIX.length).split(':')[0] as FixPlace;
  await openPlace(place);
  await browser.notifications?.clear(id);
  return true;
}
