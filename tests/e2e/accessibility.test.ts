// axe-core over everything the extension draws, in Chromium, light and dark: the popup in each
// state, Options, the guide at every step, and the notices on Bitsgap's page. No serious or
// critical violation is allowed.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { binanceUrl, guide, launch, type Browser } from '../support/chromium';
import { card } from '../support/flow';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario, makeApiKey, type ReplicaKey } from '../replica/binance/scenario';
import { PLAIN } from '../replica/binance/variant';

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  await browser?.close();
});

const key = (label: string, ips: string[] | null): ReplicaKey => ({ label, apiKey: makeApiKey(label), permissions: { reading: true }, ips });

/** Checks the page (or the guide's shadow host) now, naming the state in the failure. */
async function audit(page: Page, state: string, host?: string) {
  expect(await seriousViolations(page, host), state).toEqual([]);
}

describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
  it('the popup in each state, and Options', async () => {
    server.bitsgap.endpoints = true;
    browser = await launch(server, { colorScheme });
    const popup = await browser.openPopup();
    await popup.getByRole('list', { name: 'Trusted IPs' }).waitFor();
    await audit(popup, 'popup with the list');
    await popup.getByRole('button', { name: 'Paste list' }).click();
    await popup.getByRole('textbox', { name: 'Trusted IPs' }).fill('10.0.0.1\nnot-an-ip');
    await popup.getByRole('button', { name: 'Use these IPs' }).click();
    await popup.getByRole('alert').waitFor();
    await audit(popup, 'popup paste form with problems');
    server.bitsgap.endpoints = false;
    await popup.getByRole('button', { name: 'Fetch from Bitsgap' }).click();
    await popup.getByRole('button', { name: 'Open Bitsgap My exchanges' }).waitFor();
    await audit(popup, 'popup when Bitsgap hands over no list');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Save' }).waitFor();
    await audit(options, 'options');
  });

  it('the guide at every step', async () => {
    server.bitsgap.endpoints = true;
    browser = await launch(server, { colorScheme });
    const page = await browser.context.newPage();
    const host = 'ipwl-guide';

    server.scenario = defaultScenario({ keys: [key('Bitsgap_com', null), key('bitsgap-2', null)] });
    await page.goto(binanceUrl());
    await expect.poll(() => guide(page).getByRole('status').textContent()).toMatch(/^2 keys have/);
    await audit(page, 'choose a key', host);

    server.scenario = defaultScenario({ variant: { ...PLAIN, spotConfirm: 'saved' }, keys: [key('Bitsgap_com', null)] });
    await page.goto(binanceUrl());
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).waitFor();
    await audit(page, 'step 1: paste', host);
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => guide(page).getByRole('status').textContent()).toMatch(/^Binance is asking/);
    await audit(page, 'paused on a dialog of Binance’s', host);
    await page.getByRole('dialog', { name: 'Enable Spot & Margin Trading' }).getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => guide(page).getByRole('status').textContent()).toMatch(/^Added 4/);
    await audit(page, 'step 2: save', host);
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Save', exact: true }).click();
    const twoFa = page.getByRole('dialog', { name: 'Security Verification' });
    await expect.poll(() => guide(page).getByRole('status').textContent()).toMatch(/^Enter your 2FA code/);
    await audit(page, 'step 2: 2FA open', host);
    await twoFa.getByRole('textbox').fill('123456');
    await twoFa.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => guide(page).getByRole('status').textContent()).toMatch(/^Saved/);
    await audit(page, 'step 3: done', host);

    const own = Array.from({ length: 28 }, (_, i) => `8.8.${i}.1`);
    server.scenario = defaultScenario({ keys: [key('Bitsgap_com', own)] });
    await page.goto(binanceUrl());
    await expect.poll(() => guide(page).textContent()).toContain('Binance allows 30');
    await audit(page, 'warning ahead of the limit', host);
  });

  it('the notices on Bitsgap’s page', async () => {
    server.bitsgap.endpoints = false;
    server.bitsgap.variant = { nameInTitle: true, nameAsLogo: false, generate: false, chips: true, refreshInRow: true };
    browser = await launch(server, { colorScheme });
    const page = await browser.context.newPage();
    await page.goto('https://app.bitsgap.com/my-exchanges');
    await page.getByRole('button', { name: 'Extend' }).click();
    await page.getByRole('button', { name: 'Use these 4 addresses for Binance' }).waitFor();
    await audit(page, 'capture notice', 'ipwl-capture');
  });
});

it('at 360 CSS px wide (a 720 px window at 200 % zoom), dark, in Chinese: the guide and the popup fit, nothing scrolls sideways', async () => {
  server.bitsgap.endpoints = true;
  server.scenario = defaultScenario({ keys: [key('Bitsgap_com', null)] });
  browser = await launch(server, { lang: 'zh-CN', colorScheme: 'dark' });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 720 });
  await page.goto(binanceUrl('/zh-CN/my/settings/api-management'));
  const panel = guide(page, 'Bitsgap IP 白名单向导');
  await panel.getByRole('button', { name: '粘贴 4 个受信任 IP' }).waitFor();
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  const clipped = await panel.evaluate((el) => [...el.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').length);
  expect(clipped).toBe(0);
  await audit(page, 'guide at 360 px, dark, zh-CN', 'ipwl-guide');
  const popup = await browser.openPopup();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.getByRole('list', { name: '受信任 IP' }).waitFor();
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await audit(popup, 'popup at 360 px, dark, zh-CN');
});
