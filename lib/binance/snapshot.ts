import type { CardSnapshot } from '../exchange';
import { planForKey } from '../ip-text';
import { findListedIps, findPermission, findRestrictionRadios, isChecked, isEditing, type KeyCard } from './locate';
import type { PageWords } from './words';

/**
 * What the guide needs to know of each key card, read from the page in one pass, with the one
 * plan per key that the badge, the step's text and the paste all use.
 */
export function snapshotCards(cards: KeyCard[], words: PageWords[], trusted: readonly string[]): CardSnapshot[] {
  return cards.map((card) => {
    const editing = isEditing(card.element);
    const ips = findListedIps(card.element);
    const radios = editing ? findRestrictionRadios(card.element, words) : undefined;
    // In the form, addresses count only with "trusted IPs only" selected; in the read view a
    // listed address means the key is restricted.
    const restricted = editing ? (radios ? isChecked(radios.restricted) : false) : ips.length > 0;
    const spot = findPermission(card.element, words, 'spotMargin');
    return {
      apiKey: card.apiKey,
      label: card.label,
      editing,
      ips,
      restricted,
      spotOn: spot ? isChecked(spot) : undefined,
      plan: planForKey(trusted, restricted ? ips : []),
    };
  });
}
