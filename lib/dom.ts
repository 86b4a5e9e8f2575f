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

function opacityOf(style: CSSStyleDeclaration): number {
  const value = parseFloat(style.opacity);
  return Number.isNaN(value) ? 1 : value;
}

/**
 * True when a person cannot see the element: hidden by attribute, not rendered, faint (opacity
 * under one half) or invisible (itself or an ancestor up to `stop`), or drawn with no box at all.
 */
export function isHidden(el: Element, stop?: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return true;
  const view = el.ownerDocument.defaultView;
  for (let cur: Element | null = el; cur; cur = cur === stop ? null : cur.parentElement) {
    const style = view?.getComputedStyle(cur);
    if (style && (style.display === 'none' || style.visibility === 'hidden' || opacityOf(style) < 0.5)) return true;
  }
  const r = el.getBoundingClientRect();
  return r.width === 0 && r.height === 0 && el.getClientRects().length === 0;
}

/**
 * True when something of the page's own covers the middle of `el` (a hit test: what takes
 * clicks there); the extension's own layers do not count.
 */
export function isCovered(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const root = el.getRootNode() as Document | ShadowRoot;
  const hits = root.elementsFromPoint?.(r.left + r.width / 2, r.top + r.height / 2) ?? [];
  const top = hits.find((hit) => !hit.tagName.startsWith('IPWL-'));
  return top !== undefined && top !== el && !el.contains(top);
}

/** The element's parent, out of a shadow root to its host: the chain a page's styles reach down. */
export function composedParent(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
}

// Overflow values that clip what lies outside the box.
const CLIPPING = /^(hidden|clip|auto|scroll)$/;
// A transform counts as none within this much scale, skew or rotation (translation is free).
const TRANSFORM_TOLERANCE = 0.05;

function flatTransform(value: string): boolean {
  if (value === 'none') return true;
  const m = /^matrix\(([^)]+)\)$/.exec(value)?.[1]?.split(',').map(Number);
  return m !== undefined && Math.abs(m[0]! - 1) <= TRANSFORM_TOLERANCE && Math.abs(m[3]! - 1) <= TRANSFORM_TOLERANCE && Math.abs(m[1]!) <= TRANSFORM_TOLERANCE && Math.abs(m[2]!) <= TRANSFORM_TOLERANCE;
}

export interface SeenOptions {
  /** The extension's own controls: no filter, mask, blend, clip-path or transform anywhere up the chain, nearly full opacity, the whole box on screen. */
  strict?: boolean;
}

/**
 * Why a person would not see `el` as drawn right now, in a word for tests and reports, or
 * undefined when they would: every ancestor up to the document (across shadow boundaries)
 * rendered and opaque enough, its box with a size, on screen, and not clipped away by an
 * ancestor. Covers are the caller's to test: a hit test sees only what takes clicks.
 */
export function whyUnseen(el: Element, { strict = false }: SeenOptions = {}): string | undefined {
  const view = el.ownerDocument.defaultView;
  // A document that is not drawn (parsed, not shown) has no layout to judge.
  if (!view) return undefined;
  if (!el.isConnected) return 'detached';
  const box = el.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return 'no size';
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const onScreen = strict ? box.left >= 0 && box.top >= 0 && box.right <= view.innerWidth && box.bottom <= view.innerHeight : cx >= 0 && cy >= 0 && cx <= view.innerWidth && cy <= view.innerHeight;
  if (!onScreen) return 'off screen';
  let opacity = 1;
  // Past a fixed element, ancestors' overflow no longer clips it (the window is its box).
  let fixed = false;
  const top = el.ownerDocument.documentElement;
  for (let cur: Element | null = el; cur; cur = composedParent(cur)) {
    const style = view.getComputedStyle(cur);
    if (style.display === 'none' || style.contentVisibility === 'hidden') return 'not rendered';
    if (cur === el && (style.visibility === 'hidden' || style.visibility === 'collapse')) return 'invisible';
    opacity *= opacityOf(style);
    if (strict && (style.filter !== 'none' || style.mixBlendMode !== 'normal' || style.clipPath !== 'none' || (style.maskImage || 'none') !== 'none')) return 'effect';
    if (strict && (!flatTransform(style.transform) || !['none', '1'].includes(style.scale || 'none') || !['none', '0deg'].includes(style.rotate || 'none'))) return 'transform';
    const clips = cur !== el && cur !== top && cur !== el.ownerDocument.body && (CLIPPING.test(style.overflowX) || CLIPPING.test(style.overflowY));
    if (clips && !fixed) {
      const clip = cur.getBoundingClientRect();
      if (cx < clip.left || cx > clip.right || cy < clip.top || cy > clip.bottom) return 'clipped';
    }
    if (style.position === 'fixed') fixed = true;
  }
  return opacity < (strict ? 0.9 : 0.5) ? 'transparent' : undefined;
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
