// What the guide says and offers at each step, in the user's language: the stage of the whole
// journey it is in, one sentence of what happens next, and one primary action.
import type { RunResult } from '../domain';
import { t, tn } from '../i18n';
import { MAX_IPS_PER_KEY } from '../ip-text';
import type { GuideEvent, GuideState } from './machine';

/** The journey's four stages (get the list, paste, save with 2FA, refresh on Bitsgap), then done. */
export type Stage = 1 | 2 | 3 | 4 | 'done';

/** Each action is the event the user's click on it sends to the machine. */
export type ActionEvent = Extract<GuideEvent, { type: 'paste-clicked' | 'spot-clicked' | 'withdrawals-off-clicked' | 'choose-another' | 'open-bitsgap-clicked' | 'choose' | 'remove-clicked' | 'report-clicked' }>;

export interface StepView {
  stage: Stage;
  message: string;
  notes: string[];
  actions: { event: ActionEvent; label: string; primary?: boolean; disabled?: boolean }[];
  /** Keys the guide offers `Use this key` for, beside their cards. */
  candidates?: string[];
}

export const openBitsgap = (primary: boolean) => ({ event: { type: 'open-bitsgap-clicked' } as const, label: t('openBitsgapExchanges'), primary });
export const report = () => ({ event: { type: 'report-clicked' } as const, label: t('guideCopyReport') });
export const chooseAnother = () => ({ event: { type: 'choose-another' } as const, label: t('guideChooseAnother') });

/** What the copy of a report came to, when the user asked for one. */
export function copiedNote(copied: boolean | undefined): string[] {
  return copied === undefined ? [] : [t(copied ? 'guideReportCopied' : 'guideReportNotCopied')];
}

/** What the guide says once a paste has run: lib/guide/view-after-paste.ts, shipped with the form filler. */
export type AfterPasteView = (state: Extract<GuideState, { step: 'paste-failed' | 'save' | 'done' }>, refresh: RunResult | undefined) => StepView;

/**
 * `refresh` is the outcome of the background's refresh after this page's save, once known;
 * `after` says the steps that follow a paste (loaded with it).
 */
export function viewFor(state: GuideState, pattern: string, signedOut: boolean, refresh?: RunResult, after?: AfterPasteView): StepView {
  switch (state.step) {
    case 'loading':
      return { stage: 2, message: t('guideLoading'), notes: [], actions: [] };
    case 'no-cards':
      return { stage: 2, message: t('guideNoCards'), notes: copiedNote(state.copied), actions: [report()] };
    case 'no-list':
      return { stage: 1, message: signedOut ? t('guideSignedOut') : t('guideNoList'), notes: [], actions: [openBitsgap(true)] };
    case 'choose':
      return {
        stage: 2,
        message: state.why === 'several' ? tn('guideChooseSeveral', state.count, [String(state.count), pattern]) : state.why === 'none' ? t('guideChooseNone', pattern) : t('guideChooseAsked'),
        notes: [t('guideChooseHow')],
        actions: [openBitsgap(false)],
        candidates: state.candidates,
      };
    case 'ready': {
      const over = state.total - MAX_IPS_PER_KEY;
      const notes = [...(state.notSaved ? [t('guideNotSaved')] : []), t('guideNothingSaved')];
      if (over > 0) {
        const message = tn(state.editing ? 'guideOverLimitEditing' : 'guideOverLimit', over, [String(over), state.label, String(state.total)]);
        return { stage: 2, message, notes, actions: [{ event: { type: 'paste-clicked' }, label: tn('guidePasteButton', state.toAdd), primary: true, disabled: true }, chooseAnother()] };
      }
      return {
        stage: 2,
        message: t(state.editing ? 'guidePasteReady' : 'guidePasteOpens', [state.label]),
        notes,
        actions: [{ event: { type: 'paste-clicked' }, label: tn('guidePasteButton', state.toAdd), primary: true }, chooseAnother()],
      };
    }
    case 'pasting':
      return { stage: 2, message: t(state.waitingForm ? 'guideWaitingForm' : 'guidePasting'), notes: [], actions: [] };
    case 'paste-failed':
    case 'save':
    case 'done':
      // Only a paste leads here, and it loaded what says these; if it could not load, so be it.
      return after ? after(state, refresh) : { stage: 2, message: t('guideFailNotLoaded'), notes: [], actions: [chooseAnother()] };
    case 'complete':
      return {
        stage: state.spotOff ? 2 : 'done',
        message: tn('guideAlready', state.count, [state.label, String(state.count)]),
        notes: state.spotOff ? [t('guideSpotOff')] : [],
        actions: [...(state.spotOff ? [{ event: { type: 'spot-clicked' } as const, label: t('guideTurnOnSpot'), primary: true }] : []), chooseAnother()],
      };
  }
}
