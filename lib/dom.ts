// Small helpers every page model shares (Binance's, Bitsgap's): text as a person reads it,
// names, dialogs, what counts as shown, and the one way anything here watches a page.

/** What a page model takes for a button. */
export const BUTTONS = 'button, [role="button"]';
/** Dialog markup of every kind a page uses. */
export const DIALOGS = '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open]';

/** Text as a person reads it: every run of white space one space, trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** An element's text as a person reads it. */
export function textOf(el: Element): string {
  return squash(el.textContent);
}

/** The text of an element's own text nodes, not its children's (a tag beside its remove icon). */
export function ownText(el: Element): string {
  let own = '';
  for (const node of el.childNodes) if (node.nodeType === 3) own += node.textContent ?? '';
  return squash(own);
}

/** The name aria-label or aria-labelledby gives, looked up in the element's own root. */
export function ariaName(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return squash(aria);
  const root = el.getRootNode() as Document | ShadowRoot;
  return squash(
    (el.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => (id && root.getElementById ? textOrEmpty(root.getElementById(id)) : ''))
      .join(' '),
  );
}

function textOrEmpty(el: Element | null): string {
  return el ? textOf(el) : '';
}

/** A dialog's title: its accessible name, else its first heading. */
export function dialogTitle(dialog: Element): string {
  return ariaName(dialog) || textOrEmpty(dialog.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]'));
}

/**
 * True when a person cannot see the element: hidden by attribute, not rendered, transparent or
 * invisible (itself or an ancestor up to `stop`), or drawn with no size.
 */
export function isHidden(el: Element, stop?: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return true;
  const view = el.ownerDocument.defaultView;
  for (let cur: Element | null = el; cur; cur = cur === stop ? null : cur.parentElement) {
    const style = view?.getComputedStyle(cur);
    if (style && (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')) return true;
  }
  const r = el.getBoundingClientRect();
  return r.width === 0 && r.height === 0 && el.getClientRects().length === 0;
}

/**
 * Calls `callback` with what changed under `targets` until `signal` aborts: the one
 * MutationObserver every watcher in the extension goes through.
 */
export function observe(targets: Node | readonly Node[], callback: (records: MutationRecord[]) => void, { signal, ...init }: MutationObserverInit & { signal: AbortSignal }): void {
  if (signal.aborted) return;
  const observer = new MutationObserver(callback);
  for (const target of [targets].flat()) observer.observe(target, init);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
