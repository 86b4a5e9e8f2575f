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

export const PAGE = {
  /**
   * A trading page's busiest parts: an order book and a trades list. Each frame, 30 of the
   * book's cells get a new text node (React replacing a price) and 5 trades arrive at the top
   * while 5 leave at the bottom (a row and its 3 cells each): 50 elements changed per frame.
   */
  orderBookAndTrades: () => {
    const box = document.createElement('div');
    box.className = 'market';
    const book = document.createElement('table');
    const cells: HTMLElement[] = [];
    for (let r = 0; r < 40; r++) {
      const row = book.insertRow();
      for (let c = 0; c < 3; c++) cells.push(row.insertCell());
    }
    const trades = document.createElement('ul');
    const trade = () => {
      const li = document.createElement('li');
      for (const text of [(60000 + Math.random() * 1000).toFixed(2), Math.random().toFixed(4), new Date().toISOString().slice(11, 19)]) {
        const span = document.createElement('span');
        span.textContent = text;
        li.append(span);
      }
      return li;
    };
    for (let i = 0; i < 30; i++) trades.append(trade());
    box.append(book, trades);
    document.body.append(box);
    let frame = 0;
    const tick = () => {
      for (let i = 0; i < 30; i++) cells[(frame * 30 + i) % cells.length]!.textContent = (60000 + Math.random() * 1000).toFixed(2);
      for (let i = 0; i < 5; i++) {
        trades.prepend(trade());
        trades.lastElementChild!.remove();
      }
      frame++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  },

  /**
   * Bitsgap's My exchanges as it lives: each connection row shows its balance, 24 h change and
   * open orders, and every frame each of those figures changes, 12 in all on the replica's four
   * rows. `replace`: as a new text node (`textContent`, as Vue writes an element's text);
   * otherwise the text node's data (`nodeValue`, as React writes a lone text child).
   */
  bitsgapFigures: (replace: boolean) => {
    const figures: HTMLElement[] = [];
    for (const row of document.querySelectorAll('.sc-list-p3 > div')) {
      for (const name of ['balance', 'change', 'orders']) {
        const span = document.createElement('span');
        span.className = `sc-figure-${name}`;
        span.textContent = '0';
        row.append(' ', span);
        figures.push(span);
      }
    }
    const tick = () => {
      for (const span of figures) {
        const figure = (Math.random() * 10000).toFixed(2);
        if (replace) span.textContent = figure;
        else span.firstChild!.nodeValue = figure;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  },

  /** Chat widgets: `count` non-modal dialogs, each a child of <body> with a title, a line and a button. */
  chatDialogs: (count: number) => {
    const add = () => {
      const made = document.createDocumentFragment();
      for (let i = 0; i < count; i++) {
        const d = document.createElement('div');
        d.setAttribute('role', 'dialog');
        d.setAttribute('aria-label', `Chat ${i}`);
        d.style.cssText = 'position: absolute; left: -9999px; width: 200px;';
        d.innerHTML = `<h3>Support</h3><p>How can we help?</p><button type="button">Reply</button>`;
        made.append(d);
      }
      document.body.append(made);
    };
    if (document.body) add();
    else document.addEventListener('DOMContentLoaded', add, { once: true });
  },

  /**
   * One change to <body>, and what it costs until the work it causes is done: a div appended,
   * then two frames and the tasks after each (the extension looks at <body>'s changes in the next
   * frame and hit-tests after the one it drew).
   */
  bodyChange: async () => {
    const frameThenTask = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const div = document.createElement('div');
    div.textContent = 'a notice';
    document.body.append(div);
    await frameThenTask();
    await frameThenTask();
    await frameThenTask();
  },
};

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
