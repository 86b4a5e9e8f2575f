import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_TRIES, RETRY_BASE_MS, retryDelayMs, runDueJobs } from '@/lib/refresh';
import { refreshResultText } from '@/lib/refresh-text';
import { RunResult } from '@/lib/domain';
import { DEFAULT_SETTINGS, historyItem, refreshJobsItem, settingsItem } from '@/lib/storage';

describe('retry schedule', () => {
  it('doubles from 15 s with at most ±20 % jitter', () => {
    expect([1, 2, 3].map((a) => retryDelayMs(a, 0.5))).toEqual([15_000, 30_000, 60_000]);
    expect(retryDelayMs(1, 0)).toBe(RETRY_BASE_MS * 0.8);
    expect(retryDelayMs(1, 1)).toBe(RETRY_BASE_MS * 1.2);
  });

  it('makes at least 3 tries over at least a minute, and ends within a few minutes', () => {
    const retries = Array.from({ length: MAX_TRIES - 1 }, (_, i) => i + 1);
    expect(MAX_TRIES).toBeGreaterThanOrEqual(3);
    expect(retries.reduce((sum, a) => sum + retryDelayMs(a, 0), 0)).toBeGreaterThanOrEqual(60_000);
    expect(retries.reduce((sum, a) => sum + retryDelayMs(a, 1), 0)).toBeLessThanOrEqual(5 * 60_000);
  });
});

describe('refresh jobs', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await historyItem.set([{ id: 'r1', label: 'Bitsgap_com', added: 3, savedAt: 1, result: 'pending', attempts: 0 }]);
    await refreshJobsItem.set([{ id: 'r1', label: 'Bitsgap_com', added: 3, savedAt: 1, attempts: 0, nextAt: 0 }]);
  });

  const answering = (...statuses: number[]) => {
    const calls: RequestInit[] = [];
    const impl: typeof fetch = async (_url, init) => {
      calls.push(init!);
      const status = statuses.shift() ?? 200;
      return new Response(status === 200 ? '{"status":"connected"}' : '{}', { status });
    };
    return { impl, calls };
  };

  it('a 2xx ends the job and records the status', async () => {
    const { impl, calls } = answering(200);
    await runDueJobs(Date.now(), impl);
    expect(JSON.parse(String(calls[0]!.body))).toEqual({ apiKeyLabel: 'Bitsgap_com' });
    expect(await refreshJobsItem.get()).toEqual([]);
    expect((await historyItem.get())[0]).toMatchObject({ result: 'connected', attempts: 1 });
  });

  it('a 503 keeps the job, counts the try and arms an alarm; it is not retried before its time', async () => {
    const { impl, calls } = answering(503, 200);
    await runDueJobs(Date.now(), impl);
    const [job] = await refreshJobsItem.get();
    expect(job).toMatchObject({ attempts: 1 });
    expect(job!.nextAt).toBeGreaterThan(Date.now() + 10_000);
    expect(await fakeBrowser.alarms.get('refresh:r1')).toBeDefined();
    await runDueJobs(Date.now(), impl);
    expect(calls).toHaveLength(1);
    await runDueJobs(job!.nextAt, impl);
    expect(calls).toHaveLength(2);
    expect((await historyItem.get())[0]).toMatchObject({ result: 'connected', attempts: 2 });
  });

  it('401 ends as signed out at once; 404 as unsupported', async () => {
    await runDueJobs(Date.now(), answering(401).impl);
    expect((await historyItem.get())[0]!.result).toBe('signed-out');
    expect(await refreshJobsItem.get()).toEqual([]);
    await refreshJobsItem.set([{ id: 'r1', label: 'Bitsgap_com', added: 3, savedAt: 1, attempts: 0, nextAt: 0 }]);
    const missing = answering(404);
    await runDueJobs(Date.now(), missing.impl);
    expect((await historyItem.get())[0]!.result).toBe('unsupported');
    // Remembered: the next save goes straight to Bitsgap's own Refresh, with no request.
    await refreshJobsItem.set([{ id: 'r2', label: 'Bitsgap_com', added: 3, savedAt: 1, attempts: 0, nextAt: 0 }]);
    await historyItem.set([{ id: 'r2', label: 'Bitsgap_com', added: 3, savedAt: 1, result: 'pending', attempts: 0 }]);
    await runDueJobs(Date.now(), missing.impl);
    expect(missing.calls).toHaveLength(1);
    expect((await historyItem.get())[0]!.result).toBe('unsupported');
    expect(await refreshJobsItem.get()).toEqual([]);
  });

  it(`gives up after ${MAX_TRIES} tries`, async () => {
    const { impl, calls } = answering(500, 500, 500, 500, 500);
    for (let i = 0; i < MAX_TRIES + 1; i++) await runDueJobs(Date.now() + 10 * 60_000, impl);
    expect(calls).toHaveLength(MAX_TRIES);
    expect((await historyItem.get())[0]).toMatchObject({ result: 'failed', attempts: MAX_TRIES });
  });
});

describe('notification after a refresh', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await refreshJobsItem.set([{ id: 'r1', label: 'Bitsgap_com', added: 3, savedAt: 1, attempts: 0, nextAt: 0 }]);
  });

  function stubNotifications(granted: boolean) {
    const created: { message: string }[] = [];
    Object.assign(fakeBrowser.permissions, { contains: async () => granted });
    // The fake browser has no message catalogue: give each key back, which is enough to see it used.
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => key });
    Object.assign(fakeBrowser, { notifications: { create: async (_id: string, options: { message: string }) => created.push(options) } });
    return created;
  }
  const ok: typeof fetch = async () => new Response('{"status":"connected"}');

  it('is shown when the user turned it on and granted it', async () => {
    const created = stubNotifications(true);
    await settingsItem.set({ ...DEFAULT_SETTINGS, notify: true });
    await runDueJobs(Date.now(), ok);
    expect(created).toHaveLength(1);
    expect(created[0]!.message).toBe('Bitsgap_com: refreshConnected');
  });

  it('is not shown when turned off, or when the permission is missing', async () => {
    const created = stubNotifications(true);
    await runDueJobs(Date.now(), ok);
    expect(created).toEqual([]);
    await refreshJobsItem.set([{ id: 'r2', label: 'Bitsgap_com', added: 3, savedAt: 1, attempts: 0, nextAt: 0 }]);
    const none = stubNotifications(false);
    await settingsItem.set({ ...DEFAULT_SETTINGS, notify: true });
    await runDueJobs(Date.now(), ok);
    expect(none).toEqual([]);
  });
});

it('settings saved before a field existed keep their values: the v2 migration adds it, off', async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings: { bitsgapBaseUrl: 'https://app.bitsgap.com', keyLabelPattern: 'my-label', enableSpotTrading: false, refreshAfterSave: true } });
  // Without the migration the old object fails validation and would read as the defaults.
  expect(await settingsItem.get()).toEqual(DEFAULT_SETTINGS);
  await settingsItem.migrate();
  expect(await settingsItem.get()).toEqual({ ...DEFAULT_SETTINGS, keyLabelPattern: 'my-label', enableSpotTrading: false });
  expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
});

it('every refresh outcome reads as its own English message, never as a key', async () => {
  const en = (await import('../../public/_locales/en/messages.json')).default as Record<string, { message: string }>;
  Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => en[key]?.message ?? '' });
  const texts = RunResult.options.map((r) => refreshResultText(r));
  for (const text of texts) expect(text).not.toMatch(/^refresh/);
  expect(new Set(texts).size).toBe(RunResult.options.length);
  expect(refreshResultText('expires_soon')).toBe(en.refreshExpiresSoon!.message);
  expect(refreshResultText('signed-out')).toBe(en.refreshSignedOut!.message);
});
