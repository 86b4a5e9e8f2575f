// What the guide says and offers at each step, in the user's language.
import { t } from '../i18n';
import { needsManualRefresh, refreshResultText } from '../refresh-text';
import type { RunResult } from '../storage';
import type { PasteFailure } from '../binance/fill';
import type { GuideState } from './machine';

const FAILURE_TEXT: Record<PasteFailure, () => string> = {
  'not-editing': () => t('guideFailNotEditing'),
  'no-radios': () => t('guideFailNoRadios'),
  'no-input': () => t('guideFailNoInput'),
  'no-confirm': () => t('guideFailNoConfirm'),
  'over-limit': () => t('guideFailOverLimit'),
  'not-accepted': () => t('guideFailNotAccepted'),
  'form-gone': () => t('guideFailFormGone'),
  aborted: () => t('guideFailAborted'),
};

export type ActionId = 'paste' | 'retry' | 'turn-off-withdrawals' | 'choose-another' | 'open-bitsgap';

export interface StepView {
  stepLabel?: string;
  message: string;
  notes: string[];
  actions: { id: ActionId; label: string; primary?: boolean }[];
}

const STEP_NUMBER: Partial<Record<GuideState['step'], number>> = {
  edit: 1,
  paste: 2,
  pasting: 2,
  'paste-failed': 2,
  save: 3,
  done: 4,
  already: 4,
};

/** `refresh` is the outcome of the background's refresh after this page's save, once known. */
export function viewFor(state: GuideState, pattern: string, signedOut: boolean, refresh?: RunResult): StepView {
  const n = STEP_NUMBER[state.step];
  const stepLabel = n ? t('guideStepOf', [String(n), '4']) : undefined;
  const chooseAnother = { id: 'choose-another' as const, label: t('guideChooseAnother') };
  switch (state.step) {
    case 'loading':
      return { message: t('guideLoading'), notes: [], actions: [] };
    case 'no-cards':
      return { message: t('guideNoCards'), notes: [], actions: [] };
    case 'no-list':
      return { message: signedOut ? t('guideSignedOut') : t('guideNoList'), notes: [], actions: [] };
    case 'choose':
      return {
        message:
          state.why === 'several'
            ? t('guideChooseSeveral', [String(state.count), pattern])
            : state.why === 'none'
              ? t('guideChooseNone', pattern)
              : t('guideChooseAsked'),
        notes: [],
        actions: [],
      };
    case 'edit':
      return { stepLabel, message: t('guideClickEdit', state.label), notes: [], actions: [chooseAnother] };
    case 'paste':
      return {
        stepLabel,
        message: t('guidePasteReady', [state.label]),
        notes: state.total > 30 ? [t('guideOverLimitAhead', String(state.total))] : [],
        actions: [{ id: 'paste', label: t('guidePasteButton', String(state.toAdd)), primary: true }, chooseAnother],
      };
    case 'pasting':
      return { stepLabel, message: t('guidePasting'), notes: [], actions: [] };
    case 'paste-failed':
      return {
        stepLabel,
        message: FAILURE_TEXT[state.reason]() + (state.detail ? ` (${state.detail})` : ''),
        notes: [t('guideFailCancelHint')],
        actions: [{ id: 'retry', label: t('guideRetry') }, chooseAnother],
      };
    case 'save': {
      const notes: string[] = [];
      if (state.withdrawalsOn) notes.push(t('guideWithdrawalsOn'));
      if (state.spotMissing) notes.push(t('guideSpotMissing'));
      return {
        stepLabel,
        message: t('guideSaveNow', [String(state.added.length), String(state.kept)]),
        notes,
        actions: state.withdrawalsOn ? [{ id: 'turn-off-withdrawals', label: t('guideTurnOffWithdrawals') }] : [],
      };
    }
    case 'done': {
      const result = refresh ?? 'pending';
      const actions: StepView['actions'] = needsManualRefresh(result) ? [{ id: 'open-bitsgap', label: t('openBitsgapExchanges'), primary: true }] : [];
      return {
        stepLabel,
        message: t('guideDone', [state.label, String(state.ips.length)]),
        notes: [refreshResultText(result)],
        actions: [...actions, chooseAnother],
      };
    }
    case 'already':
      return { stepLabel, message: t('guideAlready', [state.label, String(state.count)]), notes: [], actions: [chooseAnother] };
  }
}
