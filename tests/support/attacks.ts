// What a hostile page's own script does to the extension, as page-world functions the browser
// drivers run with `page.evaluate` (each self-contained: no closures over test code).

export const ATTACKS = {
  /** Fades the guide's host to nothing and draws a harmless-looking button where Paste is. */
  fadeHostOverDecoy({ x, y }: { x: number; y: number }) {
    (document.querySelector('ipwl-guide') as HTMLElement).style.opacity = '0';
    const decoy = document.createElement('button');
    decoy.textContent = 'Dismiss';
    decoy.style.cssText = `position: fixed; left: ${x - 60}px; top: ${y - 16}px; width: 120px; height: 32px; z-index: 2147483647;`;
    document.body.append(decoy);
  },

  /** An opaque layer over the whole window that lets clicks through, in the page or in the top layer. */
  coverEverything({ topLayer }: { topLayer: boolean }) {
    const cover = document.createElement('div');
    cover.className = 'hostile-cover';
    cover.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; margin: 0; padding: 0; border: 0; background: #c00; z-index: 2147483647; pointer-events: none;';
    document.body.append(cover);
    if (topLayer) {
      cover.setAttribute('popover', 'manual');
      cover.showPopover();
    }
  },

  uncover() {
    document.querySelectorAll('.hostile-cover').forEach((el) => el.remove());
  },

  /** Whether Chromium itself judges the guide's Paste visible (IntersectionObserver v2: unoccluded, unfaded). */
  isPasteVisible(): Promise<boolean> {
    const paste = [...document.querySelector('ipwl-guide')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Paste'))!;
    return new Promise((resolve) => {
      const io = new IntersectionObserver(
        (entries) => {
          io.disconnect();
          resolve(Boolean((entries[0] as IntersectionObserverEntry & { isVisible?: boolean }).isVisible));
        },
        { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      );
      io.observe(paste);
    });
  },

  /** A stylesheet of the page's own, put into the guide's open shadow root: every button transparent, opacity untouched. */
  transparentButtonsByStyle() {
    const style = document.createElement('style');
    style.textContent = 'button { color: transparent !important; background: transparent !important; border-color: transparent !important; box-shadow: none !important; }';
    document.querySelector('ipwl-guide')!.shadowRoot!.append(style);
  },

  /** After the user's own Tab, the page moves focus to Paste a moment later. */
  focusPasteAfterTab() {
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      setTimeout(() => [...document.querySelector('ipwl-guide')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Paste'))!.focus(), 30);
    });
  },

  /** Moves a `Use this key` of the guide's to another place on the page (or back, with null). */
  moveCandidate({ index, top }: { index: number; top: number | null }) {
    const el = document.querySelector('ipwl-guide')!.shadowRoot!.querySelectorAll<HTMLElement>('.candidate')[index]!;
    const was = (el.dataset.was ??= el.style.top);
    el.style.top = top === null ? was : `${top}px`;
  },

  /** Stretches Binance's Save invisibly over the window, so the user's next click anywhere is on it. */
  stretchSave() {
    const save = [...document.querySelectorAll('#__APP button')].find((b) => b.textContent === 'Save') as HTMLElement;
    save.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; opacity: 0; z-index: 2147483647;';
  },

  /** When a Save opens the 2FA, closes it at once with a key press of its own and draws a saved key (the replica's Cancel, with fakeSaveOnCancel). */
  closeTwoFaThenFakeSave() {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[role=dialog][aria-labelledby=sv-title]')) return;
      observer.disconnect();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      setTimeout(() => ([...document.querySelectorAll('#__APP button')].find((b) => b.textContent === 'Cancel') as HTMLElement).click(), 50);
    });
    observer.observe(document.body, { subtree: true, childList: true });
  },

  /** As soon as the guide's first address shows in the form, types one of the page's own and confirms it. */
  typeOwnAddressMidPaste(ip: string) {
    let done = false;
    const observer = new MutationObserver(() => {
      const input = document.querySelector<HTMLInputElement>('#__APP input:not([type])');
      const tag = [...document.querySelectorAll('#__APP span')].some((s) => /^\d+\.\d+\.\d+\.\d+$/.test(s.textContent?.trim() ?? ''));
      if (done || !input || !tag) return;
      done = true;
      setTimeout(() => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, ip);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => {
          const confirm = [...document.querySelectorAll('#__APP button')].find((b) => b.textContent === 'Confirm') as HTMLElement | undefined;
          if (confirm) confirm.click();
          else input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        });
      });
    });
    observer.observe(document.getElementById('__APP')!, { subtree: true, childList: true, characterData: true });
  },

  /**
   * Bitsgap: a dialog of the page's own labelled "Binance" holding its addresses, that no user
   * opened: off-screen, or in plain view. A "Dismiss" decoy sits where a notice would draw its
   * button, and the notice's host (if one ever appears) is faded to nothing.
   */
  plantBitsgapList({ ips, offScreen }: { ips: string[]; offScreen: boolean }) {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Binance');
    dialog.style.cssText = offScreen ? 'position: fixed; left: -9999px; top: 0;' : 'position: fixed; left: 40px; top: 120px; background: #fff; padding: 16px; z-index: 10;';
    const title = document.createElement('h2');
    title.textContent = 'Binance';
    const list = document.createElement('ul');
    for (const ip of ips) list.append(Object.assign(document.createElement('li'), { textContent: ip }));
    dialog.append(title, Object.assign(document.createElement('p'), { textContent: 'Add these IP addresses to your API key' }), list);
    document.body.append(dialog);
    const decoy = Object.assign(document.createElement('button'), { textContent: 'Dismiss', className: 'hostile-decoy' });
    decoy.style.cssText = 'position: fixed; right: 24px; bottom: 24px; width: 280px; height: 48px; z-index: 1;';
    document.body.append(decoy);
    new MutationObserver(() => document.querySelector<HTMLElement>('ipwl-capture')?.style.setProperty('opacity', '0')).observe(document.documentElement, { childList: true, subtree: true });
  },

  /** What of the extension a page could see: performance marks and measures, elements, globals. */
  traces() {
    return {
      marks: performance.getEntriesByType('mark').map((m) => m.name),
      measures: performance.getEntriesByType('measure').map((m) => m.name),
      elements: [...document.querySelectorAll('*')].filter((el) => /^ipwl/i.test(el.tagName) || [...el.attributes].some((a) => /ipwl/i.test(a.name) || /ipwl/i.test(a.value))).length,
      globals: Object.keys(window).filter((k) => /ipwl|wxt/i.test(k)),
    };
  },
};
