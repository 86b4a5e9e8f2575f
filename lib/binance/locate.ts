// The page model: small pure functions that find things on Binance's API-management page.
// Nothing here uses a class name (Binance's are hashed and change every deploy): lookups go by
// the page's words (words.ts), roles, ARIA and structure, with a structural fallback where a
// word may be missing or wrong. Every find* may return undefined; the guide turns that into a
// message the user can act on.
import { ariaName, BUTTONS, ownText, textOf as text } from '../dom';
import { isAddressText } from '../ip-text';
import { matchesWord, type PageWords } from './words';

/** Binance's API keys are 64 letters and digits. */
export const API_KEY_LENGTH = 64;
const API_KEY = /^[A-Za-z0-9]{64}$/;
// "::" is the shortest text that reads as an address.
const SHORTEST_ADDRESS = 2;
const RADIOS = '[role="radio"], input[type="radio"]';
const CHECKBOXES = '[role="checkbox"], input[type="checkbox"]';
const TEXT_INPUTS = 'input:not([type]), input[type="text"], textarea';

export interface KeyCard {
  element: Element;
  label: string;
  apiKey: string;
}

/** Binance renders the app into #__APP; anything outside it is not Binance's key list. */
export function findAppRoot(doc: Document): Element | undefined {
  return doc.getElementById('__APP') ?? undefined;
}

export function leaves(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => el.children.length === 0 || el.tagName === 'BUTTON');
}

function insideDialog(el: Element, stop: Element): boolean {
  for (let cur: Element | null = el.parentElement; cur && cur !== stop; cur = cur.parentElement) {
    if (cur.getAttribute('role') === 'dialog') return true;
  }
  return false;
}

/**
 * Key cards, without counting buttons (an address tag's remove button or a copy button belongs
 * to something inside a card, not to the card). Around each 64-character key the card is:
 * - the smallest block holding the key's own "Edit restrictions" or "Delete" by word;
 * - in a language we have no words for, with several keys, the item of the list they share;
 * - else the smallest block holding a button with text that does not sit beside a key.
 * A card shows its API key first; a second 64-character string in it is the secret Binance
 * shows once at creation, and is never read as a key. The label is the card's first text.
 */
export function findKeyCards(doc: Document, words: PageWords[]): KeyCard[] {
  const root = findAppRoot(doc);
  if (!root) return [];
  const keyEls = keyLongTexts(root).filter((el) => el.children.length === 0 && API_KEY.test(text(el)));
  const besideKey = new Set(keyEls.map((k) => k.parentElement));
  const holdsAction = actionHolders(root, words);
  const hasOwnAction = (el: Element) => buttons(el).some((b) => /\p{L}/u.test(text(b)) && !besideKey.has(b.parentElement));
  const list = keyEls.length >= 2 ? commonAncestor(keyEls) : undefined;
  const cards: KeyCard[] = [];
  for (const keyEl of keyEls) {
    const card = ancestorWhere(keyEl, root, (el) => holdsAction.has(el)) ?? listItem(keyEl, list, hasOwnAction) ?? ancestorWhere(keyEl, root, hasOwnAction);
    if (!card || cards.some((c) => c.element === card || c.element.contains(card) || card.contains(c.element))) continue;
    const labelEl = firstTextParent(card, (el) => el !== keyEl && el.children.length === 0 && !el.closest(BUTTONS));
    const label = labelEl && text(labelEl);
    if (label === undefined) continue;
    cards.push({ element: card, label, apiKey: text(keyEl) });
  }
  return cards;
}

/**
 * Every element holding an "Edit restrictions" or "Delete" button, in one pass over the
 * buttons. An action inside a dialog belongs to that dialog, not to the blocks around it.
 */
function actionHolders(root: Element, words: PageWords[]): Set<Element> {
  const holders = new Set<Element>();
  for (const button of root.querySelectorAll(BUTTONS)) {
    const label = text(button);
    if (!matchesWord(label, words, 'editRestrictions') && !matchesWord(label, words, 'delete')) continue;
    for (let cur = button.parentElement; cur && cur !== root && !holders.has(cur); cur = cur.parentElement) {
      holders.add(cur);
      if (cur.getAttribute('role') === 'dialog') break;
    }
  }
  return holders;
}

function ancestorWhere(el: Element, root: Element, test: (el: Element) => boolean): Element | undefined {
  for (let cur = el.parentElement; cur && cur !== root; cur = cur.parentElement) if (test(cur)) return cur;
  return undefined;
}

function commonAncestor(els: Element[]): Element | undefined {
  let common: Element | null = els[0]!.parentElement;
  while (common && !els.every((el) => common!.contains(el))) common = common.parentElement;
  return common ?? undefined;
}

/** The list's item that holds the key, if it has actions of its own (else it is a row of one card). */
function listItem(keyEl: Element, list: Element | undefined, hasOwnAction: (el: Element) => boolean): Element | undefined {
  const item = list && [...list.children].find((child) => child.contains(keyEl));
  return item && hasOwnAction(item) ? item : undefined;
}

function buttons(card: Element): Element[] {
  return [...card.querySelectorAll(BUTTONS)].filter((b) => !insideDialog(b, card));
}

/** True while the card shows its edit form (IP-restriction radios or the address input). */
export function isEditing(card: Element): boolean {
  return card.querySelector(RADIOS) !== null || card.querySelector(TEXT_INPUTS) !== null;
}

/** "Edit restrictions"; without a known word, the first text button of a card in its read view. */
export function findEditButton(card: Element, words: PageWords[]): Element | undefined {
  const all = buttons(card);
  const byWord = all.find((b) => matchesWord(text(b), words, 'editRestrictions'));
  if (byWord) return byWord;
  if (isEditing(card)) return undefined;
  // An icon (copy the key) has no text: never the one the step names.
  return all.find((b) => text(b) !== '' && !matchesWord(text(b), words, 'delete'));
}

/** "Delete"; found only so the guide can keep clear of it. */
export function findDeleteButton(card: Element, words: PageWords[]): Element | undefined {
  return buttons(card).find((b) => matchesWord(text(b), words, 'delete'));
}

/** The addresses the card shows as entries (read view or edit-form tags), in page order. */
export function findListedIps(card: Element): string[] {
  const seen = new Set<string>();
  // Only elements with text that could be an address are looked at further.
  for (const el of textParents(card, (data) => /[.:]/.test(data), SHORTEST_ADDRESS)) {
    // A tag may hold its address beside a remove icon: read the element's own text only.
    const own = ownText(el);
    if (isAddressText(own) && !el.closest(BUTTONS) && !insideDialog(el, card)) seen.add(own);
  }
  return [...seen];
}

/** The first element, in page order, holding visible text and passing `accept`. */
function firstTextParent(root: Element, accept: (el: Element) => boolean): Element | undefined {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent && /\S/.test(node.data) && accept(parent)) return parent;
  }
  return undefined;
}

/**
 * The elements holding a text node of at least `minLength` characters that passes `worth`
 * (given the node's raw text: keep it a cheap test), in page order, each once. A walk over text
 * nodes: on a page of thousands of elements it skips every element without text, and reads a
 * node's text (a new string) only when it is long enough.
 */
function textParents(root: Element, worth: (data: string) => boolean, minLength = 1): Element[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Element[] = [];
  let last: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.length < minLength) continue;
    const parent = node.parentElement;
    if (parent && parent !== last && worth(node.data)) out.push((last = parent));
  }
  return out;
}

/** The elements holding a text as long as an API key: a key, or the secret shown once. */
export function keyLongTexts(root: Element): Element[] {
  return textParents(root, (data) => data.trim().length === API_KEY_LENGTH, API_KEY_LENGTH);
}

const REMOVERS = 'button, [role="button"], svg, [aria-label]';

/**
 * The control that removes one address tag from the edit form: inside the smallest block
 * around the address that holds no other address. Only undo uses it, for addresses the
 * guide itself entered.
 */
export function findAddressRemover(card: Element, ip: string): Element | undefined {
  const own = [...card.querySelectorAll('*')].find((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim() === ip));
  for (let tag: Element | null = own ?? null, depth = 0; tag && tag !== card && depth < 3; tag = tag.parentElement, depth++) {
    if (findListedIps(tag).length > 1) break;
    const remover = [...tag.querySelectorAll(REMOVERS)].find((el) => !(el.textContent ?? '').includes(ip) && !isIpInput(el));
    if (remover) return remover;
  }
  return undefined;
}

function isIpInput(el: Element): boolean {
  return el.matches(TEXT_INPUTS);
}

const CONTROLS = `${BUTTONS}, ${RADIOS}, ${CHECKBOXES}, input, textarea, select`;

/**
 * A control's label, by every way a page ties one to it: its accessible name (aria-label,
 * aria-labelledby), a wrapping <label> or one pointing at it, its own text, and else the
 * nearest text in the same row (a label drawn beside the box).
 */
export function labelOf(el: Element): string {
  const doc = el.ownerDocument;
  const named = ariaName(el);
  if (named) return named;
  const wrapping = el.closest('label');
  if (wrapping && text(wrapping)) return text(wrapping);
  if (el.id) {
    // Ids are not unique on Binance's page: prefer a label near the control.
    const scope = el.parentElement?.parentElement?.parentElement ?? doc;
    const pointing = [...scope.querySelectorAll('label')].find((l) => l.htmlFor === el.id) ?? [...doc.querySelectorAll('label')].find((l) => l.htmlFor === el.id);
    if (pointing && text(pointing)) return text(pointing);
  }
  if (el.tagName !== 'INPUT' && text(el)) return text(el);
  for (let cur: Element | null = el, depth = 0; cur && depth < 3; cur = cur.parentElement, depth++) {
    for (const near of [cur.nextElementSibling, cur.previousElementSibling]) {
      if (near && !near.matches(CONTROLS) && !near.querySelector(CONTROLS) && text(near)) return text(near);
    }
  }
  return '';
}

export function isChecked(el: Element): boolean {
  return el.getAttribute('aria-checked') === 'true' || (el.tagName === 'INPUT' && (el as HTMLInputElement).checked);
}

export interface RestrictionRadios {
  unrestricted: Element;
  restricted: Element;
}

/**
 * The "IP access restrictions" options that matter: "Unrestricted" and "trusted IPs only",
 * never a third-party option. By word first; without words, by position (below).
 */
export function findRestrictionRadios(card: Element, words: PageWords[]): RestrictionRadios | undefined {
  const radios = [...card.querySelectorAll(RADIOS)].filter((r) => !insideDialog(r, card));
  const restricted = radios.find((r) => matchesWord(labelOf(r), words, 'restricted'));
  const unrestricted = radios.find((r) => matchesWord(labelOf(r), words, 'unrestricted'));
  if (restricted && unrestricted) return { restricted, unrestricted };
  // Without words, by position: the page lists "Unrestricted" first and "trusted IPs only"
  // second; a third option (trusted third-party IPs) is inferred to come after them.
  if (radios.length === 2 || radios.length === 3) return { unrestricted: radios[0]!, restricted: radios[1]! };
  return undefined;
}

/** The address input of the edit form. */
export function findIpInput(card: Element): HTMLInputElement | HTMLTextAreaElement | undefined {
  return [...card.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_INPUTS)].find((i) => !insideDialog(i, card));
}

/**
 * The address editor: the largest block around the input that holds no radio and no checkbox
 * (the restriction choice and the permissions are outside it). Confirm is looked for only here.
 */
function addressEditor(card: Element, input: Element): Element {
  let editor = input.parentElement ?? card;
  for (let cur = editor.parentElement; cur && cur !== card && card.contains(cur); cur = cur.parentElement) {
    if (cur.querySelector(RADIOS) || cur.querySelector(CHECKBOXES)) break;
    editor = cur;
  }
  return editor;
}

/** The edit form's address list: the input, its Confirm and the address tags. */
export function findAddressEditor(card: Element): Element | undefined {
  const input = findIpInput(card);
  return input && addressEditor(card, input);
}

/**
 * "Confirm" beside the address input; without the word, the one button next to the input.
 * Never Save, Cancel or Delete, and never a button outside the address editor.
 */
export function findConfirmButton(card: Element, input: Element, words: PageWords[]): Element | undefined {
  const editor = addressEditor(card, input);
  const forbidden = new Set([findSaveButton(card, words), findCancelButton(card, words), findDeleteButton(card, words)]);
  const candidates = buttons(editor).filter(
    (b) => !forbidden.has(b) && !(['save', 'cancel', 'delete'] as const).some((key) => matchesWord(text(b), words, key)),
  );
  const byWord = candidates.find((b) => matchesWord(text(b), words, 'confirm'));
  if (byWord) return byWord;
  for (let cur = input.parentElement; cur && editor.contains(cur); cur = cur.parentElement) {
    const near = candidates.filter((b) => cur!.contains(b));
    if (near.length === 1) return near[0];
    if (near.length > 1) return undefined;
  }
  return undefined;
}

export type PermissionKey = 'spotMargin' | 'withdrawals';

/** A permission checkbox, by its label's words. No structural guess: a wrong box is worse than none. */
export function findPermission(card: Element, words: PageWords[], key: PermissionKey): Element | undefined {
  return [...card.querySelectorAll(CHECKBOXES)].find((c) => !insideDialog(c, card) && matchesWord(labelOf(c), words, key));
}

/**
 * The form's own buttons, for the structural fallbacks: buttons with text of their own, outside
 * the address editor. An address tag's remove button or a copy icon is never one of them.
 */
function formButtons(card: Element): Element[] {
  const input = findIpInput(card);
  const editor = input ? addressEditor(card, input) : undefined;
  return buttons(card).filter((b) => text(b) !== '' && !editor?.contains(b));
}

/** "Save" of the edit form; without the word, the form's last button. */
export function findSaveButton(card: Element, words: PageWords[]): Element | undefined {
  if (!isEditing(card)) return undefined;
  return buttons(card).find((b) => matchesWord(text(b), words, 'save')) ?? formButtons(card).at(-1);
}

/** "Cancel" of the edit form; without the word, the button before Save. */
export function findCancelButton(card: Element, words: PageWords[]): Element | undefined {
  if (!isEditing(card)) return undefined;
  return buttons(card).find((b) => matchesWord(text(b), words, 'cancel')) ?? formButtons(card).at(-2);
}
