import { browser } from 'wxt/browser';
import { localeFromPath } from './route';
import { withEnglish, wordsKey, type PageWords } from './words';

/** The page's locale: the URL prefix when there is one (it is more specific), else <html lang>. */
export function pageLocale(doc: Document, pathname: string): string | undefined {
  return localeFromPath(pathname) ?? (doc.documentElement.getAttribute('lang') || undefined);
}

/** One words file of the extension's own; without it the lookups go by structure alone, as for a language we have no words for. */
async function wordsFile(key: string | undefined): Promise<PageWords | undefined> {
  if (!key) return undefined;
  try {
    return (await (await fetch(browser.runtime.getURL(`/words/${key}.json` as '/'))).json()) as PageWords;
  } catch {
    return undefined;
  }
}

/** The words to look for on this page: its language's file, and English's. */
export async function pageWords(doc: Document, pathname: string): Promise<PageWords[]> {
  const key = wordsKey(pageLocale(doc, pathname));
  const [own, english] = await Promise.all([wordsFile(key), wordsFile('en')]);
  return withEnglish(own, english);
}
