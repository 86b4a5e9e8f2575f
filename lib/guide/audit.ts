import type { CardSnapshot } from '../exchange';

export type Audit =
  | { kind: 'complete'; count: number }
  | { kind: 'missing'; count: number }
  | { kind: 'unrestricted' }
  // No IP restriction and able to trade: Binance may turn trading off or delete the key.
  | { kind: 'at-risk' }
  // Holds an address that is neither Bitsgap's nor one the user kept.
  | { kind: 'stranger'; count: number };

/**
 * Whether a key holds every Bitsgap address, from its read view (the edit form is unsaved) and
 * its plan. `strangers`: addresses on it the guide knows are not from Bitsgap nor the user's.
 */
export function auditCard(card: CardSnapshot, strangers: readonly string[] = []): Audit | undefined {
  if (card.editing) return undefined;
  if (!card.restricted) return card.spotOn ? { kind: 'at-risk' } : { kind: 'unrestricted' };
  if (strangers.length > 0) return { kind: 'stranger', count: strangers.length };
  return card.plan.toAdd.length === 0 ? { kind: 'complete', count: card.plan.required } : { kind: 'missing', count: card.plan.toAdd.length };
}
