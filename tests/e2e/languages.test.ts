// The extension in the browser's language: its strings and counted forms, and the direction of
// its own text, whatever the Binance page's language and direction.
import { afterEach, beforeAll, afterAll, expect, it } from 'vitest';
import { binanceUrl, guide, launch, type Browser } from '../support/chromium';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario, makeApiKey } from '../replica/binance/scenario';

let server: TestServer;
let browser: Browser | undefined;
beforeAll(async () => {
  server = await startServer();
  // The list comes from the contract's endpoint here, so each test starts on Binance.
  server.bitsgap.endpoints = true;
  server.scenario = defaultScenario({ keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('lang'), permissions: { reading: true }, ips: null }] });
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

it('Arabic: the guide speaks Arabic right to left, with the dual and plural forms, on an English left-to-right page', async () => {
  browser = await launch(server, { lang: 'ar' });
  const page = await browser.context.newPage();
  await page.goto(binanceUrl());
  const panel = guide(page, 'دليل قائمة عناوين IP المسموح بها من Bitsgap');
  const paste = panel.getByRole('button', { name: 'لصق 4 عناوين IP موثوقة' });
  await paste.waitFor();
  expect(await panel.getByRole('status').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await panel.getByRole('status').textContent()).toBe('اضغط «لصق»: يفتح الدليل نموذج Bitsgap_com ويُدخل عناوين Bitsgap الناقصة.');
  // The panel keeps to the page's side: the right, on this left-to-right page.
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThan(1280 / 2);
  const popup = await browser.openPopup();
  expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
});

it('Russian: "1 / 2–4 / 5+" forms come from the plural rules, not from the English', async () => {
  browser = await launch(server, { lang: 'ru' });
  const page = await browser.context.newPage();
  await page.goto(binanceUrl('/ru/my/settings/api-management'));
  await guide(page, 'Помощник белого списка IP Bitsgap').getByRole('button', { name: 'Вставить 4 доверенных IP' }).waitFor();
  const popup = await browser.openPopup();
  await expect.poll(() => popup.locator('details').textContent()).toMatch(/4 доверенных IP из источника «API Bitsgap»/);
  expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ru', 'ltr']);
});
