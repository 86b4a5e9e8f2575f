// Types into Binance's own edit form, the way a person would: its radios, its checkbox, its
// address input and its Confirm button. Never Save, never Delete, nothing on another card.
import { canonicalIp, planForKey } from '../ip-text';
import {
  findAddressRemover,
  findConfirmButton,
  findEditButton,
  findIpInput,
  findListedIps,
  findPermission,
  findRestrictionRadios,
  isChecked,
  findUnknownDialog,
  isEditing,
} from './locate';
import type { PageWords } from './words';

export type PasteFailure =
  | 'not-loaded'
  | 'not-editing'
  | 'no-radios'
  | 'no-input'
  | 'over-limit'
  | 'not-accepted'
  | 'form-gone'
  | 'aborted';

export type PasteOutcome =
  | {
      ok: true;
      added: string[];
      kept: string[];
      /** The Spot & Margin checkbox could not be found: the user should check it. */
      spotMissing: boolean;
      /** Binance asked to confirm Spot & Margin and the user said no: it is still off. */
      spotDeclined: boolean;
      withdrawalsOn: boolean;
    }
  | { ok: false; reason: PasteFailure; detail?: string };

export interface PasteInput {
  /** Finds the card afresh: React may replace it at any render. */
  getCard: () => Element | undefined;
  words: PageWords[];
  /** The whole trusted list, to check the result against. */
  trusted: readonly string[];
  /** What the guide's plan says to enter: the addresses the key lacks, in list order. */
  toAdd: readonly string[];
  enableSpot: boolean;
  signal: AbortSignal;
  /** How long to wait for the page to react to one action. */
  stepTimeoutMs?: number;
}

class Stop extends Error {
  constructor(
    readonly reason: PasteFailure,
    readonly detail?: string,
  ) {
    super(reason);
  }
}

/** Waits until `check` gives a value, re-checking on every change to the card's document; no timeout when undefined. */
function waitFor<T>(check: () => T | undefined, timeoutMs: number | undefined, signal: AbortSignal): Promise<T | undefined> {
  const first = check();
  if (first !== undefined) return Promise.resolve(first);
  return new Promise((resolve, reject) => {
    const finish = (settle: () => void) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
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
    const onAbort = () => finish(() => resolve(undefined));
    const observer = new MutationObserver(() => attempt(false));
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => attempt(true), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
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

/** Does what the contract's Paste section says, then reads the tags back to check. */
export async function pasteTrustedIps(input: PasteInput): Promise<PasteOutcome> {
  const { words, trusted, signal } = input;
  const timeout = input.stepTimeoutMs ?? 2000;
  const form = () => {
    const el = input.getCard();
    if (!el || !isEditing(el)) throw new Stop('form-gone');
    return el;
  };
  const card = () => {
    if (signal.aborted) throw new Stop('aborted');
    return form();
  };
  const settle = async <T>(check: () => T | undefined): Promise<T | undefined> => {
    const value = await waitFor(check, timeout, signal);
    if (signal.aborted) throw new Stop('aborted');
    return value;
  };
  // While the page has a dialog open (Binance asking to confirm, a notice), nothing is clicked:
  // the user answers it, and the paste goes on once it has closed.
  const doc = input.getCard()?.ownerDocument ?? document;
  const asking = () => findUnknownDialog(doc, words);
  const answered = async () => {
    if (!asking()) return;
    await waitFor(() => (asking() ? undefined : true), undefined, signal);
    if (signal.aborted) throw new Stop('aborted');
  };
  const click = async (el: Element) => {
    await answered();
    (el as HTMLElement).click();
  };

  // What this paste changed, to undo if it is stopped with no one left to tell (the guide was
  // removed mid-paste): the form goes back to how the user had it.
  const undo: (() => void)[] = [];
  try {
    // One click on Paste does it all: a key still in its read view has its form opened first.
    let start = input.getCard();
    if (start && !isEditing(start)) {
      const edit = findEditButton(start, words);
      if (!edit) return { ok: false, reason: 'not-editing' };
      await click(edit);
      start = await settle(() => {
        const el = input.getCard();
        return el && isEditing(el) ? el : undefined;
      });
    }
    if (!start || !isEditing(start)) return { ok: false, reason: 'not-editing' };
    const radios = findRestrictionRadios(start, words);
    if (!radios) return { ok: false, reason: 'no-radios' };

    // Check the limit before touching anything when the key is already restricted.
    if (isChecked(radios.restricted)) {
      const plan = planForKey(trusted, findListedIps(start));
      if (plan.overLimit) return { ok: false, reason: 'over-limit', detail: String(plan.total) };
    } else {
      await click(radios.restricted);
      undo.push(() => {
        const back = findRestrictionRadios(form(), words);
        if (back && !isChecked(back.unrestricted)) clickNow(back.unrestricted);
      });
      const shown = await settle(() => findIpInput(card()));
      if (!shown) return { ok: false, reason: 'no-input' };
      const plan = planForKey(trusted, findListedIps(card()));
      if (plan.overLimit) {
        // Put the form back as it was before refusing.
        const back = findRestrictionRadios(card(), words);
        if (back) await click(back.unrestricted);
        return { ok: false, reason: 'over-limit', detail: String(plan.total) };
      }
    }

    const field = await settle(() => findIpInput(card()));
    if (!field) return { ok: false, reason: 'no-input' };
    // Checking the result asks the same question as the plan did: what does the key still lack?
    const missing = () => planForKey(trusted, findListedIps(card())).toAdd;
    const kept = planForKey(trusted, findListedIps(card())).kept;

    if (input.toAdd.length > 0) {
      await enter(input.toAdd.join(','));
      // Binance may refuse a batch it does not like as a whole: then one address at a time.
      for (const ip of missing()) {
        await enter(ip);
        if (missing().includes(ip)) return { ok: false, reason: 'not-accepted', detail: ip };
      }
    }
    const left = missing();
    if (left.length > 0) return { ok: false, reason: 'not-accepted', detail: left.join(', ') };
    const after = planForKey(trusted, findListedIps(card()));
    if (after.overLimit) return { ok: false, reason: 'over-limit', detail: String(after.total) };

    // Spot & Margin last: Binance confirms that permission on a key without an IP restriction.
    // If it asks anyway, the user answers; their "no" is kept and reported, never overridden.
    const spot = findPermission(card(), words, 'spotMargin');
    let spotDeclined = false;
    if (input.enableSpot && spot && !isChecked(spot)) {
      await click(spot);
      const spotOn = () => {
        const box = findPermission(card(), words, 'spotMargin');
        return box !== undefined && isChecked(box);
      };
      await settle(() => (spotOn() || asking() ? true : undefined));
      await answered();
      if (spotOn())
        undo.push(() => {
          const box = findPermission(form(), words, 'spotMargin');
          if (box && isChecked(box)) clickNow(box);
        });
      else spotDeclined = true;
    }
    const withdrawals = findPermission(card(), words, 'withdrawals');
    return {
      ok: true,
      added: [...input.toAdd],
      kept,
      spotMissing: input.enableSpot && !spot,
      spotDeclined,
      withdrawalsOn: withdrawals ? isChecked(findPermission(card(), words, 'withdrawals') ?? withdrawals) : false,
    };

    async function enter(value: string) {
      const field = findIpInput(card());
      if (!field) throw new Stop('no-input');
      // Without a Confirm button, Enter confirms ("Hit enter to confirm IPs" on Binance's page).
      const confirm = findConfirmButton(card(), field, words);
      const before = findListedIps(card()).length;
      setReactInputValue(field, value);
      undo.push(() => {
        const left = findIpInput(form());
        if (left && left.value !== '') setReactInputValue(left, '');
      });
      await settle(() => (findIpInput(card())?.value === value ? true : undefined));
      const had = new Set(findListedIps(card()).map(canonicalIp));
      if (confirm) await click(confirm);
      else {
        await answered();
        pressEnter(findIpInput(card()) ?? field);
      }
      undo.push(() => {
        for (const ip of findListedIps(form())) if (!had.has(canonicalIp(ip))) findAddressRemover(form(), ip)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      });
      await settle(() => (findListedIps(card()).length > before ? true : undefined));
    }
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    if (error.reason === 'aborted') undoAll(undo);
    return { ok: false, reason: error.reason, detail: error.detail };
  }
}

/** Undoes in reverse order; a step that no longer applies (its control is gone) is skipped. */
function undoAll(steps: (() => void)[]): void {
  for (const step of steps.reverse()) {
    try {
      step();
    } catch {
      // The form itself is gone: nothing left to put back.
    }
  }
}

/** What the guide does to the form: loaded on the user's first Paste (entrypoints/paste.ts). */
export interface FormActions {
  pasteTrustedIps: typeof pasteTrustedIps;
  turnOffWithdrawals: typeof turnOffWithdrawals;
}

/** Turns "Enable Withdrawals" off, on the user's explicit request. */
export function turnOffWithdrawals(card: Element, words: PageWords[]): boolean {
  const box = findPermission(card, words, 'withdrawals');
  if (!box || !isChecked(box)) return false;
  clickNow(box);
  return true;
}
