// Which Binance key a Bitsgap connection uses. How Bitsgap's connections map to keys is not
// public, so where it is unclear the user is asked once, on My exchanges, and the answer kept.
// Types only from the vocabulary: the Bitsgap page's content script uses this, with no schema code.
import type { KeyChoice, Run } from '../domain';
import type { PageState } from '../protocol';

/** Keys offered at most when asking: the most recently saved. */
const OFFERED = 4;

/** The labels of the keys the user has saved for Bitsgap, the most recent first. */
export function keyLabels(runs: readonly Run[]): string[] {
  return [...new Set(runs.map((r) => r.label))];
}

/**
 * The key a connection uses: the user's answer; else, with one connection and one key ever
 * saved, that key; else unknown.
 */
export function keyOfConnection(name: string, names: readonly string[], keys: readonly KeyChoice[], labels: readonly string[]): string | undefined {
  const chosen = keys.find((k) => k.name === name);
  if (chosen) return chosen.label ?? undefined;
  return names.length === 1 && labels.length === 1 ? labels[0] : undefined;
}

/** The connection to ask about, with the keys to offer, or nothing when nothing is unclear. */
export function connectionToAsk(names: readonly string[], keys: readonly KeyChoice[], runs: readonly Run[]): { name: string; labels: string[] } | undefined {
  const labels = keyLabels(runs);
  if (labels.length === 0 || (names.length === 1 && labels.length === 1)) return undefined;
  const name = names.find((n) => !keys.some((k) => k.name === n));
  return name === undefined ? undefined : { name, labels: labels.slice(0, OFFERED) };
}

/** The question for My exchanges, from the background's latest push. */
export function questionFor(pushed: PageState | undefined): { name: string; labels: string[] } | undefined {
  return pushed && connectionToAsk(pushed.connections?.map((c) => c.name) ?? [], pushed.keys ?? [], pushed.runs);
}
