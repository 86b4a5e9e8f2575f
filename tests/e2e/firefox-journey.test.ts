// The journey's first steps in Firefox ESR, Bitsgap as it is (no endpoints): the first-run
// popup (opened as a tab of the extension's own: WebDriver BiDi will not navigate to
// moz-extension:// URLs) and the notice on Bitsgap's page, the extension's own, with its stage
// and the button that goes on to Binance.
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { firefoxOnReplica, openExtensionPage } from '../support/firefox';
import { PLAIN_VARIANT } from '../replica/bitsgap/pages';

const TRUSTED = ['3.120.45.40', '3.120.45.41', '52.29.100.10', '2a05:d014::40'];

const firefox = firefoxOnReplica(undefined, (server) => {
  server.bitsgap.ips = [...TRUSTED];
  server.bitsgap.variant = PLAIN_VARIANT;
});

/** What the user sees of the page, or of one of the extension's shadow hosts: the current stage, the primary action, the texts. */
function look(page: Page, host?: string) {
  return page.evaluate((h: string | null) => {
    const scope = h ? document.querySelector(h)?.shadowRoot : document;
    const current = scope?.querySelector('ol[aria-label=Progress] [aria-current=step]')?.cloneNode(true) as Element | undefined;
    current?.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
    return {
      stage: current?.textContent?.trim() ?? '',
      primary: scope?.querySelector('.lead button, button.primary')?.textContent?.trim() ?? '',
      status: scope?.querySelector('[role=status]')?.textContent?.trim() ?? '',
      text: (h ? scope?.querySelector('.notice')?.textContent : document.body.innerText) ?? '',
    };
  }, host ?? null);
}

/** A button by its exact text, in the page or in one of our shadow hosts. */
async function button(page: Page, name: string, host?: string): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (n: string, h: string | null) => [...((h ? document.querySelector(h)?.shadowRoot : document)?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === n) ?? false,
    { timeout: 10_000 },
    name,
    host ?? null,
  );
  return handle as unknown as ElementHandle<Element>;
}

async function opens(browser: Browser, url: RegExp, open: () => Promise<unknown>): Promise<Page> {
  const before = new Set(browser.targets());
  await open();
  const target = await browser.waitForTarget((t) => !before.has(t) && url.test(t.url()), { timeout: 10_000 });
  return (await target.page())!;
}

it('Firefox: the first run shows the four stages, no error, and leads with Bitsgap’s My exchanges; there the notice is the extension’s, at the same stage, and goes on to Binance', async () => {
  const { browser } = firefox;
  const popup = await openExtensionPage(browser, 'popup.html');
  await expect.poll(async () => (await look(popup)).stage, { timeout: 15_000 }).toBe("Get Bitsgap's list");
  const first = await look(popup);
  expect(first.primary).toBe('Open Bitsgap My exchanges');
  expect(first.status).toMatch(/^Next: on Bitsgap's My exchanges, open the Extend, Renew or Fix pop-up/);
  expect(first.text).toContain('Binance limits or deletes trading keys that have no IP restriction.');
  expect(first.text).not.toMatch(/HTTP|404|did not|could not/);
  expect(await popup.evaluate(() => [...document.querySelectorAll('ol[aria-label=Progress] li')].map((li) => li.lastChild?.textContent))).toEqual([
    "Get Bitsgap's list",
    'Paste on Binance',
    'Save and 2FA',
    'Refresh on Bitsgap',
  ]);

  const bitsgap = await opens(browser, /app\.bitsgap\.com\/my-exchanges/, async () => (await button(popup, 'Open Bitsgap My exchanges')).click());
  await (await button(bitsgap, 'Extend')).click();
  await (await button(bitsgap, 'Use these 4 addresses for Binance', 'ipwl-capture')).click();
  await expect.poll(async () => (await look(bitsgap, 'ipwl-capture')).status).toBe("Saved 4 addresses from Bitsgap's page. Next: paste them on Binance.");
  await expect.poll(async () => (await look(bitsgap, 'ipwl-capture')).stage).toBe('Paste on Binance');
  const saved = await look(bitsgap, 'ipwl-capture');
  expect(saved.text).toMatch(/^Bitsgap IP whitelist for BinanceExtension/);
  expect(saved.text).toContain('Fills the form only. Never clicks Save. Never sees your Secret Key.');
  expect(saved.primary).toBe('Open Binance API management');

  const binance = await opens(browser, /www\.binance\.com\/.*api-management/, async () => (await button(bitsgap, 'Open Binance API management', 'ipwl-capture')).click());
  expect(binance.url()).toBe('https://www.binance.com/en/my/settings/api-management');
  await expect.poll(async () => (await look(popup)).stage).toBe('Paste on Binance');
  expect((await look(popup)).primary).toBe('Open Binance API management');
});
