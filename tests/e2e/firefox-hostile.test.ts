// The page as an adversary in Firefox ESR: the clickjacking that works on a content script's
// shadow root (the host faded, a stylesheet put into the open root, a cover in the top layer)
// and a list Bitsgap's page plants. Each click is the browser's own (WebDriver BiDi input), as
// a user's would be.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { firefoxOnReplica, openExtensionPage } from '../support/firefox';
import { ATTACKS } from '../support/attacks';
import { defaultScenario, makeApiKey } from '../replica/binance/scenario';

const IPS = ['34.89.113.10', '34.89.113.11', '52.29.100.7', '34.89.113.12'];

const firefox = firefoxOnReplica(defaultScenario({ keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('ff-hostile'), permissions: { reading: true }, ips: null }] }), (server) => {
  server.bitsgap.endpoints = true;
  server.bitsgap.ips = [...IPS];
});

/** The guide's Paste, its centre where the user's click lands. */
async function pasteCentre(page: Page): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => [...(document.querySelector('ipwl-guide')?.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => b.textContent === 'Paste 4 trusted IPs'), { timeout: 15_000 });
  // The guide's checks load beside it; a human takes longer than this to reach for a button.
  await new Promise((r) => setTimeout(r, 500));
  return page.evaluate(() => {
    const paste = [...document.querySelector('ipwl-guide')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Paste 4 trusted IPs')!;
    const box = paste.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
}

/** Whether the first Bitsgap address is in Binance's form (the page's own DOM, not the guide's). */
const pasted = (page: Page) => page.evaluate((ip: string) => document.getElementById('__APP')!.textContent!.includes(ip), IPS[0]!);

async function guideReady(): Promise<{ page: Page; at: { x: number; y: number } }> {
  const page = await firefox.browser.newPage();
  await page.goto('https://www.binance.com/en/my/settings/api-management');
  return { page, at: await pasteCentre(page) };
}

describe('Firefox: clickjacking the guide’s Paste', () => {
  it('opacity 0 on the guide’s host with a decoy beneath: the click pastes nothing; drawn again as the extension drew it, the same click pastes', async () => {
    const { page, at } = await guideReady();
    await page.evaluate(ATTACKS.fadeHostOverDecoy, at);
    await page.mouse.click(at.x, at.y);
    await new Promise((r) => setTimeout(r, 800));
    expect(await pasted(page)).toBe(false);
    await page.evaluate(() => ((document.querySelector('ipwl-guide') as HTMLElement).style.opacity = ''));
    await page.evaluate(() => document.querySelectorAll('button').forEach((b) => b.textContent === 'Dismiss' && b.remove()));
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => pasted(page), { timeout: 15_000 }).toBe(true);
    await page.close();
  });

  it('a <style> put into the guide’s open shadow root makes Paste transparent: the click pastes nothing', async () => {
    const { page, at } = await guideReady();
    await page.evaluate(ATTACKS.transparentButtonsByStyle);
    await page.mouse.click(at.x, at.y);
    await new Promise((r) => setTimeout(r, 800));
    expect(await pasted(page)).toBe(false);
    await page.close();
  });

  it('an opaque cover the page puts in the top layer, letting clicks through: the click pastes nothing', async () => {
    const { page, at } = await guideReady();
    await page.evaluate(ATTACKS.coverEverything, { topLayer: true });
    await page.mouse.click(at.x, at.y);
    await new Promise((r) => setTimeout(r, 800));
    expect(await pasted(page)).toBe(false);
    await page.close();
  });
});

describe('Firefox: a list Bitsgap’s page plants', () => {
  it('an off-screen dialog labelled “Binance” that no user opened, a decoy clicked: no notice, and the list the extension holds is unchanged', async () => {
    const page = await firefox.browser.newPage();
    await page.goto('https://app.bitsgap.com/my-exchanges');
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Extend'), { timeout: 10_000 });
    await page.evaluate(ATTACKS.plantBitsgapList, { ips: ['6.6.6.6', '6.6.6.7'], offScreen: true });
    const decoy = await page.evaluate(() => {
      const box = document.querySelector('.hostile-decoy')!.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.click(decoy.x, decoy.y);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => document.querySelector('ipwl-capture')?.shadowRoot?.querySelector('[role=region]')?.textContent ?? '')).toBe('');
    // The popup shows no list holding the planted addresses.
    const popup = await openExtensionPage(firefox.browser, 'popup.html');
    await popup.waitForFunction(() => document.body.textContent!.length > 0, { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 500));
    expect(await popup.evaluate(() => document.body.textContent)).not.toContain('6.6.6.6');
    await page.close();
    await popup.close();
  });
});
