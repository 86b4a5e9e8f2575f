// "Copy a report": the outline a user pastes into a bug report shows the page's shape and which
// of Binance's words were found, and never a key, an address, a label or any other page text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageLocale } from '@/lib/binance/locale';
import { findKeyCards } from '@/lib/binance/locate';
import { pageOutline } from '@/lib/binance/report';
import { wordsFor } from '../support/words';

const parse = (name: string) => new DOMParser().parseFromString(readFileSync(`tests/fixtures/binance/${name}.html`, 'utf8'), 'text/html');

describe.each(['en', 'ru', 'es', 'ja'] as const)('page outline, %s', (locale) => {
  it.each(['list', 'edit-unrestricted', 'edit-restricted'])('%s: the card’s shape and the words seen, with no key, address, label or sentence of the page', (name) => {
    const doc = parse(`${locale}-${name}`);
    const words = wordsFor(pageLocale(doc, `/${locale}/my/settings/api-management`));
    const cards = findKeyCards(doc, words);
    expect(cards.length).toBeGreaterThan(0);
    const outline = pageOutline(doc, words, cards[0]!.apiKey);
    expect(outline).toContain(`key cards: ${cards.length} · around: the key card`);
    expect(outline.split('\n').length).toBeGreaterThan(5);
    // Every text the page holds, of two characters or more, stays out: keys, addresses, labels, words.
    const texts = new Set([...doc.body.querySelectorAll('*')].flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent!.trim())).filter((t) => t.length >= 2));
    for (const card of cards) texts.add(card.apiKey).add(card.label);
    for (const text of texts) expect(outline.includes(text) && !/^[a-z]+$/.test(text), `the outline quotes “${text}”`).toBe(false);
    expect(outline).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
  });
});
