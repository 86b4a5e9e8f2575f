// Refresh jobs when things happen at once: the worker woken twice, two saves close together,
// a save while a job finishes, and the worker stopped at any await. The real module runs on
// WXT's fake browser (storage, alarms); only Bitsgap is faked, as a fetch.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type RefreshModule = typeof import('@/lib/refresh');
type StorageModule = typeof import('@/lib/storage');

/** A new background worker: the module's in-memory state is gone, storage and alarms stay. */
async function freshWorker(): Promise<RefreshModule & StorageModule> {
  vi.resetModules();
  return { ...(await import('@/lib/storage')), ...(await import('@/lib/refresh')) };
}

/** Bitsgap's refresh endpoint: records each answered POST by label. */
function bitsgap(statuses: number[] = []) {
  const answered: string[] = [];
  const impl: typeof fetch = async (_url, init) => {
    const label = (JSON.parse(String(init!.body)) as { apiKeyLabel: string }).apiKeyLabel;
    pendingRequests += 1;
    await new Promise((r) => setTimeout(r, 1));
    pendingRequests -= 1;
    const status = statuses.shift() ?? 200;
    answered.push(label);
    return new Response(status === 200 ? '{"status":"connected"}' : '{}', { status });
  };
  vi.stubGlobal('fetch', impl);
  return { impl, answered };
}

async function stored(): Promise<{ jobs: { id: string }[]; runs: { id: string; label: string; result: string }[] }> {
  const all = (await fakeBrowser.storage.local.get(['refreshJobs', 'history'])) as Record<string, unknown>;
  return { jobs: (all.refreshJobs as { id: string }[]) ?? [], runs: (all.history as { id: string; label: string; result: string }[]) ?? [] };
}

/** No save may stay "pending" without a job that will still finish it. */
async function expectNothingStuck() {
  const { jobs, runs } = await stored();
  for (const run of runs.filter((r) => r.result === 'pending')) expect(jobs.map((j) => j.id), `run ${run.label} is pending with no job`).toContain(run.id);
}

// True while a fetch made by the worker under test has not answered yet.
let pendingRequests = 0;
const inFlight = () => pendingRequests > 0;

/** Wakes the worker as alarms would, far in the future, until no job is left. */
async function drain(worker: RefreshModule, impl: typeof fetch) {
  for (let i = 0; i < 12 && (await stored()).jobs.length > 0; i++) await worker.runDueJobs(Date.now() + (i + 1) * 10 * 60_000, impl);
}

/** Every storage call becomes a point where the scheduler may run something else first. */
function interleaveStorage(s: fc.Scheduler): () => void {
  const local = fakeBrowser.storage.local as unknown as Record<'get' | 'set', (...args: unknown[]) => Promise<unknown>>;
  const originals = { get: local.get, set: local.set };
  for (const name of ['get', 'set'] as const) {
    const original = originals[name].bind(fakeBrowser.storage.local);
    local[name] = s.scheduleFunction(async (...args: unknown[]) => original(...args));
  }
  return () => Object.assign(local, originals);
}

function pendingJob(id: string, label: string) {
  return {
    job: { id, label, added: 2, savedAt: 1, attempts: 0, nextAt: 0 },
    run: { id, label, added: 2, savedAt: 1, result: 'pending', attempts: 0 },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('overlapping passes', () => {
  it('the start-up pass and the alarm pass together POST each due job exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        fakeBrowser.reset();
        const a = pendingJob('a', 'key-a');
        const b = pendingJob('b', 'key-b');
        await fakeBrowser.storage.local.set({ refreshJobs: [a.job, b.job], history: [a.run, b.run] });
        const worker = await freshWorker();
        const { impl, answered } = bitsgap();
        const restore = interleaveStorage(s);
        const scheduled = s.scheduleFunction(impl);
        vi.stubGlobal('fetch', scheduled);
        const passes = Promise.all([s.schedule(Promise.resolve()).then(() => worker.runDueJobs(Date.now(), scheduled)), s.schedule(Promise.resolve()).then(() => worker.runDueJobs(Date.now(), scheduled))]);
        await s.waitFor(passes).finally(restore);
        expect(answered.sort()).toEqual(['key-a', 'key-b']);
        const { jobs, runs } = await stored();
        expect(jobs).toEqual([]);
        expect(runs.map((r) => r.result)).toEqual(['connected', 'connected']);
      }),
      { numRuns: 60 },
    );
  });

  it('a second save while the first job finishes is neither lost nor brought back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), async (s) => {
        fakeBrowser.reset();
        const worker = await freshWorker();
        const { impl, answered } = bitsgap();
        const restore = interleaveStorage(s);
        const scheduled = s.scheduleFunction(impl);
        vi.stubGlobal('fetch', scheduled);
        const both = Promise.all([
          s.schedule(Promise.resolve()).then(() => worker.startRefresh({ label: 'first', added: 2 }, Date.now(), scheduled)),
          s.schedule(Promise.resolve()).then(() => worker.startRefresh({ label: 'second', added: 3 }, Date.now(), scheduled)),
          s.schedule(Promise.resolve()).then(() => worker.runDueJobs(Date.now(), scheduled)),
        ]);
        await s.waitFor(both);
        await s.waitFor(drain(worker, scheduled)).finally(restore);
        expect(answered.sort()).toEqual(['first', 'second']);
        const { jobs, runs } = await stored();
        expect(jobs).toEqual([]);
        expect(runs.map((r) => `${r.label}:${r.result}`).sort()).toEqual(['first:connected', 'second:connected']);
      }),
      { numRuns: 60 },
    );
  });

  it('an alarm is armed before the first attempt, so a browser closed mid-request still retries', async () => {
    const worker = await freshWorker();
    let sent = 0;
    const hanging: typeof fetch = () => {
      sent += 1;
      return new Promise(() => undefined);
    };
    vi.stubGlobal('fetch', hanging);
    void worker.startRefresh({ label: 'Bitsgap_com', added: 2 }, Date.now(), hanging);
    await vi.waitFor(() => expect(sent).toBe(1));
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name)).toEqual([expect.stringMatching(/^refresh:/)]);
    expect(alarms[0]!.scheduledTime).toBeGreaterThan(Date.now());
  });
});

describe('what storage holds', () => {
  it('one malformed job is dropped and logged; the others still run', async () => {
    const a = pendingJob('a', 'key-a');
    const b = pendingJob('b', 'key-b');
    await fakeBrowser.storage.local.set({ refreshJobs: [a.job, { id: 42, label: null }, b.job], history: [a.run, b.run] });
    const worker = await freshWorker();
    const { impl, answered } = bitsgap();
    await worker.runDueJobs(Date.now(), impl);
    expect(answered.sort()).toEqual(['key-a', 'key-b']);
    expect(console.warn).toHaveBeenCalled();
    expect((await stored()).runs.map((r) => r.result)).toEqual(['connected', 'connected']);
  });

  it('a save beyond the job limit is still recorded with an outcome, and nothing stays pending', async () => {
    const worker = await freshWorker();
    const jobs = Array.from({ length: 50 }, (_, i) => ({ ...pendingJob(`j${i}`, `key-${i}`).job, nextAt: Date.now() + 60_000 }));
    await fakeBrowser.storage.local.set({ refreshJobs: jobs, history: [] });
    const { impl } = bitsgap();
    await expect(worker.startRefresh({ label: 'one-too-many', added: 1 }, Date.now(), impl)).resolves.toEqual(expect.any(String));
    await expectNothingStuck();
    expect((await stored()).runs[0]).toMatchObject({ label: 'one-too-many' });
    expect((await stored()).runs[0]!.result).not.toBe('pending');
  });
});

describe('storage or alarms that fail', () => {
  it('a save whose write fails arms no alarm and says so; an alarm that fails keeps the save, and the next wake arms it', async () => {
    const worker = await freshWorker();
    const { impl } = bitsgap();
    const local = fakeBrowser.storage.local as unknown as { set: (...args: unknown[]) => Promise<void> };
    const set = local.set;
    local.set = async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await expect(worker.startRefresh({ label: 'unwritten', added: 1 }, Date.now(), impl)).rejects.toThrow(/quota/);
    local.set = set;
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);

    const create = fakeBrowser.alarms.create;
    fakeBrowser.alarms.create = async () => Promise.reject(new Error('alarms unavailable'));
    const hanging: typeof fetch = () => new Promise(() => undefined);
    void worker.startRefresh({ label: 'Bitsgap_com', added: 2 }, Date.now(), hanging);
    await vi.waitFor(async () => expect((await stored()).runs.map((r) => [r.label, r.result])).toEqual([['Bitsgap_com', 'pending']]));
    fakeBrowser.alarms.create = create;
    await (await freshWorker()).runDueJobs(Date.now() + 60 * 60_000, impl);
    expect((await stored()).runs.map((r) => r.result)).toEqual(['connected']);
  });
});

describe('a worker stopped at any await', () => {
  /**
   * Makes the `n`-th storage or alarm call of the worker its last: the call takes effect (as a
   * write that reached the browser does) and its answer never comes back.
   */
  function stopAt(n: number): { reached: () => boolean; release: () => void } {
    let calls = 0;
    const restore: (() => void)[] = [];
    for (const [area, names] of [
      [fakeBrowser.storage.local, ['get', 'set', 'remove']],
      [fakeBrowser.alarms, ['create', 'clear', 'get', 'getAll']],
    ] as const) {
      for (const name of names) {
        const target = area as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
        const original = target[name]!;
        target[name] = async (...args: unknown[]) => {
          calls += 1;
          const result = await original.apply(area, args);
          if (calls === n) return new Promise(() => undefined);
          if (calls > n) return new Promise(() => undefined);
          return result;
        };
        restore.push(() => (target[name] = original));
      }
    }
    return { reached: () => calls >= n, release: () => restore.forEach((r) => r()) };
  }

  it('after a restart every acknowledged save is refreshed and none stays pending; only a stop between Bitsgap answering and that answer being stored repeats the POST', async () => {
    const repeated: number[] = [];
    for (let n = 1; n <= 40; n++) {
      fakeBrowser.reset();
      const first = await freshWorker();
      const { impl, answered } = bitsgap();
      const stop = stopAt(n);
      void first.startRefresh({ label: 'Bitsgap_com', added: 2 }, Date.now(), impl);
      await vi.waitFor(() => expect(stop.reached() || (answered.length > 0 && !inFlight())).toBe(true));
      await new Promise((r) => setTimeout(r, 5));
      const finishedBeforeStop = !stop.reached();
      const answeredBeforeStop = answered.length;
      stop.release();
      const recordedBeforeStop = (await stored()).runs[0]?.result === 'connected';
      const second = await freshWorker();
      await drain(second, impl);
      const { jobs, runs } = await stored();
      expect(jobs, `stop at call ${n}`).toEqual([]);
      await expectNothingStuck();
      if (runs.length > 0) expect(runs[0]!.result, `stop at call ${n}`).toBe('connected');
      if (runs.length > 0 && (answeredBeforeStop === 0 || recordedBeforeStop)) expect(answered, `stop at call ${n}`).toEqual(['Bitsgap_com']);
      if (answered.length > 1) repeated.push(n);
      if (finishedBeforeStop) break;
    }
    // The answer is in memory only until its write: that one await is the window.
    expect(repeated.length).toBeLessThanOrEqual(1);
  });

  it('a request cut off by the stop is made again by the next worker, once', async () => {
    const first = await freshWorker();
    let cut = 0;
    const hanging: typeof fetch = () => {
      cut += 1;
      return new Promise(() => undefined);
    };
    vi.stubGlobal('fetch', hanging);
    void first.startRefresh({ label: 'Bitsgap_com', added: 2 }, Date.now(), hanging);
    await vi.waitFor(() => expect(cut).toBe(1));
    const second = await freshWorker();
    const { impl, answered } = bitsgap();
    await drain(second, impl);
    expect(answered).toEqual(['Bitsgap_com']);
    expect((await stored()).runs[0]).toMatchObject({ result: 'connected' });
  });
});

it('the same save reported twice (the guide named it once) is recorded and refreshed once', async () => {
  const worker = await freshWorker();
  const { impl, answered } = bitsgap();
  const id = crypto.randomUUID();
  await Promise.all([worker.startRefresh({ id, label: 'Bitsgap_com', added: 2 }, Date.now(), impl), worker.startRefresh({ id, label: 'Bitsgap_com', added: 2 }, Date.now(), impl)]);
  expect(answered).toEqual(['Bitsgap_com']);
  expect((await stored()).runs.map((r) => r.id)).toEqual([id]);
});
