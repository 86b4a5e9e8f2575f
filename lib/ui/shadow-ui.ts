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
  // The page's inherited styles (font, colour, direction) stop at the host.
  adoptStyles(root, `:host { all: initial; }\n${css}`);
  const container = document.createElement('div');
  root.append(container);
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

/**
 * A constructed stylesheet where the browser lets a content script adopt one: a <style>
 * element counts as a pending stylesheet until the page's next style update and holds its load
 * event until then (measured on Binance's page: load, and the full layout it forces, moved
 * after the key list and delayed its first paint). Firefox refuses the assignment from a
 * content script: there, a <style> element.
 */
function adoptStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
