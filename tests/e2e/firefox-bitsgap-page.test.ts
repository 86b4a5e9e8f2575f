// The endpoint-less Bitsgap flow in Firefox ESR: the popup (opened as a tab of the extension's
// own) leads to My exchanges, capture from Binance's pop-up, two clicks on Binance, Bitsgap's
// own Refresh, and the outcome in the history.
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { firefoxOnReplica, openExtensionPage } from '../support/firefox';
import { defaultScenario, makeApiKey } from '../replica/binance/scenario';

const TRUSTED = ['3.120.45.20', '3.120.45.21', '52.29.100.8'];

const firefox = firefoxOnReplica(defaultScenario({ keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('ff-bitsgap'), permissions: { reading: true, spotMargin: false }, ips: null }] }), (server) => {
  server.bitsgap.ips = [...TRUSTED];
  server.bitsgap.variant = { nameInTitle: false, nameAsLogo: true, generate: true, chips: true, refreshInRow: false };
});

/** A control by its exact text or label: in the page, or in the shadow root of one of our hosts. */
async function control(page: Page, name: string, host?: 'ipwl-guide' | 'ipwl-capture', selector = 'button'): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (n: string, h: string | null, sel: string) => {
      const scope: ParentNode | null | undefined = h ? document.querySelector(h)?.shadowRoot : document;
      return [...(scope?.querySelectorAll(sel) ?? [])].find((b) => (b.getAttribute('aria-label') ?? b.textContent)?.trim() === n) ?? false;
    },
    { timeout: 10_000 },
    name,
    host ?? null,
    selector,
  );
  return handle as unknown as ElementHandle<Element>;
}

const text = (page: Page, selector: string, host?: string) =>
  page.evaluate((s: string, h: string | null) => ((h ? document.querySelector(h)?.shadowRoot : document)?.querySelector(s)?.textContent ?? '').trim(), selector, host ?? null);

/** Runs `open` and returns the new tab it opens at `url`. */
async function opens(browser: Browser, url: RegExp, open: () => Promise<unknown>): Promise<Page> {
  const before = new Set(browser.targets());
  await open();
  const target = await browser.waitForTarget((t) => !before.has(t) && url.test(t.url()), { timeout: 10_000 });
  return (await target.page())!;
}

it('Firefox: with no Bitsgap endpoints, capture, paste, save, Bitsgap’s own Refresh and the outcome in the history', async () => {
  const { browser } = firefox;
  const popup = await openExtensionPage(browser, 'popup.html');
  // The first run leads with Bitsgap's own page, with no error.
  await expect.poll(() => text(popup, '[role=status]'), { timeout: 15_000 }).toMatch(/^Next: on Bitsgap's My exchanges/);
  const bitsgap = await opens(browser, /app\.bitsgap\.com\/my-exchanges/, async () => (await control(popup, 'Open Bitsgap My exchanges')).click());

  await (await control(bitsgap, 'Extend')).click();
  await (await control(bitsgap, 'Generate')).click();
  await (await control(bitsgap, 'Use these 3 addresses for Binance', 'ipwl-capture')).click();
  await expect.poll(() => text(bitsgap, '[role=status]', 'ipwl-capture')).toMatch(/^Saved 3 addresses from Bitsgap's page/);

  const binance = await browser.newPage();
  await binance.goto('https://www.binance.com/en/my/settings/api-management');
  await (await control(binance, 'Paste 3 trusted IPs', 'ipwl-guide')).click();
  await expect.poll(() => text(binance, '[role=status]', 'ipwl-guide')).toMatch(/^Added 3/);
  await (await control(binance, 'Save')).click();
  const code = await binance.waitForSelector('[role=dialog] input');
  await code!.type('123456');
  await (await control(binance, 'Submit')).click();
  await expect.poll(() => firefox.server.saves.length, { timeout: 10_000 }).toBe(1);
  expect(firefox.server.saves[0]).toMatchObject({ ipRestrict: true, ips: TRUSTED, permissions: { spotMargin: true, withdrawals: false } });

  const exchanges = await opens(browser, /app\.bitsgap\.com\/my-exchanges/, async () => (await control(binance, 'Open Bitsgap My exchanges', 'ipwl-guide')).click());
  await expect.poll(() => text(exchanges, '[role=status]', 'ipwl-capture'), { timeout: 10_000 }).toBe("Bitsgap's Refresh for Binance is under the Binance row's More (⋯) menu: open it.");
  await (await control(exchanges, 'More')).click();
  // The user reads the hint before pressing; the notice has moved out of the menu's way by then.
  await expect.poll(() => text(exchanges, '[role=status]', 'ipwl-capture')).toBe('Click Refresh here to re-check your Binance key.');
  await (await control(exchanges, 'Refresh', undefined, '[role=menuitem]')).click();
  await expect.poll(() => text(exchanges, '[role=status]', 'ipwl-capture'), { timeout: 10_000 }).toBe('Recorded: Bitsgap reports the key as connected.');

  const history = await openExtensionPage(browser, 'popup.html');
  await expect.poll(() => text(history, 'section.history')).toContain('Bitsgap reports the key as connected.');
});
