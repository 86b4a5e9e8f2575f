// The guide on an exchange's API page as one session: it feeds the machine what the page shows
// and what the user did, runs the commands the machine answers with, and tells subscribers what
// to draw. The page is an ExchangePage (lib/exchange.ts); the list and settings come pushed by
// the background.
import type { PageState } from '../protocol';
import type { ExchangePage, PageEvents, PageSnapshot } from '../exchange';
import type { RunCommand } from './commands';
import { awaitsTwoFa, INITIAL, step, type GuideEvent, type GuideState } from './machine';
import { presenter, type Later, type SessionView } from './present';
import type { ActionEvent } from './view';


// After this long with no key card on the page, say so instead of waiting silently.
const LIST_TIMEOUT_MS = 15_000;

export interface GuideSession {
  /** The list, settings and saves' outcomes, as the background pushes them. */
  setInputs(inputs: PageState): void;
  /** The user's own click on one of the guide's actions. */
  act(event: ActionEvent): void;
  subscribe(listener: (view: SessionView) => void): () => void;
  /** The page's control the current step names (Edit restrictions, then Save), for the keyboard. */
  pageControl(): Element | undefined;
}

export interface SessionOptions {
  page: ExchangePage;
  signal: AbortSignal;
  /** Runs the machine's commands (lib/guide/commands.ts, loaded with the form filler). */
  run: RunCommand;
  /** What loads later: the steps after a paste (with the form filler), what the guide draws around its panel (with its extras). */
  later: Later;
}

export function startGuideSession({ page, signal, run, later }: SessionOptions): GuideSession {
  let inputs: PageState | undefined;
  let state: GuideState = INITIAL;
  let snapshot: PageSnapshot | undefined;
  let watching: AbortController | undefined;
  let polling: AbortController | undefined;
  let last = '';
  const listeners = new Set<(view: SessionView) => void>();
  const show = presenter(page, later);

  /** Tells subscribers, when anything they draw changed; `moved`: only scrolled or resized. */
  const publish = (moved = false) => {
    const { twoFa } = show.look(state, moved);
    // Whether the 2FA is open is the machine's to know (a Save counts only if the user answered it).
    const known = 'twoFa' in state && state.twoFa === 'open';
    if (awaitsTwoFa(state) && twoFa !== known && dispatch({ type: 'two-fa', open: twoFa })) return;
    const view = show.view(state, inputs, snapshot);
    const key = JSON.stringify(view);
    if (key === last) return;
    last = key;
    for (const listener of listeners) listener(view);
  };

  /** Runs `event` through the machine; true when it changed anything (the subscribers were told). */
  function dispatch(event: GuideEvent): boolean {
    if (signal.aborted) return false;
    const next = step(state, event, snapshot, later.afterPaste()?.machine);
    if (next.state === state && next.commands.length === 0) return false;
    state = next.state;
    // While pasting or waiting for a save, the exchange's dialogs (2FA, a confirmation) may open
    // where no watcher sees them: look a few times a second.
    const poll = state.step === 'save' || state.step === 'pasting';
    if (poll !== (polling !== undefined)) {
      polling?.abort();
      polling = poll ? new AbortController() : undefined;
      if (polling) page.poll(publish, AbortSignal.any([signal, polling.signal]));
    }
    publish();
    for (const command of next.commands) void run(command, inputs, dispatch).then((done) => done && dispatch(done));
    return true;
  }

  // Every snapshot goes to the machine, even one equal to the last: the state may have moved on
  // since (a paste finished) while the page went back to what it was (the user cancelled).
  const read = () => {
    const pattern = inputs?.keyLabelPattern ?? '';
    if (!inputs?.trusted) return dispatch({ type: 'snapshot', page: (snapshot = { cards: [], trusted: null, pattern }) });
    dispatch({ type: 'snapshot', page: (snapshot = { cards: page.read(inputs.trusted), trusted: inputs.trusted, pattern }) });
  };

  const watch = () => {
    watching?.abort();
    watching = new AbortController();
    snapshot = undefined;
    const events: PageEvents = { changed: read, moved: () => publish(true), layers: () => publish(), clicked: (apiKey, control) => dispatch({ type: 'card-clicked', apiKey, control }), answered: () => dispatch({ type: 'two-fa-answered' }) };
    page.watch(events, AbortSignal.any([signal, watching.signal]));
    read();
  };

  const timer = setTimeout(() => dispatch({ type: 'list-timeout' }), LIST_TIMEOUT_MS);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  return {
    setInputs(next) {
      const rewatch = !inputs || JSON.stringify([inputs.trusted, inputs.keyLabelPattern]) !== JSON.stringify([next.trusted, next.keyLabelPattern]);
      inputs = next;
      if (rewatch) watch();
      else publish();
    },
    act: dispatch,
    subscribe(listener) {
      listeners.add(listener);
      listener(show.view(state, inputs, snapshot));
      return () => listeners.delete(listener);
    },
    pageControl() {
      // Esc hands focus to the page's control for the step: Edit restrictions (or its first
      // choice, once open) for a keyboard user who opens the form themselves; then Save.
      if (state.step === 'ready') return show.target(state, state.editing ? 'restricted' : 'edit');
      return state.step === 'save' ? show.target(state) : undefined;
    },
  };
}
