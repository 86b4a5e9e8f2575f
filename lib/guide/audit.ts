import type { CardSnapshot } from '../exchange';

export type Audit = { kind: 'complete'; count: number } | { kind: 'missing'; count: number } | { kind: 'unrestricted' };

/** Whether a key holds every Bitsgap address, from its read view (the edit form is unsaved) and its plan. */
export function auditCard(card: CardSnapshot): Audit | undefined {
  if (card.editing) return undefined;
  if (!card.restricted) return { kind: 'unrestricted' };
  return card.plan.toAdd.length === 0 ? { kind: 'complete', count: card.plan.required } : { kind: 'missing', count: card.plan.toAdd.length };
}
