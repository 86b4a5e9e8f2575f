// Types into Binance's own edit form, the way a person would: its radios, its checkbox, its
// address input and its Confirm button. Never Save, never Delete, nothing on another card.
// One paste is a plan and five small steps (open the form, restrict, enter, verify, Spot &
// Margin), each with its own wait and its own undo.
import { observe, whyUnseen } from '../dom';
import type { PasteFailure, PasteOutcome, PasteRequest } from '../exchange';
import { canonicalIp, MAX_IPS_PER_KEY, planForKey, type KeyPlan } from '../ip-text';
import { findAddressRemover, findConfirmButton, findEditButton, findIpInput, findListedIps, findPermission, findRestrictionRadios, isChecked, isEditing } from './locate';
import { findPageModal } from './dialogs';
import type { pageOutline } from './report';
import type { PageWords } from './words';

export interface PasteInput extends Omit<PasteRequest, 'apiKey'> {
  /** Finds the card afresh: React may replace it at any render. */
  getCard: () => Element | undefined;
  words: PageWords[];
  /** How long to wait for the page to react to one action. */
  stepTimeoutMs?: number;
}

/** What the guide loads on the user's first Paste (entrypoints/paste.ts), or to copy a report. */
export interface FormFiller {
  pasteTrustedIps: typeof pasteTrustedIps;
  turnOffWithdrawals: typeof turnOffWithdrawals;
  removeAddress: typeof removeAddress;
  pageOutline: typeof pageOutline;
  saveAsDrawn: typeof saveAsDrawn;
}

// Binance may take seconds (a spinner) between Edit restrictions and its form.
const FORM_TIMEOUT_MS = 15_000;
// How long the form may take before the guide says it is waiting for it.
const SAY_WAITING_MS = 400;

class Stop extends Error {
  constructor(
    readonly reason: PasteFailure,
    readonly detail?: string,
  ) {
    super(reason);
  }
}

/** Waits until `check` gives a value, re-checking on every change to the document; no timeout when undefined. */
function waitFor<T>(check: () => T | undefined, timeoutMs: number | undefined, signal: AbortSignal): Promise<T | undefined> {
  const first = check();
  if (first !== undefined) return Promise.resolve(first);
  return new Promise((resolve, reject) => {
    // Ends the watch, the timer and the abort listener together, and settles once.
    const waiting = new AbortController();
    const finish = (settle: () => void) => {
      if (waiting.signal.aborted) return;
      waiting.abort();
      clearTimeout(timer);
      settle();
    };
    // A check that throws (the form is gone) ends the wait with that reason, never silently.
    const attempt = (last: boolean) => {
      try {
        const value = check();
        if (value !== undefined || last) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    observe(document.documentElement, () => attempt(false), { signal: AbortSignal.any([signal, waiting.signal]), subtree: true, childList: true, attributes: true, characterData: true });
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => attempt(true), timeoutMs);
    signal.addEventListener('abort', () => finish(() => resolve(undefined)), { once: true, signal: waiting.signal });
  });
}

/** Sets a React-controlled input: the prototype's native setter, then the event React listens for. */
export function setReactInputValue(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function pressEnter(input: Element): void {
  for (const type of ['keydown', 'keypress', 'keyup']) input.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true }));
}

/** Undo's click: undo runs when no one is left to answer a dialog. */
function clickNow(el: Element): void {
  (el as HTMLElement).click();
}

/** What every step works with: the form, found afresh, its waits and clicks, and what to undo. */
interface Paste {
  input: PasteInput;
  /** The card in edit mode; throws when it is gone or the paste was stopped. */
  form(): Element;
  /** The card in edit mode, even after a stop: what undo works on. */
  undoing(): Element;
  /** Waits up to a step's time for `check`; throws if the paste was stopped meanwhile. */
  settle<T>(check: () => T | undefined): Promise<T | undefined>;
  /** Clicks once the page has no dialog of its own open: the user answers those, never us. */
  click(el: Element): Promise<void>;
  /** A modal of the page's own is open (Binance asking to confirm, its 2FA after the user's Save, a notice). */
  asking(): boolean;
  /** Returns once the user has answered any open modal. */
  answered(): Promise<void>;
  /** Addresses Binance would not take. */
  refused: string[];
  /** What this paste changed, to put back if it is stopped with no one left to tell. */
  undo: (() => void)[];
}

function begin(input: PasteInput): Paste {
  const { signal } = input;
  const timeout = input.stepTimeoutMs ?? 2000;
  const doc = input.getCard()?.ownerDocument ?? document;
  const stopped = () => {
    if (signal.aborted) throw new Stop('aborted');
  };
  const paste: Paste = {
    input,
    form() {
      stopped();
      return paste.undoing();
    },
    undoing() {
      const el = input.getCard();
      if (!el || !isEditing(el)) throw new Stop('form-gone');
      return el;
    },
    async settle(check) {
      const value = await waitFor(check, timeout, signal);
      stopped();
      return value;
    },
    async click(el) {
      await paste.answered();
      (el as HTMLElement).click();
    },
    asking: () => findPageModal(doc) !== undefined,
    async answered() {
      if (!paste.asking()) return;
      await waitFor(() => (paste.asking() ? undefined : true), undefined, signal);
      stopped();
    },
    undo: [],
    refused: [],
  };
  return paste;
}

/**
 * 1. The key's form open: one click on Paste does it all, a key in its read view has its form
 * opened first. Binance may take seconds to draw it: the guide says so and waits.
 */
async function openForm(p: Paste): Promise<void> {
  const start = p.input.getCard();
  if (start && !isEditing(start)) {
    const edit = findEditButton(start, p.input.words);
    if (!edit) throw new Stop('not-editing');
    await p.click(edit);
  }
  const editing = () => {
    const el = p.input.getCard();
    return el && isEditing(el) ? el : undefined;
  };
  const saying = setTimeout(() => p.input.onWaiting?.(true), SAY_WAITING_MS);
  const opened = await waitFor(editing, FORM_TIMEOUT_MS, p.input.signal).finally(() => clearTimeout(saying));
  p.input.onWaiting?.(false);
  if (p.input.signal.aborted) throw new Stop('aborted');
  if (!opened) throw new Stop('not-editing');
}

/** 2. "Trusted IPs only" selected and its address input shown. Undo: back to "Unrestricted". */
async function restrict(p: Paste): Promise<void> {
  // The form's parts may appear one after another.
  const radios = await p.settle(() => findRestrictionRadios(p.form(), p.input.words));
  if (!radios) throw new Stop('no-radios');
  if (isChecked(radios.restricted)) return;
  await p.click(radios.restricted);
  p.undo.push(() => {
    const back = findRestrictionRadios(p.undoing(), p.input.words);
    if (back && !isChecked(back.unrestricted)) clickNow(back.unrestricted);
  });
  if (!(await p.settle(() => findIpInput(p.form())))) throw new Stop('no-input');
}

/** The plan, made once with the form restricted: what it lists now and whether the key would pass the limit. */
function plan(p: Paste): KeyPlan {
  const made = planForKey(p.input.trusted, findListedIps(p.form()));
  if (made.overLimit) throw new Stop('over-limit', String(made.total));
  return made;
}

/** The trusted addresses the form does not list yet, other than those Binance refused. */
function missing(p: Paste): string[] {
  const listed = new Set(findListedIps(p.form()).map(canonicalIp));
  return p.input.trusted.filter((ip) => !listed.has(ip) && !p.refused.includes(ip));
}

/** Types `value` into the address input and confirms it. Undo: the input cleared, the tags it added removed. */
async function confirmEntry(p: Paste, value: string): Promise<void> {
  const { words } = p.input;
  const field = findIpInput(p.form());
  if (!field) throw new Stop('no-input');
  // Without a Confirm button, Enter confirms ("Hit enter to confirm IPs" on Binance's page).
  const confirm = findConfirmButton(p.form(), field, words);
  const before = findListedIps(p.form()).length;
  setReactInputValue(field, value);
  p.undo.push(() => {
    const left = findIpInput(p.undoing());
    if (left && left.value !== '') setReactInputValue(left, '');
  });
  await p.settle(() => (findIpInput(p.form())?.value === value ? true : undefined));
  const had = new Set(findListedIps(p.form()).map(canonicalIp));
  if (confirm) await p.click(confirm);
  else {
    await p.answered();
    pressEnter(findIpInput(p.form()) ?? field);
  }
  p.undo.push(() => {
    for (const ip of findListedIps(p.undoing())) if (!had.has(canonicalIp(ip))) findAddressRemover(p.undoing(), ip)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  await p.settle(() => (findListedIps(p.form()).length > before ? true : undefined));
}

/**
 * 3. The addresses entered: all at once, then one at a time where Binance refused the batch.
 * An address Binance refuses on its own is noted and the paste goes on with the others; the
 * input is left empty, not holding what was refused.
 */
async function enter(p: Paste): Promise<void> {
  if (p.input.toAdd.length === 0) return;
  await confirmEntry(p, p.input.toAdd.join(','));
  for (const ip of missing(p)) {
    await confirmEntry(p, ip);
    if (missing(p).includes(ip)) p.refused.push(ip);
  }
  const field = findIpInput(p.form());
  if (p.refused.length > 0 && field && field.value !== '') setReactInputValue(field, '');
}

/** 4. Every trusted address shows as an entry, and the key stays within Binance's limit. */
function verify(p: Paste): void {
  const left = missing(p);
  if (left.length > 0) throw new Stop('not-accepted', left.join(', '));
  const total = findListedIps(p.form()).length;
  if (total > MAX_IPS_PER_KEY) throw new Stop('over-limit', String(total));
}

/**
 * 5. Spot & Margin on, last: Binance confirms that permission on a key without an IP
 * restriction. If it asks anyway, the user answers; their "no" is kept and reported, never
 * overridden. Undo: off again.
 */
async function enableSpot(p: Paste): Promise<{ spotMissing: boolean; spotDeclined: boolean }> {
  const { words, enableSpot: wanted } = p.input;
  const spotOn = () => {
    const box = findPermission(p.form(), words, 'spotMargin');
    return box !== undefined && isChecked(box);
  };
  // The permissions may be drawn after the rest of the form.
  const spot = wanted ? await p.settle(() => findPermission(p.form(), words, 'spotMargin')) : undefined;
  if (!wanted || !spot || isChecked(spot)) return { spotMissing: wanted && !spot, spotDeclined: false };
  await p.click(spot);
  await p.settle(() => (spotOn() || p.asking() ? true : undefined));
  await p.answered();
  if (!spotOn()) return { spotMissing: false, spotDeclined: true };
  p.undo.push(() => {
    const box = findPermission(p.undoing(), words, 'spotMargin');
    if (box && isChecked(box)) clickNow(box);
  });
  return { spotMissing: false, spotDeclined: false };
}

/** Does what the contract's Paste section says, then reads the tags back to check. */
export async function pasteTrustedIps(input: PasteInput): Promise<PasteOutcome> {
  const p = begin(input);
  try {
    await openForm(p);
    await restrict(p);
    let made: KeyPlan;
    try {
      made = plan(p);
    } catch (error) {
      // Refused before anything was typed: the form goes back to how the user had it.
      undoAll(p.undo);
      throw error;
    }
    await enter(p);
    verify(p);
    const spot = await enableSpot(p);
    const withdrawals = findPermission(p.form(), input.words, 'withdrawals');
    return { ok: true, added: [...input.toAdd], kept: made.kept, refused: [...p.refused], ...spot, withdrawalsOn: withdrawals ? isChecked(withdrawals) : false };
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    if (error.reason === 'aborted') undoAll(p.undo);
    return { ok: false, reason: error.reason, detail: error.detail };
  }
}

/** Undoes in reverse order; a step that no longer applies (its control is gone) is skipped. */
function undoAll(steps: (() => void)[]): void {
  for (const step of steps.splice(0).reverse()) {
    try {
      step();
    } catch {
      // The form itself is gone: nothing left to put back.
    }
  }
}

/** Turns "Enable Withdrawals" off, on the user's explicit request. */
export function turnOffWithdrawals(card: Element, words: PageWords[]): boolean {
  const box = findPermission(card, words, 'withdrawals');
  if (!box || !isChecked(box)) return false;
  clickNow(box);
  return true;
}

/** Removes one address from the form with the page's own control on its tag, on the user's request. */
export function removeAddress(card: Element, ip: string): boolean {
  const remover = findAddressRemover(card, ip);
  remover?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  return remover !== undefined;
}

/**
 * True when the form's Save is drawn as the page's own: seen, and inside its card. A page can
 * stretch it invisibly over the window so that a click meant for something else lands on it.
 */
export function saveAsDrawn(card: Element, save: Element): boolean {
  const a = save.getBoundingClientRect();
  const b = card.getBoundingClientRect();
  return !whyUnseen(save) && a.left >= b.left - 1 && a.top >= b.top - 1 && a.right <= b.right + 1 && a.bottom <= b.bottom + 1;
}
