// The extension's own shadow root on a page, with its CSS inlined. WXT's createShadowRootUi
// does this and more, but costs ~3 KB gzip in every content script and fetches its stylesheet,
// so the UI first paints unstyled or late; this mounts styled, synchronously, in a few lines.
// Everything it draws sits in one layer shown in the browser's top layer (a manual popover):
// nothing the page draws, whatever its z-index, can paint over it unless the page opens a
// top-layer element of its own, which the click guard looks for (lib/ui/click-guard.ts).

export interface ShadowUi {
  root: ShadowRoot;
  /** Where to render: the layer in the top layer. */
  container: HTMLElement;
  /** Aborts when the UI is removed or the content script is invalidated. */
  signal: AbortSignal;
  remove(): void;
  /** False when the page has changed the styles inside the shadow root (added, removed or edited a sheet). */
  intact(): boolean;
  /** Puts the layer back in the top layer if the page took it out, unless a modal of the page's own is open. */
  raise(): void;
}

export function mountShadowUi(name: string, css: string, pageSignal: AbortSignal): ShadowUi {
  const host = document.createElement(name);
  // Open, so assistive technology and tests reach it; lib/ui/click-guard.ts keeps pages out.
  const root = host.attachShadow({ mode: 'open' });
  // The page's inherited styles (font, colour, direction) stop at the host.
  const seal = adoptStyles(root, `:host { all: initial; }\n${css}`);
  const container = document.createElement('div');
  container.className = 'layer';
  container.setAttribute('popover', 'manual');
  root.append(container);
  document.body.append(host);
  const intact = seal();
  const own = new AbortController();
  const signal = AbortSignal.any([pageSignal, own.signal]);
  const raise = () => {
    try {
      if (!container.matches(':popover-open') && !document.querySelector(':modal')) container.showPopover();
    } catch {
      // A browser without the Popover API: the layer stays in the page's stacking order.
    }
  };
  raise();
  const remove = () => {
    own.abort();
    host.remove();
  };
  pageSignal.addEventListener('abort', remove, { once: true });
  return { root, container, signal, remove, intact, raise };
}

/** The text of a sheet's rules: what the page would have to change to restyle us. */
function rulesOf(sheet: CSSStyleSheet | null | undefined): string {
  return sheet ? [...sheet.cssRules].map((r) => r.cssText).join('\n') : '';
}

/**
 * A constructed stylesheet where the browser lets a content script adopt one: a <style>
 * element counts as a pending stylesheet until the page's next style update and holds its load
 * event until then (measured on Binance's page: load, and the full layout it forces, moved
 * after the key list and delayed its first paint). Firefox refuses the assignment from a
 * content script: there, a <style> element. Returns what, once the root is in the page, takes
 * the sheet's rules as they are and gives the check that nothing changed them since.
 */
function adoptStyles(root: ShadowRoot, css: string): () => () => boolean {
  let sheet: CSSStyleSheet | undefined;
  let element: HTMLStyleElement | undefined;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    sheet = undefined;
    element = document.createElement('style');
    element.textContent = css;
    root.append(element);
  }
  const adopted = [...root.adoptedStyleSheets];
  const own = () => sheet ?? element?.sheet;
  return () => {
    const rules = rulesOf(own());
    return () => {
      const now = root.adoptedStyleSheets;
      const sameAdopted = now.length === adopted.length && now.every((s, i) => s === adopted[i]);
      const onlyOurs = [...root.querySelectorAll('style, link')].every((el) => el === element);
      return sameAdopted && onlyOurs && own()?.disabled === false && rulesOf(own()) === rules;
    };
  };
}
