// Keeping the key alive in the background, on WXT's fake browser (storage, alarms, the badge,
// notifications, tabs) with a fake clock: the reminder schedule across days, a restart, the clock
// jumping, a Connected reading cancelling reminders, at most one a day; carrying over today's
// storage; the badge fed by saves' outcomes too.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ConnectionReading, Run } from '@/lib/domain';

type KeepAlive = typeof import('@/lib/keepalive/keep-alive');
type Storage = typeof import('@/lib/storage');

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 9);
const en = (await import('../../public/_locales/en/messages.json')).default as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A new background worker: the modules' memory is gone, storage and alarms stay. */
async function worker(): Promise<KeepAlive & Storage> {
  vi.resetModules();
  return { ...(await import('@/lib/storage')), ...(await import('@/lib/keepalive/keep-alive')) };
}

let bg: KeepAlive & Storage;
let granted = true;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  fakeBrowser.reset();
  granted = true;
  Object.assign(fakeBrowser.permissions, { contains: async () => granted });
  // English strings, substituted as the browser does.
  Object.assign(fakeBrowser.i18n, {
    getMessage: (key: string, subs?: string | string[]) => {
      const entry = en[key];
      const args = [subs ?? []].flat();
      return entry ? entry.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_m, i: string) => args[Number(i) - 1] ?? '')) : '';
    },
  });
  bg = await worker();
  await bg.settingsItem.set({ ...bg.DEFAULT_SETTINGS, notify: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const badge = () => fakeBrowser.action.getBadgeText({});
const shown = () => Object.values(fakeBrowser.notifications.getAllCreateOptions()).map((n) => (n as { message: string }).message);
const read = (...readings: ConnectionReading[]) => bg.recordReadings(readings);

/** Lets the alarm fire, as the browser would, each time it comes, until `end`: what each firing showed. */
async function liveUntil(end: number): Promise<{ at: number; badge: string; reminder?: string }[]> {
  const log: { at: number; badge: string; reminder?: string }[] = [];
  for (let i = 0; i < 50; i++) {
    const alarm = await fakeBrowser.alarms.get('keepalive');
    if (!alarm || alarm.scheduledTime > end) break;
    vi.setSystemTime(Math.max(alarm.scheduledTime, Date.now()));
    const before = shown().length;
    await bg.onKeepAliveAlarm();
    log.push({ at: Date.now() - T0, badge: await badge(), ...(shown().length > before ? { reminder: shown().at(-1) } : {}) });
  }
  return log;
}

describe('reminders before the estimated expiry', () => {
  it('"Expires in 3 days": the badge counts 3, 2, 1, 0 then "!", with a reminder a day before and on the day', async () => {
    await read({ name: 'Binance', status: 'expires_soon', days: 3 });
    expect(await badge()).toBe('3');
    expect(await fakeBrowser.action.getTitle({})).toBe('Bitsgap IP whitelist for Binance: Binance: Expires in 3 days');
    const log = await liveUntil(T0 + 10 * DAY);
    expect(log).toEqual([
      { at: DAY, badge: '2' },
      { at: 2 * DAY, badge: '1', reminder: "“Binance” expires in 1 day by Bitsgap's count. Add Bitsgap's addresses to its Binance key: click to open My exchanges." },
      { at: 3 * DAY, badge: '0', reminder: "“Binance” expires today by Bitsgap's count. Add Bitsgap's addresses to its Binance key: click to open My exchanges." },
      { at: 4 * DAY, badge: '!' },
    ]);
    expect(await fakeBrowser.alarms.get('keepalive')).toBeUndefined();
  });

  it('"Expires in 10 days": 3 days before, 1 day before and on the day', async () => {
    await read({ name: 'Binance', status: 'expires_soon', days: 10 });
    const reminders = (await liveUntil(T0 + 20 * DAY)).filter((l) => l.reminder).map((l) => l.at / DAY);
    expect(reminders).toEqual([7, 9, 10]);
  });

  it('survive a restart: the alarm and the badge are worked out again from storage', async () => {
    await read({ name: 'Binance', status: 'expires_soon', days: 10 });
    vi.setSystemTime(T0 + 6.5 * DAY);
    // The browser restarts: the worker's memory is gone, the badge is blank, alarms may be cleared.
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.action.setBadgeText({ text: '' });
    bg = await worker();
    await bg.migrateKeepAlive();
    await bg.showKeepAlive();
    expect(await badge()).toBe('4');
    expect((await fakeBrowser.alarms.get('keepalive'))?.scheduledTime).toBe(T0 + 7 * DAY);
    const reminders = (await liveUntil(T0 + 20 * DAY)).filter((l) => l.reminder).map((l) => l.at / DAY);
    expect(reminders).toEqual([7, 9, 10]);
  });

  it('a clock that jumped days ahead (a laptop asleep) makes one reminder, not each one missed', async () => {
    await read({ name: 'Binance', status: 'expires_soon', days: 3 });
    vi.setSystemTime(T0 + 5 * DAY);
    await bg.onKeepAliveAlarm();
    expect(shown()).toEqual(["“Binance” may have expired by Bitsgap's count. Check it on My exchanges: click to open it."]);
    expect(await badge()).toBe('!');
    expect(await liveUntil(T0 + 20 * DAY)).toEqual([]);
    expect(shown()).toHaveLength(1);
  });

  it('a clock set back a day or more does not silence reminders for good', async () => {
    await read({ name: 'Binance', status: 'expires_soon', days: 10 });
    await bg.keepAliveItem.set({ ...(await bg.keepAliveItem.get()), lastReminderAt: T0 + 30 * DAY });
    await bg.showKeepAlive();
    const reminders = (await liveUntil(T0 + 20 * DAY)).filter((l) => l.reminder).map((l) => l.at / DAY);
    expect(reminders).toEqual([7, 9, 10]);
  });

  it('a Connected reading cancels what is left, even an alarm already on its way', async () => {
    await read({ name: 'Binance', status: 'expires_soon', days: 3 });
    vi.setSystemTime(T0 + 1.5 * DAY);
    await read({ name: 'Binance', status: 'connected' });
    expect(await badge()).toBe('');
    expect(await fakeBrowser.alarms.get('keepalive')).toBeUndefined();
    vi.setSystemTime(T0 + 2 * DAY);
    await bg.onKeepAliveAlarm();
    expect(shown()).toEqual([]);
    expect(await badge()).toBe('');
  });

  it('never more than one a day, however many connections expire: the most urgent is named, the next waits a day', async () => {
    await read({ name: 'Main', status: 'expires_soon', days: 1 }, { name: 'Grid bots', status: 'expires_soon', days: 2 });
    vi.setSystemTime(T0 + 0.5 * DAY);
    // Another reading half a day later adds a third whose reminder falls within a day of the others'.
    await read({ name: 'Main', status: 'expires_soon', days: 1 }, { name: 'Grid bots', status: 'expires_soon', days: 2 }, { name: 'Spare', status: 'expires_soon', days: 1 });
    const log = (await liveUntil(T0 + 10 * DAY)).filter((l) => l.reminder);
    for (let i = 1; i < log.length; i++) expect(log[i]!.at - log[i - 1]!.at).toBeGreaterThanOrEqual(DAY);
    expect(log[0]!.reminder).toMatch(/^“Main” expires/);
    // The second reading moved every estimate half a day on: Main and Spare on the day and Grid
    // bots' day before make one reminder, Grid bots' day the next.
    expect(log.map((l) => l.at / DAY)).toEqual([1.5, 2.5]);
  });

  it('a reminder due within a day of the last one waits until a day has passed', async () => {
    await bg.keepAliveItem.set({ connections: [{ name: 'Binance', status: 'expires_soon', days: 1, readAt: T0 - 0.6 * DAY }], keys: [], lastReminderAt: T0 - 0.5 * DAY });
    await bg.showKeepAlive();
    // Due on the day, T0 + 0.4 days, when the badge turns 0; the last reminder was at T0 - 0.5 days.
    const log = await liveUntil(T0 + 3 * DAY);
    expect(log.slice(0, 2)).toEqual([
      { at: 0.4 * DAY, badge: '0' },
      { at: 0.5 * DAY, badge: '0', reminder: "“Binance” expires today by Bitsgap's count. Add Bitsgap's addresses to its Binance key: click to open My exchanges." },
    ]);
    expect(log.filter((l) => l.reminder)).toHaveLength(1);
  });

  it('with notifications off or not granted nothing is shown, and the badge still counts down', async () => {
    await bg.settingsItem.set({ ...bg.DEFAULT_SETTINGS, notify: false });
    await read({ name: 'Binance', status: 'expires_soon', days: 3 });
    const log = await liveUntil(T0 + 10 * DAY);
    expect(log.map((l) => l.badge)).toEqual(['2', '1', '0', '!']);
    expect(shown()).toEqual([]);
    // On, but the permission withdrawn: still nothing, and nothing counted as shown.
    await bg.settingsItem.set({ ...bg.DEFAULT_SETTINGS, notify: true });
    granted = false;
    vi.setSystemTime(T0);
    await read({ name: 'Binance', status: 'expires_soon', days: 3 });
    await liveUntil(T0 + 10 * DAY);
    expect(shown()).toEqual([]);
    expect((await bg.keepAliveItem.get()).lastReminderAt).toBeNull();
  });

  it('a click on a reminder opens the place that fixes it; other notifications are left alone', async () => {
    expect(await bg.onNotificationClicked('keepalive:bitsgap:1')).toBe(true);
    expect(await bg.onNotificationClicked('keepalive:binance:2')).toBe(true);
    expect(await bg.onNotificationClicked('ipwl-3')).toBe(false);
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toEqual(expect.arrayContaining(['https://app.bitsgap.com/my-exchanges', 'https://www.binance.com/en/my/settings/api-management']));
  });
});

describe('what is kept, and carried over', () => {
  const saved = (over: Partial<Run>): Run => ({ id: crypto.randomUUID(), label: 'Bitsgap_com', added: 3, savedAt: T0 - DAY, result: 'unsupported', attempts: 1, ...over });

  it('today’s storage: the status a save’s Refresh read from Bitsgap becomes the connection’s reading', async () => {
    await bg.historyItem.set([saved({ result: 'expired', detail: 'read from Bitsgap', savedAt: T0 - 2 * DAY }), saved({ result: 'connected', savedAt: T0 - 9 * DAY })]);
    await bg.migrateKeepAlive();
    expect((await bg.keepAliveItem.get()).connections).toEqual([{ name: 'Binance', status: 'expired', readAt: T0 - 2 * DAY }]);
    await bg.showKeepAlive();
    expect(await badge()).toBe('!');
    // Once written, never again: a later reading is not overwritten by the history.
    await read({ name: 'Binance', status: 'connected' });
    await bg.migrateKeepAlive();
    expect((await bg.keepAliveItem.get()).connections).toEqual([{ name: 'Binance', status: 'connected', readAt: T0 }]);
  });

  it('a reading at start-up, in whichever order with the carrying-over, is kept', async () => {
    for (const readingFirst of [true, false]) {
      fakeBrowser.reset();
      bg = await worker();
      await bg.historyItem.set([saved({ result: 'expired', detail: 'read from Bitsgap' })]);
      const reading = () => read({ name: 'Binance', status: 'expires_soon', days: 4 });
      await Promise.all(readingFirst ? [reading(), bg.migrateKeepAlive()] : [bg.migrateKeepAlive(), reading()]);
      expect((await bg.keepAliveItem.get()).connections, `reading first: ${readingFirst}`).toEqual([{ name: 'Binance', status: 'expires_soon', days: 4, readAt: T0 }]);
    }
  });

  it('history v2 keeps every save recorded before, and takes the list pasted with a save', async () => {
    const old = [{ id: 'r1', label: 'Bitsgap_com', added: 2, savedAt: 1, result: 'connected', attempts: 1 }];
    await fakeBrowser.storage.local.set({ history: old });
    await bg.historyItem.migrate();
    expect(await bg.historyItem.get()).toEqual(old);
    expect(await fakeBrowser.storage.local.get('history$')).toEqual({ history$: { v: 2 } });
    const { startRefresh } = await import('@/lib/refresh');
    await bg.settingsItem.set({ ...bg.DEFAULT_SETTINGS, refreshAfterSave: false });
    await startRefresh({ label: 'Bitsgap_com', added: 1, ips: ['3.120.45.10', '3.120.45.11'] });
    expect((await bg.historyItem.get())[0]).toMatchObject({ label: 'Bitsgap_com', ips: ['3.120.45.10', '3.120.45.11'], result: 'disabled' });
  });

  it('a list captured later with an address the key lacks: the badge says the key needs the new addresses', async () => {
    await bg.historyItem.set([saved({ result: 'connected', ips: ['3.120.45.10'] })]);
    await read({ name: 'Binance', status: 'connected' });
    expect(await badge()).toBe('');
    await bg.trustedIpsItem.set({ list: { ips: ['3.120.45.10', '52.29.100.7'], source: 'bitsgap-page', obtainedAt: T0 + 1 }, lastError: null });
    vi.setSystemTime(T0 + 2);
    await bg.showKeepAlive();
    expect(await badge()).toBe('IP');
    expect(await fakeBrowser.action.getTitle({})).toBe("Bitsgap IP whitelist for Binance: Bitsgap's list has changed since you pasted it onto Bitsgap_com: that key needs the new addresses.");
  });

  it('the user’s answer which key a connection uses is kept, only for a key they saved', async () => {
    await bg.historyItem.set([saved({ label: 'Bitsgap_com' }), saved({ label: 'old-key' })]);
    expect(await bg.chooseKey({ name: 'Main', label: 'someone-else' })).toBe(false);
    expect(await bg.chooseKey({ name: 'Main', label: 'old-key' })).toBe(true);
    expect(await bg.chooseKey({ name: 'Grid bots', label: null })).toBe(true);
    expect(await bg.chooseKey({ name: 'Main', label: 'Bitsgap_com' })).toBe(true);
    expect((await bg.keepAliveItem.get()).keys).toEqual([
      { name: 'Main', label: 'Bitsgap_com' },
      { name: 'Grid bots', label: null },
    ]);
  });
});

describe('the popup’s lines', () => {
  it('the most urgent first, each with one fix: its status’s, or the new addresses when the status asks nothing more urgent', async () => {
    const { keepAliveLines } = await import('@/lib/keepalive/present');
    const { keepAliveNow } = await import('@/lib/keepalive/state');
    const runs: Run[] = [
      { id: 'a', label: 'Bitsgap_com', added: 1, savedAt: T0 - DAY, result: 'connected', attempts: 1, ips: ['3.120.45.10'] },
      { id: 'b', label: 'other-key', added: 1, savedAt: T0 - 2 * DAY, result: 'unsupported', attempts: 1 },
    ];
    const state = {
      connections: [
        { name: 'Main', status: 'connected' as const, readAt: T0 - 60_000 },
        { name: 'Grid bots', status: 'expires_soon' as const, days: 6, readAt: T0 - 3 * DAY },
        { name: 'Spare', status: 'temporary_issue' as const, readAt: T0 - 2 * 3_600_000 },
      ],
      keys: [{ name: 'Main', label: 'Bitsgap_com' }],
      lastReminderAt: null,
    };
    const trusted = { list: { ips: ['3.120.45.10', '52.29.100.7'], source: 'bitsgap-page' as const, obtainedAt: T0 - 1000 }, lastError: null };
    const lines = keepAliveLines(keepAliveNow(state, runs, trusted, T0), T0);
    expect(lines.map((l) => [l.name, l.summary, l.fix?.label])).toEqual([
      ['Grid bots', 'Expires in 3 days, checked 3 days ago', "Get Bitsgap's addresses"],
      ['Main', 'Connected, checked 1 minute ago', 'Paste the new addresses on Binance'],
      ['Spare', 'Temporary issue, checked 2 hours ago', undefined],
    ]);
    expect(lines[1]!.note).toBe("Bitsgap's list has changed since you pasted it onto Bitsgap_com: that key needs the new addresses.");
    expect(lines[2]!.advice).toBe('Bitsgap could not check the key just now. Nothing to do yet: look again later.');
    expect(lines[2]!.needsUser).toBe(false);
  });
});
