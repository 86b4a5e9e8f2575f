// What the guide says once a paste has run (its failure, the Save step, the saved key): shipped
// with the form filler (entrypoints/paste.ts), since only a paste leads to these steps.
import type { RunResult } from '../domain';
import type { PasteFailure } from '../exchange';
import { t, tn, type MessageKey } from '../i18n';
import { needsManualRefresh, refreshResultText } from '../refresh-text';
import { chooseAnother, copiedNote, openBitsgap, report, type AfterPasteView, type StepView } from './view';

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
// Failures where the live page defeated a lookup: the user can send us an outline of it.
const LOOKUP_FAILURES = new Set<PasteFailure>(['not-editing', 'no-radios', 'no-input', 'not-accepted']);

export const viewAfterPaste: AfterPasteView = (state, refresh: RunResult | undefined): StepView => {
  switch (state.step) {
    case 'paste-failed':
      return {
        stage: 2,
        message: t(FAILURE_TEXT[state.reason]) + (state.detail && state.reason === 'not-accepted' ? ` ${state.detail}` : ''),
        notes: [t('guideFailCancelHint'), ...copiedNote(state.copied)],
        actions: [{ event: { type: 'paste-clicked' }, label: t('guideRetry'), primary: true }, ...(LOOKUP_FAILURES.has(state.reason) ? [report()] : []), chooseAnother()],
      };
    case 'save': {
      const notes: string[] = [];
      if (state.strangers.length > 0) notes.push(tn('guideStrangers', state.strangers.length, [state.strangers.join(', ')]));
      if (state.refused.length > 0) notes.push(tn('guideRefused', state.refused.length, [state.refused.join(', ')]));
      if (state.kept > 0) notes.push(tn('guideKeptYours', state.kept));
      if (state.withdrawalsOn) notes.push(t('guideWithdrawalsOn'));
      if (state.spotMissing) notes.push(t('guideSpotMissing'));
      if (state.spotDeclined) notes.push(t('guideSpotDeclined'));
      const entered = state.added.length - state.refused.length;
      return {
        stage: 3,
        // Spot & Margin alone (the key held every address already): no "Added 0".
        message: state.added.length === 0 ? t('guideSpotNowOn', state.label) : tn('guideSaveNow', entered, [String(entered), state.label]),
        notes,
        actions: [
          ...state.strangers.map((ip) => ({ event: { type: 'remove-clicked', ip } as const, label: t('guideRemove', ip), primary: true })),
          ...(state.withdrawalsOn ? [{ event: { type: 'withdrawals-off-clicked' } as const, label: t('guideTurnOffWithdrawals') }] : []),
        ],
      };
    }
    case 'done': {
      const result = refresh ?? 'pending';
      const held = state.total - state.refused.length;
      const notes = [
        ...(state.strangers.length > 0 ? [tn('guideSavedStrangers', state.strangers.length, [state.strangers.join(', ')])] : []),
        ...(state.refused.length > 0 ? [tn('guideRefused', state.refused.length, [state.refused.join(', ')])] : []),
      ];
      const message = state.refused.length > 0 ? t('guideSavedPartial', [String(held), String(state.total), state.label]) : tn('guideDone', state.total, [state.label, String(state.total)]);
      // The default path's normal ending: the user presses Refresh on Bitsgap themselves.
      // Signed out of Bitsgap: the same step, after signing in.
      if (needsManualRefresh(result)) return { stage: 4, message, notes: [result === 'signed-out' ? refreshResultText(result) : t('guideLastStep'), ...notes], actions: [openBitsgap(true), chooseAnother()] };
      if (result === 'connected' && state.strangers.length === 0) return { stage: 'done', message, notes: [t('guideDoneConnected'), ...notes], actions: [chooseAnother()] };
      return { stage: 4, message, notes: [refreshResultText(result), ...notes], actions: [chooseAnother()] };
    }
  }
};
