// What the guide needs before it can start, asked for at once while Binance's page is still
// loading, so all of it is here when the key list arrives: the background's state, the page's
// words, the guide's styles and a body to hang the guide on.
import { browser } from 'wxt/browser';
import { pageWords } from '@/lib/binance/locale';
import { localeFromPath } from '@/lib/binance/route';
import type { PageWords } from '@/lib/binance/words';
import { listenToBackground } from '@/lib/page-link';
import type { PageState } from '@/lib/protocol';

/** The started guide, as the background reaches it. */
export interface StartedGuide {
  setInputs(state: PageState): void;
  /** The user's shortcut. */
  focusIn(): void;
}

/** The guide's stylesheet (entrypoints/guide-style.css): fetched with the words, kept for the next visit. */
let styles: Promise<string> | undefined;

/** Calls `start` once the words, the styles and a body are there, then hands it every state the background pushes. */
export function prepareGuide(doc: Document, url: URL, signal: AbortSignal, start: (words: PageWords[], css: string) => StartedGuide): void {
  let latest: PageState | undefined;
  let started: StartedGuide | undefined;
  listenToBackground(
    signal,
    (state) => {
      latest = state;
      started?.setInputs(state);
    },
    () => started?.focusIn(),
  );
  const body = new Promise<void>((resolve) => {
    if (doc.body) resolve();
    else doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true, signal });
  });
  // Without a locale in the URL the words follow <html lang>, which may not be parsed yet.
  const wordsReady = localeFromPath(url.pathname) ? pageWords(doc, url.pathname) : body.then(() => pageWords(doc, url.pathname));
  styles ??= fetch(browser.runtime.getURL('/assets/guide-style.css' as '/')).then((r) => r.text(), () => '');
  void Promise.all([wordsReady, styles, body]).then(([words, css]) => {
    if (signal.aborted) return;
    started = start(words, css);
    if (latest) started.setInputs(latest);
  });
}
