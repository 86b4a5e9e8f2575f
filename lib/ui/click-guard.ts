// The extension's buttons live in open shadow roots, so a page can restyle them: stretch one
// invisibly over the viewport and any click becomes a trusted click on it. A click counts
// only when the user could see what they clicked, as the extension drew it.

// The largest box one of our buttons or panels is ever drawn in (the guide panel is 320 px wide).
const MAX_PANEL = { width: 480, height: 720 };
// How long after the user's own Tab a focus change counts as theirs.
const KEY_FOCUS_MS = 1000;

function visible(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const style = getComputedStyle(cur);
    if (style.visibility !== 'visible' || style.display === 'none' || Number(style.opacity) < 0.9) return false;
  }
  return true;
}

function within(inner: DOMRect, outer: DOMRect): boolean {
  return inner.left >= outer.left - 1 && inner.top >= outer.top - 1 && inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1;
}

export interface ClickGuard {
  /** True when `event` is the user's own activation of the button it was dispatched to. */
  accepts(event: MouseEvent | KeyboardEvent): boolean;
}

/**
 * Watches how focus reaches our buttons (the user's Tab, or a page's `.focus()`) until
 * `signal` aborts. `panel` is the box every button of this UI sits in.
 */
export function guardClicks(root: ShadowRoot, panel: () => Element | null, signal: AbortSignal): ClickGuard {
  let lastTab = -Infinity;
  const keyFocused = new WeakSet<EventTarget>();
  window.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Tab' && (lastTab = performance.now()), { capture: true, signal });
  root.addEventListener(
    'focusin',
    (e) => {
      const target = e.composedPath()[0]!;
      if (performance.now() - lastTab < KEY_FOCUS_MS) keyFocused.add(target);
      else keyFocused.delete(target);
    },
    { signal },
  );
  return {
    accepts(event) {
      const button = event.currentTarget as Element | null;
      const box = panel();
      if (!event.isTrusted || !button || !box || !visible(button)) return false;
      const outer = box.getBoundingClientRect();
      const own = button.getBoundingClientRect();
      if (outer.width > MAX_PANEL.width || outer.height > MAX_PANEL.height || !within(own, outer)) return false;
      // Keyboard activation (a click with no pointer, or a key event): only on a button the user's keys focused.
      if (!('clientX' in event) || event.detail === 0) return keyFocused.has(button) && root.activeElement === button;
      const { clientX: x, clientY: y } = event;
      if (x < own.left || x > own.right || y < own.top || y > own.bottom) return false;
      const hit = root.elementFromPoint(x, y);
      return hit !== null && button.contains(hit);
    },
  };
}
