// What the guide says and offers at each step, in the user's language.
import type { PasteFailure } from '../exchange';
import { t, tn, type MessageKey } from '../i18n';
import { MAX_IPS_PER_KEY } from '../ip-text';
import { needsManualRefresh, refreshResultText } from '../refresh-text';
import type { RunResult } from '../domain';
import type { GuideEvent, GuideState } from './machine';

const FAILURE_TEXT: Record<PasteFailure, MessageKey> = {
  'not-loaded': 'guideFailNotLoaded',
  'not-editing': 'guideFailNotEditing',
  'no-radios': 'guideFailNoRadios',
  'no-input': 'guideFailNoInput',
  'over-limit': 'guideFailOverLimit',
  'not-accepted': 'guideFailNotAccepted',
  'form-gone': 'guideFailFormGone',
  aborted: 'guideFailAborted',
};

/** Each action is the event the user's click on it sends to the machine. */
export type ActionEvent = Extract<GuideEvent, { type: 'paste-clicked' | 'spot-clicked' | 'withdrawals-off-clicked' | 'choose-another' | 'open-bitsgap-clicked' }>;

export interface StepView {
  stepLabel?: string;
  message: string;
  notes: string[];
  actions: { event: ActionEvent; label: string; primary?: boolean }[];
}

// The numbered steps: Paste, then Save with 2FA, then the result.
export const STEP_COUNT = 3;
const STEP_NUMBER: Partial<Record<GuideState['step'], number>> = {
  ready: 1,
  pasting: 1,
  'paste-failed': 1,
  save: 2,
  done: 3,
  complete: 3,
};

/** `refresh` is the outcome of the background's refresh after this page's save, once known. */
export function viewFor(state: GuideState, pattern: string, signedOut: boolean, refresh?: RunResult): StepView {
  const n = STEP_NUMBER[state.step];
  const stepLabel = n ? t('guideStepOf', [String(n), String(STEP_COUNT)]) : undefined;
  const chooseAnother = { event: { type: 'choose-another' } as const, label: t('guideChooseAnother') };
  switch (state.step) {
    case 'loading':
      return { message: t('guideLoading'), notes: [], actions: [] };
    case 'no-cards':
      return { message: t('guideNoCards'), notes: [], actions: [] };
    case 'no-list':
      return { message: signedOut ? t('guideSignedOut') : t('guideNoList'), notes: [], actions: [] };
    case 'choose':
      return {
        message: state.why === 'several' ? tn('guideChooseSeveral', state.count, [String(state.count), pattern]) : state.why === 'none' ? t('guideChooseNone', pattern) : t('guideChooseAsked'),
        notes: [],
        actions: [],
      };
    case 'ready':
      return {
        stepLabel,
        // Users who prefer to open the form themselves are pointed at Edit restrictions.
        message: state.editing ? t('guidePasteReady', [state.label]) : t('guideClickEdit', state.label),
        notes: state.total > MAX_IPS_PER_KEY ? [tn('guideOverLimitAhead', state.total)] : [],
        actions: [{ event: { type: 'paste-clicked' }, label: tn('guidePasteButton', state.toAdd), primary: true }, chooseAnother],
      };
    case 'pasting':
      return { stepLabel, message: t('guidePasting'), notes: [], actions: [] };
    case 'paste-failed':
      return {
        stepLabel,
        message: t(FAILURE_TEXT[state.reason]) + (state.detail ? ` (${state.detail})` : ''),
        notes: [t('guideFailCancelHint')],
        actions: [{ event: { type: 'paste-clicked' }, label: t('guideRetry') }, chooseAnother],
      };
    case 'save': {
      const notes: string[] = [];
      if (state.withdrawalsOn) notes.push(t('guideWithdrawalsOn'));
      if (state.spotMissing) notes.push(t('guideSpotMissing'));
      if (state.spotDeclined) notes.push(t('guideSpotDeclined'));
      return {
        stepLabel,
        message: t('guideSaveNow', [String(state.added.length), String(state.kept)]),
        notes,
        actions: state.withdrawalsOn ? [{ event: { type: 'withdrawals-off-clicked' }, label: t('guideTurnOffWithdrawals') }] : [],
      };
    }
    case 'done': {
      const result = refresh ?? 'pending';
      const open = needsManualRefresh(result) ? [{ event: { type: 'open-bitsgap-clicked' } as const, label: t('openBitsgapExchanges'), primary: true }] : [];
      return { stepLabel, message: tn('guideDone', state.total, [state.label, String(state.total)]), notes: [refreshResultText(result)], actions: [...open, chooseAnother] };
    }
    case 'complete':
      return {
        stepLabel,
        message: tn('guideAlready', state.count, [state.label, String(state.count)]),
        notes: state.spotOff ? [t('guideSpotOff')] : [],
        actions: [...(state.spotOff ? [{ event: { type: 'spot-clicked' } as const, label: t('guideTurnOnSpot'), primary: true }] : []), chooseAnother],
      };
  }
}
