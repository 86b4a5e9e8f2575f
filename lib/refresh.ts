// After a verified save, tell Bitsgap to re-check the key. The job lives in storage, so a
// background worker stopped between tries picks it up when woken (by its alarm or at start).
import { browser } from 'wxt/browser';
import { postRefresh } from './bitsgap/client';
import { t } from './i18n';
import { refreshResultText } from './refresh-text';
import { HISTORY_LENGTH, historyItem, refreshJobsItem, settingsItem, type RefreshJob, type Run, type RunResult } from './storage';

export const MAX_TRIES = 4;
export const RETRY_BASE_MS = 15_000;
const ALARM_PREFIX = 'refresh:';

/** Delay before try `attempt + 1`: doubling from 15 s, ±20 % jitter (15, 30, 60 s → ~105 s in all). */
export function retryDelayMs(attempt: number, random: number = Math.random()): number {
  return Math.round(RETRY_BASE_MS * 2 ** (attempt - 1) * (0.8 + 0.4 * random));
}

async function updateRun(id: string, patch: Partial<Run>): Promise<void> {
  const runs = await historyItem.get();
  await historyItem.set(runs.map((r) => (r.id === id ? { ...r, ...patch } : r)));
}

async function setBadge(result: RunResult): Promise<void> {
  // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const good = result === 'connected';
  await action.setBadgeText({ text: good ? '✓' : result === 'pending' ? '…' : '!' });
  await action.setBadgeBackgroundColor({ color: good ? '#0ecb81' : result === 'pending' ? '#707a8a' : '#f6465d' });
}

/** Records a verified save and starts its refresh. Returns the run's id. */
export async function startRefresh(save: { label: string; added: number }, now = Date.now()): Promise<string> {
  const settings = await settingsItem.get();
  const id = crypto.randomUUID();
  const run: Run = { id, label: save.label, added: save.added, savedAt: now, result: settings.refreshAfterSave ? 'pending' : 'disabled', attempts: 0 };
  await historyItem.set([run, ...(await historyItem.get())].slice(0, HISTORY_LENGTH));
  if (!settings.refreshAfterSave) {
    await setBadge('disabled');
    return id;
  }
  await refreshJobsItem.set([...(await refreshJobsItem.get()), { id, label: save.label, added: save.added, savedAt: now, attempts: 0, nextAt: now }]);
  await setBadge('pending');
  await runDueJobs(now);
  return id;
}

const running = new Set<string>();

/** A system notification, when the user turned them on and granted the permission. */
async function notify(label: string, result: RunResult): Promise<void> {
  const { notify: wanted } = await settingsItem.get();
  if (!wanted || !browser.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  await browser.notifications.create(`ipwl-${Date.now()}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('extName'),
    message: `${label}: ${refreshResultText(result)}`,
  });
}

async function finish(job: RefreshJob, result: RunResult, detail?: string): Promise<void> {
  await refreshJobsItem.set((await refreshJobsItem.get()).filter((j) => j.id !== job.id));
  await browser.alarms.clear(ALARM_PREFIX + job.id);
  await updateRun(job.id, { result, detail, attempts: job.attempts });
  await setBadge(result);
  await notify(job.label, result).catch(() => undefined);
}

async function runJob(job: RefreshJob, fetchImpl: typeof fetch): Promise<void> {
  // Count the try before making it: a worker stopped mid-request must not retry forever.
  const attempt = { ...job, attempts: job.attempts + 1 };
  await refreshJobsItem.set((await refreshJobsItem.get()).map((j) => (j.id === job.id ? attempt : j)));
  const { bitsgapBaseUrl } = await settingsItem.get();
  const result = await postRefresh(bitsgapBaseUrl, job.label, fetchImpl);
  switch (result.kind) {
    case 'ok':
      return finish(attempt, result.value.status, result.value.message);
    case 'signed-out':
      return finish(attempt, 'signed-out');
    case 'unsupported':
      return finish(attempt, 'unsupported', `HTTP ${result.status}`);
    case 'invalid-response':
    case 'unavailable': {
      const detail = result.kind === 'unavailable' ? result.detail : `invalid response: ${result.detail}`;
      if (attempt.attempts >= MAX_TRIES) return finish(attempt, 'failed', detail);
      const nextAt = Date.now() + retryDelayMs(attempt.attempts);
      await refreshJobsItem.set((await refreshJobsItem.get()).map((j) => (j.id === job.id ? { ...attempt, nextAt } : j)));
      await updateRun(job.id, { attempts: attempt.attempts, detail });
      await browser.alarms.create(ALARM_PREFIX + job.id, { when: nextAt });
    }
  }
}

/** Runs every job whose time has come and re-arms the alarms of the rest. */
export async function runDueJobs(now = Date.now(), fetchImpl: typeof fetch = fetch): Promise<void> {
  for (const job of await refreshJobsItem.get()) {
    if (running.has(job.id)) continue;
    if (job.nextAt > now) {
      if (!(await browser.alarms.get(ALARM_PREFIX + job.id))) await browser.alarms.create(ALARM_PREFIX + job.id, { when: job.nextAt });
      continue;
    }
    running.add(job.id);
    try {
      await runJob(job, fetchImpl);
    } finally {
      running.delete(job.id);
    }
  }
}

export function isRefreshAlarm(name: string): boolean {
  return name.startsWith(ALARM_PREFIX);
}
