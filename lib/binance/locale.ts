import { localeFromPath } from './route';
import { wordsFor, type PageWords } from './words';

/** The page's locale: the URL prefix when there is one (it is more specific), else <html lang>. */
export function pageLocale(doc: Document, pathname: string): string | undefined {
  return localeFromPath(pathname) ?? (doc.documentElement.getAttribute('lang') || undefined);
}

export function pageWords(doc: Document, pathname: string): PageWords[] {
  return wordsFor(pageLocale(doc, pathname));
}
