// The page as an adversary, in Chromium: what a hostile Binance or Bitsgap page can really do
// to the built extension (restyle, cover, move or focus its controls; fake a save; type an
// address of its own; plant a list), and what the extension does about it. Firefox's versions
// of the clickjacking and planted-list attacks are in firefox-hostile.test.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binanceUrl, guide, launch, type Browser } from '../support/chromium';
import { card } from '../support/flow';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario, makeApiKey, type Scenario } from '../replica/binance/scenario';
import { ATTACKS } from '../support/attacks';

const IPS = ['34.89.113.10', '34.89.113.11', '52.29.100.7', '34.89.113.12'];

/** A fresh server and browser for the describe block, the list known through the contract's endpoint. */
function onReplica(scenario: Partial<Scenario> = {}) {
  const env = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startServer(defaultScenario({ keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('b'), permissions: { reading: true }, ips: null }], ...scenario }));
    env.server.bitsgap.endpoints = true;
    env.server.bitsgap.ips = [...IPS];
    env.browser = await launch(env.server);
  });
  afterAll(async () => {
    await env.browser.close();
    await env.server.close();
  });
  return env;
}

async function guideReady(browser: Browser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(binanceUrl());
  await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).waitFor();
  // The guide's checks load beside it; a human takes longer than this to reach for a button.
  await page.waitForTimeout(300);
  return page;
}

const pasted = (page: Page) => card(page, 'Bitsgap_com').getByText(IPS[0]!, { exact: true }).count();

/** The centre of the guide's Paste, where the user's click lands. */
async function pasteCentre(page: Page) {
  const box = (await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('clickjacking the guide’s Paste', () => {
  const env = onReplica();

  it('opacity 0 on the guide’s host, a decoy drawn beneath: the user’s click on the decoy pastes nothing', async () => {
    const page = await guideReady(env.browser);
    const at = await pasteCentre(page);
    await page.evaluate(ATTACKS.fadeHostOverDecoy, at);
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(700);
    expect(await pasted(page)).toBe(0);
    // Drawn as the extension drew it again, the same click is the user's.
    await page.evaluate(() => ((document.querySelector('ipwl-guide') as HTMLElement).style.opacity = ''));
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => pasted(page)).toBe(1);
  });

  it('an opaque cover with pointer-events: none over Paste paints under the guide (the browser says Paste is visible there); one the page puts in the top layer makes the click paste nothing', async () => {
    const page = await guideReady(env.browser);
    const at = await pasteCentre(page);
    await page.evaluate(ATTACKS.coverEverything, { topLayer: false });
    // Chromium's own occlusion judgement (IntersectionObserver v2), asked from the page.
    expect(await page.evaluate(ATTACKS.isPasteVisible)).toBe(true);
    await page.evaluate(ATTACKS.coverEverything, { topLayer: true });
    expect(await page.evaluate(ATTACKS.isPasteVisible)).toBe(false);
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(700);
    expect(await pasted(page)).toBe(0);
  });

  it('a <style> put into the guide’s open shadow root makes Paste transparent while its opacity stays 1: the click pastes nothing', async () => {
    const page = await guideReady(env.browser);
    const at = await pasteCentre(page);
    await page.evaluate(ATTACKS.transparentButtonsByStyle);
    expect(await page.evaluate(() => getComputedStyle([...document.querySelector('ipwl-guide')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Paste'))!).opacity)).toBe('1');
    await page.mouse.click(at.x, at.y);
    await page.waitForTimeout(700);
    expect(await pasted(page)).toBe(0);
  });

  it('the page focuses Paste 30 ms after the user’s own Tab: Enter pastes nothing', async () => {
    const page = await guideReady(env.browser);
    await page.evaluate(ATTACKS.focusPasteAfterTab);
    await page.locator('h1').click();
    await page.keyboard.press('Tab');
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => document.querySelector('ipwl-guide')?.shadowRoot?.activeElement?.textContent)).toBe('Paste 4 trusted IPs');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(700);
    expect(await pasted(page)).toBe(0);
  });
});

describe('clickjacking Use this key', () => {
  const env = onReplica({
    keys: [
      { label: 'trading', apiKey: makeApiKey('t'), permissions: { reading: true }, ips: null },
      { label: 'other', apiKey: makeApiKey('o'), permissions: { reading: true }, ips: null },
    ],
  });

  it('moved beside another key’s card, or covered by a layer the page puts on top: the click chooses nothing; where it was drawn, it chooses its key', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(binanceUrl());
    const buttons = page.locator('ipwl-guide').getByRole('button', { name: 'Use this key' });
    await expect.poll(() => buttons.count()).toBe(2);
    await page.waitForTimeout(300);
    // The page moves the first card's button down beside the second card.
    const second = (await card(page, 'other').boundingBox())!;
    await page.evaluate(ATTACKS.moveCandidate, { index: 0, top: second.y + 60 });
    // The user clicks it where it now is.
    const moved = (await buttons.first().boundingBox())!;
    await page.mouse.click(moved.x + moved.width / 2, moved.y + moved.height / 2);
    await page.waitForTimeout(500);
    expect(await guide(page).getByRole('status').textContent()).toMatch(/^No key has/);
    await page.evaluate(ATTACKS.moveCandidate, { index: 0, top: null });
    await page.evaluate(ATTACKS.coverEverything, { topLayer: true });
    await buttons.first().click({ force: true });
    await page.waitForTimeout(500);
    expect(await guide(page).getByRole('status').textContent()).toMatch(/^No key has/);
    await page.evaluate(ATTACKS.uncover);
    await buttons.first().click();
    await expect.poll(() => guide(page).getByRole('status').textContent()).toBe('Press Paste: the guide opens the form of trading and enters the missing Bitsgap addresses.');
  });
});

describe('a save the user never made', () => {
  const env = onReplica({ fakeSaveOnCancel: true });
  const history = async () => ((await (await env.browser.worker()).evaluate(() => chrome.storage.local.get('history'))).history ?? []) as unknown[];
  /** The page has drawn its fake saved view: the guide claims no save, and nothing is recorded or refreshed. */
  async function expectNoSave(page: Page) {
    await page.getByRole('alert').waitFor();
    await page.waitForTimeout(800);
    expect(await guide(page).getByRole('status').textContent()).not.toMatch(/^Saved/);
    expect(await history()).toEqual([]);
    expect(env.server.bitsgap.refreshCalls).toEqual([]);
    expect(env.server.saves).toEqual([]);
  }

  it('Binance’s Save stretched invisibly over the window; the user clicks the heading; the page closes the 2FA and draws the saved view: no Saved, no history, no refresh', async () => {
    const page = await guideReady(env.browser);
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => guide(page).getByRole('status').textContent()).toMatch(/^Added 4 Bitsgap addresses/);
    await page.evaluate(ATTACKS.stretchSave);
    await page.evaluate(ATTACKS.closeTwoFaThenFakeSave);
    // The user clicks the page's heading; the stretched Save is what is there.
    await page.mouse.click(200, 40);
    await expect.poll(() => env.server.events.filter((e) => e.type === 'save-clicked').length).toBe(1);
    await expectNoSave(page);
  });

  it('the user’s own Save; then the page closes the 2FA itself, with no key press or click of the user in it, and draws the saved view: no Saved', async () => {
    const page = await guideReady(env.browser);
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => guide(page).getByRole('status').textContent()).toMatch(/^Added 4 Bitsgap addresses/);
    await page.evaluate(ATTACKS.closeTwoFaThenFakeSave);
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Save', exact: true }).click();
    await expectNoSave(page);
  });
});

describe('an address the page types in mid-paste', () => {
  const env = onReplica();

  it('is named as not from Bitsgap with a way to remove it; the badge and Saved never say "all" while it is there', async () => {
    const page = await guideReady(env.browser);
    await page.evaluate(ATTACKS.typeOwnAddressMidPaste, '6.6.6.6');
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => guide(page).textContent()).toContain('Not from Bitsgap: 6.6.6.6.');
    expect(await card(page, 'Bitsgap_com').getByText('6.6.6.6', { exact: true }).count()).toBe(1);
    await guide(page).getByRole('button', { name: 'Remove 6.6.6.6' }).click();
    await expect.poll(() => card(page, 'Bitsgap_com').getByText('6.6.6.6', { exact: true }).count()).toBe(0);
    await expect.poll(() => guide(page).textContent()).not.toContain('Not from Bitsgap');
  });

  it('saved anyway: the guide says the key holds an address not from Bitsgap, never "all", and so does its badge', async () => {
    const page = await guideReady(env.browser);
    await page.evaluate(ATTACKS.typeOwnAddressMidPaste, '6.6.6.7');
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => guide(page).textContent()).toContain('Not from Bitsgap: 6.6.6.7.');
    const c = card(page, 'Bitsgap_com');
    await c.getByRole('button', { name: 'Save', exact: true }).click();
    const modal = page.getByRole('dialog', { name: 'Security Verification' });
    await modal.getByRole('textbox').fill('123456');
    await modal.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => env.server.saves.length).toBeGreaterThan(0);
    await expect.poll(() => guide(page).textContent()).toContain('The key also holds an address not from Bitsgap: 6.6.6.7.');
    expect(await guide(page).textContent()).not.toContain('Done');
    expect(await page.locator('ipwl-guide').getByText('Holds 1 address not from Bitsgap', { exact: true }).count()).toBe(1);
    expect(await page.locator('ipwl-guide').getByText(/^All \d Bitsgap IPs$/).count()).toBe(0);
  });
});

describe('a list Bitsgap’s page plants', () => {
  const env = onReplica();
  const stored = async () => (await (await env.browser.worker()).evaluate(() => chrome.storage.local.get('trustedIps'))).trustedIps;

  it.each([
    ['off-screen', true],
    ['in plain view', false],
  ])('a dialog labelled “Binance” %s that no user opened, a decoy clicked: no notice, the stored list unchanged', async (_where, offScreen) => {
    const before = await stored();
    const bitsgap = await env.browser.context.newPage();
    await bitsgap.goto('https://app.bitsgap.com/my-exchanges');
    await bitsgap.getByRole('button', { name: 'Extend' }).first().waitFor();
    await bitsgap.evaluate(ATTACKS.plantBitsgapList, { ips: ['6.6.6.6', '6.6.6.7'], offScreen });
    await bitsgap.getByRole('button', { name: 'Dismiss' }).click();
    await bitsgap.waitForTimeout(1000);
    expect(await bitsgap.locator('ipwl-capture').getByRole('region').count()).toBe(0);
    expect(await bitsgap.locator('ipwl-capture').getByRole('button', { name: /^Use these/ }).count()).toBe(0);
    expect(await stored()).toEqual(before);
  });
});

describe('no trace on Binance pages where the guide is not shown', () => {
  const env = onReplica();

  it('the dashboard: no performance marks, no element or global of the extension’s', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(binanceUrl('/en/my/dashboard'));
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.evaluate(ATTACKS.traces)).toEqual({ marks: [], measures: [], elements: 0, globals: [] });
  });
});
