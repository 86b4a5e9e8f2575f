// The popup and the trusted-IP list against the Bitsgap mock, in real Chromium.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type Browser } from '../support/chromium';
import { stageOf } from '../support/journey';
import { startServer, type TestServer } from '../support/server';
import { PLAIN_VARIANT } from '../replica/bitsgap/pages';

let server: TestServer;
let browser: Browser;
const IPS = ['34.89.113.10', '34.89.113.11', '52.29.100.7', '2a05:d014::10'];

beforeAll(async () => {
  server = await startServer();
  // The contract's optional endpoints (the second configuration): this suite's subject is what
  // the background does with Bitsgap's list and refresh answers.
  server.bitsgap.endpoints = true;
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.bitsgap.endpoints = true;
  server.bitsgap.trustedIpsMode = 'ok';
  server.bitsgap.ips = [...IPS];
});
afterEach(async () => {
  await browser?.close();
});

const addresses = (popup: Page) => popup.getByRole('list', { name: 'Trusted IPs' }).getByRole('listitem');
const currentStage = (popup: Page) => stageOf(popup.getByRole('list', { name: 'Progress' }));
/** The one action the popup leads with: the first button after the status line, drawn in the accent. */
const primary = (popup: Page) => popup.locator('.lead').getByRole('button').textContent();

describe('popup', () => {
  it('signed in: shows the list from Bitsgap, leads on to Binance, and keeps its count, source and time in the details', async () => {
    browser = await launch(server);
    const popup = await browser.openPopup();
    await expect.poll(() => addresses(popup).allTextContents()).toEqual(IPS);
    await expect.poll(() => currentStage(popup)).toBe('Paste on Binance');
    expect(await primary(popup)).toBe('Open Binance API management');
    await popup.getByText('Details').click();
    expect(await popup.locator('details').textContent()).toMatch(/4 trusted IPs from Bitsgap API, obtained /);
  });

  it('signed out: says so and links to Bitsgap’s sign-in page', async () => {
    browser = await launch(server, { signedIn: false });
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('You are signed out of Bitsgap.');
    expect(await popup.getByRole('link', { name: 'Sign in to Bitsgap' }).getAttribute('href')).toBe('https://bitsgap.com/sign-in?d=app');
    expect(await addresses(popup).count()).toBe(0);
  });

  it.each([
    ['server-error', 'Bitsgap could not be reached.', 'Bitsgap could not be reached (HTTP 500'],
    ['malformed', 'Bitsgap has no list to hand over here.', 'Bitsgap did not hand over the list (not JSON'],
    ['wrong-shape', 'Bitsgap has no list to hand over here.', 'Bitsgap did not hand over the list (not the list the extension expects'],
    ['slow', 'Bitsgap could not be reached.', 'Bitsgap could not be reached (no answer within 10 seconds'],
  ] as const)('%s: says so in plain words with the code in the details, and the previous list still shown and in use', async (mode, plain, detail) => {
    browser = await launch(server);
    const popup = await browser.openPopup();
    await expect.poll(() => addresses(popup).count()).toBe(4);
    server.bitsgap.trustedIpsMode = mode;
    server.bitsgap.slowMs = 11_000;
    await popup.getByRole('button', { name: 'Fetch from Bitsgap' }).click();
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 15_000 }).toContain(plain);
    const status = await popup.getByRole('status').textContent();
    expect(status).toContain('The last good list is still in use.');
    expect(status).not.toMatch(/HTTP|\(/);
    await popup.getByText('Details').click();
    expect(await popup.locator('details').textContent()).toContain(detail);
    expect(await addresses(popup).allTextContents()).toEqual(IPS);
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
    expect(await addresses(popup).count()).toBe(0);
    const stored = await (await browser.worker()).evaluate(() => chrome.storage.local.get('trustedIps'));
    expect((stored.trustedIps as { list: unknown } | undefined)?.list ?? null).toBeNull();

    await popup.getByRole('textbox', { name: 'Trusted IPs' }).fill('8.8.8.8 1.1.1.1');
    await popup.getByRole('button', { name: 'Use these IPs' }).click();
    await expect.poll(() => addresses(popup).allTextContents()).toEqual(['8.8.8.8', '1.1.1.1']);
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Saved 2 pasted addresses\. Next: on Binance/);
  });

  it('when Bitsgap hands over no list (Bitsgap as it is: a not-found page): no error until the user asks; then says so and leads to Bitsgap’s own My exchanges', async () => {
    server.bitsgap.endpoints = false;
    browser = await launch(server);
    const popup = await browser.openPopup();
    // The background has answered (its automatic fetch found no list endpoint) once Fetch is enabled.
    await expect.poll(() => popup.getByRole('button', { name: 'Fetch from Bitsgap' }).isEnabled()).toBe(true);
    expect(await popup.textContent('body')).not.toMatch(/HTTP|did not hand over|could not/);
    await popup.getByRole('button', { name: 'Fetch from Bitsgap' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toMatch(/^Bitsgap has no list to hand over here\. Take it from Bitsgap's pop-up on My exchanges\./);
    await popup.getByText('Details').click();
    expect(await popup.locator('details').textContent()).toMatch(/^Details ?Bitsgap did not hand over the list \(HTTP 404/);
    expect(await primary(popup)).toBe('Open Bitsgap My exchanges');
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open Bitsgap My exchanges' }).click();
    expect((await opened).url()).toBe('https://app.bitsgap.com/my-exchanges');
  });

  it('captures the list from Bitsgap’s trusted-IP dialog; the popup shows it with source "Bitsgap page"', async () => {
    browser = await launch(server, { signedIn: false });
    server.bitsgap.ips = ['52.29.100.20', '52.29.100.21', '2a05:d014::20'];
    const page = await browser.context.newPage();
    await page.goto('https://app.bitsgap.com/my-exchanges');
    await page.getByRole('button', { name: 'Extend' }).click();
    const notice = page.getByRole('region', { name: /pop-up for Binance/ });
    await expect.poll(() => notice.getByRole('list', { name: 'Trusted IPs' }).getByRole('listitem').allTextContents()).toEqual(server.bitsgap.ips);
    expect(await notice.textContent()).toContain("Taken from Bitsgap's pop-up titled for Binance.");
    await notice.getByRole('button', { name: 'Use these 3 addresses for Binance' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain("Saved 3 addresses from Bitsgap's page.");
    const popup = await browser.openPopup();
    await expect.poll(() => addresses(popup).allTextContents()).toEqual(server.bitsgap.ips);
    await popup.getByText('Details').click();
    expect(await popup.locator('details').textContent()).toMatch(/3 trusted IPs from Bitsgap page, obtained /);
  });

  it('a pop-up that names no exchange, shows its list only after Generate, as chips side by side: taken because the user opened it from Binance’s row; it says it replaces the current list', async () => {
    server.bitsgap.variant = { nameInTitle: false, nameAsLogo: true, generate: true, chips: true, refreshInRow: true };
    try {
      browser = await launch(server);
      const popup = await browser.openPopup();
      await expect.poll(() => addresses(popup).count()).toBe(4);
      server.bitsgap.ips = ['52.29.100.30', '52.29.100.31', '2a05:d014::30'];
      const page = await browser.context.newPage();
      await page.goto('https://app.bitsgap.com/my-exchanges');
      await page.getByRole('button', { name: 'Extend' }).click();
      await page.getByRole('button', { name: 'Generate' }).click();
      const notice = page.getByRole('region', { name: /pop-up for Binance/ });
      await expect.poll(() => notice.getByRole('list', { name: 'Trusted IPs' }).getByRole('listitem').allTextContents()).toEqual(server.bitsgap.ips);
      expect(await notice.textContent()).toContain("Taken from the pop-up you opened on Binance's row in My exchanges.");
      expect(await notice.textContent()).toContain('This replaces your current list of 4 addresses.');
      await notice.getByRole('button', { name: 'Use these 3 addresses for Binance' }).click();
      await expect.poll(() => addresses(popup).allTextContents()).toEqual(server.bitsgap.ips);
      // The popup says what changed, and one click takes the previous list back (issue #22).
      await expect.poll(() => popup.getByText("Replaced 4 addresses with 3 addresses from Bitsgap's page.").count()).toBe(1);
      await popup.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => addresses(popup).allTextContents()).toEqual(IPS);
      expect(await popup.getByRole('status').textContent()).toMatch(/^Back to your previous list of 4 addresses\./);
      expect(await popup.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    } finally {
      server.bitsgap.variant = PLAIN_VARIANT;
    }
  });

  it('offers nothing for another exchange’s pop-up (with "Binance" hidden in its title), a bot named after Binance, or Binance’s pop-up opened by a script', async () => {
    server.bitsgap.variant = { ...PLAIN_VARIANT, nameInTitle: false };
    try {
      browser = await launch(server, { signedIn: false });
      const page = await browser.context.newPage();
      await page.goto('https://app.bitsgap.com/my-exchanges');
      // Any notice of the extension's counts as an offer.
      const offers = () => page.getByRole('region').count();
      for (const opener of ['Fix', 'Notes']) {
        await page.getByRole('button', { name: opener }).click();
        await page.getByRole('dialog').waitFor();
        await page.waitForTimeout(300);
        expect(await offers(), opener).toBe(0);
        await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      }
      // The page's own script opens Binance's untitled pop-up: no click of the user's says which row.
      await page.evaluate(() => (document.querySelector('[data-open=binance]') as HTMLElement).click());
      await page.getByRole('dialog').waitFor();
      await page.waitForTimeout(300);
      expect(await offers()).toBe(0);
    } finally {
      server.bitsgap.variant = PLAIN_VARIANT;
    }
  });
});
