// What Chrome itself says about a page, through the DevTools protocol: its counters, CPU
// profiles split between the extension's files and the page's, traces, the heap after a forced
// garbage collection, and the extension's own listeners and timers.
import type { CDPSession, Page } from 'playwright-core';

const EXTENSION = 'chrome-extension://';

async function session<T>(page: Page, use: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await use(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Main-thread time (ms) by Chrome's own counters during `run`: script, and every task. */
export function countersDuring(page: Page, run: () => Promise<unknown>): Promise<{ script: number; task: number }> {
  return session(page, async (cdp) => {
    await cdp.send('Performance.enable');
    const read = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const of = (name: string) => metrics.find((m) => m.name === name)!.value * 1000;
      return { script: of('ScriptDuration'), task: of('TaskDuration') };
    };
    const before = await read();
    await run();
    const after = await read();
    return { script: after.script - before.script, task: after.task - before.task };
  });
}

export interface Profiled {
  /**
   * Sampled time (ms) in the extension's own code and the browser functions it calls
   * (querySelectorAll, a tree walk, a timer), forced layouts left out: see `layout`.
   */
  extension: number;
  /**
   * Sampled time (ms) in the layout-forcing calls the extension makes (getBoundingClientRect,
   * elementsFromPoint, getComputedStyle…): style and layout the browser would mostly do anyway
   * at the frame, done earlier because the extension asked; counted apart.
   */
  layout: number;
  /** Sampled time (ms) in the page's own script (a function of the page's on the stack, none of the extension's). */
  page: number;
  /** Wall time of the profile (ms). */
  wall: number;
}

/** Browser functions that bring style and layout up to date before they answer. */
const FORCES_LAYOUT = /^(get )?(getBoundingClientRect|getClientRects|elementsFromPoint|elementFromPoint|getComputedStyle|checkVisibility|scrollIntoView|focus|innerText|(offset|client|scroll)(Width|Height|Top|Left))$/;

/**
 * The CPU profiler's samples during `run`, split between the extension's files and the page's.
 * A sample counts for the extension when any frame on its stack is in one of its files, so the
 * DOM calls it makes (querySelectorAll, a tree walk) count as its own; the layout and paint the
 * browser does later in the frame count for nobody.
 */
export async function profileDuring(page: Page, run: () => Promise<unknown>, intervalUs = 100): Promise<Profiled> {
  const profiling = await startProfile(page, intervalUs);
  await run();
  return (await profiling.stop(1))[0]!;
}

type Owner = 'extension' | 'layout' | 'page' | 'none';

/** Starts the CPU profiler on `page`; `stop(windows)` splits what it sampled into that many equal spans of time. */
export async function startProfile(page: Page, intervalUs = 100) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return {
    async stop(windows: number): Promise<Profiled[]> {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach().catch(() => undefined);
      const parent = new Map<number, number>();
      for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      // Whose code is on a node's stack: the extension's wins over the page's.
      const stackOwner = new Map<number, 'extension' | 'page' | 'none'>();
      const ownerUp = (id: number): 'extension' | 'page' | 'none' => {
        const known = stackOwner.get(id);
        if (known) return known;
        const url = byId.get(id)!.callFrame.url;
        const up = parent.has(id) ? ownerUp(parent.get(id)!) : 'none';
        const mine = url.startsWith(EXTENSION) ? 'extension' : /^https?:/.test(url) ? 'page' : 'none';
        const result = up === 'extension' || mine === 'extension' ? 'extension' : up === 'page' || mine === 'page' ? 'page' : 'none';
        stackOwner.set(id, result);
        return result;
      };
      const ownerOf = (id: number): Owner => {
        const who = ownerUp(id);
        const frame = byId.get(id)!.callFrame;
        return who === 'extension' && frame.url === '' && FORCES_LAYOUT.test(frame.functionName) ? 'layout' : who;
      };
      const wall = (profile.endTime - profile.startTime) / 1000;
      const out = Array.from({ length: windows }, () => ({ extension: 0, layout: 0, page: 0, none: 0, wall: wall / windows }));
      let at = profile.startTime;
      (profile.samples ?? []).forEach((id, i) => {
        const delta = profile.timeDeltas?.[i] ?? 0;
        at += delta;
        const w = Math.min(windows - 1, Math.max(0, Math.floor(((at - profile.startTime) / 1000 / wall) * windows)));
        out[w]![ownerOf(id)] += delta / 1000;
      });
      return out.map(({ extension, layout, page, wall }) => ({ extension, layout, page, wall }));
    },
  };
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> & { url?: string; requestId?: string; timerId?: number } };
}

/** Chrome's own timeline of the browser during `run`. */
export function trace(page: Page, run: () => Promise<unknown>, categories = 'devtools.timeline,blink.user_timing'): Promise<TraceEvent[]> {
  return session(page, async (cdp) => {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
    await run();
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  });
}

/** Reading a trace of a page load: its marks, its paints, and where the extension's scripts ran (ms, one clock). */
export function timeline(events: TraceEvent[]) {
  const mark = (name: string) => {
    const e = events.find((x) => x.name === name && x.cat.includes('blink.user_timing'));
    if (!e) throw new Error(`the trace has no mark ${name}`);
    return e;
  };
  return {
    mark: (name: string) => mark(name).ts / 1000,
    /** The end of the first paint on the thread that made the mark, after it. */
    paintAfter(name: string) {
      const m = mark(name);
      const paint = events.filter((e) => e.name === 'Paint' && e.ph === 'X' && e.pid === m.pid && e.tid === m.tid && e.ts >= m.ts).sort((a, b) => a.ts - b.ts)[0];
      if (!paint) throw new Error(`no paint after ${name}`);
      return (paint.ts + (paint.dur ?? 0)) / 1000;
    },
    /**
     * When the browser began running the extension's first content script on the thread that
     * made the mark (the page's own scripts cannot see this: no mark, nothing in the page).
     */
    extensionStart(onThreadOf: string) {
      const m = mark(onThreadOf);
      const first = events
        .filter((e) => e.name === 'EvaluateScript' && e.pid === m.pid && e.tid === m.tid && e.args?.data?.url?.startsWith(EXTENSION))
        .sort((a, b) => a.ts - b.ts)[0];
      if (!first) throw new Error('the trace shows no content script');
      return first.ts / 1000;
    },
    /** When the extension's fetch of a file ending in `suffix` had its body read, if the trace shows one. */
    extensionFetched(suffix: string) {
      const sent = events.find((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.startsWith(EXTENSION) && e.args.data.url.endsWith(suffix));
      const id = sent?.args?.data?.requestId;
      const done = id === undefined ? undefined : events.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === id);
      return done && done.ts / 1000;
    },
  };
}

/** The JS heap in use (MB) after forced garbage collections: everything the tab's renderer holds, every world. */
export function heapAfterGc(page: Page): Promise<number> {
  return session(page, async (cdp) => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  });
}

/** Chrome's DOM counters for the tab's renderer (all worlds): JS event listeners, nodes, documents. */
export function domCounters(page: Page): Promise<{ jsEventListeners: number; nodes: number; documents: number }> {
  return session(page, (cdp) => cdp.send('Memory.getDOMCounters'));
}

/**
 * The event listeners the extension's content scripts hold on the page's window, document and
 * <body> and inside the guide's host (its shadow root and everything in it), by asking in the
 * extension's own isolated world: DOMDebugger.getEventListeners reports only listeners made in
 * the world that asks. 0 where the extension has no world in the page.
 */
export function extensionListeners(page: Page): Promise<{ window: number; document: number; body: number; guide: number }> {
  return session(page, async (cdp) => {
    const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith(EXTENSION)).at(-1);
    if (!world) return { window: 0, document: 0, body: 0, guide: 0 };
    const count = async (expression: string, depth = 0) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id });
      if (!result.objectId) return 0;
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth, pierce: true });
      return listeners.length;
    };
    return {
      window: await count('window'),
      document: await count('document'),
      body: await count('document.body'),
      guide: await count("document.querySelector('ipwl-guide')?.shadowRoot ?? null", -1),
    };
  });
}

/**
 * The extension's timers and animation-frame callbacks that run during `ms` of the page at rest,
 * read from Chrome's trace: distinct timers fired whose callback is the extension's, and frame
 * callbacks of its. A timer or a frame loop left running by a visit that ended shows here.
 */
export async function extensionCallbacks(page: Page, ms: number): Promise<{ timers: number; frames: number }> {
  const events = await trace(page, () => page.waitForTimeout(ms), 'devtools.timeline');
  const calls = events.filter((e) => e.name === 'FunctionCall' && e.ph === 'X' && e.args?.data?.url?.startsWith(EXTENSION));
  const within = (outer: TraceEvent) => calls.some((c) => c.pid === outer.pid && c.tid === outer.tid && c.ts >= outer.ts && c.ts <= outer.ts + (outer.dur ?? 0));
  const timers = new Set(events.filter((e) => e.name === 'TimerFire' && within(e)).map((e) => `${e.pid}:${e.args?.data?.timerId}`));
  const frames = events.filter((e) => e.name === 'FireAnimationFrame' && within(e)).length;
  return { timers: timers.size, frames };
}
