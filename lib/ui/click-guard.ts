// The extension's buttons live in open shadow roots on pages that may be hostile. A page can
// restyle them (transparent, stretched, recoloured, moved), cover them, fade or transform an
// ancestor, or focus them at the right moment (DOM-based extension clickjacking, DEF CON 33).
// A click or key press counts only when its control was really visible, uncovered and unaltered
// at that moment (../shared/STYLE.md, SECURITY.md): lib/ui/click-checks.ts says so. The layer the
// controls sit in is in the browser's top layer (lib/ui/shadow-ui.ts), so the page's own
// elements paint under it.
import type { Box } from '../exchange';
import type { ClickCheck } from './click-checks';

export interface ClickGuard {
  /**
   * True when `event` is the user's own activation of the control it was dispatched to, as the
   * extension drew it. `near`: the box the control must sit beside (a key card).
   */
  accepts(event: Event, near?: Box): boolean;
}

/**
 * Follows how focus reaches the UI's controls from the start, until `signal` aborts; `check` is
 * the rest of the guard, once loaded: until then nothing is accepted.
 */
export function guardClicks(root: ShadowRoot, signal: AbortSignal, check: () => ClickCheck | undefined): ClickGuard {
  // Keyboard: a focus counts as the user's only when it moved in the task of their own Tab, after
  // the page had seen that key press and let it through, or by their own click on the control.
  let tab: { event: KeyboardEvent; done: boolean } | undefined;
  const keyFocused = new WeakSet<EventTarget>();
  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Tab') return;
      tab = { event, done: false };
      setTimeout(() => (tab = undefined));
    },
    { capture: true, signal },
  );
  window.addEventListener('keydown', (event) => tab?.event === event && (tab.done = true), { signal });
  root.addEventListener(
    'focusin',
    (event) => {
      const target = event.composedPath()[0]!;
      if (tab?.done && !tab.event.defaultPrevented) keyFocused.add(target);
      else keyFocused.delete(target);
    },
    { signal },
  );
  root.addEventListener('pointerdown', (event) => event.isTrusted && keyFocused.add(event.composedPath()[0]!), { capture: true, signal });

  return {
    accepts(event, near) {
      const button = event.currentTarget as Element | null;
      const checked = check();
      return button !== null && checked !== undefined && checked(event, button, near, keyFocused.has(button));
    },
  };
}
