// The page words as the guide gets them (lib/binance/locale.ts fetches public/words/<key>.json
// from the extension), read from disk for tests that run without a browser.
import { readFileSync } from 'node:fs';
import { WORD_LOCALES, withEnglish, wordsKey, type PageWords } from '@/lib/binance/words';

/** Every language's words, English included. */
export const WORDS: Record<string, PageWords> = Object.fromEntries(['en', ...WORD_LOCALES].map((key) => [key, JSON.parse(readFileSync(`public/words/${key}.json`, 'utf8')) as PageWords]));

/** The words for a page in `locale`, then English: what the guide looks for. */
export function wordsFor(locale: string | undefined): PageWords[] {
  const key = wordsKey(locale);
  return withEnglish(key ? WORDS[key] : undefined, WORDS.en);
}

