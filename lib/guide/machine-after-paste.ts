// The guide's machine (lib/guide/machine.ts) from the moment a paste has run: its outcome, the
// Save step (the user's Save and 2FA, addresses the page added), the saved key. Shipped with the
// form filler (entrypoints/paste.ts): only a paste leads to these steps.
import type { CardSnapshot, PasteOutcome } from '../exchange';
import { canonicalIp } from '../ip-text';
import type { AfterPaste, GuideEvent } from './machine';

/** What a paste's outcome tells the machine. */
export function pasteEvent(outcome: PasteOutcome): GuideEvent {
  if (!outcome.ok) return { type: 'paste-failed', reason: outcome.reason, detail: outcome.detail };
  const { added, kept, refused, withdrawalsOn, spotMissing, spotDeclined } = outcome;
  return { type: 'pasted', added, kept: kept.length, known: [...kept, ...added.filter((ip) => !refused.includes(ip))], refused, withdrawalsOn, spotMissing, spotDeclined };
}

/** Addresses the card shows that neither the user kept nor Bitsgap's list has. */
function strangersOn(card: CardSnapshot, known: readonly string[], trusted: readonly string[]): string[] {
  const ok = new Set([...known, ...trusted].map(canonicalIp));
  return card.ips.filter((ip) => !ok.has(canonicalIp(ip)));
}

export const afterPaste: AfterPaste = {
  stepFor(card, prev, page, nothingToAdd) {
    if (card.editing && prev.step === 'save') return { ...prev, strangers: strangersOn(card, prev.known, page.trusted ?? []) };
    if (!card.editing && prev.step === 'save' && prev.saveClicked && prev.twoFa !== 'open' && nothingToAdd) {
      // Saved: the user clicked Save (and answered the 2FA, if one came), and the read view now
      // lists every address. A form that closed any other way (Cancel, Esc, a re-render, a page
      // drawing tags or closing the 2FA itself) is not a save.
      return { step: 'done', apiKey: card.apiKey, label: card.label, added: prev.added, total: card.plan.required, refused: prev.refused, strangers: strangersOn(card, prev.known, page.trusted ?? []) };
    }
    if (prev.step === 'done' && prev.apiKey === card.apiKey && !card.editing && nothingToAdd) return prev;
    return undefined;
  },
  advance(state, event, page, to, again) {
    const stay = { state, commands: [] };
    const card = (apiKey: string) => page?.cards.find((c) => c.apiKey === apiKey);
    switch (event.type) {
      case 'paste-failed': {
        if (state.step !== 'pasting') return stay;
        const key = { apiKey: state.apiKey, label: state.label };
        // The form closed under the paste because the user saved (or cancelled) it: that is what
        // happened, not a failure. The read view says whether it was a save.
        if (event.reason === 'form-gone' && state.saveClicked) {
          return to({ step: 'save', ...key, added: state.toAdd, kept: state.had.length, known: [...state.had, ...state.toAdd], strangers: [], refused: [], withdrawalsOn: false, spotMissing: false, spotDeclined: false, saveClicked: true, twoFa: state.twoFa });
        }
        if (event.reason === 'form-gone' && state.cancelled) {
          const chosen = card(state.apiKey);
          return chosen ? to({ ...again(chosen, { step: 'ready', ...key, toAdd: 0, total: 0, editing: false, notSaved: true, refusals: state.refusals }) }) : stay;
        }
        return to({ step: 'paste-failed', ...key, reason: event.reason, detail: event.detail });
      }
      case 'pasted': {
        if (state.step !== 'pasting') return stay;
        const known = event.known ?? [...state.had, ...event.added];
        const chosen = card(state.apiKey);
        return to({
          step: 'save',
          apiKey: state.apiKey,
          label: state.label,
          added: event.added,
          kept: event.kept,
          known,
          strangers: chosen && page ? strangersOn(chosen, known, page.trusted ?? []) : [],
          refused: event.refused ?? [],
          withdrawalsOn: event.withdrawalsOn,
          // No word about a control the key does not need: Spot & Margin was on already.
          spotMissing: event.spotMissing && !state.spotWasOn,
          spotDeclined: event.spotDeclined,
          saveClicked: state.saveClicked,
          twoFa: state.twoFa,
        });
      }
      case 'withdrawals-off-clicked':
        return state.step === 'save' && state.withdrawalsOn ? { state, commands: [{ type: 'turn-off-withdrawals', apiKey: state.apiKey }] } : stay;
      case 'withdrawals-off':
        return state.step === 'save' ? to({ ...state, withdrawalsOn: false }) : stay;
      case 'remove-clicked':
        return state.step === 'save' && state.strangers.includes(event.ip) ? { state, commands: [{ type: 'remove-address', apiKey: state.apiKey, ip: event.ip }] } : stay;
      case 'save-clicked':
        if (state.step === 'pasting') return to({ ...state, saveClicked: true, twoFa: 'none', cancelled: false });
        return state.step === 'save' ? to({ ...state, saveClicked: true, twoFa: 'none' }) : stay;
      case 'cancel-clicked':
        if (state.step === 'pasting') return to({ ...state, saveClicked: false, twoFa: 'none', cancelled: true });
        return state.step === 'save' ? to({ ...state, saveClicked: false, twoFa: 'none' }) : stay;
      case 'two-fa': {
        if ((state.step !== 'save' && state.step !== 'pasting') || !state.saveClicked) return stay;
        if (event.open) return state.twoFa === 'none' ? to({ ...state, twoFa: 'open' }) : stay;
        // The 2FA closed without the user's own key press or click in it: not their save.
        return state.twoFa === 'open' ? to({ ...state, saveClicked: false, twoFa: 'none' }) : stay;
      }
      case 'two-fa-answered':
        return (state.step === 'save' || state.step === 'pasting') && state.saveClicked ? to({ ...state, twoFa: 'answered' }) : stay;
      case 'save-reported':
        return state.step === 'done' ? to({ ...state, runId: event.runId }) : stay;
      case 'report-failed':
        return state.step === 'done' ? to({ ...state, reportFailed: true }) : stay;
      default:
        return undefined;
    }
  },
};
