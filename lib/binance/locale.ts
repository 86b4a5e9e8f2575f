import { readPackaged } from '../chunk';
import { localeFromPath } from './route';
import { withEnglish, wordsKey, type PageWords } from './words';

/** The page's locale: the URL prefix when there is one (it is more specific), else <html lang>. */
export function pageLocale(doc: Document, pathname: string): string | undefined {
  return localeFromPath(pathname) ?? (doc.documentElement.getAttribute('lang') || undefined);
}

/** One words file of the extension's own, read once; without it the lookups go by structure alone, as for a language we have no words for. */
const files = new Map<string, PageWords | undefined>();
function wordsFile(key: string | undefined): PageWords | undefined {
  if (!key) return undefined;
  if (!files.has(key)) {
    try {
      files.set(key, JSON.parse(readPackaged(`/words/${key}.json`)) as PageWords);
    } catch {
      files.set(key, undefined);
    }
  }
  return files.get(key);
}

/** The words to look for on this page: its language's file, and English's. */
export function pageWords(doc: Document, pathname: string): PageWords[] {
  const key = wordsKey(pageLocale(doc, pathname));
  return withEnglish(wordsFile(key), wordsFile('en'));
}
