// A content script in two parts: a tiny loader that runs on every page of the site, and the
// rest, loaded only where it has work to do. The rest is a web-accessible file of the
// extension's own (never remote code), imported into the content script's isolated world,
// where it hands the loader its entry points through a global the page cannot see.
import { browser } from 'wxt/browser';

/** What a part that serves a page offers its loader. */
export interface Chunk {
  /** The page is (still) one the part serves, at this URL. */
  show(signal: AbortSignal, url: URL): void;
  /** The page no longer is. */
  hide(): void;
}

type Registry = { __ipwlChunks?: Record<string, unknown> };

/** Called by the loaded part as it is evaluated. */
export function registerChunk<T = Chunk>(name: string, chunk: T): void {
  const registry = globalThis as Registry;
  (registry.__ipwlChunks ??= {})[name] = chunk;
}

/** What `/<name>.js` registered: at once if the browser injected it already, else imported. */
export async function loadChunk<T = Chunk>(name: string): Promise<T> {
  if (!(globalThis as Registry).__ipwlChunks?.[name]) await import(/* @vite-ignore */ browser.runtime.getURL(`/${name}.js` as '/'));
  const chunk = (globalThis as Registry).__ipwlChunks?.[name];
  if (!chunk) throw new Error(`ipwl: ${name}.js registered nothing`);
  return chunk as T;
}

/**
 * A small file of the extension's own (the guide's words and stylesheet), read at once. On
 * purpose synchronous, our own instead of fetch: a fetch's answer queues behind the page's own
 * scripts while Binance loads, and the guide then missed the key list's first paint in 10 of 15
 * runs (npm run bench); reading a packaged file takes about a millisecond. Empty when unreadable.
 */
export function readPackaged(path: string): string {
  try {
    const request = new XMLHttpRequest();
    request.open('GET', browser.runtime.getURL(path as '/'), false);
    request.send();
    return request.status === 200 || request.status === 0 ? request.responseText : '';
  } catch {
    return '';
  }
}
