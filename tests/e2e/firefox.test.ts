// The Firefox build in Firefox ESR (puppeteer-core over WebDriver BiDi): the content script
// runs, and the whole flow (guide, paste, save, refresh) works as in Chromium.
import type { ElementHandle, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { firefoxOnReplica, openExtensionPage } from '../support/firefox';
import { defaultScenario } from '../replica/binance/scenario';

const firefox = firefoxOnReplica(defaultScenario(), (server) => {
  // The contract's optional endpoints (the second configuration); Bitsgap as it is runs in
  // firefox-bitsgap-page.test.ts.
  server.bitsgap.endpoints = true;
});

function guideText(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('ipwl-guide')?.shadowRoot;
    const dialog = root?.querySelector('[role=dialog]');
    return dialog ? `${dialog.getAttribute('aria-label')}|${root?.querySelector('[role=status]')?.textContent ?? ''}|${root?.querySelector('.note')?.textContent ?? ''}` : '';
  });
}

/** A button by its exact text, in the page or in the guide's shadow root. */
async function button(page: Page, name: string, inGuide = false): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (n: string, g: boolean) => {
      const scope: ParentNode | null | undefined = g ? document.querySelector('ipwl-guide')?.shadowRoot : document;
      return [...(scope?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === n) ?? false;
    },
    { timeout: 10_000 },
    name,
    inGuide,
  );
  return handle as unknown as ElementHandle<Element>;
}

it('Firefox: the content script runs on the API page and the background fetches Bitsgap with the cookie', async () => {
  const page = await firefox.browser.newPage();
  await page.goto('https://www.binance.com/en/my/settings/api-management');
  await expect.poll(() => guideText(page), { timeout: 15_000 }).toBe('Bitsgap IP whitelist guide|Press Paste: the guide opens the form of Bitsgap_com and enters the missing Bitsgap addresses.|Nothing is saved until you click Save on Binance.');
  // The background's fetch carried the Bitsgap session cookie.
  expect(firefox.server.bitsgap.trustedIpsCalls.at(-1)?.cookie).toBe(firefox.server.bitsgap.session);
  // The guide's stylesheet applies (Firefox will not let a content script adopt a constructed
  // one; lib/ui/shadow-ui.ts falls back to a <style> element): a panel fixed in its corner.
  const panel = await page.evaluate(() => {
    const el = document.querySelector('ipwl-guide')?.shadowRoot?.querySelector('.panel');
    return el ? getComputedStyle(el).position : 'none';
  });
  expect(panel).toBe('fixed');
  await page.close();
});

it('Firefox: the full flow — Edit restrictions, Paste, Save with 2FA, one refresh', async () => {
  const page = await firefox.browser.newPage();
  await page.goto('https://www.binance.com/en/my/settings/api-management');
  await expect.poll(() => guideText(page), { timeout: 15_000 }).toContain('Press Paste: the guide opens the form of Bitsgap_com and enters the missing Bitsgap addresses.');
  // The first card is Bitsgap_com: its Edit restrictions comes first in the page.
  await (await button(page, 'Edit restrictions')).click();
  // The page received that click (the guide's panel keeps off Edit restrictions): the form opens, and the guide waits for Paste.
  await expect.poll(() => guideText(page)).toContain('The form of Bitsgap_com is open.');
  await (await button(page, 'Paste 4 trusted IPs', true)).click();
  await expect.poll(() => guideText(page)).toContain('Added 4 Bitsgap addresses to Bitsgap_com.');
  expect(firefox.server.saves).toEqual([]);
  await (await button(page, 'Save')).click();
  const code = await page.waitForSelector('[role=dialog] input');
  await code!.type('123456');
  await (await button(page, 'Submit')).click();
  await expect.poll(() => firefox.server.saves.length, { timeout: 10_000 }).toBe(1);
  expect(firefox.server.saves[0]).toMatchObject({
    label: 'Bitsgap_com',
    ipRestrict: true,
    ips: ['34.89.113.10', '34.89.113.11', '52.29.100.7', '2a05:d014::10'],
    permissions: { reading: true, spotMargin: true, withdrawals: false },
  });
  await expect.poll(() => firefox.server.bitsgap.refreshCalls.length, { timeout: 10_000 }).toBe(1);
  expect(firefox.server.bitsgap.refreshCalls[0]).toMatchObject({ label: 'Bitsgap_com', cookie: firefox.server.bitsgap.session });
  await expect.poll(() => guideText(page), { timeout: 10_000 }).toContain('Done: Bitsgap says the key is connected.');
});

it('Firefox: Options saves a Bitsgap host of its own with notifications on, asking for both permissions in the one request Firefox allows', async () => {
  const page = await openExtensionPage(firefox.browser, 'options.html');
  // The Bitsgap address is under Advanced, closed until the user opens it.
  await (await page.waitForSelector('details.advanced > summary'))!.click();
  const field = await page.waitForSelector('input[type=url]', { visible: true });
  await field!.click({ count: 3 });
  await field!.type('https://bitsgap.example');
  const notify = await page.waitForFunction(
    () => [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('system notification'))?.querySelector('input') ?? false,
  );
  await (notify as unknown as ElementHandle<Element>).click();
  await (await button(page, 'Save')).click();
  await expect.poll(() => page.evaluate(() => document.querySelector('[role=status]')?.textContent), { timeout: 10_000 }).toBe('Saved.');
  const granted = await page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    return [await api.permissions.contains({ origins: ['https://bitsgap.example/*'] }), await api.permissions.contains({ permissions: ['notifications'] })];
  });
  expect(granted).toEqual([true, true]);
  await page.close();
});
