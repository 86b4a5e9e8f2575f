// Binance's API-management page as the guide sees it (lib/exchange.ts's ExchangePage): the key
// cards and their controls, the user's clicks, the dialogs Binance opens, and the form filler.
import { type CardControl, type ExchangePage, type FormActions, type PageEvents } from '../exchange';
import type { watchDialogs } from './dialogs';
import type { FormFiller } from './fill';
import { findAddressEditor, findAppRoot, findCancelButton, findEditButton, findKeyCards, findRestrictionRadios, findSaveButton, type KeyCard } from './locate';
import { snapshotCards } from './snapshot';
import { watchPage, type PageWatch } from './watch';
import type { PageWords } from './words';

// While pasting or waiting for a save, how often to look for Binance's dialogs.
const DIALOG_POLL_MS = 250;

/** What the guide loads beside itself, off its first paint, and on the first Paste. */
export interface Later {
  /** The dialog watcher (lib/binance/dialogs.ts). */
  dialogs: Promise<typeof watchDialogs>;
  /** The form filler (entrypoints/paste.ts), loaded on the user's first Paste. */
  filler: () => Promise<FormFiller>;
}

export function binancePage(doc: Document, words: PageWords[], later: Later): ExchangePage {
  let cards: KeyCard[] = [];
  let filler: FormFiller | undefined;
  let watch: PageWatch | undefined;
  let dialogs: ReturnType<typeof watchDialogs> | undefined;

  const find = (apiKey: string) => cards.find((c) => c.apiKey === apiKey && c.element.isConnected) ?? findKeyCards(doc, words).find((c) => c.apiKey === apiKey);
  const element = (apiKey: string) => find(apiKey)?.element;

  /**
   * Which of the card's controls a click landed on. Save counts only as the page drew it for this
   * form (the filler checks: a page can stretch it invisibly over the window to catch a click
   * meant for something else). A Save matters only after a Paste, so the filler is there by then.
   */
  const controlHit = (card: Element, hit: Node): CardControl | undefined => {
    const save = findSaveButton(card, words);
    if (save?.contains(hit)) return filler?.saveAsDrawn(card, save) ? 'save' : undefined;
    if (findCancelButton(card, words)?.contains(hit)) return 'cancel';
    return findEditButton(card, words)?.contains(hit) ? 'edit' : undefined;
  };

  return {
    watch(events: PageEvents, signal) {
      watch = watchPage(findAppRoot(doc) ?? doc.body, events.changed, events.moved, signal);
      void later.dialogs.then((start) => {
        if (signal.aborted) return;
        dialogs = start(doc, words, events, signal);
        events.layers();
      });
      // The user's own clicks on a card: observed, never stopped; Binance does what it always does.
      doc.addEventListener(
        'click',
        (event) => {
          if (!event.isTrusted) return;
          const hit = event.target as Node;
          const card = cards.find((c) => c.element.isConnected && c.element.contains(hit)) ?? findKeyCards(doc, words).find((c) => c.element.contains(hit));
          if (card) events.clicked(card.apiKey, controlHit(card.element, hit));
        },
        { capture: true, passive: true, signal },
      );
    },
    poll(tick, signal) {
      const timer = setInterval(tick, DIALOG_POLL_MS);
      signal.addEventListener('abort', () => clearInterval(timer), { once: true });
    },
    read(trusted) {
      cards = findKeyCards(doc, words);
      watch?.focus(cards.map((c) => c.element));
      return snapshotCards(cards, words, trusted);
    },
    control(apiKey, which) {
      const card = element(apiKey);
      if (!card) return undefined;
      switch (which) {
        case 'edit':
          return findEditButton(card, words);
        case 'restricted':
          return findRestrictionRadios(card, words)?.restricted;
        case 'save':
          return findSaveButton(card, words);
        case 'cancel':
          return findCancelButton(card, words);
        case 'addresses':
          return findAddressEditor(card);
        case 'card':
          return card;
      }
    },
    box(apiKey) {
      const r = cards.find((c) => c.apiKey === apiKey)?.element.getBoundingClientRect();
      return r && { top: r.top, left: r.left, width: r.width, height: r.height };
    },
    dialogs(twoFa, others) {
      return dialogs?.look(twoFa, others) ?? { twoFa: false };
    },
    async form(): Promise<FormActions> {
      filler = await later.filler();
      const { pasteTrustedIps, turnOffWithdrawals, removeAddress, pageOutline } = filler;
      return {
        paste: (request) => pasteTrustedIps({ ...request, getCard: () => element(request.apiKey), words }),
        turnOffWithdrawals: (apiKey) => {
          const card = element(apiKey);
          return card !== undefined && turnOffWithdrawals(card, words);
        },
        removeAddress: (apiKey, ip) => {
          const card = element(apiKey);
          return card !== undefined && removeAddress(card, ip);
        },
        outline: (apiKey) => pageOutline(doc, words, apiKey),
      };
    },
  };
}
