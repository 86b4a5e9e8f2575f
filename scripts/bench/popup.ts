// The popup: navigation start → its trusted-IP list painted, the list already stored.
import type { Bench } from './setup';
import { RUNS, spread, type Row } from './stats';

/**
 * Element Timing reports nothing for text on an extension page in this Chromium (tried: paint
 * and LCP entries come, element entries do not), so the stamp is taken after the frame that
 * drew the list's first item was painted.
 */
export async function popupRows({ browser }: Bench): Promise<Row[]> {
  const warm = await browser.openPopup();
  await warm.locator('.ips li').first().waitFor();
  await warm.close();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.context.newPage();
    await page.addInitScript({
      content: `new MutationObserver((_, watch) => {
        if (!document.querySelector('.ips li')) return;
        watch.disconnect();
        requestAnimationFrame(() => setTimeout(() => (window.__paintedAt = performance.now())));
      }).observe(document, { subtree: true, childList: true });`,
    });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForFunction(() => (window as unknown as { __paintedAt?: number }).__paintedAt !== undefined);
    times.push(await page.evaluate(() => (window as unknown as { __paintedAt: number }).__paintedAt));
    await page.close();
  }
  return [{ metric: 'popup: navigation start → its IP list painted (stamp after its frame)', unit: 'ms', timing: true, ...spread(times), goal: 100, failAbove: 200 }];
}
