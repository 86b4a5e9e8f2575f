// What the guide shows, from the machine's state and a look at the page: the step's words, the
// ring around the control it names, what it draws around its panel (lib/guide/decor.ts), and
// whether a dialog of the page's own has the user's attention.
import type { RunResult } from '../domain';
import type { Box, CardControl, ExchangePage, PageDialogs, PageSnapshot } from '../exchange';
import { t } from '../i18n';
import { MAX_IPS_PER_KEY } from '../ip-text';
import type { PageState } from '../protocol';
import type { Decor, Decorate } from './decor';
import { awaitsTwoFa, type AfterPaste, type GuideState } from './machine';
import { viewFor, type AfterPasteView, type Stage, type StepView } from './view';

/** What the guide loads later and the presenter uses once there: the steps after a paste, and what it draws around the panel. */
export interface Later {
  afterPaste: () => { machine: AfterPaste; view: AfterPasteView } | undefined;
  decorate: () => Decorate | undefined;
}

export type Rect = Box;

// The steps in which the user is working on the key on this page.
const ACTIVE = new Set<GuideState['step']>(['ready', 'pasting', 'paste-failed', 'save', 'done']);

export interface SessionView extends Decor {
  step: StepView;
  /** Where the user is in the whole chore (the Progress list), the same as the popup and Bitsgap's notices show. */
  stage: Stage;
  spotlight: Rect | undefined;
  /** A dialog of the page's is open (2FA or one the guide does not know): the guide keeps out of its way. */
  pageDialog: boolean;
}

/** What the step's text names, on the chosen key's own card: what the ring surrounds. */
export function namedControl(state: GuideState): CardControl | 'card' | undefined {
  switch (state.step) {
    case 'ready':
      // Paste opens the form itself; over Binance's limit the user opens it to remove addresses.
      if (state.total > MAX_IPS_PER_KEY) return state.editing ? 'addresses' : 'edit';
      return 'card';
    case 'save':
      return 'save';
    case 'done':
    case 'complete':
      return 'card';
    default:
      return undefined;
  }
}

/** The outcome of the background's refresh after this page's save, once known. */
function refreshOf(state: GuideState, runs: PageState['runs'] | undefined): RunResult | undefined {
  if (state.step !== 'done') return undefined;
  if (state.reportFailed) return 'failed';
  return state.runId ? (runs?.find((r) => r.id === state.runId)?.result ?? 'pending') : undefined;
}

function rectOf(el: Element | undefined): Rect | undefined {
  const r = el?.isConnected ? el.getBoundingClientRect() : undefined;
  return r && r.width > 0 ? { top: r.top, left: r.left, width: r.width, height: r.height } : undefined;
}

/**
 * What the page looks like between changes (its dialogs, the control the step names) is kept
 * from one look to the next: a scroll only moves things, so it reads positions alone.
 */
export function presenter(page: ExchangePage, later: Later) {
  let dialogs: PageDialogs = { twoFa: false };
  let pointAt: Element | undefined;

  const target = (state: GuideState, which = namedControl(state)) => (which && 'apiKey' in state && state.apiKey ? page.control(state.apiKey, which) : undefined);

  return {
    target,
    /** Looks at the page's dialogs and the control the step names; `moved`: the page only scrolled or resized since the last look. */
    look(state: GuideState, moved: boolean): PageDialogs {
      if (!moved || (pointAt && !pointAt.isConnected)) {
        // While the guide waits (for the key list, or for Bitsgap's), nothing reads the page's dialogs.
        const waiting = state.step === 'loading' || state.step === 'no-list';
        dialogs = page.dialogs(awaitsTwoFa(state), !waiting);
        pointAt = target(state);
      }
      return dialogs;
    },
    /** The view of `state`, as the last look saw the page. */
    view(state: GuideState, inputs: PageState | undefined, snapshot: PageSnapshot | undefined): SessionView {
      const step = viewFor(state, inputs?.keyLabelPattern ?? '', inputs?.signedOut ?? false, refreshOf(state, inputs?.runs), later.afterPaste()?.view);
      // While the user works on the key here, this page knows the stage first; otherwise the
      // background's journey (lib/journey.ts) says it, as on every other surface.
      const stage = ACTIVE.has(state.step) || !inputs?.journey ? step.stage : inputs.journey.stage;
      // While a dialog of the page's is open, nothing of ours but the note in the corner.
      const view = { stage, badges: [], candidates: [], keepClear: [], spotlight: undefined, pageDialog: true };
      if (dialogs.twoFa) return { ...view, step: { ...step, message: t('guideEnterTwoFa'), notes: [], actions: [] } };
      // A dialog the guide does not know: it says what it is, offers nothing and points at nothing
      // until the user has answered it themselves. Binance's question about Spot & Margin gets
      // the answer Bitsgap needs.
      const { asking } = dialogs;
      if (asking) {
        const hint = asking.spot ? t('guideSpotQuestion') : t('guidePageDialogHint');
        return { ...view, step: { ...step, message: t('guidePageDialog', asking.title || t('guidePageDialogUntitled')), notes: [hint], actions: [] } };
      }
      const decor = later.decorate()?.(state, snapshot, step) ?? { badges: [], candidates: [], keepClear: [] };
      return { step, stage, ...decor, spotlight: rectOf(pointAt), pageDialog: false };
    },
  };
}
