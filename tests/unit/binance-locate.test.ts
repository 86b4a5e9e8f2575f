import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { pageLocale } from '@/lib/binance/locale';
import {
  findAddressRemover,
  findCancelButton,
  findConfirmButton,
  findDeleteButton,
  findEditButton,
  findIpInput,
  findKeyCards,
  findListedIps,
  findPermission,
  findRestrictionRadios,
  findSaveButton,
  isChecked,
  isEditing,
} from '@/lib/binance/locate';
import { findTwoFaDialog, findUnknownDialog } from '@/lib/binance/dialogs';
import { isApiManagementPath, localeFromPath } from '@/lib/binance/route';
import { snapshotCards } from '@/lib/binance/snapshot';
import { wordsFor } from '../support/words';
import { auditCard } from '@/lib/guide/audit';
import { STRINGS } from '../replica/binance/strings';

function fixture(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(`tests/fixtures/binance/${name}.html`, 'utf8'), 'text/html');
}
const text = (el: Element | undefined) => el?.textContent?.trim();

// "ja" stands for a language whose words are not in the table: only structure can find things.
const LOCALES = ['en', 'ru', 'es', 'ja'] as const;

describe.each(LOCALES)('page model, %s', (locale) => {
  const s = STRINGS[locale]!;
  const words = () => wordsFor(pageLocale(fixture(`${locale}-list`), `/${locale}/my/settings/api-management`));
  const cardsOf = (name: string) => findKeyCards(fixture(`${locale}-${name}`), words());

  it('finds both key cards with their labels and 64-character API keys', () => {
    const cards = cardsOf('list');
    expect(cards.map((c) => c.label)).toEqual(['Bitsgap_com', 'my-bot']);
    for (const c of cards) expect(c.apiKey).toMatch(/^[A-Za-z0-9]{64}$/);
  });

  it('reads the read view: Edit restrictions, Delete, unrestricted or the address list', () => {
    const [bitsgap, bot] = cardsOf('list');
    expect(isEditing(bitsgap!.element)).toBe(false);
    expect(text(findEditButton(bitsgap!.element, words()))).toBe(s.editRestrictions);
    expect(auditCard(snapshotCards([bitsgap!], words(), ['8.8.8.8'])[0]!)).toEqual({ kind: 'unrestricted' });
    expect(findListedIps(bitsgap!.element)).toEqual([]);
    expect(findListedIps(bot!.element)).toEqual(['8.8.4.4', '2606:4700:4700::1111']);
    if (locale !== 'ja') expect(text(findDeleteButton(bot!.element, words()))).toBe(s.delete);
  });

  it('reads the edit form of an unrestricted key: radios, no input yet, Save and Cancel', () => {
    const card = cardsOf('edit-unrestricted')[0]!.element;
    expect(isEditing(card)).toBe(true);
    expect(findEditButton(card, words())).toBeUndefined();
    const radios = findRestrictionRadios(card, words())!;
    expect(text(radios.unrestricted)).toBe(s.unrestricted);
    expect(text(radios.restricted)).toBe(s.restricted);
    expect(isChecked(radios.unrestricted)).toBe(true);
    expect(findIpInput(card)).toBeUndefined();
    expect(text(findSaveButton(card, words()))).toBe(s.save);
    expect(text(findCancelButton(card, words()))).toBe(s.cancel);
  });

  it('reads the edit form of a restricted key: input, Confirm, tags, permissions', () => {
    const card = cardsOf('edit-restricted')[1]!.element;
    const radios = findRestrictionRadios(card, words())!;
    expect(isChecked(radios.restricted)).toBe(true);
    const input = findIpInput(card)!;
    expect(input.getAttribute('placeholder')).toBe(s.ipPlaceholder);
    expect(text(findConfirmButton(card, input, words()))).toBe(s.confirm);
    expect(findListedIps(card)).toEqual(['8.8.4.4', '2606:4700:4700::1111']);
    // Each tag's own remove control, never another tag's, the input or Confirm.
    const remover = findAddressRemover(card, '8.8.4.4')!;
    expect(remover.closest('*:not(svg):not(path)')?.textContent).toContain('8.8.4.4');
    expect(remover.parentElement!.textContent).not.toContain('2606:4700:4700::1111');
    expect(findAddressRemover(card, '2606:4700:4700::1111')).not.toBe(remover);
    if (locale === 'ja') {
      // No structural guess for permissions: the guide says it could not find them.
      expect(findPermission(card, words(), 'spotMargin')).toBeUndefined();
    } else {
      expect(isChecked(findPermission(card, words(), 'spotMargin')!)).toBe(true);
      expect(isChecked(findPermission(card, words(), 'withdrawals')!)).toBe(true);
    }
  });

  it('finds the 2FA modal and does not take the open form for saved', () => {
    const doc = fixture(`${locale}-2fa`);
    expect(text(findTwoFaDialog(doc, words())?.querySelector('[id]') ?? undefined)).toBe(s.securityVerification);
    const [, bot] = findKeyCards(doc, words());
    const card = bot!.element;
    // An open form is unsaved: no audit, whatever it lists.
    expect(auditCard(snapshotCards([bot!], words(), ['8.8.4.4'])[0]!)).toBeUndefined();
    expect(findSaveButton(card, words())).not.toBe(findTwoFaDialog(doc, words())?.querySelector('button'));
  });

  it('audits a read view by the one plan: complete in any spelling, or how many are missing', () => {
    const bot = cardsOf('list')[1]!;
    const audit = (trusted: string[]) => auditCard(snapshotCards([bot], words(), trusted)[0]!);
    expect(audit(['8.8.4.4', '2606:4700:4700::1111'])).toEqual({ kind: 'complete', count: 2 });
    expect(audit(['8.8.4.4', '1.1.1.1', '9.9.9.9'])).toEqual({ kind: 'missing', count: 2 });
  });
});

describe('one card alone on the page', () => {
  it.each(LOCALES)('%s: is bounded by its own actions, not the whole page', (locale) => {
    const doc = fixture(`${locale}-list`);
    const words = wordsFor(pageLocale(doc, `/${locale}/my/settings/api-management`));
    findKeyCards(doc, words)[1]!.element.remove();
    const cards = findKeyCards(doc, words);
    expect(cards.map((c) => c.label)).toEqual(['Bitsgap_com']);
    expect(cards[0]!.element.textContent).not.toContain(STRINGS[locale]!.createApi);
  });
});

describe('a card’s listed addresses', () => {
  it('are its entries only: not an address in a dialog inside the card, nor on a button; a tag’s text beside its icon still counts', () => {
    const card = new DOMParser().parseFromString(
      `<div id="card">
        <span>8.8.4.4</span>
        <span><svg></svg>1.0.0.1<i></i></span>
        <span>9.9.9.9 <!-- split by React -->&#32;</span>
        <button>5.5.5.5</button>
        <div role="dialog"><p>Remove 6.6.6.6?</p><span>7.7.7.7</span></div>
      </div>`,
      'text/html',
    ).getElementById('card')!;
    expect(findListedIps(card)).toEqual(['8.8.4.4', '1.0.0.1', '9.9.9.9']);
  });

  it('a snapshot’s card tells one moment: its plan agrees with its addresses even when the page changes between the two reads', () => {
    const doc = fixture('en-list');
    const [, bot] = findKeyCards(doc, wordsFor('en'));
    const snapshot = snapshotCards([bot!], wordsFor('en'), ['8.8.4.4', '1.1.1.1'])[0]!;
    expect(snapshot.ips).toEqual(['8.8.4.4', '2606:4700:4700::1111']);
    // The page lists a new address before the guide asks what the key lacks.
    const added = doc.createElement('div');
    added.textContent = '1.1.1.1';
    bot!.element.querySelector('div')!.append(added);
    expect(snapshot.plan.toAdd).toEqual(['1.1.1.1']);
    expect(snapshot.restricted).toBe(true);
    // A new look sees it.
    expect(snapshotCards([bot!], wordsFor('en'), ['8.8.4.4', '1.1.1.1'])[0]!.plan.toAdd).toEqual([]);
  });
});

describe('finding nothing where there is nothing', () => {
  it('finds no cards outside #__APP, and none on a page without it', () => {
    const doc = fixture('en-list');
    const fake = doc.createElement('div');
    const label = doc.createElement('div');
    label.textContent = 'Bitsgap fake';
    const key = doc.createElement('div');
    key.textContent = 'A'.repeat(64);
    const button = doc.createElement('button');
    button.textContent = 'Edit restrictions';
    fake.append(label, key, button);
    doc.body.append(fake);
    const words = wordsFor('en');
    expect(findKeyCards(doc, words).map((c) => c.label)).toEqual(['Bitsgap_com', 'my-bot']);
    expect(findKeyCards(new DOMParser().parseFromString('<p>hi</p>', 'text/html'), words)).toEqual([]);
  });
});

describe('locale', () => {
  it.each([
    ['/en/my/settings/api-management', 'en'],
    ['/ru/my/settings/api-management', 'ru'],
    ['/en-IN/my/settings/api-management', 'en-IN'],
    ['/uk-UA/my/settings/api-management?x=1', 'uk-UA'],
    ['/zh-CN/my/settings/api-management', 'zh-CN'],
    ['/my/settings/api-management', undefined],
  ])('reads %s as %s', (path, locale) => {
    expect(isApiManagementPath(path)).toBe(true);
    expect(localeFromPath(path)).toBe(locale);
  });

  it('is not the API page elsewhere', () => {
    for (const path of ['/en/my/dashboard', '/en/my/settings/api-managementx', '/en/markets', '/api-management']) {
      expect(isApiManagementPath(path)).toBe(false);
    }
  });

  it('prefers the URL prefix, then <html lang>', () => {
    const doc = fixture('ru-list');
    expect(pageLocale(doc, '/my/settings/api-management')).toBe('ru');
    expect(pageLocale(doc, '/en-IN/my/settings/api-management')).toBe('en-IN');
  });

  it('falls back from region to language, and always tries English', () => {
    expect(wordsFor('en-IN')[0]!.editRestrictions).toContain('Edit restrictions');
    expect(wordsFor('uk-UA')[0]!.editRestrictions).toContain('Змінити обмеження');
    expect(wordsFor('zh-CN')[0]!.save).toContain('保存');
    expect(wordsFor('ja').map((w) => w.editRestrictions[0])).toEqual(['Edit restrictions']);
  });
});

describe('Confirm, when the page has no word for it', () => {
  const page = (body: string) => new DOMParser().parseFromString(`<div id="card">${body}</div>`, 'text/html').getElementById('card')!;
  const words = wordsFor('ja');
  const radios = '<div role="radiogroup"><div role="radio" aria-checked="false">a</div><div role="radio" aria-checked="true">b</div></div>';

  it('is the one button beside the input', () => {
    const card = page(`${radios}<div><div><input><button>確認</button></div><div><span>1.2.3.4</span></div></div><div><button>取消</button><button>保存</button></div>`);
    expect(text(findConfirmButton(card, card.querySelector('input')!, words))).toBe('確認');
  });

  it('is never Save, Cancel or Delete, nor a button outside the address editor', () => {
    // The input's only neighbour is the form's footer: its last button is what Save falls back to.
    const card = page(`${radios}<div><input></div><div><button>取消</button><button>保存</button></div>`);
    expect(findConfirmButton(card, card.querySelector('input')!, words)).toBeUndefined();
    const english = page(`${radios}<div><input><button>Save</button></div>`);
    expect(findConfirmButton(english, english.querySelector('input')!, wordsFor('en'))).toBeUndefined();
    const deleteOnly = page(`<div><input><button>Delete</button></div>`);
    expect(findConfirmButton(deleteOnly, deleteOnly.querySelector('input')!, wordsFor('en'))).toBeUndefined();
  });
});

describe('a key card’s boundary, never by counting buttons', () => {
  const KEY_A = 'a'.repeat(64);
  const KEY_B = 'b'.repeat(64);
  const page = (body: string) => new DOMParser().parseFromString(`<div id="__APP"><h1>API</h1><button>API作成</button><div id="list">${body}</div></div>`, 'text/html');
  // A card in a language the extension has no words for: "Copy" and "QR code" buttons with text
  // beside the key, and address tags whose remove buttons have text too.
  const cardHtml = (label: string, key: string) =>
    `<div class="c"><div><span>${label}</span><div><button>制限を編集</button><button>削除</button></div></div>` +
    `<div><span>APIキー</span><span>${key}</span><button>コピー</button><button>QRコード</button></div>` +
    `<div><span>8.8.4.4</span><button>削除する</button><span>1.0.0.1</span><button>削除する</button></div></div>`;
  const ja = wordsFor('ja');

  it.each([
    ['two keys', [cardHtml('Bitsgap_com', KEY_A), cardHtml('my-bot', KEY_B)].join('')],
    ['one key', cardHtml('Bitsgap_com', KEY_A)],
  ])('%s: the card is the whole card, not the key’s row, and its Edit is Edit', (_name, body) => {
    const cards = findKeyCards(page(body), ja);
    expect(cards[0]!.label).toBe('Bitsgap_com');
    expect(cards[0]!.element.className).toBe('c');
    expect(text(findEditButton(cards[0]!.element, ja))).toBe('制限を編集');
  });

  it('a freshly created key’s secret in the same card is not a second card', () => {
    const body = `${cardHtml('Bitsgap_com', KEY_A).slice(0, -'</div>'.length)}<div><span>シークレットキー</span><span>${KEY_B}</span></div></div>`;
    expect(findKeyCards(page(body), ja).map((c) => c.apiKey)).toEqual([KEY_A]);
  });
});

describe('dialogs of the page’s own', () => {
  const en = wordsFor('en');
  const doc = (body: string) => new DOMParser().parseFromString(`<div id="__APP">${body}</div>`, 'text/html');

  it('names a dialog the guide does not know by its name, heading or first text; 2FA is not one', () => {
    expect(findUnknownDialog(doc('<div role="dialog" aria-modal="true" aria-label="Enable Spot & Margin Trading"><p>Keys without…</p><button>Confirm</button></div>'), en)?.title).toBe('Enable Spot & Margin Trading');
    expect(findUnknownDialog(doc('<div aria-modal="true"><h2>New: Earn</h2><p>Try it</p></div>'), en)?.title).toBe('New: Earn');
    expect(findUnknownDialog(doc('<div role="alertdialog"><p>Are you sure?</p><button>OK</button></div>'), en)?.title).toBe('Are you sure?');
    expect(findUnknownDialog(doc('<div role="dialog" aria-modal="true"><div>Security Verification</div><input></div>'), en)).toBeUndefined();
    // Not modal (a chat widget, a banner): the guide goes on beside it.
    expect(findUnknownDialog(doc('<div role="dialog" aria-label="Support chat"><p>Hi!</p></div>'), en)).toBeUndefined();
    expect(findUnknownDialog(doc('<div role="dialog" aria-modal="true" hidden><p>closed</p></div><div aria-hidden="true"><div role="alertdialog">gone</div></div>'), en)).toBeUndefined();
  });

  describe('with no dialog markup at all (Binance’s .bn-modal-wrap may carry none)', () => {
    // A saved page has no layout: the browser's answers (what lies at the window's centre, top
    // first; the layers' boxes) are given here as the real page would give them.
    const drawn = (html: string, atCentre: (body: HTMLElement) => Element[], box = { width: window.innerWidth, height: window.innerHeight }) => {
      document.body.innerHTML = html;
      for (const el of document.querySelectorAll<HTMLElement>('[style*="fixed"]')) el.getBoundingClientRect = () => DOMRect.fromRect(box);
      Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => [...atCentre(document.body), document.body, document.documentElement] });
      return document;
    };
    const page = '<div id="__APP"><div class="list"><div>bot-1</div><button>Edit restrictions</button></div></div>';
    const mask = (inner: string) => `${page}<div class="mask" style="position: fixed; inset: 0"><div class="box">${inner}</div></div>`;
    const spot = '<div>Enable Spot & Margin Trading</div><p>Keys without…</p><button>Cancel</button><button>Confirm</button>';
    // The modal's text, its box and the mask over the page's list.
    const overList = (body: HTMLElement) => [body.querySelector('p')!, body.querySelector('.box')!, body.querySelector('.mask')!, body.querySelector('.list')!, body.querySelector('#__APP')!];
    afterEach(() => {
      delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
      document.body.innerHTML = '';
    });

    it('a layer that is fixed, covers the window and takes the clicks is a dialog, named by its first text', () => {
      expect(findUnknownDialog(drawn(mask(spot), overList), en)?.title).toBe('Enable Spot & Margin Trading');
    });

    it('the guide’s own overlay on top is looked through', () => {
      const doc = drawn(`${mask(spot)}<ipwl-guide></ipwl-guide>`, (body) => [body.querySelector('ipwl-guide')!, ...overList(body)]);
      expect(findUnknownDialog(doc, en)?.title).toBe('Enable Spot & Margin Trading');
    });

    it('2FA drawn that way is 2FA, not a dialog the guide does not know', () => {
      const doc = drawn(mask('<div>Security Verification</div><p>Authenticator code</p><input><button>Submit</button>'), overList);
      expect(findTwoFaDialog(doc, en)).toBeDefined();
      expect(findUnknownDialog(doc, en)).toBeUndefined();
    });

    it('not a dialog: the page itself in one fixed pane, a small fixed box, a window-wide layer that lets clicks through, nothing fixed', () => {
      // The whole page in a fixed pane: it holds the keys.
      const pane = `<div id="__APP"><div class="mask" style="position: fixed; inset: 0"><div class="box"><p>bot-1</p><div>${'A'.repeat(64)}</div><button>Edit restrictions</button></div></div></div>`;
      expect(findUnknownDialog(drawn(pane, (body) => [body.querySelector('p')!, body.querySelector('.box')!, body.querySelector('.mask')!, body.querySelector('#__APP')!]), en)).toBeUndefined();
      expect(findUnknownDialog(drawn(mask(spot), overList, { width: 320, height: 60 }), en)).toBeUndefined();
      // pointer-events: none: the browser does not list the layer itself at the point.
      expect(findUnknownDialog(drawn(mask(spot), (body) => overList(body).filter((el) => !el.matches('.mask'))), en)).toBeUndefined();
      expect(findUnknownDialog(drawn(page, (body) => [body.querySelector('.list')!, body.querySelector('#__APP')!]), en)).toBeUndefined();
    });
  });

  it('sees one in the page’s open shadow root, never in the guide’s own', () => {
    const page = doc('');
    for (const tag of ['div', 'ipwl-guide']) {
      const host = page.createElement(tag);
      page.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = `<div role="dialog" aria-modal="true" aria-label="${tag}"></div>`;
    }
    expect(findUnknownDialog(page, en)?.title).toBe('div');
  });
});
