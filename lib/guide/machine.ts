// The guide's steps as one small state machine. The session feeds it what the page shows (one
// snapshot, with one plan per key) and what the user did; it answers with the step to show and
// the commands to run (enter edit mode and paste, report a save, …). It holds no DOM.
import { matchesPattern, type CardControl, type CardSnapshot, type PageSnapshot, type PasteFailure, type PasteOutcome } from '../exchange';

interface Keyed {
  apiKey: string;
  label: string;
}

export type GuideState =
  | { step: 'loading' }
  | { step: 'no-cards' }
  | { step: 'no-list' }
  | ({ step: 'choose'; why: 'none' | 'several' | 'asked'; count: number } & Partial<Keyed>)
  // The key needs addresses: Paste opens its form (if it is not open yet) and fills it.
  | ({ step: 'ready'; toAdd: number; total: number; editing: boolean } & Keyed)
  | ({ step: 'pasting' } & Keyed)
  | ({ step: 'paste-failed'; reason: PasteFailure; detail?: string } & Keyed)
  // `saveClicked`: the user's own click on this card's Save, since the paste or their last Cancel.
  | ({ step: 'save'; added: string[]; kept: number; withdrawalsOn: boolean; spotMissing: boolean; spotDeclined: boolean; saveClicked: boolean } & Keyed)
  // `runId`: the background took the save; `reportFailed`: it could not be told.
  | ({ step: 'done'; added: string[]; total: number; runId?: string; reportFailed?: boolean } & Keyed)
  // Nothing to add; `spotOff` when Spot & Margin trading is still off.
  | ({ step: 'complete'; count: number; spotOff: boolean; editing: boolean } & Keyed);

export type GuideEvent =
  | { type: 'snapshot'; page: PageSnapshot }
  | { type: 'list-timeout' }
  | { type: 'choose'; apiKey: string }
  // The user's own click inside a key's card, as the page saw it (never stopped).
  | { type: 'card-clicked'; apiKey: string; control: CardControl | undefined }
  | { type: 'choose-another' }
  | { type: 'paste-clicked' }
  | { type: 'spot-clicked' }
  | { type: 'paste-failed'; reason: PasteFailure; detail?: string }
  | { type: 'pasted'; added: string[]; kept: number; withdrawalsOn: boolean; spotMissing: boolean; spotDeclined: boolean }
  | { type: 'withdrawals-off-clicked' }
  | { type: 'withdrawals-off' }
  | { type: 'save-clicked' }
  | { type: 'cancel-clicked' }
  | { type: 'save-reported'; runId: string }
  | { type: 'report-failed' }
  | { type: 'open-bitsgap-clicked' };

/** What the session does for the machine: every effect on the page or the background. */
export type Command =
  | { type: 'paste'; apiKey: string; toAdd: string[]; spotOnly: boolean }
  | { type: 'turn-off-withdrawals'; apiKey: string }
  | { type: 'report-save'; label: string; added: string[] }
  | { type: 'open-bitsgap' };

export interface Transition {
  state: GuideState;
  commands: Command[];
}

export const INITIAL: GuideState = { step: 'loading' };

/** What a paste's outcome tells the machine. */
export function pasteEvent(outcome: PasteOutcome): GuideEvent {
  if (!outcome.ok) return { type: 'paste-failed', reason: outcome.reason, detail: outcome.detail };
  const { added, kept, withdrawalsOn, spotMissing, spotDeclined } = outcome;
  return { type: 'pasted', added, kept: kept.length, withdrawalsOn, spotMissing, spotDeclined };
}

function keyed(state: GuideState): Keyed | undefined {
  return 'apiKey' in state && state.apiKey !== undefined && state.label !== undefined ? { apiKey: state.apiKey, label: state.label } : undefined;
}

function matching(page: PageSnapshot): CardSnapshot[] {
  return page.cards.filter((c) => matchesPattern(c.label, page.pattern));
}

/** What the card asks of the user, for a key that has been chosen. */
function stepFor(card: CardSnapshot, prev: GuideState): GuideState {
  const key = { apiKey: card.apiKey, label: card.label };
  const nothingToAdd = card.plan.toAdd.length === 0 && (card.editing ? card.restricted : card.ips.length > 0);
  if (card.editing && (prev.step === 'pasting' || prev.step === 'paste-failed' || prev.step === 'save')) return prev;
  if (!card.editing && prev.step === 'save' && prev.saveClicked && nothingToAdd) {
    // Saved: the user clicked Save and the read view now lists every address. A form that
    // closed any other way (Cancel, Esc, a re-render, a page drawing tags) is not a save.
    return { step: 'done', ...key, added: prev.added, total: card.plan.required };
  }
  if (prev.step === 'done' && prev.apiKey === card.apiKey && !card.editing && nothingToAdd) return prev;
  if (nothingToAdd) return { step: 'complete', ...key, count: card.plan.required, spotOff: card.spotOn === false, editing: card.editing };
  return { step: 'ready', ...key, toAdd: card.plan.toAdd.length, total: card.plan.total, editing: card.editing };
}

function fromSnapshot(state: GuideState, page: PageSnapshot): GuideState {
  if (!page.trusted || page.trusted.length === 0) return { step: 'no-list' };
  if (page.cards.length === 0) return state.step === 'no-cards' ? state : { step: 'loading' };
  const chosen = keyed(state);
  const card = chosen && page.cards.find((c) => c.apiKey === chosen.apiKey);
  if (card) return stepFor(card, state);
  if (state.step === 'choose' && state.why === 'asked') return { ...state, count: page.cards.length };
  const matches = matching(page);
  if (matches.length === 1) return stepFor(matches[0]!, INITIAL);
  return { step: 'choose', why: matches.length === 0 ? 'none' : 'several', count: matches.length };
}

/** The machine: the next step and what to do for it. `page` is the latest snapshot. */
export function step(state: GuideState, event: GuideEvent, page: PageSnapshot | undefined): Transition {
  const stay: Transition = { state, commands: [] };
  const card = (apiKey: string) => page?.cards.find((c) => c.apiKey === apiKey);
  switch (event.type) {
    case 'snapshot': {
      const next = fromSnapshot(state, event.page);
      // The only way into "done" is a save: report it once, as it happens.
      const saved = next.step === 'done' && state.step === 'save';
      return { state: next, commands: saved ? [{ type: 'report-save', label: next.label, added: next.added }] : [] };
    }
    case 'list-timeout':
      return state.step === 'loading' ? { state: { step: 'no-cards' }, commands: [] } : stay;
    case 'choose': {
      const chosen = card(event.apiKey);
      return chosen && page?.trusted ? { state: stepFor(chosen, INITIAL), commands: [] } : stay;
    }
    case 'card-clicked':
      // While the guide asks which key, a click on a card chooses it; on the chosen key's form,
      // its Save and Cancel are what the user did.
      if (state.step === 'choose') return step(state, { type: 'choose', apiKey: event.apiKey }, page);
      if (state.step !== 'save' || state.apiKey !== event.apiKey) return stay;
      if (event.control === 'save') return step(state, { type: 'save-clicked' }, page);
      return event.control === 'cancel' ? step(state, { type: 'cancel-clicked' }, page) : stay;
    case 'choose-another':
      return { state: { step: 'choose', why: 'asked', count: page?.cards.length ?? 0 }, commands: [] };
    case 'paste-clicked':
    case 'spot-clicked': {
      const spotOnly = event.type === 'spot-clicked';
      // Paste where addresses are missing (or a try failed); Spot & Margin alone where none are.
      if (state.step !== 'ready' && state.step !== 'paste-failed' && state.step !== 'complete') return stay;
      if (spotOnly !== (state.step === 'complete')) return stay;
      const chosen = card(state.apiKey);
      if (!chosen) return stay;
      return {
        state: { step: 'pasting', apiKey: state.apiKey, label: state.label },
        commands: [{ type: 'paste', apiKey: state.apiKey, toAdd: spotOnly ? [] : chosen.plan.toAdd, spotOnly }],
      };
    }
    case 'paste-failed':
      return state.step === 'pasting' ? { state: { step: 'paste-failed', apiKey: state.apiKey, label: state.label, reason: event.reason, detail: event.detail }, commands: [] } : stay;
    case 'pasted':
      return state.step === 'pasting'
        ? { state: { step: 'save', apiKey: state.apiKey, label: state.label, added: event.added, kept: event.kept, withdrawalsOn: event.withdrawalsOn, spotMissing: event.spotMissing, spotDeclined: event.spotDeclined, saveClicked: false }, commands: [] }
        : stay;
    case 'withdrawals-off-clicked':
      return state.step === 'save' && state.withdrawalsOn ? { state, commands: [{ type: 'turn-off-withdrawals', apiKey: state.apiKey }] } : stay;
    case 'withdrawals-off':
      return state.step === 'save' ? { state: { ...state, withdrawalsOn: false }, commands: [] } : stay;
    case 'save-clicked':
      return state.step === 'save' ? { state: { ...state, saveClicked: true }, commands: [] } : stay;
    case 'cancel-clicked':
      return state.step === 'save' ? { state: { ...state, saveClicked: false }, commands: [] } : stay;
    case 'save-reported':
      return state.step === 'done' ? { state: { ...state, runId: event.runId }, commands: [] } : stay;
    case 'report-failed':
      return state.step === 'done' ? { state: { ...state, reportFailed: true }, commands: [] } : stay;
    case 'open-bitsgap-clicked':
      return { state, commands: [{ type: 'open-bitsgap' }] };
  }
}
