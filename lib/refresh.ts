// After a verified save, tell Bitsgap to re-check the key. The job lives in storage, so a
// background worker stopped between tries picks it up when woken (by its alarm or at start).
//
// The worker can run several passes at once (start-up, an alarm, a new save). Every change to
// the jobs and the history goes through `exclusive` (lib/exclusive.ts), reads what the change
// before it wrote, and writes a job together with its history entry in one storage call: a stop
// between two awaits leaves either the state before or the state after, never a save stuck at
// "pending". The toolbar badge is not set here: lib/keepalive works it out from the history with
// everything else that may need the user.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { allowedBase } from './bitsgap/origin';
import { exclusive } from './exclusive';
import { endpointMissing, rememberMissing } from './endpoints';
import { postRefresh, type RefreshResult } from './bitsgap/client';
import { t } from './i18n';
import { needsManualRefresh, refreshResultText } from './refresh-text';
import { HISTORY_LENGTH, MAX_JOBS, type RefreshJob, type Run, type RunResult } from './domain';
import { historyItem, refreshJobsItem, settingsItem } from './storage';

export const MAX_TRIES = 4;
export const RETRY_BASE_MS = 15_000;
const ALARM_PREFIX = 'refresh:';

/** Delay before try `attempt + 1`: doubling from 15 s, ±20 % jitter (15, 30, 60 s → ~105 s in all). */
export function retryDelayMs(attempt: number, random: number = Math.random()): number {
  return Math.round(RETRY_BASE_MS * 2 ** (attempt - 1) * (0.8 + 0.4 * random));
}

export function isRefreshAlarm(name: string): boolean {
  return name.startsWith(ALARM_PREFIX);
}

interface Book {
  jobs: RefreshJob[];
  runs: Run[];
}

async function read(): Promise<Book> {
  const [jobs, runs] = await storage.getItems([refreshJobsItem.key, historyItem.key]);
  return { jobs: refreshJobsItem.read(jobs!.value), runs: historyItem.read(runs!.value) };
}

/** One storage call for both lists, so a job and its history entry change together. */
async function write(book: Book): Promise<void> {
  await storage.setItems([
    { key: refreshJobsItem.key, value: book.jobs },
    { key: historyItem.key, value: book.runs.slice(0, HISTORY_LENGTH) },
  ]);
}

function patchRun(runs: Run[], id: string, patch: Partial<Run>): Run[] {
  return runs.map((r) => (r.id === id ? { ...r, ...patch } : r));
}

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

/** Records a verified save under the id its guide gave it and starts its refresh. Returns the id. */
export async function startRefresh(save: { id?: string; label: string; added: number; ips?: string[]; refused?: string[] }, now = Date.now(), fetchImpl: typeof fetch = fetch): Promise<string> {
  const { refreshAfterSave } = await settingsItem.get();
  const id = save.id ?? crypto.randomUUID();
  const run: Run = { id, label: save.label, added: save.added, savedAt: now, result: refreshAfterSave ? 'pending' : 'disabled', attempts: 0 };
  // The whole list the key holds for Bitsgap, so a list Bitsgap changes later can be told apart.
  if (save.ips) run.ips = save.ips;
  if (save.refused?.length) run.refused = save.refused;
  const recorded = await exclusive(async () => {
    const book = await read();
    // The same save reported twice (a retried message) is recorded once.
    if (book.runs.some((r) => r.id === id) || book.jobs.some((j) => j.id === id)) return false;
    let { jobs, runs } = book;
    runs = [run, ...runs];
    if (refreshAfterSave) {
      if (jobs.length >= MAX_JOBS) {
        // The oldest wait ends as failed rather than staying "pending" for ever.
        const [oldest, ...rest] = jobs;
        jobs = rest;
        runs = patchRun(runs, oldest!.id, { result: 'failed', detail: 'too many refreshes waiting' });
      }
      jobs = [...jobs, { id, label: save.label, added: save.added, savedAt: now, attempts: 0, nextAt: now }];
    }
    // The save is written first: a write that fails leaves no alarm for a job that isn't there.
    await write({ jobs, runs });
    // Armed before the first try: a browser closed mid-request still wakes the worker to retry.
    // An alarm that fails leaves the job to the next wake, which arms what is missing.
    if (refreshAfterSave) await browser.alarms.create(ALARM_PREFIX + id, { when: now + retryDelayMs(1) }).catch(() => undefined);
    return true;
  });
  if (!recorded) return id;
  // The save is recorded: a first try that fails to start is the next wake's to make.
  if (refreshAfterSave) await runDueJobs(now, fetchImpl).catch((error: unknown) => console.warn('ipwl: refresh deferred', error));
  return id;
}

// Jobs whose request this worker has under way; a second pass leaves them alone.
const inFlight = new Set<string>();

/** Takes a due job for one try: counts the try and sets the next wake before making it. */
function claim(id: string, now: number): Promise<RefreshJob | 'exhausted' | undefined> {
  return exclusive(async () => {
    const book = await read();
    const job = book.jobs.find((j) => j.id === id);
    if (!job || job.nextAt > now || inFlight.has(id)) return undefined;
    if (job.attempts >= MAX_TRIES) return 'exhausted';
    const attempts = job.attempts + 1;
    const taken = { ...job, attempts, nextAt: Date.now() + retryDelayMs(attempts) };
    await browser.alarms.create(ALARM_PREFIX + id, { when: taken.nextAt });
    await write({ jobs: book.jobs.map((j) => (j.id === id ? taken : j)), runs: patchRun(book.runs, id, { attempts }) });
    inFlight.add(id);
    return taken;
  });
}

/** Ends a job: the job leaves the list and its history entry gets the outcome, in one write. */
async function finish(id: string, result: RunResult, detail?: string): Promise<void> {
  const label = await exclusive(async () => {
    const book = await read();
    const job = book.jobs.find((j) => j.id === id);
    if (!job) return undefined;
    await write({ jobs: book.jobs.filter((j) => j.id !== id), runs: patchRun(book.runs, id, { result, detail, attempts: job.attempts }) });
    return job.label;
  });
  await browser.alarms.clear(ALARM_PREFIX + id);
  if (label === undefined) return;
  await notify(label, result).catch(() => undefined);
}

/** What an answer means: an outcome, or a try to repeat (with what to show meanwhile). */
function outcomeOf(result: RefreshResult): { final: RunResult; detail?: string } | { retry: string } {
  switch (result.kind) {
    case 'ok':
      return { final: result.value.status, detail: result.value.message };
    case 'signed-out':
      return { final: 'signed-out' };
    case 'unsupported':
    case 'missing':
      return { final: 'unsupported', detail: result.detail };
    case 'unavailable':
      return { retry: result.detail };
  }
}

async function runJob(id: string, now: number, fetchImpl: typeof fetch): Promise<void> {
  const job = await claim(id, now);
  if (job === undefined) return;
  if (job === 'exhausted') return finish(id, 'failed');
  let result: RefreshResult;
  try {
    const { bitsgapBaseUrl } = await settingsItem.get();
    if (await endpointMissing(bitsgapBaseUrl, 'refresh')) result = { kind: 'unsupported', detail: 'no refresh endpoint' };
    else if (!(await allowedBase(bitsgapBaseUrl))) result = { kind: 'unavailable', detail: 'no permission' };
    else {
      result = await postRefresh(bitsgapBaseUrl, job.label, fetchImpl);
      // Remembered, so later saves lead to Bitsgap's own Refresh without asking again.
      if (result.kind === 'unsupported') await rememberMissing(bitsgapBaseUrl, 'refresh');
    }
  } finally {
    inFlight.delete(id);
  }
  const outcome = outcomeOf(result);
  if ('final' in outcome) return finish(id, outcome.final, outcome.detail);
  if (job.attempts >= MAX_TRIES) return finish(id, 'failed', outcome.retry);
  // The alarm for the next try was armed when this one was claimed.
  await exclusive(async () => {
    const book = await read();
    if (book.jobs.some((j) => j.id === id)) await write({ ...book, runs: patchRun(book.runs, id, { detail: outcome.retry }) });
  });
}

/** Runs every job whose time has come and makes sure the others have an alarm. */
export async function runDueJobs(now = Date.now(), fetchImpl: typeof fetch = fetch): Promise<void> {
  const { jobs } = await exclusive(read);
  for (const job of jobs) {
    if (job.nextAt <= now) {
      await runJob(job.id, now, fetchImpl);
    } else if (!(await browser.alarms.get(ALARM_PREFIX + job.id))) {
      await browser.alarms.create(ALARM_PREFIX + job.id, { when: job.nextAt });
    }
  }
}

/**
 * Bitsgap's page showed this status after the user pressed its own Refresh: it becomes the
 * outcome of a save that was waiting for them to do so, and of no other.
 */
export function recordObserved(id: string, status: RunResult): Promise<boolean> {
  return exclusive(async () => {
    const book = await read();
    const run = book.runs.find((r) => r.id === id);
    if (!run || !needsManualRefresh(run.result) || book.jobs.some((j) => j.id === id)) return false;
    await write({ ...book, runs: patchRun(book.runs, id, { result: status, detail: 'read from Bitsgap' }) });
    return true;
  });
}
