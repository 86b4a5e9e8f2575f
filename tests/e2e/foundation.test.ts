import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { binanceUrl, guide, launch, type Browser } from '../support/chromium';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario } from '../replica/binance/scenario';

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
  server.scenario = defaultScenario();
  server.bitsgap.trustedIpsCalls.length = 0;
  browser = await launch(server);
});
afterEach(async () => {
  await browser.close();
});

describe('the built extension in Chromium', () => {
  it('shows the guide on the API-management page, asking the background, which fetches Bitsgap with the session cookie', async () => {
    const page = await browser.context.newPage();
    await page.goto(binanceUrl());
    await expect.poll(() => guide(page).isVisible()).toBe(true);
    // The guide reaches step 1 only with the list the background fetched from the mock.
    await expect.poll(() => guide(page).getByRole('status').textContent()).toBe('Press Paste: the guide opens the form of Bitsgap_com and enters the missing Bitsgap addresses.');
    expect(server.bitsgap.trustedIpsCalls).toEqual([{ cookie: server.bitsgap.session }]);
    // Styled by its own adopted stylesheet: a panel fixed in its corner.
    expect(await page.locator('ipwl-guide').locator('.panel').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  });

  it('appears after in-app navigation to the API page and leaves when the user navigates away', async () => {
    const page = await browser.context.newPage();
    await page.goto(binanceUrl('/en/my/dashboard'));
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    expect(await guide(page).count()).toBe(0);
    await page.getByRole('link', { name: 'API Management' }).click();
    await expect.poll(() => page.url()).toBe(binanceUrl());
    await expect.poll(() => guide(page).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => guide(page).count()).toBe(0);
  });

  it('runs on the API page without a locale prefix too', async () => {
    const page = await browser.context.newPage();
    await page.goto(binanceUrl('/my/settings/api-management'));
    await expect.poll(() => guide(page).isVisible()).toBe(true);
  });

  it('opens the popup, which shows the list the background fetched', async () => {
    const popup = await browser.openPopup();
    await expect.poll(() => popup.getByRole('list', { name: 'Trusted IPs' }).getByRole('listitem').allTextContents()).toEqual(server.bitsgap.ips);
    // Where it came from is in the details, on demand.
    await expect.poll(() => popup.locator('details').textContent()).toContain('Bitsgap API');
  });
});
