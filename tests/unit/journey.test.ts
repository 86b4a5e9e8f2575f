// The journey model over every combination of facts: each rule of the four stages, checked
// against all of them, plus the chore walked in order as a user does it.
import { describe, expect, it } from 'vitest';
import { PAGE_STATUSES, RunResult, type PageStatus, type SeenKey } from '@/lib/domain';
import type { EndpointKnown } from '@/lib/endpoints';
import { journeyStage, type Journey, type JourneyFacts } from '@/lib/journey';
import { needsManualRefresh } from '@/lib/refresh-text';

// Times: the list's addresses changed at 100; a save at 50 is of an older list, at 200 of this one.
const CHANGED = 100;
const SAVE_TIMES = [50, 200];
const LOOK_TIMES = [50, 150, 250];
const RESULTS = RunResult.options;
const ENDPOINTS: EndpointKnown[] = ['answers', 'missing', 'unknown'];

const lists: JourneyFacts['list'][] = [null, ...(['bitsgap-api', 'bitsgap-page', 'pasted'] as const).map((source) => ({ source, count: 4, changedAt: CHANGED }))];
const saves: JourneyFacts['saves'][] = [[], ...SAVE_TIMES.flatMap((savedAt) => RESULTS.map((result) => [{ label: 'Bitsgap_com', savedAt, result }, { label: 'old', savedAt: 10, result: 'connected' as const }]))];
const keys: (SeenKey | undefined)[] = [undefined];
for (const holdsAll of [true, false]) for (const restricted of [true, false]) for (const editing of [true, false]) for (const seenAt of LOOK_TIMES) keys.push({ label: 'Seen_key', holdsAll, restricted, editing, seenAt });
const statuses: JourneyFacts['status'][] = [undefined, ...LOOK_TIMES.flatMap((readAt) => PAGE_STATUSES.map((status) => ({ status, readAt })))];

const every: JourneyFacts[] = [];
for (const list of lists) for (const endpoint of ENDPOINTS) for (const s of saves) for (const key of keys) for (const status of statuses) every.push({ list, endpoint, saves: s, key, status });

/** The save of the current list, if any: made since its addresses changed. */
const saveOf = (f: JourneyFacts) => (f.list && f.saves[0] && f.saves[0].savedAt >= f.list.changedAt ? f.saves[0] : undefined);
/** The sighting that counts: since the list changed and since that save. */
const sightingOf = (f: JourneyFacts) => (f.list && f.key && f.key.seenAt >= f.list.changedAt && f.key.seenAt >= (saveOf(f)?.savedAt ?? 0) ? f.key : undefined);

/** Runs `rule` over every combination; it returns what is wrong with one, or nothing. Failures are listed, the first ten in full. */
function everywhere(rule: (f: JourneyFacts, j: Journey) => string | false | null | undefined) {
  const wrong: string[] = [];
  for (const f of every) {
    const problem = rule(f, journeyStage(f));
    if (problem) wrong.push(`${problem}: ${JSON.stringify(f)}`);
  }
  expect(wrong.slice(0, 10), `${wrong.length} combinations`).toEqual([]);
}
const same = (a: Journey, b: Journey) => JSON.stringify(a) === JSON.stringify(b);

describe('journeyStage over every combination of facts', () => {
  it(`covers ${every.length} combinations`, () => {
    expect(every.length).toBeGreaterThan(100_000);
  });

  it('① exactly when there is no list; Fetch leads exactly where the endpoint answered; the source is told', () => {
    everywhere((f, j) => {
      if ((j.stage === 1) !== (f.list === null)) return `stage ${j.stage}`;
      if (j.fetchLeads !== (f.endpoint === 'answers')) return 'fetchLeads';
      if (j.fromEndpoint !== (f.list?.source === 'bitsgap-api')) return 'fromEndpoint';
    });
  });

  it('② whenever the key, seen since the list and the save, lacks an address or the restriction; ③ when it holds them in its unsaved form', () => {
    everywhere((f, j) => {
      const seen = sightingOf(f);
      if (!seen) return;
      const want = !seen.holdsAll || !seen.restricted ? [2] : seen.editing ? [3] : [4, 'done'];
      return !want.includes(j.stage) && `stage ${j.stage}, wanted ${want.join(' or ')}`;
    });
  });

  it('② while nothing says the key holds this list: no save of it and no sighting', () => {
    everywhere((f, j) => f.list && !saveOf(f) && !sightingOf(f) && j.stage !== 2 && `stage ${j.stage}`);
  });

  it('④ "press" when a save waits on Bitsgap’s Refresh and no status was read since; "asking" while the background asks', () => {
    everywhere((f, j) => {
      const save = saveOf(f);
      const seen = sightingOf(f);
      if (!save || (seen && (!seen.holdsAll || !seen.restricted || seen.editing))) return;
      const readSince = f.status && f.status.readAt >= save.savedAt;
      if (readSince) return;
      if (needsManualRefresh(save.result) && !(j.stage === 4 && j.refresh === 'press')) return `${j.stage}/${j.refresh}, wanted 4/press`;
      if (save.result === 'pending' && !(j.stage === 4 && j.refresh === 'asking')) return `${j.stage}/${j.refresh}, wanted 4/asking`;
    });
  });

  it('done exactly when the latest word from Bitsgap since the save (its answer, or a later reading) is Connected', () => {
    everywhere((f, j) => {
      const save = saveOf(f);
      const seen = sightingOf(f);
      const keyHolds = save ? !seen || (seen.holdsAll && seen.restricted && !seen.editing) : seen !== undefined && seen.holdsAll && seen.restricted && !seen.editing;
      const since = save?.savedAt ?? CHANGED;
      const reading = f.status && f.status.readAt >= since ? f.status.status : undefined;
      const answer = reading ?? (save && (PAGE_STATUSES as readonly string[]).includes(save.result) ? (save.result as PageStatus) : undefined);
      const done = Boolean(f.list && keyHolds && answer === 'connected');
      if ((j.stage === 'done') !== done) return `stage ${j.stage}, done should be ${done}`;
      if (done && j.status !== 'connected') return `status ${j.status}`;
      if (f.list && keyHolds && answer && answer !== 'connected' && !(j.stage === 4 && j.refresh === 'answered' && j.status === answer)) return `${j.stage}/${j.refresh}/${j.status}, wanted 4/answered/${answer}`;
    });
  });

  it('a save of an older list, a sighting before the list or the save, and a status read before either change nothing', () => {
    everywhere((f, j) => {
      const save = saveOf(f);
      if (f.list && f.saves.length > 0 && !save && !same(j, journeyStage({ ...f, saves: [] }))) return 'an older save counted';
      if (f.key && !sightingOf(f) && !same(j, journeyStage({ ...f, key: undefined }))) return 'an older sighting counted';
      if (f.status && f.list && f.status.readAt < (save?.savedAt ?? f.list.changedAt) && !same(j, journeyStage({ ...f, status: undefined }))) return 'an older reading counted';
    });
  });

  it('says which key, says how stage ④ stands only in stage ④, and a status only with done or an answer', () => {
    everywhere((f, j) => {
      if (![1, 2, 3, 4, 'done'].includes(j.stage)) return `stage ${String(j.stage)}`;
      if ((j.refresh !== undefined) !== (j.stage === 4)) return `refresh ${j.refresh} in stage ${j.stage}`;
      if ((j.status !== undefined) !== (j.stage === 'done' || j.refresh === 'answered')) return `status ${j.status}`;
      if (j.label !== (sightingOf(f)?.label ?? saveOf(f)?.label)) return `label ${j.label}`;
    });
  });
});

describe('the chore in order, as the default path (no endpoints) goes', () => {
  const seen = (over: Partial<SeenKey>): SeenKey => ({ label: 'Bitsgap_com', holdsAll: false, restricted: false, editing: false, seenAt: 0, ...over });
  const facts = (over: Partial<JourneyFacts>): JourneyFacts => ({ list: null, endpoint: 'missing', key: undefined, saves: [], status: undefined, ...over });
  const list = { source: 'bitsgap-page' as const, count: 4, changedAt: 1000 };

  it('first run → capture → the guide finds the key → pastes → Save and 2FA → Refresh on Bitsgap → done', () => {
    expect(journeyStage(facts({ endpoint: 'unknown' }))).toEqual({ stage: 1, fetchLeads: false, fromEndpoint: false });
    expect(journeyStage(facts({ list })).stage).toBe(2);
    expect(journeyStage(facts({ list, key: seen({ seenAt: 1100 }) }))).toMatchObject({ stage: 2, label: 'Bitsgap_com' });
    expect(journeyStage(facts({ list, key: seen({ seenAt: 1200, holdsAll: true, restricted: true, editing: true }) })).stage).toBe(3);
    const saved = [{ label: 'Bitsgap_com', savedAt: 1300, result: 'unsupported' as const }];
    expect(journeyStage(facts({ list, key: seen({ seenAt: 1200, holdsAll: true, restricted: true, editing: true }), saves: saved }))).toMatchObject({ stage: 4, refresh: 'press' });
    // The guide sees the saved key afterwards: still waiting on Bitsgap's Refresh.
    expect(journeyStage(facts({ list, key: seen({ seenAt: 1400, holdsAll: true, restricted: true }), saves: saved }))).toMatchObject({ stage: 4, refresh: 'press' });
    const observed = [{ ...saved[0]!, result: 'connected' as const }];
    expect(journeyStage(facts({ list, key: seen({ seenAt: 1400, holdsAll: true, restricted: true }), saves: observed }))).toMatchObject({ stage: 'done', status: 'connected' });
  });

  it('Cancel after the paste goes back to ②; a Bitsgap that answers leads with Fetch and the endpoint’s own refresh', () => {
    expect(journeyStage(facts({ list, key: seen({ seenAt: 1200 }) })).stage).toBe(2);
    expect(journeyStage(facts({ endpoint: 'answers' })).fetchLeads).toBe(true);
    const api = { ...list, source: 'bitsgap-api' as const };
    expect(journeyStage(facts({ endpoint: 'answers', list: api, saves: [{ label: 'k', savedAt: 1300, result: 'pending' }] }))).toMatchObject({ stage: 4, refresh: 'asking', fromEndpoint: true });
  });

  it('a key that already held every address (nothing to add) still needs Bitsgap’s Refresh; a Connected read since ends it', () => {
    const holding = seen({ seenAt: 1200, holdsAll: true, restricted: true });
    expect(journeyStage(facts({ list, key: holding }))).toMatchObject({ stage: 4, refresh: 'press' });
    expect(journeyStage(facts({ list, key: holding, status: { status: 'connected', readAt: 1300 } })).stage).toBe('done');
  });
});

describe('the facts as storage holds them', () => {
  it('read the list, the saves, the key the guide saw and what is known of the endpoint', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    fakeBrowser.reset();
    const { historyItem, seenKeyItem } = await import('@/lib/storage');
    const { storeTrustedIps } = await import('@/lib/trusted-ips');
    const { currentJourney } = await import('@/lib/journey-facts');
    expect(await currentJourney()).toEqual({ stage: 1, fetchLeads: false, fromEndpoint: false });
    await storeTrustedIps(['8.8.8.8'], 'bitsgap-page', 1000);
    expect((await currentJourney()).stage).toBe(2);
    await seenKeyItem.set({ label: 'Bitsgap_com', holdsAll: true, restricted: true, editing: true, seenAt: 1100 });
    expect(await currentJourney()).toMatchObject({ stage: 3, label: 'Bitsgap_com' });
    await historyItem.set([{ id: 'r', label: 'Bitsgap_com', added: 1, savedAt: 1200, result: 'unsupported', attempts: 1 }]);
    expect(await currentJourney()).toMatchObject({ stage: 4, refresh: 'press' });
    await historyItem.set([{ id: 'r', label: 'Bitsgap_com', added: 1, savedAt: 1200, result: 'connected', attempts: 1 }]);
    expect(await currentJourney()).toMatchObject({ stage: 'done', status: 'connected' });
  });
});
