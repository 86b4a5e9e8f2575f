// Binance's page keeps working under the guide: on every CI seed's variant of the page, each of
// Binance's own buttons on a key card, clicked by the user in every step of the guide, reaches
// the page's own handler, not cancelled. A click on a card's Edit restrictions while the guide
// asks which key opens Binance's form, as always, and also chooses that key.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binanceUrl, guide, launch, type Browser } from '../support/chromium';
import { card, chooseBeside, pasteListInPopup } from '../support/flow';
import { describeSeed, seedsToRun } from '../support/seeds';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario, seededKeys } from '../replica/binance/scenario';
import { stringsFor } from '../replica/binance/strings';
import { variantFor } from '../replica/binance/variant';

const TRUSTED = ['34.89.113.10', '34.89.113.11', '52.29.100.7', '34.89.113.12'];

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launch(server);
  await pasteListInPopup(browser, TRUSTED);
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

/** Clicks a control of Binance's as the user does, and checks Binance's own handler got the click, uncancelled. */
async function clickAndCheck(control: Locator, label: string) {
  const before = server.events.length;
  await control.click();
  await expect.poll(() => server.events.slice(before).filter((e) => e.type === 'card-click' && e.label === label).length, { message: `the page never received the click on ${label}'s control` }).toBeGreaterThan(0);
  expect(server.events.slice(before).filter((e) => e.type === 'card-click').every((e) => e.prevented === false)).toBe(true);
}

/** Every one of Binance's buttons on the card, but those that change the step (Edit restrictions, Save, Cancel). */
async function clickTheRest(page: Page, cardLocator: Locator, label: string, s: ReturnType<typeof stringsFor>) {
  const skip = new Set([s.editRestrictions, s.save, s.cancel]);
  const buttons = cardLocator.getByRole('button');
  for (let i = 0; i < (await buttons.count()); i++) {
    const b = buttons.nth(i);
    const name = ((await b.getAttribute('aria-label')) ?? (await b.textContent()) ?? '').trim();
    if (skip.has(name) || !(await b.isVisible())) continue;
    // Delete asks window.confirm: the test answers no (Playwright dismisses dialogs).
    await clickAndCheck(b, label);
  }
  await page.waitForTimeout(50);
}

describe.each(seedsToRun().map((seed) => [describeSeed(seed), seed] as const))('%s', (_name, seed) => {
  it('each of Binance’s buttons on a card reaches Binance in every step of the guide; its Edit restrictions chooses the key and opens its form', async () => {
    const variant = variantFor(seed);
    const s = stringsFor(variant.locale, variant.wording);
    server.scenario = defaultScenario({
      locale: variant.locale,
      variant,
      // Spot & Margin already on: no question of Binance's about it in the way of the clicks under test.
      keys: seededKeys(seed, true),
    });
    server.events.length = 0;
    const page = await browser.context.newPage();
    await page.goto(binanceUrl(`/${variant.locale}/my/settings/api-management`));
    const bitsgap = card(page, 'Bitsgap_com', variant.locale);
    const bot = card(page, 'my-bot', variant.locale);
    const paste = guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' });
    await paste.waitFor();

    // Step ②, the key in its read view: Delete, Copy, and Edit restrictions, which opens the form.
    await clickTheRest(page, bitsgap, 'Bitsgap_com', s);
    await clickAndCheck(bitsgap.getByRole('button', { name: s.editRestrictions }), 'Bitsgap_com');
    await bitsgap.getByRole('button', { name: s.cancel, exact: true }).waitFor({ timeout: 10_000 });
    // The form open: its radios, its checkboxes, its buttons; then Cancel.
    await clickTheRest(page, bitsgap, 'Bitsgap_com', s);
    await clickAndCheck(bitsgap.getByRole('button', { name: s.cancel, exact: true }), 'Bitsgap_com');
    await bitsgap.getByRole('button', { name: s.editRestrictions }).waitFor();

    // The guide asks which key: the other card's own Edit restrictions opens its form and chooses it.
    await guide(page).getByRole('button', { name: 'Choose another key' }).click();
    await page.locator('ipwl-guide').getByRole('button', { name: 'Use this key' }).first().waitFor();
    await clickTheRest(page, bot, 'my-bot', s);
    await clickAndCheck(bot.getByRole('button', { name: s.editRestrictions }), 'my-bot');
    await bot.getByRole('button', { name: s.cancel, exact: true }).waitFor({ timeout: 10_000 });
    await expect.poll(() => guide(page).getByRole('status').textContent()).toContain('my-bot');
    await clickAndCheck(bot.getByRole('button', { name: s.cancel, exact: true }), 'my-bot');

    // Back to Bitsgap's key with the guide's own button, then Paste: the Save step. Binance's
    // buttons in the filled form still reach Binance, Cancel included.
    await guide(page).getByRole('button', { name: 'Choose another key' }).click();
    await expect.poll(() => page.locator('ipwl-guide').getByRole('button', { name: 'Use this key' }).count()).toBe(2);
    await chooseBeside(page, 'Bitsgap_com', variant.locale);
    await paste.click();
    await expect.poll(() => guide(page).getByRole('status').textContent(), { timeout: 25_000 }).toMatch(/^Added \d Bitsgap address/);
    await clickAndCheck(bitsgap.getByRole('button', { name: s.cancel, exact: true }), 'Bitsgap_com');
    await expect.poll(() => guide(page).textContent()).toContain('Not saved: the key is unchanged.');
    await page.close();
  });
});
