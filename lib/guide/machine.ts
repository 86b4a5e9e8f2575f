// The guide's steps as one small state machine. The content script feeds it what the page
// shows (a snapshot per animation frame) and what the user did; it answers with the step to
// show. It holds no DOM: everything it knows comes in through events.
import { canonicalIp, planForKey } from '../ip';
import type { PasteFailure } from '../binance/fill';

export interface CardSnapshot {
  apiKey: string;
  label: string;
  editing: boolean;
  /** Addresses the card shows: the read view's list, or the edit form's tags. */
  ips: string[];
  /** In the edit form: "trusted IPs only" is selected. */
  restrictedSelected: boolean;
}

export interface PageSnapshot {
  cards: CardSnapshot[];
  trusted: string[] | null;
  pattern: string;
}

interface Keyed {
  apiKey: string;
  label: string;
}

export type GuideState =
  | { step: 'loading' }
  | { step: 'no-cards' }
  | { step: 'no-list' }
  | ({ step: 'choose'; why: 'none' | 'several' | 'asked'; count: number } & Partial<Keyed>)
  | ({ step: 'edit' } & Keyed)
  | ({ step: 'paste'; toAdd: number; total: number } & Keyed)
  | ({ step: 'pasting' } & Keyed)
  | ({ step: 'paste-failed'; reason: PasteFailure; detail?: string } & Keyed)
  // `saveClicked`: the user's own click on this card's Save, since the paste or their last Cancel.
  | ({ step: 'save'; added: string[]; kept: number; withdrawalsOn: boolean; spotMissing: boolean; saveClicked: boolean } & Keyed)
  | ({ step: 'done'; added: string[]; ips: string[] } & Keyed)
  | ({ step: 'already'; count: number } & Keyed);

export type GuideEvent =
  | { type: 'snapshot'; page: PageSnapshot }
  | { type: 'list-timeout' }
  | { type: 'choose'; apiKey: string; page: PageSnapshot }
  | { type: 'choose-another'; page: PageSnapshot }
  | { type: 'paste-start' }
  | { type: 'paste-failed'; reason: PasteFailure; detail?: string }
  | { type: 'pasted'; added: string[]; kept: number; withdrawalsOn: boolean; spotMissing: boolean }
  | { type: 'withdrawals-off' }
  | { type: 'save-clicked' }
  | { type: 'cancel-clicked' };

export const INITIAL: GuideState = { step: 'loading' };

function matching(page: PageSnapshot): CardSnapshot[] {
  const needle = page.pattern.trim().toLowerCase();
  return page.cards.filter((c) => c.label.toLowerCase().includes(needle));
}

function keyed(state: GuideState): Keyed | undefined {
  return 'apiKey' in state && state.apiKey !== undefined && state.label !== undefined
    ? { apiKey: state.apiKey, label: state.label }
    : undefined;
}

/** What the card's state asks of the user, for a key that has been chosen. */
function stepFor(card: CardSnapshot, trusted: string[], prev: GuideState): GuideState {
  const key = { apiKey: card.apiKey, label: card.label };
  if (card.editing) {
    if (prev.step === 'pasting' || prev.step === 'paste-failed' || prev.step === 'save') return prev;
    const plan = planForKey(trusted, card.restrictedSelected ? card.ips : []);
    return { step: 'paste', ...key, toAdd: plan.toAdd.length, total: plan.total };
  }
  const have = new Set(card.ips.map(canonicalIp));
  const complete = trusted.every((ip) => have.has(ip));
  if (prev.step === 'save' && prev.saveClicked && complete) {
    // Saved: the user clicked Save and the read view now lists every address. A form that
    // closed any other way (Cancel, Esc, a re-render, a page drawing tags) is not a save.
    return { step: 'done', ...key, added: prev.added, ips: trusted };
  }
  if (prev.step === 'done' && complete) return prev;
  return complete ? { step: 'already', ...key, count: trusted.length } : { step: 'edit', ...key };
}

export function reduce(state: GuideState, event: GuideEvent): GuideState {
  switch (event.type) {
    case 'list-timeout':
      return state.step === 'loading' ? { step: 'no-cards' } : state;
    case 'choose-another':
      return { step: 'choose', why: 'asked', count: event.page.cards.length };
    case 'choose': {
      const card = event.page.cards.find((c) => c.apiKey === event.apiKey);
      if (!card || !event.page.trusted) return state;
      return stepFor(card, event.page.trusted, { step: 'loading' });
    }
    case 'paste-start':
      return state.step === 'paste' || state.step === 'paste-failed' ? { step: 'pasting', apiKey: state.apiKey, label: state.label } : state;
    case 'paste-failed':
      return state.step === 'pasting' ? { step: 'paste-failed', apiKey: state.apiKey, label: state.label, reason: event.reason, detail: event.detail } : state;
    case 'pasted':
      return state.step === 'pasting'
        ? { step: 'save', apiKey: state.apiKey, label: state.label, added: event.added, kept: event.kept, withdrawalsOn: event.withdrawalsOn, spotMissing: event.spotMissing, saveClicked: false }
        : state;
    case 'save-clicked':
      return state.step === 'save' ? { ...state, saveClicked: true } : state;
    case 'cancel-clicked':
      return state.step === 'save' ? { ...state, saveClicked: false } : state;
    case 'withdrawals-off':
      return state.step === 'save' ? { ...state, withdrawalsOn: false } : state;
    case 'snapshot':
      return fromSnapshot(state, event.page);
  }
}

function fromSnapshot(state: GuideState, page: PageSnapshot): GuideState {
  if (!page.trusted || page.trusted.length === 0) return { step: 'no-list' };
  if (page.cards.length === 0) return state.step === 'no-cards' ? state : { step: 'loading' };
  const chosen = keyed(state);
  const card = chosen && page.cards.find((c) => c.apiKey === chosen.apiKey);
  if (card) return stepFor(card, page.trusted, state);
  if (state.step === 'choose' && state.why === 'asked') return { ...state, count: page.cards.length };
  const matches = matching(page);
  if (matches.length === 1) return stepFor(matches[0]!, page.trusted, { step: 'loading' });
  return { step: 'choose', why: matches.length === 0 ? 'none' : 'several', count: matches.length };
}

/** True once per save: the transition from waiting for Save to a verified saved list. */
export function justSaved(prev: GuideState, next: GuideState): next is Extract<GuideState, { step: 'done' }> {
  return prev.step === 'save' && next.step === 'done';
}
