// After a verified save the background pings Bitsgap's refresh, retrying across worker restarts.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { guide, launch, stopServiceWorker, type Browser } from '../support/chromium';
import { pasteAndSave } from '../support/flow';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario, makeApiKey } from '../replica/binance/scenario';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  // The contract's optional endpoints (the second configuration): this suite's subject is what
  // the background does with Bitsgap's list and refresh answers.
  server.bitsgap.endpoints = true;
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  server.scenario = defaultScenario({ listDelayMs: 0, keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('b'), permissions: { reading: true }, ips: null }] });
  server.bitsgap.refreshCalls.length = 0;
  server.bitsgap.refreshStatuses = [];
  server.bitsgap.refreshStatus = 'connected';
  browser = await launch(server);
});
afterEach(async () => {
  await browser.close();
});

const note = (page: import('playwright-core').Page) => guide(page).locator('.note');

describe('refresh after save', () => {
  it('503 twice then 200: three calls, then "connected" in the guide, the popup history, and a clear badge', async () => {
    server.bitsgap.refreshStatuses = [503, 503];
    const page = await pasteAndSave(browser);
    await expect.poll(() => server.bitsgap.refreshCalls.length).toBe(1);
    await expect.poll(() => note(page).textContent()).toBe('Asking Bitsgap to re-check the key…');
    await expect.poll(() => server.bitsgap.refreshCalls.length, { timeout: 70_000, interval: 500 }).toBe(3);
    await expect.poll(() => note(page).textContent()).toBe('Done: Bitsgap says the key is connected.');
    const calls = server.bitsgap.refreshCalls;
    expect(calls.map((c) => c.label)).toEqual(['Bitsgap_com', 'Bitsgap_com', 'Bitsgap_com']);
    expect(calls.every((c) => c.cookie === server.bitsgap.session)).toBe(true);
    // Backoff: the retries are spaced out, not fired back to back.
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThan(10_000);
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThan(calls[1]!.at - calls[0]!.at);
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByRole('region', { name: 'Recent saves' }).textContent()).toContain('Bitsgap_com: 4 added');
    expect(await popup.getByRole('region', { name: 'Recent saves' }).textContent()).toContain('Bitsgap reports the key as connected.');
    // Connected needs nothing of the user: the badge is clear (lib/keepalive/badge.ts; it said "…" meanwhile).
    await expect.poll(() => browser.worker().then((w) => w.evaluate(() => chrome.action.getBadgeText({})))).toBe('');
    // One save, one successful refresh: nothing more arrives.
    await new Promise((r) => setTimeout(r, 1000));
    expect(server.bitsgap.refreshCalls).toHaveLength(3);
  }, 120_000);

  it('retries after the service worker is stopped between tries, with the Binance tab already closed', async () => {
    server.bitsgap.refreshStatuses = [503];
    const page = await pasteAndSave(browser);
    await expect.poll(() => server.bitsgap.refreshCalls.length).toBe(1);
    await page.close();
    const worker = await stopServiceWorker(browser);
    expect(server.bitsgap.refreshCalls).toHaveLength(1);
    // The alarm wakes a new worker, which finds the pending job in storage.
    await expect.poll(() => server.bitsgap.refreshCalls.length, { timeout: 40_000, interval: 500 }).toBe(2);
    expect(worker.statuses()).toEqual(expect.arrayContaining(['stopped', 'starting', 'running']));
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByRole('region', { name: 'Recent saves' }).textContent()).toContain('Bitsgap reports the key as connected.');
    await new Promise((r) => setTimeout(r, 1000));
    expect(server.bitsgap.refreshCalls).toHaveLength(2);
  }, 90_000);

  it('401: shows "signed out" and does not retry', async () => {
    browser.context.clearCookies({ domain: 'app.bitsgap.com' });
    server.bitsgap.ips = ['34.89.113.10', '34.89.113.11', '52.29.100.7', '2a05:d014::10'];
    // The list comes from a paste, since the user is signed out of Bitsgap.
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Paste list' }).click();
    await popup.getByRole('textbox', { name: 'Trusted IPs' }).fill(server.bitsgap.ips.join(' '));
    await popup.getByRole('button', { name: 'Use these IPs' }).click();
    await popup.getByText('Saved 4 pasted addresses.').waitFor();
    const page = await pasteAndSave(browser);
    await expect.poll(() => note(page).textContent()).toBe('You are signed out of Bitsgap: sign in, then click Refresh on My exchanges.');
    expect(await guide(page).getByRole('button', { name: 'Open Bitsgap My exchanges' }).count()).toBe(1);
    await new Promise((r) => setTimeout(r, 2000));
    expect(server.bitsgap.refreshCalls).toHaveLength(1);
    expect(server.bitsgap.refreshCalls[0]!.cookie).toBeUndefined();
  });

  it('404: refresh not supported, so the guide offers Bitsgap’s My exchanges page', async () => {
    server.bitsgap.refreshStatuses = [404];
    const page = await pasteAndSave(browser);
    await expect.poll(() => note(page).textContent()).toBe("Last step: press Refresh on Bitsgap's My exchanges, so Bitsgap checks the key again.");
    const opened = browser.context.waitForEvent('page');
    await guide(page).getByRole('button', { name: 'Open Bitsgap My exchanges' }).click();
    const bitsgap = await opened;
    expect(bitsgap.url()).toBe('https://app.bitsgap.com/my-exchanges');
    // There, the extension points at Bitsgap's own Refresh button.
    await expect.poll(() => bitsgap.getByRole('status').first().textContent()).toBe('Click Refresh here to re-check your Binance key.');
    expect(server.bitsgap.refreshCalls).toHaveLength(1);
  });
});
