// The page model on markup written only from public facts about Binance's page
// (tests/fixtures/binance/field-notes): bn-checkbox with its label inside or beside it,
// bn-textField inputs, data-e2e buttons, a third restriction option, an icon-only copy button.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
import { findTwoFaDialog } from '@/lib/binance/dialogs';
import { matchesWord } from '@/lib/binance/words';
import { WORDS, wordsFor } from '../support/words';

function card(name: string, locale: string) {
  const doc = new DOMParser().parseFromString(readFileSync(`tests/fixtures/binance/field-notes/${name}.html`, 'utf8'), 'text/html');
  const cards = findKeyCards(doc, wordsFor(locale));
  expect(cards.map((c) => c.label)).toEqual(['Bitsgap_com']);
  return { doc, element: cards[0]!.element, words: wordsFor(locale) };
}
const text = (el: Element | undefined) => el?.textContent?.trim();

describe.each([
  ['en-edit', 'en', { save: 'Save', cancel: 'Cancel', confirm: 'Confirm' }],
  ['zh-CN-edit', 'zh-CN', { save: '保存', cancel: '取消', confirm: '确认' }],
])('%s', (name, locale, names) => {
  it('chooses "trusted IPs only" among three options, never the third-party one', () => {
    const { element, words } = card(name, locale);
    const radios = findRestrictionRadios(element, words)!;
    expect((radios.restricted as HTMLInputElement).value).toBe('2');
    expect((radios.unrestricted as HTMLInputElement).value).toBe('1');
    expect(isChecked(radios.restricted)).toBe(true);
  });

  it('finds permissions by a label inside the bn-checkbox and by one beside it', () => {
    const { element, words } = card(name, locale);
    const spot = findPermission(element, words, 'spotMargin')!;
    expect(spot.getAttribute('role')).toBe('checkbox');
    expect(isChecked(spot)).toBe(false);
    const withdrawals = findPermission(element, words, 'withdrawals')!;
    expect(withdrawals).not.toBe(spot);
    expect(isChecked(withdrawals)).toBe(true);
  });

  it('finds the bn-textField input, its Confirm, the chips and each chip’s own remove button', () => {
    const { element, words } = card(name, locale);
    const input = findIpInput(element)!;
    expect(input.className).toBe('bn-textField-input');
    expect(text(findConfirmButton(element, input, words))).toBe(names.confirm);
    expect(findListedIps(element)).toEqual(['8.8.4.4', '1.0.0.1']);
    expect(findAddressRemover(element, '8.8.4.4')?.parentElement?.textContent).toContain('8.8.4.4');
  });

  it('rings Save and Cancel of the form, never a chip’s remove button or the copy icon', () => {
    const { element, words } = card(name, locale);
    expect(findSaveButton(element, words)?.getAttribute('data-e2e')).toBe('btn-save');
    expect(findCancelButton(element, words)?.getAttribute('data-e2e')).toBe('btn-cancel');
  });
});

describe('without any word for the page’s language, structure still carries', () => {
  it('Save and Cancel are the form’s last text buttons; Edit is never the icon-only copy button', () => {
    const { element } = card('zh-CN-edit', 'zh-CN');
    const none = wordsFor('xx').map((w) => ({ ...w, save: [], cancel: [], confirm: [], editRestrictions: [], delete: [] }));
    expect(findSaveButton(element, none)?.getAttribute('data-e2e')).toBe('btn-save');
    expect(findCancelButton(element, none)?.getAttribute('data-e2e')).toBe('btn-cancel');
    const readView = element.cloneNode(true) as Element;
    readView.querySelectorAll('input, [role=checkbox]').forEach((el) => el.remove());
    expect(findEditButton(readView, none)?.getAttribute('aria-label')).not.toBe('Copy');
  });
});

describe('labels, by every way a page ties them', () => {
  const doc = new DOMParser().parseFromString(
    `<div><span id="l1">Enable Spot &amp; Margin Trading</span><div id="a" role="checkbox" aria-labelledby="l1"></div></div>
     <label for="b">Enable Withdrawals</label><input id="b" type="checkbox">
     <label><input id="c" type="checkbox"> Enable Futures</label>
     <div><div id="d" role="checkbox" aria-label="Enable Reading"></div></div>
     <div><div id="e" role="checkbox"></div><span>Permits Universal Transfer</span></div>
     <div id="f" role="checkbox"><span>Enable Margin Loan, Repay &amp; Transfer</span></div>`,
    'text/html',
  );
  it.each([
    ['a', 'Enable Spot & Margin Trading'],
    ['b', 'Enable Withdrawals'],
    ['c', 'Enable Futures'],
    ['d', 'Enable Reading'],
    ['e', 'Permits Universal Transfer'],
    ['f', 'Enable Margin Loan, Repay & Transfer'],
  ])('#%s is “%s”', (id, label) => {
    expect(labelOf(doc.getElementById(id)!)).toBe(label);
  });
});

describe('Binance’s 2FA in an open shadow root on #mfa-shadow-host', () => {
  it('is found, where a document query alone sees nothing', () => {
    const doc = document.implementation.createHTMLDocument('Binance');
    const host = doc.createElement('div');
    host.id = 'mfa-shadow-host';
    doc.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div role="dialog"><div>Security Verification</div><div class="bn-textField"><input class="bn-textField-input" data-e2e="input-mfa"></div></div>';
    expect(doc.querySelector('[role=dialog]')).toBeNull();
    expect(findTwoFaDialog(doc, wordsFor('en'))?.querySelector('[data-e2e=input-mfa]')).not.toBeNull();
  });
});

describe('words marked as seen on Binance’s page', () => {
  it('are words the lookups match by, and only where FIELD-NOTES gives them (en, tr, zh-CN)', () => {
    const keys = ['editRestrictions', 'delete', 'unrestricted', 'restricted', 'confirm', 'save', 'cancel', 'spotMargin', 'withdrawals', 'securityVerification'] as const;
    for (const [locale, entry] of Object.entries(WORDS)) {
      for (const word of entry.seen) expect(keys.some((key) => matchesWord(word, [entry], key)), `${locale}: ${word}`).toBe(true);
      expect(entry.seen.length > 0, locale).toBe(['en', 'tr', 'zh-CN'].includes(locale));
    }
  });
});

describe('the words files (public/words), fetched by the guide for the page’s language', () => {
  it('each has every key the lookups use, as a list of words, and one for every language it claims', () => {
    for (const [locale, entry] of Object.entries(WORDS)) {
      expect(Object.keys(entry).sort(), locale).toEqual(Object.keys(WORDS.en!).sort());
      for (const words of Object.values(entry)) expect(Array.isArray(words) && words.every((w: unknown) => typeof w === 'string'), locale).toBe(true);
    }
  });
});
