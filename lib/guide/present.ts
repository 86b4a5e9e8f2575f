// What the guide shows, from the machine's state and a look at the page: the step's words, the
// ring around the control it names, a badge on each key card, and whether a dialog of the
// page's own has the user's attention.
import type { Box, CardControl, ExchangePage, PageDialogs, PageSnapshot } from '../exchange';
import { t, tn } from '../i18n';
import type { PageState } from '../protocol';
import type { RunResult } from '../domain';
import { auditCard, type Audit } from './audit';
import { awaitsTwoFa, type GuideState } from './machine';
import { viewFor, type AfterPasteView, type StepView } from './view';

export type Rect = Box;

export interface Badge {
  id: string;
  text: string;
  tone: 'good' | 'warn' | 'bad';
  rect: { top: number; left: number; width: number };
}

export interface SessionView {
  step: StepView;
  badges: Badge[];
  /** Where to draw `Use this key`: beside each candidate's card. */
  candidates: { id: string; box: Box }[];
  /** What the panel must not cover: the open form's Save, Cancel and address list. */
  keepClear: Box[];
  spotlight: Rect | undefined;
  /** A dialog of the page's is open (2FA or one the guide does not know): the guide keeps out of its way. */
  pageDialog: boolean;
}

function badgeOf(audit: Audit): Pick<Badge, 'text' | 'tone'> {
  switch (audit.kind) {
    case 'complete':
      return { text: tn('auditComplete', audit.count), tone: 'good' };
    case 'missing':
      return { text: tn('auditMissing', audit.count), tone: 'warn' };
    case 'unrestricted':
      return { text: t('auditUnrestricted'), tone: 'bad' };
    case 'at-risk':
      return { text: t('auditAtRisk'), tone: 'bad' };
    case 'stranger':
      return { text: tn('auditStranger', audit.count), tone: 'bad' };
  }
}

/** The control the step's text names, on the chosen key's own card. */
export function namedControl(state: GuideState): CardControl | 'card' | undefined {
  switch (state.step) {
    case 'ready':
      return state.editing ? 'restricted' : 'edit';
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
export function presenter(page: ExchangePage, after: () => AfterPasteView | undefined) {
  let dialogs: PageDialogs = { twoFa: false };
  let pointAt: Element | undefined;
  // Each card's badge, worked out once per snapshot and step.
  let audited: { snapshot?: PageSnapshot; state?: GuideState; list: { id: string; badge: Pick<Badge, 'text' | 'tone'> }[] } = { list: [] };

  const target = (state: GuideState) => {
    const which = namedControl(state);
    return which && 'apiKey' in state && state.apiKey ? page.control(state.apiKey, which) : undefined;
  };

  /** Badges on the keys the step is about only: the candidates, or the chosen key. */
  const badges = (snapshot: PageSnapshot | undefined, state: GuideState): Badge[] => {
    if (audited.snapshot !== snapshot || audited.state !== state) {
      const whose = state.step === 'choose' ? state.candidates : 'apiKey' in state && state.apiKey ? [state.apiKey] : [];
      const strangers = state.step === 'save' || state.step === 'done' ? state.strangers : [];
      audited = {
        snapshot,
        state,
        list: (snapshot?.cards ?? []).flatMap((card) => {
          const audit = whose.includes(card.apiKey) ? auditCard(card, strangers) : undefined;
          return audit ? [{ id: card.apiKey, badge: badgeOf(audit) }] : [];
        }),
      };
    }
    return audited.list.flatMap(({ id, badge }) => {
      const r = page.box(id);
      return r ? [{ id, ...badge, rect: { top: r.top, left: r.left, width: r.width } }] : [];
    });
  };

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
      const step = viewFor(state, inputs?.keyLabelPattern ?? '', inputs?.signedOut ?? false, refreshOf(state, inputs?.runs), after());
      // While a dialog of the page's is open, nothing of ours but the note in the corner.
      const view = { badges: [], candidates: [], keepClear: [], spotlight: undefined, pageDialog: true };
      if (dialogs.twoFa) return { ...view, step: { ...step, message: t('guideEnterTwoFa'), notes: [], actions: [] } };
      // A dialog the guide does not know: it says what it is, offers nothing and points at nothing
      // until the user has answered it themselves. Binance's question about Spot & Margin gets
      // the answer Bitsgap needs.
      const { asking } = dialogs;
      if (asking) {
        const hint = asking.spot ? t('guideSpotQuestion') : t('guidePageDialogHint');
        return { ...view, step: { ...step, message: t('guidePageDialog', asking.title || t('guidePageDialogUntitled')), notes: [hint], actions: [] } };
      }
      const candidates = (step.candidates ?? []).flatMap((id) => {
        const box = page.box(id);
        return box ? [{ id, box }] : [];
      });
      const keepClear = 'apiKey' in state && state.apiKey ? (['save', 'cancel', 'addresses'] as const).flatMap((c) => rectOf(page.control(state.apiKey!, c)) ?? []) : [];
      return { step, badges: badges(snapshot, state), candidates, keepClear, spotlight: rectOf(pointAt), pageDialog: false };
    },
  };
}
