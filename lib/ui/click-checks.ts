// What the click guard (lib/ui/click-guard.ts) checks when a control of ours is activated: that
// it was really visible, uncovered and unaltered at that moment. The guide loads this with its
// extras, off its first paint; a control activated before they are there does nothing.
import { observe, whyUnseen } from '../dom';
import type { Box } from '../exchange';
import { rulesOf, type ShadowUi } from './shadow-ui';

// The largest box a panel or notice of ours is ever drawn in (the guide panel is 320 px wide).
const MAX_BOX = { width: 480, height: 720 };
// A control beside a key card sits within this many px of it.
const NEAR_PX = 96;
// The least contrast between a control's text and what is behind it (our own colours pass 4.5).
const MIN_CONTRAST = 3;
const MIN_FONT_PX = 9;
// What a control of ours sits in: the boxes checked for size.
const BOXES = '.panel, .notice, .candidate';

/** Whether `event` activated `button` as the extension drew it; `keyFocused`: the user's own keys or clicks focused it. */
export type ClickCheck = (event: Event, button: Element, near: Box | undefined, keyFocused: boolean) => boolean;

/** "rgb(…)"/"rgba(…)" as four numbers; anything else (a colour function a page injected) as undefined. */
function rgba(color: string): [number, number, number, number] | undefined {
  const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(color);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : undefined;
}

function luminance([r, g, b]: number[]): number {
  const [R, G, B] = [r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

/** The control's text stands out from what is behind it, in the colours our CSS gives it. */
function legible(button: Element, root: ShadowRoot): boolean {
  const view = button.ownerDocument.defaultView!;
  const style = view.getComputedStyle(button);
  const fg = rgba(style.color);
  const fill = style.webkitTextFillColor ? rgba(style.webkitTextFillColor) : fg;
  if (!fg || !fill || fg[3] < 0.9 || fill[3] < 0.9 || parseFloat(style.fontSize) < MIN_FONT_PX) return false;
  // The first opaque background at or above the control, inside our own root.
  for (let cur: Element | null = button; cur && root.contains(cur); cur = cur.parentElement) {
    const bg = rgba(view.getComputedStyle(cur).backgroundColor);
    if (!bg) return false;
    if (bg[3] < 0.9) continue;
    const [a, b] = [luminance(fill), luminance(bg)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05) >= MIN_CONTRAST;
  }
  return false;
}

/** True while the layer is in the top layer (or the browser has none). */
function inTopLayer(layer: HTMLElement): boolean {
  try {
    return layer.matches(':popover-open');
  } catch {
    return true;
  }
}

/** False when the page changed the styles inside our shadow root: added, removed, disabled or edited a sheet. */
function intact(root: ShadowRoot, { adopted, element, sheet, rules }: ShadowUi['styles']): boolean {
  const now = root.adoptedStyleSheets;
  const sameAdopted = now.length === adopted.length && now.every((s, i) => s === adopted[i]);
  const onlyOurs = [...root.querySelectorAll('style, link')].every((el) => el === element);
  return sameAdopted && onlyOurs && sheet()?.disabled === false && rulesOf(sheet()) === rules;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The page's own elements in the top layer (modals, popovers, fullscreen), in the document and its open shadow roots. */
function pageTopLayer(scope: Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const selector of [':modal', ':popover-open', ':fullscreen']) {
    try {
      found.push(...scope.querySelectorAll(selector));
    } catch {
      // A selector this browser does not know: nothing of that kind can be open.
    }
  }
  for (const el of scope.querySelectorAll('*')) if (el.shadowRoot && !el.tagName.startsWith('IPWL-')) found.push(...pageTopLayer(el.shadowRoot));
  return found;
}

/** Starts watching the UI's controls (IntersectionObserver v2 where the browser has it) until `signal` aborts. */
export function clickChecks(ui: Pick<ShadowUi, 'root' | 'container' | 'styles'>, signal: AbortSignal): ClickCheck {
  const { root, container } = ui;
  // Where the browser can say whether a control is really visible (IntersectionObserver v2:
  // unoccluded, unfaded, untransformed), it says so for every button of ours.
  const seen = new WeakMap<Element, boolean>();
  let io: IntersectionObserver | undefined;
  try {
    type V2Entry = IntersectionObserverEntry & { isVisible?: boolean };
    io = new IntersectionObserver((entries) => entries.forEach((e: V2Entry) => e.isVisible !== undefined && seen.set(e.target, e.isVisible)), { trackVisibility: true, delay: 100 } as IntersectionObserverInit);
    const follow = (records: MutationRecord[]) => {
      for (const r of records) for (const node of r.removedNodes) if (node instanceof Element) node.querySelectorAll('button').forEach((b) => io!.unobserve(b));
      root.querySelectorAll('button').forEach((b) => io!.observe(b));
    };
    observe(root, follow, { signal, childList: true, subtree: true });
    follow([]);
    signal.addEventListener('abort', () => io?.disconnect(), { once: true });
  } catch {
    io = undefined;
  }

  return (event, button, near, keyFocused) => {
    const box = button.closest(BOXES);
    if (!event.isTrusted || !box || !root.contains(button) || !intact(root, ui.styles)) return false;
    if (!inTopLayer(container)) return false;
    if (seen.get(button) === false || whyUnseen(button, { strict: true }) || !legible(button, root)) return false;
    const outer = box.getBoundingClientRect();
    const own = button.getBoundingClientRect();
    if (outer.width > MAX_BOX.width || outer.height > MAX_BOX.height) return false;
    if (own.left < outer.left - 1 || own.top < outer.top - 1 || own.right > outer.right + 1 || own.bottom > outer.bottom + 1) return false;
    if (near && (own.right < near.left - NEAR_PX || own.left > near.left + near.width + NEAR_PX || own.bottom < near.top - NEAR_PX || own.top > near.top + near.height + NEAR_PX)) return false;
    if (pageTopLayer(button.ownerDocument).some((el) => overlaps(el.getBoundingClientRect(), own))) return false;
    // Keyboard activation (a click with no pointer, or a key event): only on a control the user's keys or clicks focused.
    if (!('clientX' in event) || (event as MouseEvent).detail === 0) return keyFocused && root.activeElement === button;
    const { clientX: x, clientY: y } = event as MouseEvent;
    if (x < own.left || x > own.right || y < own.top || y > own.bottom) return false;
    const hit = root.elementFromPoint(x, y);
    return hit !== null && button.contains(hit);
  };
}
