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
  it('the popup in each state, at 360 px, and Options', async () => {
    server.bitsgap.endpoints = false;
    browser = await launch(server, { colorScheme });
    const popup = await browser.openPopup();
    await popup.setViewportSize({ width: 360, height: 700 });
    const fits = async (state: string) => expect(await popup.evaluate(() => document.documentElement.scrollWidth), state).toBeLessThanOrEqual(360);
    await popup.getByRole('link', { name: "Bitsgap's help article on this" }).waitFor();
    await fits('first run');
    await audit(popup, 'popup, first run');
    server.bitsgap.endpoints = true;
    await popup.getByRole('button', { name: 'Fetch from Bitsgap' }).click();
    await popup.getByRole('list', { name: 'Trusted IPs' }).waitFor();
    await audit(popup, 'popup with the list');
    await popup.getByRole('button', { name: 'Paste list' }).click();
    await popup.getByRole('textbox', { name: 'Trusted IPs' }).fill('10.0.0.1\nnot-an-ip\n8.8.8.8\u200b');
    await popup.getByRole('button', { name: 'Use these IPs' }).click();
    await popup.getByRole('alert').waitFor();
    await fits('paste form with problems');
    await audit(popup, 'popup paste form with problems');
    await popup.getByRole('textbox', { name: 'Trusted IPs' }).fill('8.8.8.8 1.1.1.1');
    await popup.getByRole('button', { name: 'Use these IPs' }).click();
    await popup.getByRole('button', { name: 'Undo' }).waitFor();
    await audit(popup, 'popup after a list replaced another, with Undo');
    server.bitsgap.endpoints = false;
    await popup.getByRole('button', { name: 'Fetch from Bitsgap' }).click();
    await popup.getByText('Bitsgap has no list to hand over here.', { exact: false }).waitFor();
    await popup.getByText('Details').click();
    await audit(popup, 'popup when Bitsgap hands over no list, details open');
    // A save waiting on Bitsgap's Refresh, then one Bitsgap reported connected.
    const worker = await browser.worker();
    for (const result of ['unsupported', 'connected']) {
      await worker.evaluate((r) => chrome.storage.local.set({ history: [{ id: 'a11y', label: 'Bitsgap_com', added: 2, savedAt: Date.now(), result: r, attempts: 1 }] }), result);
      await popup.getByRole('list', { name: 'Progress' }).locator(result === 'connected' ? 'li:nth-child(4).done' : 'li:nth-child(4)[aria-current=step]').waitFor();
      await fits(`stage ${result}`);
      await audit(popup, `popup, ${result === 'connected' ? 'done' : 'stage 4'}`);
    }
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Save' }).waitFor();
    await audit(options, 'options');
    await options.getByText('Advanced').click();
    await audit(options, 'options, Advanced open');
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
    await expect.poll(() => guide(page).getByRole('status').textContent()).toMatch(/^Added 4 Bitsgap addresses/);
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
    await page.getByRole('button', { name: 'Use these 4 addresses for Binance' }).click();
    await page.getByRole('button', { name: 'Open Binance API management' }).waitFor();
    await audit(page, 'notice after the capture', 'ipwl-capture');
    // A save waiting on Bitsgap's Refresh: the help on My exchanges.
    await (await browser.worker()).evaluate(() => chrome.storage.local.set({ history: [{ id: 'a11y', label: 'Bitsgap_com', added: 4, savedAt: Date.now(), result: 'unsupported', attempts: 1 }] }));
    await page.reload();
    await page.getByText('Click Refresh here to re-check your Binance key.').waitFor();
    await audit(page, 'refresh help', 'ipwl-capture');
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
  // Visually hidden text for screen readers (1 px wide by design) is not clipped text.
  const clipped = await panel.evaluate((el) => [...el.querySelectorAll('*')].filter((e) => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').length);
  expect(clipped).toBe(0);
  await audit(page, 'guide at 360 px, dark, zh-CN', 'ipwl-guide');
  const popup = await browser.openPopup();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.getByRole('list', { name: '受信任 IP' }).waitFor();
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await audit(popup, 'popup at 360 px, dark, zh-CN');
});
