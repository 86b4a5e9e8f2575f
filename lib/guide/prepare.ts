// What the guide needs before it can start, asked for at once while Binance's page is still
// loading, so all of it is here when the key list arrives: the background's state, the page's
// words and a body to hang the guide on.
import { pageWords } from '../binance/locale';
import { localeFromPath } from '../binance/route';
import type { PageWords } from '../binance/words';
import { listenToBackground } from '../page-link';
import type { PageState } from '../protocol';

/** The started guide, as the background reaches it. */
export interface StartedGuide {
  setInputs(state: PageState): void;
  /** The user's shortcut. */
  focusIn(): void;
}

/** Calls `start` once the words and a body are there, then hands it every state the background pushes. */
export function prepareGuide(doc: Document, url: URL, signal: AbortSignal, start: (words: PageWords[]) => StartedGuide): void {
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
  void Promise.all([wordsReady, body]).then(([words]) => {
    if (signal.aborted) return;
    started = start(words);
    if (latest) started.setInputs(latest);
  });
}
