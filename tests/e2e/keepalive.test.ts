// Keeping the key alive, in Chromium with the built extension: whenever Bitsgap's My exchanges is
// open, the extension reads each Binance connection's status; "Expires in 3 days" puts 3 on the
// toolbar badge and the popup leads with the fix; Bitsgap's Refresh then showing Connected clears
// it. Where and how the mock writes the status varies by seed (tests/replica/bitsgap/pages.ts),
// one Binance connection or two; IPWL_SEED=random tries fresh ones.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launch, type Browser } from '../support/chromium';
import { seedsToRun } from '../support/seeds';
import { leadingButton } from '../support/journey';
import { startServer, type TestServer } from '../support/server';
import { BITSGAP_STATUS_CI_SEEDS, bitsgapVariantFor, CONNECTION_NAMES, type BitsgapVariant } from '../replica/bitsgap/pages';

const MY_EXCHANGES = 'https://app.bitsgap.com/my-exchanges';

let server: TestServer;
let browser: Browser;
async function start(variant: BitsgapVariant) {
  server = await startServer();
  server.bitsgap.variant = variant;
  server.bitsgap.rowStatus = { before: 'Expires in 3 days', after: 'Connected', second: 'Connected' };
  browser = await launch(server);
}
async function stop() {
  await browser?.close();
  await server?.close();
}

/** The toolbar badge and title, as the extension's service worker sees them. */
const badge = async () => (await browser.worker()).evaluate(() => chrome.action.getBadgeText({}));
const title = async () => (await browser.worker()).evaluate(() => chrome.action.getTitle({}));
const connections = (popup: Page) => popup.getByRole('region', { name: "Bitsgap's Binance connections" });

async function openExchanges(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(MY_EXCHANGES);
  return page;
}

const describeSeed = (seed: number) => `Bitsgap seed ${seed}: ${Object.entries(bitsgapVariantFor(seed)).map(([k, v]) => `${k}=${String(v)}`).join(', ')} (rerun with IPWL_SEED=${seed})`;

describe.each(seedsToRun(BITSGAP_STATUS_CI_SEEDS).map((seed) => [describeSeed(seed), seed] as const))('%s', (_name, seed) => {
  const variant = bitsgapVariantFor(seed);
  const two = variant.connections === 2;
  const first = two ? CONNECTION_NAMES[0]! : 'Binance';
  beforeAll(() => start(variant));
  afterAll(stop);

  it('My exchanges showing "Expires in 3 days": the badge says 3, the popup leads with the fix, and Bitsgap’s Refresh to Connected clears it', async () => {
    expect(await badge()).toBe('');
    const exchanges = await openExchanges();
    // No save and no pop-up: reading the page adds nothing to it.
    await expect.poll(badge).toBe('3');
    expect(await exchanges.locator('ipwl-capture').count()).toBe(0);
    expect(await title()).toBe(`Bitsgap IP whitelist for Binance: ${first}: Expires in 3 days`);

    const popup = await browser.openPopup();
    const list = connections(popup);
    await expect.poll(() => list.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining(`${first} Expires in 3 days, checked just now`),
      ...(two ? [expect.stringContaining(`${CONNECTION_NAMES[1]} Connected, checked just now`)] : []),
    ]);
    expect(await list.getByRole('listitem').first().textContent()).toContain("The key's IP whitelist lacks Bitsgap's addresses");
    // The popup leads with the fix: its first button, before the list's own actions.
    expect(await leadingButton(popup).textContent()).toBe("Get Bitsgap's addresses");
    expect(await list.getByRole('button').count()).toBe(1);
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: "Get Bitsgap's addresses" }).click();
    const fix = await opened;
    expect(fix.url()).toBe(MY_EXCHANGES);
    await fix.close();

    // The user presses Bitsgap's own Refresh; the row then says Connected.
    if (variant.refreshInRow) {
      await exchanges.locator('[data-test=exchange-row]').first().getByRole('button', { name: 'Refresh' }).click();
    } else {
      await exchanges.getByRole('button', { name: 'More' }).click();
      await exchanges.getByRole('menuitem', { name: 'Refresh' }).click();
    }
    await expect.poll(badge).toBe('');
    expect(await title()).toBe('Bitsgap IP whitelist for Binance');
    const after = await browser.openPopup();
    await expect.poll(() => connections(after).getByRole('listitem').first().textContent()).toContain(`${first} Connected, checked just now`);
    expect(await connections(after).getByRole('button').count()).toBe(0);
    expect(await leadingButton(after).textContent()).not.toBe("Get Bitsgap's addresses");
  });
});

describe('two Binance connections and the keys the user saved', () => {
  beforeAll(() => start({ ...bitsgapVariantFor(36), connections: 2 }));
  afterAll(stop);

  /** Saves made earlier, as the background keeps them (two keys, the later one's pasted list known). */
  async function history() {
    const runs = [
      { id: crypto.randomUUID(), label: 'Bitsgap_com', added: 2, savedAt: Date.now() - 60_000, result: 'connected', attempts: 1, ips: ['3.120.45.10', '3.120.45.11'] },
      { id: crypto.randomUUID(), label: 'bitsgap-spare', added: 1, savedAt: Date.now() - 3_600_000, result: 'connected', attempts: 1 },
    ];
    await (await browser.worker()).evaluate((history) => chrome.storage.local.set({ history }), runs);
  }

  it('asks once which saved key each connection uses, remembers, and the "!" of one connection comes before the other’s days', async () => {
    await history();
    server.bitsgap.rowStatus = { before: 'Expires in 3 days', after: 'Connected', second: 'Withdrawal enabled' };
    const exchanges = await openExchanges();
    await expect.poll(badge).toBe('!');
    const question = exchanges.getByRole('region', { name: /^Which Binance key does Bitsgap's connection “Main account” use\?/ });
    await expect.poll(() => question.getByRole('button').allTextContents()).toEqual(['Bitsgap_com', 'bitsgap-spare', 'None of these', '×']);
    expect(await seriousViolations(exchanges, 'ipwl-capture'), 'the question on My exchanges').toEqual([]);
    await question.getByRole('button', { name: 'Bitsgap_com' }).click();
    const next = exchanges.getByRole('region', { name: /connection “Grid bots” use\?/ });
    await next.getByRole('button', { name: 'None of these' }).click();
    await expect.poll(() => exchanges.getByRole('region', { name: /^Which Binance key/ }).count()).toBe(0);
    // Asked once: another visit asks nothing.
    const again = await openExchanges();
    await again.getByRole('button', { name: 'More' }).waitFor();
    await again.waitForTimeout(800);
    expect(await again.locator('ipwl-capture').count()).toBe(0);

    const popup = await browser.openPopup();
    const items = connections(popup).getByRole('listitem');
    // "!" first: the popup leads with the withdrawal's fix, on Binance, then the other's days.
    await expect.poll(() => items.allTextContents()).toEqual([
      expect.stringContaining('Grid bots Withdrawal enabled, checked just now'),
      expect.stringContaining('Main account Expires in 3 days, checked just now'),
    ]);
    expect(await items.nth(1).textContent()).toContain('Key on Binance: Bitsgap_com');
    expect(await items.first().textContent()).not.toContain('Key on Binance');
    expect(await leadingButton(popup).textContent()).toBe('Turn off withdrawals on Binance');
    expect(await seriousViolations(popup), 'the popup leading with two connections').toEqual([]);
  });

  it('Bitsgap’s list gaining an address after the key’s save: the badge and the popup say the key needs the new addresses', async () => {
    server.bitsgap.rowStatus = { before: 'Connected', after: 'Connected', second: 'Connected' };
    const exchanges = await openExchanges();
    await expect.poll(badge).toBe('');
    await exchanges.close();
    // Bitsgap's pop-up now shows one more address, and the user takes the list.
    server.bitsgap.ips = ['3.120.45.10', '3.120.45.11', '52.29.100.7'];
    const popUp = await openExchanges();
    await popUp.getByRole('button', { name: 'Extend' }).first().click();
    await popUp.getByRole('button', { name: 'Generate' }).click();
    await popUp.getByRole('button', { name: 'Use these 3 addresses for Binance' }).click();
    await expect.poll(badge).toBe('IP');
    const popup = await browser.openPopup();
    await expect.poll(() => connections(popup).getByRole('listitem').first().textContent()).toContain("Bitsgap's list has changed since you pasted it onto Bitsgap_com: that key needs the new addresses.");
    expect(await leadingButton(popup).textContent()).toBe('Paste the new addresses on Binance');
  });
});
