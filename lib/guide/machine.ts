// The guide's steps as one small state machine. The session feeds it what the page shows (one
// snapshot, with one plan per key) and what the user did; it answers with the step to show and
// the commands to run (enter edit mode and paste, report a save, …). It holds no DOM, and every
// piece of the guide's state lives here.
import { matchesPattern, type CardControl, type CardSnapshot, type PageSnapshot, type PasteFailure } from '../exchange';
import { canonicalIp, MAX_IPS_PER_KEY } from '../ip-text';

interface Keyed {
  apiKey: string;
  label: string;
}

/** Whether the exchange's 2FA was seen after the user's Save, and whether they answered it. */
export type TwoFa = 'none' | 'open' | 'answered';

export type Step =
  | { step: 'loading' }
  // `copied`: the user's report was copied (or could not be).
  | { step: 'no-cards'; copied?: boolean }
  | { step: 'no-list' }
  // `candidates`: the keys the guide offers `Use this key` for.
  | ({ step: 'choose'; why: 'none' | 'several' | 'asked'; count: number; candidates: string[] } & Partial<Keyed>)
  // The key needs addresses: Paste opens its form (if it is not open yet) and fills it. Over
  // Binance's limit (`total` above 30) Paste waits until the user removed enough of their own.
  // `notSaved`: the user's form closed without a save (Cancel, Esc on the 2FA).
  | ({ step: 'ready'; toAdd: number; total: number; editing: boolean; notSaved?: boolean } & Keyed)
  // `had`: what the key listed when Paste was pressed; `saveClicked`/`cancelled`: the user's own
  // Save or Cancel while the guide was still typing; `waitingForm`: the form is slow to open.
  | ({ step: 'pasting'; toAdd: string[]; had: string[]; spotWasOn: boolean; saveClicked: boolean; twoFa: TwoFa; cancelled: boolean; waitingForm: boolean } & Keyed)
  | ({ step: 'paste-failed'; reason: PasteFailure; detail?: string; copied?: boolean } & Keyed)
  // `known`: the addresses the user kept and the guide entered; `strangers`: any other the form
  // shows (a page may type its own); `refused`: what Binance would not take. `saveClicked`: the
  // user's own click on this card's Save, since the paste or their last Cancel.
  | ({
      step: 'save';
      added: string[];
      kept: number;
      known: string[];
      strangers: string[];
      refused: string[];
      withdrawalsOn: boolean;
      spotMissing: boolean;
      spotDeclined: boolean;
      saveClicked: boolean;
      twoFa: TwoFa;
    } & Keyed)
  // `runId`: the background took the save; `reportFailed`: it could not be told.
  | ({ step: 'done'; added: string[]; total: number; refused: string[]; strangers: string[]; runId?: string; reportFailed?: boolean } & Keyed)
  // Nothing to add; `spotOff` when Spot & Margin trading is still off.
  | ({ step: 'complete'; count: number; spotOff: boolean; editing: boolean } & Keyed);

/** Addresses Binance refused, per key: the plan leaves them out, so Paste never loops on them. */
export type Refusals = Record<string, string[]>;

// `reported`: the chosen key as last told to the background (key-seen), so it is told only of changes.
export type GuideState = Step & { refusals?: Refusals; reported?: string };

export type GuideEvent =
  | { type: 'snapshot'; page: PageSnapshot }
  | { type: 'list-timeout' }
  | { type: 'choose'; apiKey: string }
  // The user's own click inside a key's card, as the page saw it (never stopped).
  | { type: 'card-clicked'; apiKey: string; control: CardControl | undefined }
  | { type: 'choose-another' }
  | { type: 'paste-clicked' }
  | { type: 'spot-clicked' }
  | { type: 'paste-waiting'; form: boolean }
  | { type: 'paste-failed'; reason: PasteFailure; detail?: string }
  | { type: 'pasted'; added: string[]; kept: number; known?: string[]; refused?: string[]; withdrawalsOn: boolean; spotMissing: boolean; spotDeclined: boolean }
  | { type: 'withdrawals-off-clicked' }
  | { type: 'withdrawals-off' }
  | { type: 'remove-clicked'; ip: string }
  | { type: 'save-clicked' }
  | { type: 'cancel-clicked' }
  // The exchange's 2FA as the guide last saw it, and the user's own key press or click in it.
  | { type: 'two-fa'; open: boolean }
  | { type: 'two-fa-answered' }
  | { type: 'save-reported'; runId: string }
  | { type: 'report-failed' }
  | { type: 'open-bitsgap-clicked' }
  | { type: 'report-clicked' }
  | { type: 'report-copied'; ok: boolean };

/** What the session does for the machine: every effect on the page or the background. */
export type Command =
  | { type: 'paste'; apiKey: string; toAdd: string[]; spotOnly: boolean }
  | { type: 'turn-off-withdrawals'; apiKey: string }
  | { type: 'remove-address'; apiKey: string; ip: string }
  | { type: 'report-save'; label: string; added: string[]; refused: string[]; ips: string[] }
  // What the chosen key is like now, for the journey every surface shows (lib/journey.ts).
  | { type: 'key-seen'; label: string; holdsAll: boolean; restricted: boolean; editing: boolean }
  | { type: 'open-bitsgap' }
  | { type: 'copy-report'; apiKey?: string };

export interface Transition {
  state: GuideState;
  commands: Command[];
}

export const INITIAL: GuideState = { step: 'loading' };

/** True while the user's Save may bring the exchange's 2FA: the guide watches for it and for their answer. */
export function awaitsTwoFa(state: GuideState): boolean {
  return (state.step === 'save' || state.step === 'pasting') && state.saveClicked;
}

function keyed(state: GuideState): Keyed | undefined {
  return 'apiKey' in state && state.apiKey !== undefined && state.label !== undefined ? { apiKey: state.apiKey, label: state.label } : undefined;
}

function matching(page: PageSnapshot): CardSnapshot[] {
  return page.cards.filter((c) => matchesPattern(c.label, page.pattern));
}

/** What the card still lacks, leaving out what Binance refused for this key. */
function lacking(card: CardSnapshot, refusals: Refusals | undefined): string[] {
  const refused = refusals?.[card.apiKey] ?? [];
  return card.plan.toAdd.filter((ip) => !refused.includes(ip));
}

/**
 * The machine's steps after a paste (the Save step, the saved key, a failed paste):
 * lib/guide/machine-after-paste.ts, shipped with the form filler, since only a paste leads there.
 */
export interface AfterPaste {
  /** The step a snapshot of the chosen card gives from a step after a paste; undefined: as from any other. */
  stepFor(card: CardSnapshot, prev: GuideState, page: PageSnapshot, nothingToAdd: boolean): Step | undefined;
  /** What an event does to the steps after a paste; undefined for one they leave to the rest. */
  advance(state: GuideState, event: GuideEvent, page: PageSnapshot | undefined, to: (next: Step, commands?: Command[]) => Transition, again: (card: CardSnapshot, prev: GuideState) => Step): Transition | undefined;
}

/** What the card asks of the user, for a key that has been chosen. */
function stepFor(card: CardSnapshot, prev: GuideState, page: PageSnapshot, after: AfterPaste | undefined): Step {
  const key = { apiKey: card.apiKey, label: card.label };
  const toAdd = lacking(card, prev.refusals);
  const nothingToAdd = toAdd.length === 0 && (card.editing ? card.restricted : card.ips.length > 0);
  const later = after?.stepFor(card, prev, page, nothingToAdd);
  if (later) return later;
  // A paste runs until its outcome arrives, whatever the card shows meanwhile (a slow form is
  // still a spinner); a failed paste or the Save step stay while the form is open.
  if (prev.step === 'pasting') return prev;
  if (card.editing && (prev.step === 'paste-failed' || prev.step === 'save')) return prev;
  if (nothingToAdd) return { step: 'complete', ...key, count: card.plan.required - (prev.refusals?.[card.apiKey]?.length ?? 0), spotOff: card.spotOn === false, editing: card.editing };
  // The user's form closed with no save: say so once, on the step that follows.
  const notSaved = !card.editing && (prev.step === 'save' || (prev.step === 'ready' && prev.notSaved === true));
  return { step: 'ready', ...key, toAdd: toAdd.length, total: card.plan.total - (card.plan.toAdd.length - toAdd.length), editing: card.editing, ...(notSaved ? { notSaved } : {}) };
}

function fromSnapshot(state: GuideState, page: PageSnapshot, after: AfterPaste | undefined): Step {
  if (!page.trusted || page.trusted.length === 0) return { step: 'no-list' };
  if (page.cards.length === 0) return state.step === 'no-cards' ? state : { step: 'loading' };
  const chosen = keyed(state);
  const card = chosen && page.cards.find((c) => c.apiKey === chosen.apiKey);
  if (card) return stepFor(card, state, page, after);
  if (state.step === 'choose' && state.why === 'asked') return { ...state, count: page.cards.length, candidates: page.cards.map((c) => c.apiKey) };
  const matches = matching(page);
  if (matches.length === 1) return stepFor(matches[0]!, { step: 'loading', refusals: state.refusals }, page, after);
  // With no key matching the label, every key is a candidate.
  const candidates = (matches.length > 0 ? matches : page.cards).map((c) => c.apiKey);
  return { step: 'choose', why: matches.length === 0 ? 'none' : 'several', count: matches.length, candidates };
}

/** The machine: the next step and what to do for it. `page` is the latest snapshot; `after`, the steps after a paste, once loaded. */
export function step(state: GuideState, event: GuideEvent, page: PageSnapshot | undefined, after?: AfterPaste): Transition {
  let next = advance(state, event, page, after);
  // What Binance refused stays known for its key, whatever the step.
  const refusals = event.type === 'pasted' && event.refused?.length && 'apiKey' in state && state.apiKey ? { ...state.refusals, [state.apiKey]: event.refused } : state.refusals;
  if (refusals && next.state.refusals !== refusals) next = { ...next, state: { ...next.state, refusals } };
  // The chosen key as the page shows it now, told to the background when it changed.
  const seen = seenKey(next.state, event.type === 'snapshot' ? event.page : page);
  const told = seen && JSON.stringify(seen);
  if (!seen || told === state.reported) return next.state.reported === state.reported ? next : { ...next, state: { ...next.state, reported: state.reported } };
  return { state: { ...next.state, reported: told }, commands: [...next.commands, seen] };
}

/** The chosen key as the page shows it: whether it holds every Bitsgap address, restricted, and whether its form is open. */
function seenKey(state: GuideState, page: PageSnapshot | undefined): Extract<Command, { type: 'key-seen' }> | undefined {
  const chosen = keyed(state);
  const card = chosen && page?.cards.find((c) => c.apiKey === chosen.apiKey);
  return card && { type: 'key-seen', label: card.label, holdsAll: card.plan.toAdd.length === 0, restricted: card.restricted, editing: card.editing };
}

function advance(state: GuideState, event: GuideEvent, page: PageSnapshot | undefined, after: AfterPaste | undefined): Transition {
  const stay: Transition = { state, commands: [] };
  const to = (next: Step, commands: Command[] = []): Transition => ({ state: { ...next, refusals: state.refusals }, commands });
  const card = (apiKey: string) => page?.cards.find((c) => c.apiKey === apiKey);
  const later = after?.advance(state, event, page, to, (c, prev) => stepFor(c, prev, page!, after));
  if (later) return later;
  switch (event.type) {
    case 'snapshot': {
      const next = fromSnapshot(state, event.page, after);
      // The only way into "done" is a save: report it once, as it happens.
      const saved = next.step === 'done' && state.step === 'save';
      const card = saved ? event.page.cards.find((c) => c.apiKey === next.apiKey) : undefined;
      // What the key holds for Bitsgap now: the background tells a later list's new addresses from these.
      const ips = card ? card.ips.filter((ip) => event.page.trusted?.includes(canonicalIp(ip))) : [];
      return to(next, saved ? [{ type: 'report-save', label: next.label, added: next.added, refused: next.refused, ips }] : []);
    }
    case 'list-timeout':
      return state.step === 'loading' ? to({ step: 'no-cards' }) : stay;
    case 'choose': {
      const chosen = card(event.apiKey);
      return chosen && page?.trusted ? to(stepFor(chosen, { step: 'loading', refusals: state.refusals }, page, after)) : stay;
    }
    case 'card-clicked':
      // While the guide asks which key, a click on a card chooses it (Binance's own button does
      // what it always does too); on the chosen key's form, its Save and Cancel are what the user did.
      if (state.step === 'choose') return advance(state, { type: 'choose', apiKey: event.apiKey }, page, after);
      if ((state.step !== 'save' && state.step !== 'pasting') || state.apiKey !== event.apiKey) return stay;
      if (event.control === 'save') return advance(state, { type: 'save-clicked' }, page, after);
      return event.control === 'cancel' ? advance(state, { type: 'cancel-clicked' }, page, after) : stay;
    case 'choose-another':
      return to({ step: 'choose', why: 'asked', count: page?.cards.length ?? 0, candidates: page?.cards.map((c) => c.apiKey) ?? [] });
    case 'paste-clicked':
    case 'spot-clicked': {
      const spotOnly = event.type === 'spot-clicked';
      // Paste where addresses are missing (or a try failed); Spot & Margin alone where none are.
      if (state.step !== 'ready' && state.step !== 'paste-failed' && state.step !== 'complete') return stay;
      if (spotOnly !== (state.step === 'complete')) return stay;
      if (state.step === 'ready' && state.total > MAX_IPS_PER_KEY) return stay;
      const chosen = card(state.apiKey);
      if (!chosen) return stay;
      const toAdd = spotOnly ? [] : lacking(chosen, state.refusals);
      const pasting: Step = { step: 'pasting', apiKey: state.apiKey, label: state.label, toAdd, had: chosen.ips, spotWasOn: chosen.spotOn === true, saveClicked: false, twoFa: 'none', cancelled: false, waitingForm: false };
      return to(pasting, [{ type: 'paste', apiKey: state.apiKey, toAdd, spotOnly }]);
    }
    case 'paste-waiting':
      return state.step === 'pasting' ? to({ ...state, waitingForm: event.form }) : stay;
    case 'paste-failed':
      // What the steps after a paste do not take: the paste could not even load.
      return state.step === 'pasting' ? to({ step: 'paste-failed', apiKey: state.apiKey, label: state.label, reason: event.reason, detail: event.detail }) : stay;
    case 'open-bitsgap-clicked':
      return { state, commands: [{ type: 'open-bitsgap' }] };
    case 'report-clicked':
      return { state, commands: [{ type: 'copy-report', apiKey: keyed(state)?.apiKey }] };
    case 'report-copied':
      return state.step === 'no-cards' || state.step === 'paste-failed' ? to({ ...state, copied: event.ok }) : stay;
    default:
      return stay;
  }
}
