import type { CardSnapshot } from '../guide/machine';
import { findKeyCards, findListedIps, findRestrictionRadios, isChecked, isEditing, type KeyCard } from './locate';
import type { PageWords } from './words';

/** What the guide needs to know of each key card, read from the page in one pass. */
export function snapshotCards(cards: KeyCard[], words: PageWords[]): CardSnapshot[] {
  return cards.map((card) => {
    const editing = isEditing(card.element);
    const radios = editing ? findRestrictionRadios(card.element, words) : undefined;
    return {
      apiKey: card.apiKey,
      label: card.label,
      editing,
      ips: findListedIps(card.element),
      restrictedSelected: radios ? isChecked(radios.restricted) : false,
    };
  });
}

export function findCardByKey(doc: Document, words: PageWords[], apiKey: string): Element | undefined {
  return findKeyCards(doc, words).find((c) => c.apiKey === apiKey)?.element;
}
