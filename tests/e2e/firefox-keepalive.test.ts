// Keeping the key alive in Firefox ESR (MV2: browserAction): My exchanges showing "Expires in 3
// days" in a chip whose tooltip holds the days, beside a second Binance connection, puts 3 on the
// toolbar badge and the popup leads with the fix; Bitsgap's Refresh to Connected clears it. The
// badge is read from one of the extension's own pages (the popup opened as a tab), which may ask
// the browser for it like any extension page.
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { firefoxOnReplica, openExtensionPage } from '../support/firefox';
import { bitsgapVariantFor } from '../replica/bitsgap/pages';

const firefox = firefoxOnReplica(undefined, (server) => {
  // Seed 36's page: the days only in the chip's tooltip, "3 days left", two Binance connections, Refresh under More.
  server.bitsgap.variant = bitsgapVariantFor(36);
  server.bitsgap.rowStatus = { before: 'Expires in 3 days', after: 'Connected', second: 'Connected' };
});

/** A control by its exact text or label, in the page. */
async function control(page: Page, name: string, selector = 'button'): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (n: string, sel: string) => [...document.querySelectorAll(sel)].find((b) => (b.getAttribute('aria-label') ?? b.textContent)?.trim() === n) ?? false,
    { timeout: 10_000 },
    name,
    selector,
  );
  return handle as unknown as ElementHandle<Element>;
}

/** The toolbar badge and title, asked of the browser by an extension page. */
type Action = { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
const badge = (extensionPage: Page) => extensionPage.evaluate(() => (globalThis as unknown as { browser: { browserAction: Action } }).browser.browserAction.getBadgeText({}));
const title = (extensionPage: Page) => extensionPage.evaluate(() => (globalThis as unknown as { browser: { browserAction: Action } }).browser.browserAction.getTitle({}));

/** The popup's keep-alive lines and its buttons, in order. */
const popupView = (popup: Page) =>
  popup.evaluate(() => ({
    lines: [...document.querySelectorAll('section.connections li')].map((li) => li.textContent ?? ''),
    // Below the header, which holds only the settings gear.
    buttons: [...document.querySelectorAll('main > :not(header) button')].map((b) => b.textContent ?? ''),
  }));

async function opens(browser: Browser, url: RegExp, open: () => Promise<unknown>): Promise<Page> {
  const before = new Set(browser.targets());
  await open();
  const target = await browser.waitForTarget((t) => !before.has(t) && url.test(t.url()), { timeout: 10_000 });
  return (await target.page())!;
}

it('Firefox: My exchanges showing "Expires in 3 days" sets the badge to 3, the popup leads with the fix, and a Connected reading clears it', async () => {
  const { browser } = firefox;
  const watcher = await openExtensionPage(browser, 'popup.html');
  expect(await badge(watcher)).toBe('');

  const exchanges = await browser.newPage();
  await exchanges.goto('https://app.bitsgap.com/my-exchanges');
  await expect.poll(() => badge(watcher), { timeout: 10_000 }).toBe('3');
  expect(await title(watcher)).toBe('Bitsgap IP whitelist for Binance: Main account: Expires in 3 days');

  const popup = await openExtensionPage(browser, 'popup.html');
  await expect.poll(async () => (await popupView(popup)).lines, { timeout: 10_000 }).toEqual([
    expect.stringContaining('Main account Expires in 3 days, checked just now'),
    expect.stringContaining('Grid bots Connected, checked just now'),
  ]);
  expect((await popupView(popup)).buttons[0]).toBe("Get Bitsgap's addresses");
  const fix = await opens(browser, /app\.bitsgap\.com\/my-exchanges/, async () => (await control(popup, "Get Bitsgap's addresses")).click());
  expect(fix.url()).toBe('https://app.bitsgap.com/my-exchanges');

  // The user presses Bitsgap's own Refresh under the Binance row's More; the row then says Connected.
  await (await control(exchanges, 'More')).click();
  await (await control(exchanges, 'Refresh', '[role=menuitem]')).click();
  await expect.poll(() => badge(watcher), { timeout: 10_000 }).toBe('');
  expect(await title(watcher)).toBe('Bitsgap IP whitelist for Binance');
  const after = await openExtensionPage(browser, 'popup.html');
  await expect.poll(async () => (await popupView(after)).lines[0], { timeout: 10_000 }).toContain('Main account Connected, checked just now');
  expect((await popupView(after)).buttons).not.toContain("Get Bitsgap's addresses");
});
