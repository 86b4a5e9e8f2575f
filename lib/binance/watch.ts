/**
 * One MutationObserver on Binance's app root, batched to at most one callback per animation
 * frame, disconnected when the signal aborts. Scroll and resize also ask for a frame, since
 * the spotlight follows its target.
 */
export function watchPage(root: Element, onFrame: () => void, signal: AbortSignal): void {
  let pending = false;
  const schedule = () => {
    if (pending || signal.aborted) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (!signal.aborted) onFrame();
    });
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-checked', 'checked', 'value', 'role'] });
  window.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  window.addEventListener('resize', schedule, { passive: true, signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  schedule();
}
