// The extension's own shadow root on a page, with its CSS inlined. WXT's createShadowRootUi
// does this and more, but costs ~3 KB gzip in every content script and fetches its stylesheet,
// so the UI first paints unstyled or late; this mounts styled, synchronously, in a few lines.

export interface ShadowUi {
  root: ShadowRoot;
  /** Where to render. */
  container: HTMLElement;
  /** Aborts when the UI is removed or the content script is invalidated. */
  signal: AbortSignal;
  remove(): void;
}

export function mountShadowUi(name: string, css: string, pageSignal: AbortSignal): ShadowUi {
  const host = document.createElement(name);
  // Open, so assistive technology and tests reach it; lib/ui/click-guard.ts keeps pages out.
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // The page's inherited styles (font, colour, direction) stop at the host.
  style.textContent = `:host { all: initial; }\n${css}`;
  const container = document.createElement('div');
  root.append(style, container);
  document.body.append(host);
  const own = new AbortController();
  const signal = AbortSignal.any([pageSignal, own.signal]);
  const remove = () => {
    own.abort();
    host.remove();
  };
  pageSignal.addEventListener('abort', remove, { once: true });
  return { root, container, signal, remove };
}
