// What the guide needs before it can start, asked for at once while Binance's page is still
// loading, so all of it is here when the key list arrives: the background's state, the page's
// words, the guide's styles and a body to hang the guide on.
import { pageWords } from '@/lib/binance/locale';
import { readPackaged } from '@/lib/chunk';
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

/** The guide's stylesheet (entrypoints/guide-style.css): read with the words, kept for the next visit. */
let styles: string | undefined;

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
  const words = localeFromPath(url.pathname) ? pageWords(doc, url.pathname) : undefined;
  styles ??= readPackaged('/assets/guide-style.css');
  const css = styles;
  void body.then(() => {
    if (signal.aborted) return;
    started = start(words ?? pageWords(doc, url.pathname), css);
    if (latest) started.setInputs(latest);
  });
}
