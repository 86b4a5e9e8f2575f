import { canonicalIp } from '../ip';
import type { CardSnapshot } from './machine';

export type Audit = { kind: 'complete'; count: number } | { kind: 'missing'; count: number } | { kind: 'unrestricted' };

/** Whether a key holds every Bitsgap address, judged from its read view (the edit form is unsaved). */
export function auditCard(card: CardSnapshot, trusted: readonly string[]): Audit | undefined {
  if (card.editing) return undefined;
  if (card.ips.length === 0) return { kind: 'unrestricted' };
  const have = new Set(card.ips.map(canonicalIp));
  const missing = trusted.filter((ip) => !have.has(ip)).length;
  return missing === 0 ? { kind: 'complete', count: trusted.length } : { kind: 'missing', count: missing };
}
