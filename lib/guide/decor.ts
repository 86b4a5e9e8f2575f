// What the guide draws around its panel: a badge on the keys the step is about, `Use this key`
// beside each candidate, and what the panel must not cover. Loaded with the guide's extras, off
// its first paint (entrypoints/guide-extras.ts).
import type { Box, ExchangePage, PageSnapshot } from '../exchange';
import { t, tn } from '../i18n';
import { auditCard, type Audit } from './audit';
import type { GuideState } from './machine';
import type { StepView } from './view';

export interface Badge {
  id: string;
  text: string;
  tone: 'good' | 'warn' | 'bad';
  rect: { top: number; left: number; width: number };
}

export interface Decor {
  badges: Badge[];
  /** Where to draw `Use this key`: beside each candidate's card. */
  candidates: { id: string; box: Box }[];
  /** What the panel must not cover: the open form's Save, Cancel and address list. */
  keepClear: Box[];
}

export type Decorate = (state: GuideState, snapshot: PageSnapshot | undefined, step: StepView) => Decor;

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

function boxOf(el: Element | undefined): Box | undefined {
  const r = el?.isConnected ? el.getBoundingClientRect() : undefined;
  return r && r.width > 0 ? { top: r.top, left: r.left, width: r.width, height: r.height } : undefined;
}

/** Each card's badge is worked out once per snapshot and step; a scroll only moves them. */
export function decorator(page: ExchangePage): Decorate {
  let audited: { snapshot?: PageSnapshot; state?: GuideState; list: { id: string; badge: Pick<Badge, 'text' | 'tone'> }[] } = { list: [] };
  return (state, snapshot, step) => {
    if (audited.snapshot !== snapshot || audited.state !== state) {
      // Badges on the keys the step is about only: the candidates, or the chosen key.
      const whose = state.step === 'choose' ? state.candidates : 'apiKey' in state && state.apiKey ? [state.apiKey] : [];
      const strangers = state.step === 'save' || state.step === 'done' ? state.strangers : [];
      const list = (snapshot?.cards ?? []).flatMap((card) => {
        const audit = whose.includes(card.apiKey) ? auditCard(card, strangers) : undefined;
        return audit ? [{ id: card.apiKey, badge: badgeOf(audit) }] : [];
      });
      audited = { snapshot, state, list };
    }
    const chosen = 'apiKey' in state ? state.apiKey : undefined;
    return {
      badges: audited.list.flatMap(({ id, badge }) => {
        const r = page.box(id);
        return r ? [{ id, ...badge, rect: { top: r.top, left: r.left, width: r.width } }] : [];
      }),
      candidates: (step.candidates ?? []).flatMap((id) => {
        const box = page.box(id);
        return box ? [{ id, box }] : [];
      }),
      // Binance's own controls the user may reach for on the chosen key: the panel stays off them.
      keepClear: chosen ? (['edit', 'save', 'cancel', 'addresses'] as const).flatMap((c) => boxOf(page.control(chosen, c)) ?? []) : [],
    };
  };
}
