// The whole Binance flow and the popup's actions without a mouse, in Chromium: the shortcut
// declared in `commands` brings focus into the guide, Tab reaches Paste, Esc returns focus to
// the page on the control the step names (Save), and the page's own Save and 2FA follow.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { focusedInPage, tabTo } from '../support/focus';
import { binanceUrl, guide, launch, type Browser } from '../support/chromium';
import { startDisplay, type Display } from '../support/display';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario, makeApiKey } from '../replica/binance/scenario';

const TRUSTED = ['34.89.113.10', '34.89.113.11', '52.29.100.7', '2a05:d014::10'];
let server: TestServer;
let browser: Browser;
let display: Display;
beforeAll(async () => {
  display = await startDisplay();
  server = await startServer();
  // The list comes from the contract's endpoint here, so the test starts on Binance.
  server.bitsgap.endpoints = true;
  server.bitsgap.ips = [...TRUSTED];
  server.scenario = defaultScenario({ keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('keyboard'), permissions: { reading: true }, ips: null }] });
  // A window on the virtual display: the browser, not the page, handles an extension's shortcut.
  browser = await launch(server, { headless: false });
});
afterAll(async () => {
  await browser.close();
  await server.close();
  display.close();
});

const focused = (page: Page) => page.evaluate(focusedInPage);

it('Binance: shortcut → Tab to Paste → Enter → Esc back to the page on Save → Enter → 2FA by keyboard', async () => {
  const page = await browser.context.newPage();
  await page.goto(binanceUrl());
  await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).waitFor();
  expect(await guide(page).getByRole('status').getAttribute('aria-live')).toBe('polite');

  await page.bringToFront();
  display.press('alt+shift+g');
  await expect.poll(() => focused(page)).toBe('guide:panel');
  await tabTo(page, 'guide:Paste 4 trusted IPs');
  await page.keyboard.press('Enter');
  await expect.poll(() => guide(page).getByRole('status').textContent()).toBe('Added 4 Bitsgap addresses to Bitsgap_com. Now click Save on Binance, then enter your 2FA code.');

  // Esc: back to the page, onto the control the step names; never behind the panel.
  await page.keyboard.press('Escape');
  await expect.poll(() => focused(page)).toBe('page:Save');
  const save = (await page.evaluate(() => (document.activeElement as HTMLElement).getBoundingClientRect().toJSON())) as DOMRect;
  const panel = (await guide(page).boundingBox())!;
  expect(save.x < panel.x + panel.width && save.x + save.width > panel.x && save.y < panel.y + panel.height && save.y + save.height > panel.y).toBe(false);
  await page.keyboard.press('Enter');
  const twoFa = page.getByRole('dialog', { name: 'Security Verification' });
  await twoFa.getByRole('textbox').waitFor();
  await twoFa.getByRole('textbox').focus();
  await page.keyboard.type('123456');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => server.saves.length).toBe(1);
  expect(server.saves[0]).toMatchObject({ ipRestrict: true, ips: TRUSTED, permissions: { spotMargin: true } });
  await expect.poll(() => guide(page).getByRole('status').textContent()).toBe('Saved: Bitsgap_com holds all 4 Bitsgap addresses.');
});

it('the popup: every action reachable by Tab and done with Enter', async () => {
  const popup = await browser.openPopup();
  await popup.getByRole('list', { name: 'Trusted IPs' }).waitFor();
  await popup.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await tabTo(popup, 'page:Copy IPs');
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Copied 4 addresses\. /);
  await tabTo(popup, 'page:Paste list');
  await popup.keyboard.press('Enter');
  await tabTo(popup, 'page:');
  await popup.keyboard.type('3.120.45.66');
  await tabTo(popup, 'page:Use these IPs');
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Saved 1 pasted address\. /);
});
