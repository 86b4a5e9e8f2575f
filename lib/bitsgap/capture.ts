// Reading Bitsgap's trusted-IP pop-up for Binance (Extend / Renew / Fix on My exchanges). The
// pop-up's markup is not public: nothing here relies on a class name or on the exchange being
// named in the pop-up's text. A dialog is taken for Binance's only when the user's own click on
// Extend / Renew / Fix / Refresh in the row of the exchange named Binance opened it, it is shown
// (on screen, not clipped, faded or covered) and its title names no other exchange. A title
// alone, or "Binance" somewhere in a dialog, is never enough: a page can plant either.
import { ariaName, BUTTONS, DIALOGS, dialogTitle, isCovered, isHidden, ownText, squash, whyUnseen } from '../dom';
import { ADDRESS_LIKE, canonicalIp, isAddressText } from '../ip-text';

// Exchanges Bitsgap connects, as their names stand alone in a row or a title.
const EXCHANGES = /^(binance|binance futures|binance us|binance tr|okx|bybit|kucoin|kraken|coinbase|coinbase pro|bitfinex|gate\.io|gateio|huobi|htx|bitget|bitstamp|gemini|poloniex|crypto\.com|mexc|bingx|bitmex|deribit)$/i;
const BINANCE = /^binance( futures)?$/i;
// The buttons that open the trusted-IP pop-up, or Refresh beside them.
const OPENERS = /^(extend|renew|fix|refresh|продлить|обновить|исправить)\b/i;

export type Exchange = 'binance' | 'other';
export type CaptureReason = 'row' | 'title';

export interface CapturedList {
  dialog: Element;
  ips: string[];
  reason: CaptureReason;
}

/** The exchange a name stands for, when it is exactly an exchange's name. */
export function exchangeOfName(name: string): Exchange | undefined {
  const text = squash(name);
  if (!EXCHANGES.test(text)) return undefined;
  return BINANCE.test(text) ? 'binance' : 'other';
}

/** Names an element shows for an exchange: its own text, an image's alt text, its accessible name. */
function namesIn(root: Element): Exchange[] {
  const found: Exchange[] = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const name of [ownText(el), el.getAttribute('alt'), el.getAttribute('aria-label'), el.getAttribute('title')]) {
      const exchange = name ? exchangeOfName(name) : undefined;
      if (exchange) found.push(exchange);
    }
  }
  return found;
}

/** True for Extend / Renew / Fix / Refresh, by text or accessible name. */
export function isOpener(button: Element): boolean {
  return OPENERS.test(ariaName(button) || squash(button.textContent));
}

/** What Bitsgap's page takes for a button: its links act as buttons too. */
export const CONTROLS = `${BUTTONS}, a`;

/** A list of rows: two or more children that each hold their own text and an opener. */
function isListOfRows(el: Element): boolean {
  let rows = 0;
  for (const child of el.children) {
    if (child.matches(CONTROLS) || ![...child.querySelectorAll(CONTROLS)].some(isOpener)) continue;
    const text = [...child.querySelectorAll('*'), child].some((e) => !e.closest(CONTROLS) && ownText(e) !== '');
    if (text) rows += 1;
  }
  return rows >= 2;
}

/**
 * The row a button sits in and the exchange it names: the smallest block around the button
 * that names an exchange. Reaching a list of rows first (the button's own row names none, as a
 * bot's does), or a block naming two exchanges, gives no answer rather than a guess.
 */
export function rowOf(button: Element): { row: Element; exchange: Exchange } | undefined {
  for (let cur = button.parentElement; cur && cur !== cur.ownerDocument.body; cur = cur.parentElement) {
    if (isListOfRows(cur)) return undefined;
    const names = namesIn(cur);
    if (names.length > 0) return names.every((n) => n === names[0]) ? { row: cur, exchange: names[0]! } : undefined;
  }
  return undefined;
}

export function rowExchange(button: Element): Exchange | undefined {
  return rowOf(button)?.exchange;
}

/**
 * Which exchange a title names as a word. A title about a bot is never Binance's pop-up, even
 * when the bot is named after Binance: it counts as another's.
 */
export function titleExchange(title: string): Exchange | undefined {
  if (/\bbots?\b/i.test(title)) return 'other';
  const words = title.split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
  const named = new Set<Exchange>();
  for (let i = 0; i < words.length; i++) {
    const pair = words.slice(i, i + 2).join(' ');
    const exchange = /^binance$/i.test(words[i]!) && /^(us|tr)$/i.test(words[i + 1] ?? '') ? 'other' : (exchangeOfName(pair) ?? exchangeOfName(words[i]!));
    if (exchange) named.add(exchange);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * Address-like tokens a person can see in the dialog, in order: text node by text node (chips
 * may stand side by side with nothing between them), and the values of its text fields.
 */
export function visibleTokens(dialog: Element): string[] {
  const tokens: string[] = [];
  const walker = dialog.ownerDocument.createTreeWalker(dialog, 0x1 | 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let text: string | undefined;
    if (node.nodeType === 3) text = node.textContent ?? '';
    else if ((node as Element).matches('input, textarea')) text = (node as HTMLInputElement).value;
    if (!text) continue;
    const owner = node.nodeType === 3 ? node.parentElement : (node as Element);
    if (!owner || isHidden(owner, dialog)) continue;
    for (const raw of text.split(/[\s,;]+/)) {
      const token = raw.replace(/^[([{"'«“]+|[)\]}"'».:”]+$/g, '');
      if (ADDRESS_LIKE.test(token)) tokens.push(token);
    }
  }
  return tokens;
}

/**
 * The open dialog that is Bitsgap's trusted-IP pop-up for Binance, with its addresses. `opener`
 * is the exchange of the row whose Extend / Renew / Fix / Refresh the user last clicked;
 * `openedSince(dialog)` says the dialog appeared after that click. A dialog with anything
 * address-like that fails the contract's rules yields nothing: better no offer than a wrong
 * address.
 */
export function findTrustedIpDialog(doc: Document, opener: Exchange | undefined, openedSince: (dialog: Element) => boolean = () => true): CapturedList | undefined {
  if (opener !== 'binance') return undefined;
  for (const dialog of doc.querySelectorAll(DIALOGS)) {
    if (!openedSince(dialog) || isHidden(dialog, dialog) || whyUnseen(dialog) || isCovered(dialog)) continue;
    const titled = titleExchange(dialogTitle(dialog));
    if (titled === 'other') continue;
    const reason: CaptureReason = titled === 'binance' ? 'title' : 'row';
    const tokens = visibleTokens(dialog);
    if (tokens.length === 0) continue;
    // Every token must be a well-formed address; the background then checks the contract's
    // rules (public, not reserved) before it stores anything.
    if (!tokens.every(isAddressText)) continue;
    return { dialog, ips: [...new Set(tokens.map(canonicalIp))], reason };
  }
  return undefined;
}
