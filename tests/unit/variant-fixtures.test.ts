// The page model over the replica's markup as every CI seed's variant draws it, saved by
// scripts/save-binance-fixtures.ts: labels tied every way, radios of both kinds, a third
// restriction option, buttons inside the card that belong to something else, words the
// extension does not know, and 2FA in a shadow root.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageLocale } from '@/lib/binance/locale';
import {
  findAddressRemover,
  findCancelButton,
  findConfirmButton,
  findEditButton,
  findIpInput,
  findKeyCards,
  findListedIps,
  findPermission,
  findRestrictionRadios,
  findSaveButton,
  isChecked,
  labelOf,
} from '@/lib/binance/locate';
import { findTwoFaDialog, findUnknownDialog } from '@/lib/binance/dialogs';
import { stringsFor } from '../replica/binance/strings';
import { CI_SEEDS, variantFor } from '../replica/binance/variant';
import { describeSeed } from '../support/seeds';
import { wordsFor } from '../support/words';

const DIR = 'tests/fixtures/binance/variants';

function fixture(name: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(`${DIR}/${name}.html`, 'utf8'), 'text/html');
  const shadow = `${DIR}/${name}.shadow.html`;
  if (existsSync(shadow)) {
    const host = doc.createElement('div');
    host.id = 'mfa-shadow-host';
    doc.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = readFileSync(shadow, 'utf8');
  }
  return doc;
}
const text = (el: Element | undefined) => el?.textContent?.trim();

describe.each(CI_SEEDS.map((seed) => [describeSeed(seed), seed] as const))('%s', (_name, seed) => {
  const variant = variantFor(seed);
  const s = stringsFor(variant.locale, variant.wording);
  const load = (state: string) => {
    const doc = fixture(`seed-${seed}-${state}`);
    return { doc, words: wordsFor(pageLocale(doc, `/${variant.locale}/my/settings/api-management`)) };
  };
  const knowsSpot = variant.locale !== 'ja' && !(variant.wording === 'other' && variant.locale !== 'en');

  it('list: both cards, each with its own Edit restrictions; the bot’s addresses', () => {
    const { doc, words } = load('list');
    const cards = findKeyCards(doc, words);
    expect(cards.map((c) => c.label)).toEqual(['Bitsgap_com', 'my-bot']);
    for (const card of cards) expect(text(findEditButton(card.element, words))).toBe(s.editRestrictions);
    expect(findListedIps(cards[1]!.element)).toEqual(['8.8.4.4', '1.0.0.1']);
  });

  it('edit form: trusted-only radio (never third-party), input, Confirm or none, Save, Cancel, Spot & Margin, tag removers', () => {
    const { doc, words } = load('edit-restricted');
    const bot = findKeyCards(doc, words)[1]!.element;
    const radios = findRestrictionRadios(bot, words)!;
    expect(labelOf(radios.restricted)).toBe(s.restricted);
    expect(labelOf(radios.unrestricted)).toBe(s.unrestricted);
    expect(isChecked(radios.restricted)).toBe(true);
    const input = findIpInput(bot)!;
    expect(input).toBeDefined();
    expect(text(findConfirmButton(bot, input, words))).toBe(variant.confirmIps === 'button' ? s.confirm : undefined);
    const save = findSaveButton(bot, words);
    expect(text(save)).toBe(s.save);
    expect(text(findCancelButton(bot, words))).toBe(s.cancel);
    const spot = findPermission(bot, words, 'spotMargin');
    expect(spot && labelOf(spot)).toBe(knowsSpot ? s.permissions.spotMargin : undefined);
    const remover = findAddressRemover(bot, '8.8.4.4')!;
    expect(remover).toBeDefined();
    expect(remover.closest('*')!.parentElement!.textContent).toContain('8.8.4.4');
    expect(remover.textContent).not.toContain('1.0.0.1');
  });

  // A modal with no dialog markup is found by where it is drawn, which a saved page has not:
  // tests/e2e/variants.test.ts finds it on the live replica.
  it.skipIf(variant.modal === 'none')('2FA: found in the document or its shadow root, and not taken for a dialog the guide does not know', () => {
    const { doc, words } = load('2fa');
    expect(findTwoFaDialog(doc, words)).toBeDefined();
    expect(findUnknownDialog(doc, words)).toBeUndefined();
  });
});
