// The popup and the trusted-IP list against the Bitsgap mock, in real Chromium.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type Browser } from '../support/chromium';
import { startServer, type TestServer } from '../support/server';

let server: TestServer;
let browser: Browser;
const IPS = ['34.89.113.10', '34.89.113.11', '52.29.100.7', '2a05:d014::10'];

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.bitsgap.trustedIpsMode = 'ok';
  server.bitsgap.ips = [...IPS];
});
afterEach(async () => {
  await browser?.close();
});

describe('popup', () => {
  it('signed in: shows the list from Bitsgap with its count and source', async () => {
    browser = await launch(server);
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByRole('listitem').allTextContents()).toEqual(IPS);
    expect(await popup.getByRole('status').textContent()).toMatch(/^4 trusted IPs from Bitsgap API, obtained /);
  });

  it('signed out: says so and links to Bitsgap’s sign-in page', async () => {
    browser = await launch(server, { signedIn: false });
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('You are signed out of Bitsgap.');
    expect(await popup.getByRole('link', { name: 'Sign in to Bitsgap' }).getAttribute('href')).toBe('https://app.bitsgap.com/sign-in');
    expect(await popup.getByRole('listitem').count()).toBe(0);
  });

  it.each([
    ['server-error', 'Bitsgap could not be reached (HTTP 500'],
    ['malformed', "Bitsgap's answer was not a valid list (not JSON"],
    ['wrong-shape', "Bitsgap's answer was not a valid list (unexpected shape"],
    ['slow', 'Bitsgap could not be reached (timeout'],
  ] as const)('%s: a readable error, and the previous list still shown and in use', async (mode, message) => {
    browser = await launch(server);
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByRole('listitem').count()).toBe(4);
    server.bitsgap.trustedIpsMode = mode;
    server.bitsgap.slowMs = 11_000;
    await popup.getByRole('button', { name: 'Fetch from Bitsgap' }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 15_000 }).toContain(message);
    expect(await popup.getByRole('status').textContent()).toContain('The last good list is still in use.');
    expect(await popup.getByRole('listitem').allTextContents()).toEqual(IPS);
  });

  it('Paste list: names both bad entries and saves nothing; a clean list is saved as pasted', async () => {
    browser = await launch(server, { signedIn: false });
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Paste list' }).click();
    await popup.getByRole('textbox', { name: 'Trusted IPs' }).fill('8.8.8.8, 10.0.0.1\nnot-an-ip; 1.1.1.1');
    await popup.getByRole('button', { name: 'Use these IPs' }).click();
    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.getByRole('listitem').allTextContents()).toEqual([
      '“10.0.0.1”: a private address. Nothing was saved.',
      '“not-an-ip”: not an IP address. Nothing was saved.',
    ]);
    expect(await popup.getByRole('list', { name: 'Trusted IPs' }).count()).toBe(0);
    const stored = await (await browser.worker()).evaluate(() => chrome.storage.local.get('trustedIps'));
    expect((stored.trustedIps as { list: unknown } | undefined)?.list ?? null).toBeNull();

    await popup.getByRole('textbox', { name: 'Trusted IPs' }).fill('8.8.8.8 1.1.1.1');
    await popup.getByRole('button', { name: 'Use these IPs' }).click();
    await expect.poll(() => popup.getByRole('listitem').allTextContents()).toEqual(['8.8.8.8', '1.1.1.1']);
    expect(await popup.getByRole('status').textContent()).toBe('Saved 2 pasted addresses.');
  });

  it('captures the list from Bitsgap’s trusted-IP dialog; the popup shows it with source "Bitsgap page"', async () => {
    browser = await launch(server, { signedIn: false });
    server.bitsgap.ips = ['52.29.100.20', '52.29.100.21', '2a05:d014::20'];
    const page = await browser.context.newPage();
    await page.goto('https://app.bitsgap.com/my-exchanges');
    expect(await page.getByRole('button', { name: 'Use for Binance' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Extend' }).click();
    await page.getByRole('button', { name: 'Use for Binance' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain("Saved 3 addresses from Bitsgap's page.");
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByRole('listitem').allTextContents()).toEqual(server.bitsgap.ips);
    expect(await popup.getByRole('status').textContent()).toMatch(/^3 trusted IPs from Bitsgap page, obtained /);
  });

  it('offers nothing for a dialog about another exchange', async () => {
    browser = await launch(server, { signedIn: false });
    server.bitsgap.dialogExchange = 'OKX';
    try {
      const page = await browser.context.newPage();
      await page.goto('https://app.bitsgap.com/my-exchanges');
      await page.getByRole('button', { name: 'Extend' }).click();
      await page.getByRole('dialog').waitFor();
      await new Promise((r) => setTimeout(r, 300));
      expect(await page.getByRole('button', { name: 'Use for Binance' }).count()).toBe(0);
    } finally {
      server.bitsgap.dialogExchange = 'Binance';
    }
  });
});
