// Binance's API-management page as the guide sees it (lib/exchange.ts's ExchangePage): the key
// cards and their controls, the dialogs Binance opens, the user's clicks, and the form filler.
import { observe } from '../dom';
import { matchesPattern, type CardControl, type ExchangePage, type FormActions } from '../exchange';
import type { FormFiller } from './fill';
import { findAppRoot, findCancelButton, findEditButton, findKeyCards, findMaskLayers, findRestrictionRadios, findSaveButton, findTwoFaDialog, findUnknownDialog, type KeyCard } from './locate';
import { snapshotCards } from './snapshot';
import { watchPage, type PageWatch } from './watch';
import type { PageWords } from './words';

// While pasting or waiting for a save, how often to look for Binance's dialogs.
const DIALOG_POLL_MS = 250;

/** `loadFiller`: the form filler (entrypoints/paste.ts), loaded on the user's first Paste. */
export function binancePage(doc: Document, words: PageWords[], loadFiller: () => Promise<FormFiller>): ExchangePage {
  let cards: KeyCard[] = [];
  let watch: PageWatch | undefined;
  let onLayers: (() => void) | undefined;
  // Modals without dialog markup, as the last hit test found them. A look takes those and asks
  // for a new hit test once the next frame has painted: one before that frame is drawn (the
  // list's first) makes the browser pre-paint the page before the ring is in, and again after.
  // A modal found then is looked at again at once. While the guide waits (for the key list, or
  // for Bitsgap's) nothing reads them and none is asked for: a busy page is looked at every few
  // frames then, and a hit test due just as the key list is committed drew that list outside
  // its own frame (seen in traces).
  let masks: Element[] = [];
  let hitTesting = false;
  let stopped: AbortSignal | undefined;

  const find = (apiKey: string) => cards.find((c) => c.apiKey === apiKey && c.element.isConnected) ?? findKeyCards(doc, words).find((c) => c.apiKey === apiKey);
  const element = (apiKey: string) => find(apiKey)?.element;

  const hitTestSoon = () => {
    if (hitTesting) return;
    hitTesting = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        hitTesting = false;
        if (stopped?.aborted) return;
        const found = findMaskLayers(doc);
        if (found.length === masks.length && found.every((m, i) => m === masks[i])) return;
        masks = found;
        onLayers?.();
      }),
    );
  };

  /** Which of the card's controls a click landed on. */
  const controlHit = (card: Element, hit: Node): CardControl | undefined => {
    if (findSaveButton(card, words)?.contains(hit)) return 'save';
    if (findCancelButton(card, words)?.contains(hit)) return 'cancel';
    return findEditButton(card, words)?.contains(hit) ? 'edit' : undefined;
  };

  return {
    watch(events, signal) {
      stopped = signal;
      onLayers = events.layers;
      watch = watchPage(findAppRoot(doc) ?? doc.body, events.changed, events.moved, signal);
      // Binance's dialogs (2FA after Save, a confirmation mid-paste) open outside the cards,
      // often in a shadow root: one added to <body> is seen at once.
      observe(doc.body, events.layers, { signal, childList: true });
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
    read(trusted, pattern, firstLook) {
      cards = findKeyCards(doc, words);
      const first = firstLook ? cards.filter((c) => matchesPattern(c.label, pattern)) : cards;
      const now = first.length > 0 ? first : cards;
      watch?.focus(cards.map((c) => c.element));
      return { cards: snapshotCards(now, words, trusted), more: now.length < cards.length };
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
        case 'card':
          return card;
      }
    },
    box(apiKey) {
      const r = cards.find((c) => c.apiKey === apiKey)?.element.getBoundingClientRect();
      return r && { top: r.top, left: r.left, width: r.width, height: r.height };
    },
    dialogs(twoFa, others) {
      const found = { twoFa: twoFa && findTwoFaDialog(doc, words, masks) !== undefined, asking: others ? findUnknownDialog(doc, words, masks) : undefined };
      if (others) hitTestSoon();
      return found;
    },
    async form(): Promise<FormActions> {
      const filler = await loadFiller();
      return {
        paste: (request) => filler.pasteTrustedIps({ ...request, getCard: () => element(request.apiKey), words }),
        turnOffWithdrawals: (apiKey) => {
          const card = element(apiKey);
          return card !== undefined && filler.turnOffWithdrawals(card, words);
        },
      };
    },
  };
}
