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
  /** The styles as mounted, to tell later whether the page changed them (lib/ui/click-checks.ts). */
  styles: MountedStyles;
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
  const styles = seal();
  const own = new AbortController();
  const signal = AbortSignal.any([pageSignal, own.signal]);
  raise(container);
  const remove = () => {
    own.abort();
    host.remove();
  };
  pageSignal.addEventListener('abort', remove, { once: true });
  return { root, container, signal, remove, styles };
}

/** Puts the layer in the top layer (back, if the page took it out), unless a modal of the page's own is open. */
export function raise(layer: HTMLElement): void {
  try {
    if (!layer.matches(':popover-open') && !layer.ownerDocument.querySelector(':modal')) layer.showPopover();
  } catch {
    // A browser without the Popover API: the layer stays in the page's stacking order.
  }
}

export interface MountedStyles {
  /** The adopted sheets as mounted (ours alone, or none where a <style> element holds them). */
  adopted: CSSStyleSheet[];
  /** The <style> element, where the browser refused an adopted sheet. */
  element?: HTMLStyleElement;
  /** Our sheet, as the browser holds it now. */
  sheet(): CSSStyleSheet | null | undefined;
  /** Its rules' text as mounted. */
  rules: string;
}

/** The text of a sheet's rules: what the page would have to change to restyle us. */
export function rulesOf(sheet: CSSStyleSheet | null | undefined): string {
  return sheet ? [...sheet.cssRules].map((r) => r.cssText).join('\n') : '';
}

/**
 * A constructed stylesheet where the browser lets a content script adopt one: a <style>
 * element counts as a pending stylesheet until the page's next style update and holds its load
 * event until then (measured on Binance's page: load, and the full layout it forces, moved
 * after the key list and delayed its first paint). Firefox refuses the assignment from a
 * content script: there, a <style> element. Returns what, once the root is in the page, takes
 * the sheet's rules as they are.
 */
function adoptStyles(root: ShadowRoot, css: string): () => MountedStyles {
  let constructed: CSSStyleSheet | undefined;
  let element: HTMLStyleElement | undefined;
  try {
    constructed = new CSSStyleSheet();
    constructed.replaceSync(css);
    root.adoptedStyleSheets = [constructed];
  } catch {
    constructed = undefined;
    element = document.createElement('style');
    element.textContent = css;
    root.append(element);
  }
  const adopted = [...root.adoptedStyleSheets];
  const sheet = () => constructed ?? element?.sheet;
  return () => ({ adopted, element, sheet, rules: rulesOf(sheet()) });
}
