// The words Binance's API-management page shows, per locale, that the page model matches on.
// Matching is case-insensitive on a prefix of the element's own text, so "(Recommended)" and
// similar tails don't matter. `confirmed: false` marks a locale whose words we could not check
// against the live page; the structural fallbacks in locate.ts cover a word that is wrong.

import { squash } from '../dom';

export interface PageWords {
  /** Words seen on Binance's real page (../shared/FIELD-NOTES.md); every other word is a guess, and structure carries the lookup without it. */
  seen: string[];
  editRestrictions: string[];
  delete: string[];
  unrestricted: string[];
  restricted: string[];
  confirm: string[];
  save: string[];
  cancel: string[];
  spotMargin: string[];
  withdrawals: string[];
  securityVerification: string[];
}


/**
 * Each language's words are a file of their own (public/words/<key>.json), fetched for the page's
 * language only, with English's: every Binance language inline would cost every user the bytes of all.
 */
export const WORD_LOCALES = ['ru', 'es', 'pt', 'tr', 'uk', 'fr', 'de', 'vi', 'zh-CN'];

/** Which words file serves a locale such as "en-IN", "uk-UA", "pt-BR" or "zh-CN": the exact one, then the language alone. */
export function wordsKey(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const exact = WORD_LOCALES.find((k) => k.toLowerCase() === locale.toLowerCase());
  const language = locale.split('-')[0]!.toLowerCase();
  return exact ?? WORD_LOCALES.find((k) => k === language);
}

/** A language's words, then English, which is always tried too: Binance leaves some strings untranslated. */
export function withEnglish(entry: PageWords | undefined, english: PageWords | undefined): PageWords[] {
  return [entry, english].filter((w) => w !== undefined);
}

/** Normalises text for matching: as a person reads it, lower case, curly quotes straightened. */
export function normalise(text: string): string {
  return squash(text).replace(/[’‘]/g, "'").toLowerCase();
}

/** True when `text` starts with one of the words for `key` in any of `words`. */
export function matchesWord(text: string, words: PageWords[], key: Exclude<keyof PageWords, 'seen'>): boolean {
  const t = normalise(text);
  if (!t) return false;
  return words.some((w) => w[key].some((word) => t.startsWith(normalise(word))));
}
