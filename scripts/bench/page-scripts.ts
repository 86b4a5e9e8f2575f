// What the measured pages do besides the replica's own: page-world functions (each
// self-contained: no closures over bench code), the same with and without the extension.
import type { Page } from 'playwright-core';

/**
 * Runs one of PAGE's functions in the page's own world. They go as text: tsx's transform wraps
 * named inner functions in a `__name` helper that the page does not have, so one is given.
 */
export function inPage<A, R>(page: Page, fn: (arg: A) => R, arg?: A): Promise<Awaited<R>> {
  return page.evaluate(pageScript(fn, arg)) as Promise<Awaited<R>>;
}

/**
 * The call as a script of the page's own: named by an https sourceURL, so the CPU
 * profiler counts its time as the page's (an evaluated script has no URL otherwise).
 */
export function pageScript<A, R>(fn: (arg: A) => R, arg?: A): string {
  return `((__name) => (${fn.toString()})(${JSON.stringify(arg ?? null)}))((f) => f)\n//# sourceURL=https://page.invalid/bench/page-scripts.js`;
}

/**
 * Marks `bench:ring` when the guide's ring enters its shadow root. The document is watched only
 * until the guide's host is there: a probe that ran on every change of the page would add its
 * own script to the very frame it measures.
 */
export const RING_PROBE = `(() => {
  const seen = () => {
    const ring = document.querySelector('ipwl-guide')?.shadowRoot?.querySelector('.spotlight');
    if (ring && !window.__ring) {
      window.__ring = true;
      performance.mark('bench:ring');
    }
  };
  const host = new MutationObserver(() => {
    const root = document.querySelector('ipwl-guide')?.shadowRoot;
    if (!root) return;
    host.disconnect();
    new MutationObserver(seen).observe(root, { subtree: true, childList: true });
    seen();
  });
  host.observe(document, { subtree: true, childList: true });
})();`;
