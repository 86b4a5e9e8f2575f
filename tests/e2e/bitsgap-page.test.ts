// Bitsgap as it really is: no endpoint for the list or for refresh. The whole flow goes through
// Bitsgap's own page: capture from its pop-up, paste on Binance, then Bitsgap's own Refresh,
// whose result the extension reads from the Binance row and records. The pop-up and the row
// vary by seed (tests/replica/bitsgap/pages.ts); IPWL_SEED=random tries fresh ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binanceUrl, guide, launch, type Browser } from '../support/chromium';
import { card, saveWith2fa } from '../support/flow';
import { stageOf } from '../support/journey';
import { seedsToRun } from '../support/seeds';
import { startServer, type TestServer } from '../support/server';
import { BITSGAP_CI_SEEDS, bitsgapVariantFor, type BitsgapVariant } from '../replica/bitsgap/pages';
import { defaultScenario, makeApiKey } from '../replica/binance/scenario';

const TRUSTED = ['3.120.45.10', '3.120.45.11', '52.29.100.7', '2a05:d014::10'];

let server: TestServer;
let browser: Browser;
async function start(variant: BitsgapVariant) {
  server = await startServer(defaultScenario({ keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('bitsgap-page'), permissions: { reading: true, spotMargin: false }, ips: null }] }));
  server.bitsgap.ips = [...TRUSTED];
  server.bitsgap.variant = variant;
  server.bitsgap.rowStatus = { before: 'Expires in 2 days', after: 'Connected' };
  browser = await launch(server);
}
async function stop() {
  await browser.close();
  await server.close();
}

const describeBitsgap = (seed: number) => `Bitsgap seed ${seed}: ${Object.entries(bitsgapVariantFor(seed)).map(([k, v]) => `${k}=${String(v)}`).join(', ')} (rerun with IPWL_SEED=${seed})`;

describe.each(seedsToRun(BITSGAP_CI_SEEDS).map((seed) => [describeBitsgap(seed), seed] as const))('%s', (_name, seed) => {
  const variant = bitsgapVariantFor(seed);
  beforeAll(() => start(variant));
  afterAll(stop);

  it('with no Bitsgap endpoints: Fetch → My exchanges → capture → two clicks on Binance → Bitsgap’s own Refresh → Connected in the history', async () => {
    const popup = await browser.openPopup();
    await expect.poll(() => stageOf(popup.getByRole('list', { name: 'Progress' }))).toBe("Get Bitsgap's list");
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open Bitsgap My exchanges' }).click();
    const bitsgap = await opened;
    await bitsgap.waitForLoadState();
    // Before any pop-up, and with no save waiting on Refresh, the extension adds nothing to the
    // page: the notices (and Preact) are not even loaded until there is one to show.
    // With two Binance connections (a seed may draw them), the first row's is the one used.
    await bitsgap.getByRole('button', { name: 'Extend' }).first().waitFor();
    await bitsgap.waitForTimeout(500);
    expect(await bitsgap.locator('ipwl-capture').count()).toBe(0);

    // The user opens Binance's pop-up from its row and generates the list.
    await bitsgap.getByRole('button', { name: 'Extend' }).first().click();
    if (variant.generate) await bitsgap.getByRole('button', { name: 'Generate' }).click();
    const notice = bitsgap.getByRole('region', { name: /pop-up for Binance/ });
    await expect.poll(() => notice.getByRole('list', { name: 'Trusted IPs' }).getByRole('listitem').allTextContents()).toEqual(TRUSTED);
    await notice.getByRole('button', { name: 'Use these 4 addresses for Binance' }).click();
    await bitsgap.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    // On Binance: Paste, Save, 2FA. Bitsgap has no refresh endpoint.
    const page = await browser.context.newPage();
    await page.goto(binanceUrl());
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => guide(page).getByRole('status').textContent()).toMatch(/^Added 4 Bitsgap addresses/);
    await saveWith2fa(page, 'Bitsgap_com');
    await expect.poll(() => server.saves.length).toBe(1);
    expect(server.saves[0]).toMatchObject({ ipRestrict: true, ips: TRUSTED, permissions: { spotMargin: true } });
    await expect.poll(() => guide(page).textContent()).toContain("Last step: press Refresh on Bitsgap's My exchanges, so Bitsgap checks the key again.");
    expect(await card(page, 'Bitsgap_com').getByText(TRUSTED[0]!, { exact: true }).count()).toBe(1);

    // Back on Bitsgap: the extension says where Refresh is, points at it, and the user presses it.
    const back = browser.context.waitForEvent('page');
    await guide(page).getByRole('button', { name: 'Open Bitsgap My exchanges' }).click();
    const exchanges = await back;
    const status = () => exchanges.getByRole('status').first().textContent();
    // A quick user opens the Binance row's More at once, before the help has loaded and said
    // so (Firefox's journey waits for the hint first): its Refresh is still known as Binance's.
    if (!variant.refreshInRow) await exchanges.getByRole('button', { name: 'More' }).click();
    await expect.poll(status).toBe('Click Refresh here to re-check your Binance key.');
    const refreshControl = variant.refreshInRow ? exchanges.locator('[data-test=exchange-row]').first().getByRole('button', { name: 'Refresh' }) : exchanges.getByRole('menuitem', { name: 'Refresh' });
    const ring = (await exchanges.locator('ipwl-capture').locator('.spotlight').boundingBox())!;
    const refresh = (await refreshControl.boundingBox())!;
    expect(Math.abs(ring.x + 6 - refresh.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(ring.y + 6 - refresh.y)).toBeLessThanOrEqual(1);
    await refreshControl.click();
    await expect.poll(status, { timeout: 8000 }).toBe('Recorded: Bitsgap reports the key as connected.');

    const history = await browser.openPopup();
    await expect.poll(() => history.getByRole('region', { name: 'Recent saves' }).textContent()).toContain('Bitsgap reports the key as connected.');
    expect(server.bitsgap.refreshCalls.length).toBe(1);
  });
});

describe('Refresh inside Binance’s pop-up', () => {
  beforeAll(() => start({ nameInTitle: false, nameAsLogo: true, generate: true, chips: true, refreshInRow: false }));
  afterAll(stop);

  it('Refresh pressed inside Binance’s own pop-up, while the capture notice has the corner, is read and recorded too', async () => {
    // An unrestricted key: its save waits for Bitsgap's Refresh. The list is captured first.
    server.scenario = defaultScenario({ keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('bitsgap-page-2'), permissions: { reading: true, spotMargin: true }, ips: null }] });
    server.bitsgap.rowStatus = { before: 'Expired', after: 'Expires in 30 days' };
    const first = await browser.context.newPage();
    await first.goto('https://app.bitsgap.com/my-exchanges');
    await first.getByRole('button', { name: 'Extend' }).click();
    await first.getByRole('button', { name: 'Generate' }).click();
    await first.getByRole('button', { name: 'Use these 4 addresses for Binance' }).click();
    await first.close();
    const page = await browser.context.newPage();
    await page.goto(binanceUrl());
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => guide(page).getByRole('status').textContent()).toMatch(/^Added 4 Bitsgap addresses/);
    await saveWith2fa(page, 'Bitsgap_com');
    const opened = browser.context.waitForEvent('page');
    await guide(page).getByRole('button', { name: 'Open Bitsgap My exchanges' }).click();
    const exchanges = await opened;
    await exchanges.getByRole('button', { name: 'Extend' }).click();
    await exchanges.getByRole('button', { name: 'Generate' }).click();
    await exchanges.getByRole('button', { name: 'Use these 4 addresses for Binance' }).waitFor();
    await exchanges.getByRole('dialog').getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => exchanges.getByRole('status').first().textContent(), { timeout: 8000 }).toBe('Recorded: Bitsgap reports the key as connected, but it expires soon.');
    const history = await browser.openPopup();
    await expect.poll(() => history.getByRole('region', { name: 'Recent saves' }).getByRole('listitem').first().textContent()).toContain('expires soon');
  });
});
