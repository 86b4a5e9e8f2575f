// Where keyboard focus is, for the keyboard-only tests in Chromium and Firefox alike.
import { expect } from 'vitest';

/**
 * Runs in the page: what has focus, through open shadow roots, as "guide:<name>" inside the
 * guide (or "guide:panel" on the panel itself), else "page:<name>".
 */
export function focusedInPage(): string {
  let el = document.activeElement;
  let inGuide = false;
  while (el?.shadowRoot?.activeElement) {
    inGuide ||= el.tagName === 'IPWL-GUIDE';
    el = el.shadowRoot.activeElement;
  }
  const name = el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40) ?? '';
  return `${inGuide ? 'guide' : 'page'}:${el?.classList.contains('panel') ? 'panel' : name}`;
}

/** Presses Tab until `want` has focus, at most `max` times; a failure shows the path taken. */
export async function tabTo(page: { keyboard: { press(key: string): Promise<unknown> }; evaluate(fn: () => string): Promise<string> }, want: string, max = 8): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max && (path.at(-1) ?? '') !== want; i++) {
    await page.keyboard.press('Tab');
    path.push(await page.evaluate(focusedInPage));
  }
  expect(path.at(-1), path.join(' → ')).toBe(want);
}
