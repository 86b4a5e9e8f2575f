import { browser } from 'wxt/browser';
import { localeFromPath } from './route';
import { withEnglish, wordsKey, type PageWords } from './words';

/** The page's locale: the URL prefix when there is one (it is more specific), else <html lang>. */
export function pageLocale(doc: Document, pathname: string): string | undefined {
  return localeFromPath(pathname) ?? (doc.documentElement.getAttribute('lang') || undefined);
}

/** The words to look for on this page: its language's file (the extension's own), and English. */
export async function pageWords(doc: Document, pathname: string): Promise<PageWords[]> {
  const key = wordsKey(pageLocale(doc, pathname));
  if (!key) return withEnglish(undefined);
  try {
    const response = await fetch(browser.runtime.getURL(`/words/${key}.json` as '/'));
    return withEnglish((await response.json()) as PageWords);
  } catch {
    // Without them the lookups go by structure alone, as for a language we have no words for.
    return withEnglish(undefined);
  }
}
