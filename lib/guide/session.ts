// The guide on Binance's API page as one session: one page watcher, the latest snapshot (with
// each key card's element and its one plan), the machine's state, and the commands it asks
// for. The list and settings come in pushed by the background; the view only subscribes.
import type { FormActions } from '../binance/fill';
import { findAppRoot, findCancelButton, findEditButton, findKeyCards, findMaskLayers, findRestrictionRadios, findSaveButton, findTwoFaDialog, findUnknownDialog, type KeyCard, type PageDialog } from '../binance/locate';
import { snapshotCards } from '../binance/snapshot';
import { watchPage } from '../binance/watch';
import type { PageWords } from '../binance/words';
import { t, tn } from '../i18n';
import type { Message, Replies } from '../messages';
import type { PageState } from '../protocol';
import { MY_EXCHANGES_URL } from '../bitsgap/routes';
import type { RunResult } from '../domain';
import { auditCard, type Audit } from './audit';
import { INITIAL, step, type Command, type GuideEvent, type GuideState, type PageSnapshot } from './machine';
import { viewFor, type ActionEvent, type StepView } from './view';

// After this long with no key card on the page, say so instead of waiting silently.
const LIST_TIMEOUT_MS = 15_000;

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface Badge {
  id: string;
  text: string;
  tone: 'good' | 'warn' | 'bad';
  rect: { top: number; left: number; width: number };
}

export interface SessionView {
  step: StepView;
  badges: Badge[];
  spotlight: Rect | undefined;
  /** A dialog of Binance's is open (2FA or one the guide does not know): the guide keeps out of its way. */
  pageDialog: boolean;
}

function badgeOf(audit: Audit): Pick<Badge, 'text' | 'tone'> {
  switch (audit.kind) {
    case 'complete':
      return { text: tn('auditComplete', audit.count), tone: 'good' };
    case 'missing':
      return { text: tn('auditMissing', audit.count), tone: 'warn' };
    case 'unrestricted':
      return { text: t('auditUnrestricted'), tone: 'bad' };
  }
}

export interface SessionOptions {
  doc: Document;
  words: PageWords[];
  signal: AbortSignal;
  /** Sends a message to the background; its reply is only an acknowledgement. */
  tell: <T extends Message>(message: T) => Promise<Partial<Replies[T['type']]> | undefined>;
  open: (url: string) => void;
  /** What types into Binance's form: loaded when the user first needs it. */
  form: () => Promise<FormActions>;
}

export interface GuideSession {
  /** The list, settings and saves' outcomes, as the background pushes them. */
  setInputs(inputs: PageState): void;
  /** The user's own click on one of the guide's actions. */
  act(event: ActionEvent): void;
  subscribe(listener: (view: SessionView) => void): () => void;
  /** The page's control the current step names (Edit restrictions, then Save), for the keyboard. */
  pageControl(): Element | undefined;
}

function rectOf(el: Element | undefined): Rect | undefined {
  const r = el?.getBoundingClientRect();
  return r && r.width > 0 ? { top: r.top, left: r.left, width: r.width, height: r.height } : undefined;
}

export function startGuideSession({ doc, words, signal, tell, open, form }: SessionOptions): GuideSession {
  let inputs: PageState | undefined;
  let state: GuideState = INITIAL;
  let page: PageSnapshot | undefined;
  let cards: KeyCard[] = [];
  let runId: string | undefined;
  let reportFailed = false;
  let watching: AbortController | undefined;
  let last = '';
  const listeners = new Set<(view: SessionView) => void>();

  const element = (apiKey: string) => cards.find((c) => c.apiKey === apiKey && c.element.isConnected)?.element ?? findKeyCards(doc, words).find((c) => c.apiKey === apiKey)?.element;

  /** The control the step's text names, on the chosen key's own card. */
  const target = (): Element | undefined => {
    if (!('apiKey' in state) || !state.apiKey) return undefined;
    const card = element(state.apiKey);
    if (!card) return undefined;
    switch (state.step) {
      case 'ready':
        return state.editing ? findRestrictionRadios(card, words)?.restricted : findEditButton(card, words);
      case 'save':
        return findSaveButton(card, words);
      case 'done':
      case 'complete':
        return card;
      default:
        return undefined;
    }
  };

  // Each card's badge, worked out once per snapshot: a scroll only moves them.
  let audited: { snapshot?: PageSnapshot; list: { id: string; element: Element; badge: Pick<Badge, 'text' | 'tone'> }[] } = { list: [] };
  const badges = (): Badge[] => {
    if (audited.snapshot !== page) {
      audited = {
        snapshot: page,
        list: (page?.cards ?? []).flatMap((snap) => {
          const audit = auditCard(snap);
          const element = cards.find((c) => c.apiKey === snap.apiKey)?.element;
          return audit && element ? [{ id: snap.apiKey, element, badge: badgeOf(audit) }] : [];
        }),
      };
    }
    return audited.list.map(({ id, element, badge }) => {
      const r = element.getBoundingClientRect();
      return { id, ...badge, rect: { top: r.top, left: r.left, width: r.width } };
    });
  };

  const refresh = (): RunResult | undefined => (reportFailed ? 'failed' : runId ? (inputs?.runs.find((r) => r.id === runId)?.result ?? 'pending') : undefined);

  // What the page looks like between changes: the dialogs it has open and the control the step
  // names. Scrolling only moves things, so it reuses them and reads positions alone.
  let twoFaOpen = false;
  let asking: PageDialog | undefined;
  let pointAt: Element | undefined;
  // Modals without dialog markup, as the last hit test found them. A look takes those and asks
  // for a new hit test once the next frame has painted: one before that frame is drawn (the
  // list's first) makes the browser pre-paint the page before the ring is in, and again after.
  // A modal found then is looked at again at once. While the guide waits (for the key list, or
  // for Bitsgap's) nothing reads them and none is asked for: a busy page is looked at every few
  // frames then, and a hit test due just as the key list is committed drew that list outside
  // its own frame (seen in traces).
  let masks: Element[] = [];
  let hitTesting = false;
  const look = () => {
    const waiting = state.step === 'loading' || state.step === 'no-list';
    twoFaOpen = state.step === 'save' && state.saveClicked && findTwoFaDialog(doc, words, masks) !== undefined;
    asking = waiting ? undefined : findUnknownDialog(doc, words, masks);
    pointAt = target();
    if (hitTesting || waiting) return;
    hitTesting = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        hitTesting = false;
        if (signal.aborted) return;
        const found = findMaskLayers(doc);
        if (found.length === masks.length && found.every((m, i) => m === masks[i])) return;
        masks = found;
        publish();
      }),
    );
  };

  const current = (): SessionView => {
    const step = viewFor(state, inputs?.keyLabelPattern ?? '', inputs?.signedOut ?? false, refresh());
    const view = { badges: badges(), spotlight: undefined, pageDialog: true };
    if (twoFaOpen) return { ...view, step: { ...step, message: t('guideEnterTwoFa'), notes: [], actions: [] } };
    // A dialog the guide does not know: it says what it is, offers nothing and points at nothing
    // until the user has answered it themselves.
    if (asking) return { ...view, step: { ...step, message: t('guidePageDialog', asking.title || t('guidePageDialogUntitled')), notes: [t('guidePageDialogHint')], actions: [] } };
    return { step, badges: view.badges, spotlight: rectOf(pointAt?.isConnected ? pointAt : undefined), pageDialog: false };
  };

  /** Tells subscribers, when anything they draw changed; `moved`: only scrolled or resized. */
  const publish = (moved = false) => {
    if (!moved || (pointAt && !pointAt.isConnected)) look();
    const view = current();
    const key = JSON.stringify(view);
    if (key === last) return;
    last = key;
    for (const listener of listeners) listener(view);
  };

  const run = async (command: Command) => {
    switch (command.type) {
      case 'paste': {
        const actions = await form().catch(() => undefined);
        if (!actions) {
          dispatch({ type: 'paste-failed', reason: 'not-loaded' });
          return;
        }
        const outcome = await actions.pasteTrustedIps({
          getCard: () => element(command.apiKey),
          words,
          trusted: inputs?.trusted ?? [],
          toAdd: command.toAdd,
          enableSpot: command.spotOnly || (inputs?.enableSpotTrading ?? true),
          signal,
        });
        dispatch(
          outcome.ok
            ? { type: 'pasted', added: outcome.added, kept: outcome.kept.length, withdrawalsOn: outcome.withdrawalsOn, spotMissing: outcome.spotMissing, spotDeclined: outcome.spotDeclined }
            : { type: 'paste-failed', reason: outcome.reason, detail: outcome.detail },
        );
        return;
      }
      case 'turn-off-withdrawals': {
        const card = element(command.apiKey);
        const actions = await form().catch(() => undefined);
        if (card && actions?.turnOffWithdrawals(card, words)) dispatch({ type: 'withdrawals-off' });
        return;
      }
      case 'report-save': {
        // The session names the run and follows it in the background's pushes; the reply to
        // the report only says it arrived.
        const id = crypto.randomUUID();
        const reply = await tell({ type: 'save:verified', runId: id, label: command.label, added: command.added }).catch(() => undefined);
        if (reply?.ok === true) dispatch({ type: 'save-reported', runId: id });
        else {
          reportFailed = true;
          publish();
        }
        return;
      }
      case 'open-bitsgap':
        open(MY_EXCHANGES_URL);
    }
  };

  // Binance's dialogs (2FA after Save, a confirmation mid-paste) open outside the cards the
  // watcher sees, often in a shadow root: while the guide is pasting or waiting for a save, look
  // a few times a second; at any step, a dialog added to <body> is seen at once.
  let dialogPoll: ReturnType<typeof setInterval> | undefined;
  signal.addEventListener('abort', () => clearInterval(dialogPoll), { once: true });
  const portals = new MutationObserver(() => publish());
  portals.observe(doc.body, { childList: true });
  signal.addEventListener('abort', () => portals.disconnect(), { once: true });

  function dispatch(event: GuideEvent) {
    if (signal.aborted) return;
    const next = step(state, event, page);
    state = next.state;
    const waiting = state.step === 'save' || state.step === 'pasting';
    if (waiting && dialogPoll === undefined) dialogPoll = setInterval(publish, 250);
    if (!waiting && dialogPoll !== undefined) {
      clearInterval(dialogPoll);
      dialogPoll = undefined;
    }
    if (event.type === 'save-reported') runId = event.runId;
    publish();
    for (const command of next.commands) void run(command);
  }

  const snapshot = () => {
    if (!inputs?.trusted) {
      page = { cards: [], trusted: null, pattern: inputs?.keyLabelPattern ?? '' };
      dispatch({ type: 'snapshot', page });
      return;
    }
    const firstLook = !page?.cards.length;
    cards = findKeyCards(doc, words);
    // On the first look at a long list, the key Bitsgap uses comes first: its step and its ring
    // this frame, every other card's badge a moment later.
    const needle = inputs.keyLabelPattern.trim().toLowerCase();
    const first = firstLook ? cards.filter((c) => c.label.toLowerCase().includes(needle)) : cards;
    const now = first.length > 0 ? first : cards;
    // Every snapshot goes to the machine, even one equal to the last: the state may have moved
    // on since (a paste finished) while the page went back to what it was (the user cancelled).
    page = { cards: snapshotCards(now, words, inputs.trusted), trusted: inputs.trusted, pattern: inputs.keyLabelPattern };
    dispatch({ type: 'snapshot', page });
    if (now.length < cards.length) setTimeout(() => !signal.aborted && snapshot());
  };

  const watch = () => {
    watching?.abort();
    watching = new AbortController();
    signal.addEventListener('abort', () => watching?.abort(), { once: true });
    const readPage = () => {
      snapshot();
      handle.focus(cards.map((c) => c.element));
    };
    const handle = watchPage(findAppRoot(doc) ?? doc.body, readPage, () => publish(true), watching.signal);
    readPage();
  };

  // The user's own clicks on the page: choosing a card, and this card's Save or Cancel.
  doc.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      const hit = event.target as Node;
      if (state.step === 'choose') {
        const card = findKeyCards(doc, words).find((c) => c.element.contains(hit));
        if (!card) return;
        event.preventDefault();
        event.stopPropagation();
        dispatch({ type: 'choose', apiKey: card.apiKey });
      } else if (state.step === 'save') {
        const card = element(state.apiKey);
        if (!card) return;
        if (findSaveButton(card, words)?.contains(hit)) dispatch({ type: 'save-clicked' });
        else if (findCancelButton(card, words)?.contains(hit)) dispatch({ type: 'cancel-clicked' });
      }
    },
    { capture: true, signal },
  );
  const timer = setTimeout(() => dispatch({ type: 'list-timeout' }), LIST_TIMEOUT_MS);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  return {
    setInputs(next) {
      const rewatch = !inputs || JSON.stringify([inputs.trusted, inputs.keyLabelPattern]) !== JSON.stringify([next.trusted, next.keyLabelPattern]);
      inputs = next;
      if (rewatch) {
        page = undefined;
        watch();
      } else publish();
    },
    act(event) {
      dispatch(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(current());
      return () => listeners.delete(listener);
    },
    pageControl() {
      const el = target();
      return el && (state.step === 'ready' || state.step === 'save') ? el : undefined;
    },
  };
}
