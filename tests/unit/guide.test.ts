// The guide's logic where it lives: the machine (steps and commands), what each step says, and
// the session over a saved page (happy-dom), with the background faked only as a message sink.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wordsFor } from '../support/words';
import * as fill from '@/lib/binance/fill';
import { pageOutline } from '@/lib/binance/report';
import { planForKey } from '@/lib/ip-text';
import type { CardSnapshot, PageSnapshot } from '@/lib/exchange';
import { runCommand, type World } from '@/lib/guide/commands';
import { INITIAL, step, type Command, type GuideEvent, type GuideState } from '@/lib/guide/machine';

type SessionTell = World['tell'];
import { watchDialogs } from '@/lib/binance/dialogs';
import { binancePage } from '@/lib/binance/page';
import type { SessionView } from '@/lib/guide/present';
import { startGuideSession } from '@/lib/guide/session';
import { viewFor } from '@/lib/guide/view';
import { viewAfterPaste } from '@/lib/guide/view-after-paste';
import { afterPaste } from '@/lib/guide/machine-after-paste';
import { decorator } from '@/lib/guide/decor';
import type { PageState } from '@/lib/protocol';

const TRUSTED = ['3.120.45.10', '3.120.45.11', '52.29.100.7'];

function card(overrides: Partial<CardSnapshot> & { ips?: string[] } = {}): CardSnapshot {
  const ips = overrides.ips ?? [];
  const editing = overrides.editing ?? false;
  const restricted = overrides.restricted ?? (editing ? false : ips.length > 0);
  return { apiKey: 'K'.repeat(64), label: 'Bitsgap_com', editing, ips, restricted, spotOn: false, plan: planForKey(TRUSTED, restricted ? ips : []), ...overrides };
}
const page = (...cards: CardSnapshot[]): PageSnapshot => ({ cards, trusted: TRUSTED, pattern: 'bitsgap' });

/** Runs events through the machine, collecting every command it asks for (what it tells the background of the key, apart). */
function run(events: GuideEvent[], start: GuideState = INITIAL) {
  let state = start;
  let snapshot: PageSnapshot | undefined;
  const commands = [];
  const seen = [];
  for (const event of events) {
    if (event.type === 'snapshot') snapshot = event.page;
    const next = step(state, event, snapshot, afterPaste);
    state = next.state;
    commands.push(...next.commands.filter((c) => c.type !== 'key-seen'));
    seen.push(...next.commands.filter((c) => c.type === 'key-seen'));
  }
  return { state, commands, seen };
}

describe('machine', () => {
  it('offers Paste from the first step and asks for the one plan’s addresses', () => {
    const unrestricted = card();
    const { state, commands } = run([{ type: 'snapshot', page: page(unrestricted) }, { type: 'paste-clicked' }]);
    expect(state.step).toBe('pasting');
    expect(commands).toEqual([{ type: 'paste', apiKey: unrestricted.apiKey, toAdd: TRUSTED, spotOnly: false }]);
  });

  it('a key holding everything is complete: no paste; Spot & Margin alone when it is off', () => {
    const full = card({ ips: [...TRUSTED, '8.8.8.8'], spotOn: false });
    const { state } = run([{ type: 'snapshot', page: page(full) }]);
    expect(state).toMatchObject({ step: 'complete', count: 3, spotOff: true });
    expect(run([{ type: 'snapshot', page: page(full) }, { type: 'paste-clicked' }]).commands).toEqual([]);
    expect(run([{ type: 'snapshot', page: page(full) }, { type: 'spot-clicked' }]).commands).toEqual([{ type: 'paste', apiKey: full.apiKey, toAdd: [], spotOnly: true }]);
    expect(run([{ type: 'snapshot', page: page(card({ ips: TRUSTED, spotOn: true })) }]).state).toMatchObject({ step: 'complete', spotOff: false });
  });

  const toSave: GuideEvent[] = [
    { type: 'snapshot', page: page(card()) },
    { type: 'paste-clicked' },
    { type: 'pasted', added: TRUSTED, kept: 0, withdrawalsOn: false, spotMissing: false, spotDeclined: false },
    { type: 'snapshot', page: page(card({ editing: true, restricted: true, ips: TRUSTED })) },
  ];

  it('reports a save once: the user’s Save click, then the read view listing every address', () => {
    const { state, commands } = run([...toSave, { type: 'save-clicked' }, { type: 'snapshot', page: page(card({ ips: TRUSTED })) }, { type: 'snapshot', page: page(card({ ips: TRUSTED, label: 'Bitsgap_com' })) }]);
    expect(state).toMatchObject({ step: 'done', total: 3 });
    expect(commands.filter((c) => c.type === 'report-save')).toEqual([{ type: 'report-save', label: 'Bitsgap_com', added: TRUSTED, refused: [], ips: TRUSTED }]);
  });

  it('tells the background what the chosen key is like, once per change: unrestricted, then its form holding every address, then saved', () => {
    const { seen } = run([...toSave, { type: 'save-clicked' }, { type: 'snapshot', page: page(card({ ips: TRUSTED })) }, { type: 'snapshot', page: page(card({ ips: TRUSTED })) }]);
    expect(seen.map(({ holdsAll, restricted, editing }) => ({ holdsAll, restricted, editing }))).toEqual([
      { holdsAll: false, restricted: false, editing: false },
      { holdsAll: true, restricted: true, editing: true },
      { holdsAll: true, restricted: true, editing: false },
    ]);
  });

  it('a form that closes without the user’s Save, or after their Cancel, is no save', () => {
    const saved = page(card({ ips: TRUSTED }));
    for (const between of [[], [{ type: 'save-clicked' }, { type: 'cancel-clicked' }]] as GuideEvent[][]) {
      const { state, commands } = run([...toSave, ...between, { type: 'snapshot', page: saved }]);
      expect(state.step).toBe('complete');
      expect(commands.some((c) => c.type === 'report-save')).toBe(false);
    }
  });

  it('Spot & Margin not found on a key where it was already on: no note asking the user to tick it', () => {
    const paste = (spotOn: boolean) =>
      run([
        { type: 'snapshot', page: page(card({ spotOn })) },
        { type: 'paste-clicked' },
        { type: 'pasted', added: TRUSTED, kept: 0, withdrawalsOn: false, spotMissing: true, spotDeclined: false },
      ]).state;
    expect(paste(true)).toMatchObject({ step: 'save', spotMissing: false });
    expect(paste(false)).toMatchObject({ step: 'save', spotMissing: true });
  });

  it('asks which key when several match, and follows the choice', () => {
    const a = card({ apiKey: 'A'.repeat(64), label: 'bitsgap-1' });
    const b = card({ apiKey: 'B'.repeat(64), label: 'bitsgap-2' });
    expect(run([{ type: 'snapshot', page: page(a, b) }]).state).toMatchObject({ step: 'choose', why: 'several', count: 2 });
    expect(run([{ type: 'snapshot', page: page(a, b) }, { type: 'choose', apiKey: b.apiKey }]).state).toMatchObject({ step: 'ready', label: 'bitsgap-2' });
  });
});

describe('what each step says', () => {
  it('names the count it will paste, never "Paste 0"; its words say what Paste does; over the 30-address limit, Paste waits and the guide says how many of your own to remove', () => {
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(':') });
    const ready = viewFor({ step: 'ready', apiKey: 'k', label: 'Bitsgap_com', toAdd: 3, total: 20, editing: false }, 'bitsgap', false);
    expect(ready.message).toBe('guidePasteOpens:Bitsgap_com');
    expect(ready.stage).toBe(2);
    expect(ready.actions.map((a) => [a.label, Boolean(a.disabled)])).toEqual([['guidePasteButton_other:3', false], ['guideChooseAnother', false]]);
    expect(ready.notes).toEqual(['guideNothingSaved']);
    const over = viewFor({ step: 'ready', apiKey: 'k', label: 'Bitsgap_com', toAdd: 3, total: 32, editing: true }, 'bitsgap', false);
    expect(over.message).toBe('guideOverLimitEditing_other:2:Bitsgap_com:32');
    expect(over.actions[0]).toMatchObject({ label: 'guidePasteButton_other:3', primary: true, disabled: true });
    const complete = viewFor({ step: 'complete', apiKey: 'k', label: 'Bitsgap_com', count: 3, spotOff: false, editing: false }, 'bitsgap', false);
    expect(complete.actions.map((a) => a.label)).toEqual(['guideChooseAnother']);
    expect(complete.stage).toBe('done');
  });
});

describe('session', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
  });

  function load(name: string) {
    const saved = new DOMParser().parseFromString(readFileSync(`tests/fixtures/binance/${name}.html`, 'utf8'), 'text/html');
    document.body.innerHTML = saved.body.innerHTML;
  }
  /** The session on the document's Binance page, its commands run as the guide runs them. */
  function onPage(signal: AbortSignal, tell: SessionTell = vi.fn(async () => undefined)) {
    const page = binancePage(document, wordsFor('en'), { dialogs: Promise.resolve(watchDialogs), filler: async () => ({ ...fill, pageOutline }) });
    const later = { afterPaste: () => ({ machine: afterPaste, view: viewAfterPaste }), decorate: () => decorate };
    const decorate = decorator(page);
    return { page, signal, later, run: (command: Command, state: PageState | undefined, progress: (event: GuideEvent) => void) => runCommand(command, { page, signal, tell, open: vi.fn() }, state, progress) };
  }
  const inputs = (trusted: string[] | null): PageState => ({ trusted, signedOut: false, keyLabelPattern: 'bitsgap', enableSpotTrading: true, runs: [], journey: { stage: trusted ? 2 : 1, fetchLeads: false, fromEndpoint: false } });

  it('from the pushed list: the step for the matching key, and a badge on that key only, by its plan', async () => {
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(':') });
    load('en-list');
    const control = new AbortController();
    const tell = vi.fn(async () => undefined);
    const session = startGuideSession(onPage(control.signal, tell));
    const views: SessionView[] = [];
    session.subscribe((v) => views.push(v));
    session.setInputs(inputs(['8.8.4.4', '1.1.1.1']));
    // The matching key's step first, on the first look; every card's badge right after.
    await vi.waitFor(() => expect(views.at(-1)?.step.message).toBe('guidePasteOpens:Bitsgap_com'));
    expect(views.at(-1)!.step.actions[0]!.label).toBe('guidePasteButton_other:2');
    await vi.waitFor(() => expect(views.at(-1)!.badges.map((b) => b.text)).toEqual(['auditUnrestricted']));
    // Nothing was reported, and a page script's click on a card chooses nothing.
    document.querySelector('button')!.click();
    expect(tell).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'save:verified' }));
    control.abort();
  });

  it('a modal with no dialog markup opening over the list: the guide gives way, and comes back when it closes', async () => {
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(':') });
    load('en-list');
    const mask = document.createElement('div');
    mask.style.position = 'fixed';
    mask.innerHTML = '<div><p>Enable Spot & Margin Trading</p><button>Confirm</button></div>';
    mask.getBoundingClientRect = () => DOMRect.fromRect({ width: window.innerWidth, height: window.innerHeight });
    // The browser's hit test (a saved page has no layout): the modal's text on top while it is open.
    Object.defineProperty(document, 'elementsFromPoint', {
      configurable: true,
      value: () => [...(mask.isConnected ? [mask.querySelector('p')!, mask.firstElementChild!, mask] : []), document.body, document.documentElement],
    });
    const control = new AbortController();
    const session = startGuideSession(onPage(control.signal));
    const views: SessionView[] = [];
    session.subscribe((v) => views.push(v));
    session.setInputs(inputs(['8.8.4.4', '1.1.1.1']));
    await vi.waitFor(() => expect(views.at(-1)!.badges).toHaveLength(1));
    // Opened once the guide has settled: nothing but the modal itself makes the guide look again.
    document.body.append(mask);
    await vi.waitFor(() => expect(views.at(-1)?.step.message).toBe('guidePageDialog:Enable Spot & Margin Trading'));
    expect(views.at(-1)!.step.actions).toEqual([]);
    mask.remove();
    await vi.waitFor(() => expect(views.at(-1)?.step.message).toBe('guidePasteOpens:Bitsgap_com'));
    control.abort();
  });

  it('while it waits for the key list on a busy page, the guide never hit-tests the page (that forces its rendering); with the list there, it does', async () => {
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(':') });
    load('en-list');
    const app = document.getElementById('__APP')!;
    const list = app.innerHTML;
    app.innerHTML = '<p>0</p>';
    const hitTests = vi.fn(() => [document.body, document.documentElement]);
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: hitTests });
    const control = new AbortController();
    const session = startGuideSession(onPage(control.signal));
    const views: SessionView[] = [];
    session.subscribe((v) => views.push(v));
    session.setInputs(inputs(['8.8.4.4', '1.1.1.1']));
    // A ticker: the guide looks again every few frames, and still finds no list.
    for (let i = 1; i <= 30; i++) {
      app.querySelector('p')!.textContent = String(i);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(views.at(-1)?.step.message).toBe('guideLoading');
    expect(hitTests).not.toHaveBeenCalled();
    app.innerHTML = list;
    await vi.waitFor(() => expect(views.at(-1)?.step.message).toBe('guidePasteOpens:Bitsgap_com'));
    await vi.waitFor(() => expect(hitTests).toHaveBeenCalled());
    control.abort();
  });

  it('a modal with no dialog markup already open when the list arrives (none was hit-tested while waiting): the guide gives way to it', async () => {
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(':') });
    load('en-list');
    const app = document.getElementById('__APP')!;
    const list = app.innerHTML;
    app.innerHTML = '';
    const mask = document.createElement('div');
    mask.style.position = 'fixed';
    mask.innerHTML = '<div><p>Announcement</p><button>Got it</button></div>';
    mask.getBoundingClientRect = () => DOMRect.fromRect({ width: window.innerWidth, height: window.innerHeight });
    document.body.append(mask);
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => [mask.querySelector('p')!, mask.firstElementChild!, mask, document.body, document.documentElement] });
    const control = new AbortController();
    const session = startGuideSession(onPage(control.signal));
    const views: SessionView[] = [];
    session.subscribe((v) => views.push(v));
    session.setInputs(inputs(['8.8.4.4', '1.1.1.1']));
    await vi.waitFor(() => expect(views.at(-1)?.step.message).toBe('guideLoading'));
    app.innerHTML = list;
    await vi.waitFor(() => expect(views.at(-1)?.step.message).toBe('guidePageDialog:Announcement'));
    expect(views.at(-1)!.step.actions).toEqual([]);
    expect(views.at(-1)!.spotlight).toBeUndefined();
    control.abort();
  });

  it('with no list yet, says so and offers only the way to get it: Bitsgap’s My exchanges', async () => {
    Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => key });
    load('en-list');
    const control = new AbortController();
    const session = startGuideSession(onPage(control.signal));
    const views: SessionView[] = [];
    session.subscribe((v) => views.push(v));
    session.setInputs(inputs(null));
    await vi.waitFor(() => expect(views.at(-1)?.step.message).toBe('guideNoList'));
    expect(views.at(-1)!.step.actions.map((a) => a.event.type)).toEqual(['open-bitsgap-clicked']);
    expect(views.at(-1)!.step.stage).toBe(1);
    control.abort();
  });
});
