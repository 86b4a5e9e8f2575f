// "Copy a report": when the live page defeats a lookup, an outline of the page around the key's
// card that a user can paste into a bug report. It holds structure only (tags, roles, states,
// how long each text is, which of the extension's own words were seen); never a key, an
// address, or any other text of the page (PRIVACY.md).
import { ownText } from '../dom';
import { isAddressText } from '../ip-text';
import { API_KEY_LENGTH, findAppRoot, findKeyCards } from './locate';
import { matchesWord, type PageWords } from './words';

// Enough of the page to see its shape, small enough to paste.
const MAX_DEPTH = 12;
const MAX_LINES = 400;
const WORD_KEYS = ['editRestrictions', 'delete', 'unrestricted', 'restricted', 'confirm', 'save', 'cancel', 'spotMargin', 'withdrawals', 'securityVerification'] as const;
const STATES = ['role', 'type', 'aria-checked', 'aria-modal', 'aria-disabled', 'disabled', 'hidden'];

/** What kind of text an element holds of its own: which known word, an address, a key, or just its length. */
function textKind(el: Element, words: PageWords[]): string {
  const own = ownText(el);
  if (!own) return '';
  const word = WORD_KEYS.find((key) => matchesWord(own, words, key));
  if (word) return ` w:${word}`;
  if (isAddressText(own)) return ' ip';
  if (own.length === API_KEY_LENGTH && /^[A-Za-z0-9]+$/.test(own)) return ' key';
  return ` t${own.length}`;
}

function line(el: Element, depth: number, words: PageWords[]): string {
  const states = STATES.flatMap((name) => {
    const value = el.getAttribute(name);
    // Values are the markup's own few tokens (role names, true/false), never free text.
    return value === null ? [] : [name === 'hidden' || name === 'disabled' ? name : `${name}=${/^[a-z-]{1,20}$/i.test(value) ? value : '?'}`];
  });
  const label = el.hasAttribute('aria-label') ? ` label${(el.getAttribute('aria-label') ?? '').length}` : '';
  const shadow = el.shadowRoot ? ' #shadow' : '';
  return `${'  '.repeat(depth)}${el.tagName.toLowerCase()}${states.length ? `[${states.join(' ')}]` : ''}${label}${textKind(el, words)}${shadow}`;
}

/** The outline, around the card of `apiKey` when it is found, else around Binance's app root. */
export function pageOutline(doc: Document, words: PageWords[], apiKey?: string): string {
  const cards = findKeyCards(doc, words);
  const root = cards.find((c) => c.apiKey === apiKey)?.element ?? findAppRoot(doc) ?? doc.body;
  const seen = WORD_KEYS.filter((key) => [...root.querySelectorAll('*')].some((el) => matchesWord(ownText(el), words, key)));
  const lines = [
    `ipwl page outline · lang=${(doc.documentElement.lang || '?').slice(0, 10)} · key cards: ${cards.length} · around: ${root === doc.body ? 'body' : cards.some((c) => c.element === root) ? 'the key card' : 'app root'}`,
    `words seen: ${seen.join(', ') || 'none'}`,
    `words not seen: ${WORD_KEYS.filter((k) => !seen.includes(k)).join(', ') || 'none'}`,
  ];
  const walk = (el: Element, depth: number) => {
    if (lines.length >= MAX_LINES || depth > MAX_DEPTH) return;
    lines.push(line(el, depth, words));
    for (const child of el.children) walk(child, depth + 1);
    if (el.shadowRoot) for (const child of el.shadowRoot.children) walk(child, depth + 1);
  };
  walk(root, 0);
  return lines.join('\n');
}
