// The keyboard-only flow in Firefox ESR: the shortcut declared in `commands` (pressed on a
// virtual display, where Firefox itself handles it) focuses the guide, Tab reaches Paste, Esc
// returns focus to the page on Save, and the popup's actions work with Tab and Enter.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { focusedInPage, tabTo } from '../support/focus';
import { startDisplay, type Display } from '../support/display';
import { launchFirefox, openExtensionPage } from '../support/firefox';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario, makeApiKey } from '../replica/binance/scenario';

const TRUSTED = ['34.89.113.10', '34.89.113.11', '52.29.100.7', '2a05:d014::10'];
let server: TestServer;
let display: Display;
let firefox: Awaited<ReturnType<typeof launchFirefox>>;
beforeAll(async () => {
  display = await startDisplay();
  server = await startServer(defaultScenario({ keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('ff-keyboard'), permissions: { reading: true }, ips: null }] }));
  // The list comes from the contract's endpoint here, so the test starts on Binance.
  server.bitsgap.endpoints = true;
  server.bitsgap.ips = [...TRUSTED];
  firefox = await launchFirefox(server, { headless: false });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  display?.close();
});

const focused = (page: Page) => page.evaluate(focusedInPage);

const status = (page: Page) => page.evaluate(() => document.querySelector('ipwl-guide')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? '');

it('Firefox, Binance: shortcut → Tab to Paste → Enter → Esc back to Save → Enter → 2FA, all by keyboard', async () => {
  const page = await firefox.browser.newPage();
  await page.goto('https://www.binance.com/en/my/settings/api-management');
  await expect.poll(() => status(page), { timeout: 15_000 }).toBe('Press Paste: the guide opens the form of Bitsgap_com and enters the missing Bitsgap addresses.');
  await page.bringToFront();
  display.press('alt+shift+g');
  await expect.poll(() => focused(page)).toBe('guide:panel');
  await tabTo(page, 'guide:Paste 4 trusted IPs');
  await page.keyboard.press('Enter');
  await expect.poll(() => status(page)).toBe('Added 4 Bitsgap addresses to Bitsgap_com. Now click Save on Binance, then enter your 2FA code.');
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toBe('page:Save');
  await page.keyboard.press('Enter');
  const code = await page.waitForSelector('[role=dialog] input');
  await code!.focus();
  await page.keyboard.type('123456');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => server.saves.length, { timeout: 10_000 }).toBe(1);
  expect(server.saves[0]).toMatchObject({ ipRestrict: true, ips: TRUSTED, permissions: { spotMargin: true } });
});

it('Firefox, the popup: Paste list reached by Tab, a list typed and saved with Enter', async () => {
  const popup = await openExtensionPage(firefox.browser, 'popup.html');
  await popup.waitForSelector('ul[aria-label="Trusted IPs"] li');
  await tabTo(popup, 'page:Paste list');
  await popup.keyboard.press('Enter');
  await tabTo(popup, 'page:');
  await popup.keyboard.type('3.120.45.66');
  await tabTo(popup, 'page:Use these IPs');
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.evaluate(() => document.querySelector('[role=status]')?.textContent)).toMatch(/^Saved 1 pasted address\. /);
});
