import type { CardSnapshot } from '../exchange';
import { planForKey } from '../ip-text';
import { findListedIps, findPermission, findRestrictionRadios, isChecked, isEditing, type KeyCard } from './locate';
import type { PageWords } from './words';

type CardState = Omit<CardSnapshot, 'apiKey' | 'label'>;

/**
 * What the guide needs to know of each key card, with the one plan per key that the badge, the
 * step's text and the paste all use. A card's state is read in one pass when the guide first
 * asks for it: it asks for the chosen key's at once and for the candidates' when it badges them,
 * so a re-rendered list of 30 keys costs the reading of one card, not thirty.
 */
export function snapshotCards(cards: KeyCard[], words: PageWords[], trusted: readonly string[]): CardSnapshot[] {
  return cards.map(({ apiKey, label, element }) => {
    let read: CardState | undefined;
    const state = () => (read ??= readCard(element, words, trusted));
    return {
      apiKey,
      label,
      get editing() {
        return state().editing;
      },
      get ips() {
        return state().ips;
      },
      get restricted() {
        return state().restricted;
      },
      get spotOn() {
        return state().spotOn;
      },
      get plan() {
        return state().plan;
      },
    };
  });
}

function readCard(card: Element, words: PageWords[], trusted: readonly string[]): CardState {
  const editing = isEditing(card);
  const ips = findListedIps(card);
  const radios = editing ? findRestrictionRadios(card, words) : undefined;
  // In the form, addresses count only with "trusted IPs only" selected; in the read view a
  // listed address means the key is restricted.
  const restricted = editing ? (radios ? isChecked(radios.restricted) : false) : ips.length > 0;
  const spot = findPermission(card, words, 'spotMargin');
  return { editing, ips, restricted, spotOn: spot ? isChecked(spot) : undefined, plan: planForKey(trusted, restricted ? ips : []) };
}
