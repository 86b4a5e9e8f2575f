// The journey (issue #24) as a person who never read the README meets it, in Chromium, with
// Bitsgap as it is (no endpoints): at each step the popup and the Bitsgap notices show the same
// stage, one primary action that moves the user on, and a sentence saying what happens next.
// Also: the popup's refusals and Undo (issue #22), Options' Advanced, and pages that move or
// cover the notices' new button.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binanceUrl, guide, launch, type Browser } from '../support/chromium';
import { inContentScript } from '../support/content-world';
import { saveWith2fa } from '../support/flow';
import { stageOf } from '../support/journey';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario, makeApiKey } from '../replica/binance/scenario';
import { PLAIN_VARIANT } from '../replica/bitsgap/pages';

const TRUSTED = ['3.120.45.30', '3.120.45.31', '52.29.100.9', '2a05:d014::30'];
const STAGES = ["Get Bitsgap's list", 'Paste on Binance', 'Save and 2FA', 'Refresh on Bitsgap'];
const NAME = 'Bitsgap IP whitelist for Binance';
const PROMISE = 'Fills the form only. Never clicks Save. Never sees your Secret Key.';

let server: TestServer;
let browser: Browser;

function onFreshBrowser() {
  beforeAll(async () => {
    server = await startServer(defaultScenario({ keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('journey'), permissions: { reading: true, spotMargin: false }, ips: null }] }));
    server.bitsgap.ips = [...TRUSTED];
    server.bitsgap.variant = PLAIN_VARIANT;
    server.bitsgap.rowStatus = { before: 'Expires in 2 days', after: 'Connected' };
    browser = await launch(server);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });
}

const progress = (page: Page) => page.getByRole('list', { name: 'Progress' });
/** The popup's one primary action: the button it leads with, in the accent. */
const primary = (popup: Page) => popup.locator('.lead').getByRole('button');
const notice = (page: Page) => page.locator('ipwl-capture').getByRole('region');
const opensPage = async (open: () => Promise<unknown>): Promise<Page> => {
  const opened = browser.context.waitForEvent('page');
  await open();
  const page = await opened;
  await page.waitForLoadState();
  return page;
};

describe('the journey, Bitsgap as it is', () => {
  onFreshBrowser();

  it('first run → capture → paste → Save and 2FA → Refresh → Done: the stage, the primary action and the words on each surface', async () => {
    // First run: the four stages, why, Bitsgap's article, and the first action. No error.
    const popup = await browser.openPopup();
    await expect.poll(() => progress(popup).getByRole('listitem').count()).toBe(4);
    expect(await progress(popup).evaluate((ol) => [...ol.children].map((li) => li.lastChild?.textContent))).toEqual(STAGES);
    expect(await stageOf(progress(popup))).toBe(STAGES[0]);
    expect(await popup.getByText(NAME, { exact: true }).count()).toBe(1);
    expect(await popup.getByText('Extension', { exact: true }).count()).toBe(1);
    await expect.poll(() => popup.getByRole('button', { name: 'Fetch from Bitsgap' }).isEnabled()).toBe(true);
    expect(await primary(popup).textContent()).toBe('Open Bitsgap My exchanges');
    expect(await popup.getByRole('status').textContent()).toBe(
      "Next: on Bitsgap's My exchanges, open the Extend, Renew or Fix pop-up of your Binance connection. The extension then offers to take the addresses it shows.",
    );
    expect(await popup.getByText(/^Binance limits or deletes trading keys that have no IP restriction\./).count()).toBe(1);
    expect(await popup.getByRole('link', { name: "Bitsgap's help article on this" }).getAttribute('href')).toBe('https://helpdesk.bitsgap.com/en/articles/6838861');
    expect(await popup.textContent('body')).not.toMatch(/HTTP|404|did not|could not|error/i);
    expect(await popup.getByText(PROMISE).count()).toBe(1);
    // Settings are behind the gear.
    expect(await popup.getByRole('button', { name: 'Settings' }).count()).toBe(1);

    // ① on Bitsgap: the notice is the extension's, says where the user is, and takes the list.
    const bitsgap = await opensPage(() => primary(popup).click());
    expect(bitsgap.url()).toBe('https://app.bitsgap.com/my-exchanges');
    await bitsgap.getByRole('button', { name: 'Extend' }).click();
    await notice(bitsgap).getByRole('button', { name: 'Use these 4 addresses for Binance' }).waitFor();
    expect(await notice(bitsgap).textContent()).toContain(`${NAME}Extension`);
    expect(await notice(bitsgap).getByText(PROMISE).count()).toBe(1);
    expect(await stageOf(progress(bitsgap))).toBe(STAGES[0]);
    await notice(bitsgap).getByRole('button', { name: 'Use these 4 addresses for Binance' }).click();
    await expect.poll(() => notice(bitsgap).getByRole('status').textContent()).toBe("Saved 4 addresses from Bitsgap's page. Next: paste them on Binance.");
    await expect.poll(() => stageOf(progress(bitsgap))).toBe(STAGES[1]);

    // ② the popup shows the same stage and leads to Binance; so does the notice's button.
    await expect.poll(() => stageOf(progress(popup))).toBe(STAGES[1]);
    await expect.poll(() => primary(popup).count(), { message: await popup.locator('main').innerText() }).toBe(1);
    expect(await primary(popup).textContent()).toBe('Open Binance API management');
    expect(await popup.getByRole('status').textContent()).toBe(
      "Next: on Binance's API management, the extension's guide fills in your Bitsgap key's form. You press Save and enter your 2FA code yourself.",
    );
    const binance = await opensPage(() => notice(bitsgap).getByRole('button', { name: 'Open Binance API management' }).click());
    expect(binance.url()).toBe(binanceUrl());
    await guide(binance).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => guide(binance).getByRole('status').textContent()).toMatch(/^Added 4 Bitsgap addresses/);

    // ③ Save and 2FA are the user's. ④ Bitsgap has no refresh endpoint: the last step is theirs too.
    await saveWith2fa(binance, 'Bitsgap_com');
    await expect.poll(() => server.saves.length).toBe(1);
    // The background asks Bitsgap's refresh endpoint first, and finds there is none.
    await expect.poll(() => popup.getByRole('status').textContent()).toBe("Last step: press Refresh on Bitsgap's My exchanges.");
    expect(await stageOf(progress(popup))).toBe(STAGES[3]);
    expect(await primary(popup).textContent()).toBe('Open Bitsgap My exchanges');

    const exchanges = await opensPage(() => primary(popup).click());
    await expect.poll(() => notice(exchanges).getByRole('status').textContent()).toBe('Click Refresh here to re-check your Binance key.');
    expect(await stageOf(progress(exchanges))).toBe(STAGES[3]);
    await exchanges.locator('[data-test=exchange-row]').first().getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => notice(exchanges).getByRole('status').textContent(), { timeout: 8000 }).toBe('Recorded: Bitsgap reports the key as connected.');
    await expect.poll(() => stageOf(progress(exchanges))).toBe('done');

    // Done, with what Bitsgap showed; nothing left to lead with.
    await expect.poll(() => stageOf(progress(popup))).toBe('done');
    expect(await popup.getByRole('status').textContent()).toBe('Done Bitsgap reports the key as connected.');
    expect(await popup.getByText('Done', { exact: true }).count()).toBe(1);
    expect(await primary(popup).count()).toBe(0);
    expect(await progress(popup).getByText('(done)').count()).toBe(4);
  });
});

describe('③ and back to ②: what the guide saw of the key (key:seen)', () => {
  onFreshBrowser();

  it('the key’s form holding every address, unsaved, is Save and 2FA; after Cancel it is Paste again; only Binance’s content script is heard', async () => {
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Paste list' }).click();
    await popup.getByRole('textbox', { name: 'Trusted IPs' }).fill(TRUSTED.join('\n'));
    await popup.getByRole('button', { name: 'Use these IPs' }).click();
    await expect.poll(() => stageOf(progress(popup))).toBe(STAGES[1]);
    const seen = (editing: boolean, holdsAll: boolean) =>
      `chrome.runtime.sendMessage({ type: 'key:seen', label: 'Bitsgap_com', holdsAll: ${holdsAll}, restricted: ${holdsAll}, editing: ${editing} }).then((r) => JSON.stringify(r))`;

    // From Bitsgap's content script the message is not taken.
    const bitsgap = await browser.context.newPage();
    await bitsgap.goto('https://app.bitsgap.com/my-exchanges');
    expect(await inContentScript(bitsgap, browser, seen(true, true))).toBeUndefined();
    await popup.waitForTimeout(300);
    expect(await stageOf(progress(popup))).toBe(STAGES[1]);

    const binance = await browser.context.newPage();
    await binance.goto(binanceUrl());
    await guide(binance).waitFor();
    expect(await inContentScript(binance, browser, seen(true, true))).toBe('{"ok":true}');
    await expect.poll(() => stageOf(progress(popup))).toBe(STAGES[2]);
    expect(await popup.getByRole('status').textContent()).toBe('Saved 4 pasted addresses. Next: on Binance, press Save and enter your 2FA code. The extension never does this for you.');
    expect(await primary(popup).textContent()).toBe('Open Binance API management');

    await inContentScript(binance, browser, seen(false, false));
    await expect.poll(() => stageOf(progress(popup))).toBe(STAGES[1]);
  });
});

describe('what the popup refuses, and why (issue #22)', () => {
  onFreshBrowser();

  const pasteAndRead = async (popup: Page, text: string) => {
    await popup.getByRole('textbox', { name: 'Trusted IPs' }).fill(text);
    await popup.getByRole('button', { name: 'Use these IPs' }).click();
    await popup.getByRole('alert').waitFor();
    return popup.getByRole('alert').getByRole('listitem').allTextContents();
  };

  it('more than 30 addresses can never fit a key, 201 included; an invisible character shows by its code', async () => {
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Paste list' }).click();
    const many = (n: number) => Array.from({ length: n }, (_, i) => `8.${Math.floor(i / 250) + 1}.${i % 250}.1`).join('\n');
    expect(await pasteAndRead(popup, many(31))).toEqual(['This list has 31 addresses, but a Binance key holds at most 30, so it can never fit one. Nothing was saved.']);
    expect(await pasteAndRead(popup, many(201))).toEqual(['This list has 201 addresses, but a Binance key holds at most 30, so it can never fit one. Nothing was saved.']);
    expect(await popup.getByRole('status').textContent()).not.toContain('could not answer');
    expect(await pasteAndRead(popup, '8.8.8.8\u200b, 1.1.1.1')).toEqual(['“8.8.8.8⟨U+200B⟩”: not an IP address. It contains invisible characters, shown here as ⟨U+…⟩. Nothing was saved.']);
    const stored = await (await browser.worker()).evaluate(() => chrome.storage.local.get('trustedIps'));
    expect((stored.trustedIps as { list: unknown } | undefined)?.list ?? null).toBeNull();
  });

  it('a pop-up showing more than 30 addresses: the notice says no key can hold them and offers nothing to store', async () => {
    server.bitsgap.ips = Array.from({ length: 31 }, (_, i) => `3.120.46.${i + 1}`);
    try {
      const page = await browser.context.newPage();
      await page.goto('https://app.bitsgap.com/my-exchanges');
      await page.getByRole('button', { name: 'Extend' }).click();
      await expect.poll(() => notice(page).getByRole('status').textContent()).toBe(
        "Bitsgap's pop-up shows 31 addresses, more than the 30 a Binance key can hold, so the extension cannot use them.",
      );
      expect(await notice(page).getByRole('button', { name: /^Use / }).count()).toBe(0);
    } finally {
      server.bitsgap.ips = [...TRUSTED];
    }
  });
});

describe('Options', () => {
  onFreshBrowser();

  it('the Bitsgap address is under a closed Advanced, with a warning, after every other setting', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Save' }).waitFor();
    expect(await options.getByText(NAME, { exact: true }).count()).toBe(1);
    const field = options.getByRole('textbox', { name: 'Bitsgap address (https)' });
    expect(await field.isVisible()).toBe(false);
    expect(await options.getByRole('textbox').first().getAttribute('type')).toBe('text');
    await options.getByText('Advanced').click();
    expect(await field.isVisible()).toBe(true);
    expect(await options.locator('details').textContent()).toContain('If someone asks you to change it, they may be trying to steal from you.');
    expect(await field.inputValue()).toBe('https://app.bitsgap.com');
  });
});

describe('a page that moves or covers the notice’s Open Binance API management', () => {
  onFreshBrowser();

  /** Bitsgap's page with the saved notice up, and a count of the Binance tabs opened since. */
  async function savedNotice(): Promise<{ page: Page; binanceTabs: () => number }> {
    const page = await browser.context.newPage();
    await page.goto('https://app.bitsgap.com/my-exchanges');
    await page.getByRole('button', { name: 'Extend' }).click();
    await notice(page).getByRole('button', { name: 'Use these 4 addresses for Binance' }).click();
    await notice(page).getByRole('button', { name: 'Open Binance API management' }).waitFor();
    const before = browser.context.pages().length;
    return { page, binanceTabs: () => browser.context.pages().slice(before).filter((p) => p.url().startsWith('https://www.binance.com/')).length };
  }
  const restyle = (page: Page, css: string) =>
    page.evaluate((style) => {
      const root = document.querySelector('ipwl-capture')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Open Binance API management')!.style.cssText = style;
    }, css);

  it('stretched invisibly over the page: the user’s click elsewhere opens nothing', async () => {
    const { page, binanceTabs } = await savedNotice();
    await restyle(page, 'position: fixed; inset: 0; width: 100vw; height: 100vh; opacity: 0; z-index: 2147483647;');
    await page.mouse.click(200, 30);
    await page.waitForTimeout(800);
    expect(binanceTabs()).toBe(0);
    await page.close();
  });

  it('moved out of the notice’s box: a click on it opens nothing', async () => {
    const { page, binanceTabs } = await savedNotice();
    await restyle(page, 'position: fixed; left: 40px; top: 400px;');
    await notice(page).getByRole('button', { name: 'Open Binance API management' }).click();
    await page.waitForTimeout(800);
    expect(binanceTabs()).toBe(0);
    await page.close();
  });

  it('covered by a decoy the page puts in the top layer, which passes the user’s click on to it: nothing opens; uncovered, it opens Binance', async () => {
    const { page, binanceTabs } = await savedNotice();
    const button = notice(page).getByRole('button', { name: 'Open Binance API management' });
    const box = (await button.boundingBox())!;
    await page.evaluate((b) => {
      const decoy = document.createElement('div');
      decoy.id = 'decoy';
      decoy.textContent = 'Claim your bonus';
      decoy.style.cssText = `position: fixed; left: ${b.x - 20}px; top: ${b.y - 20}px; right: auto; bottom: auto; margin: 0; width: ${b.width + 40}px; height: ${b.height + 40}px; z-index: 2147483647; background: gold;`;
      decoy.addEventListener('click', () => {
        const root = document.querySelector('ipwl-capture')!.shadowRoot!;
        [...root.querySelectorAll('button')].find((x) => x.textContent === 'Open Binance API management')!.click();
      });
      document.body.append(decoy);
      // In the top layer: an ordinary element, however high its z-index, paints under the notice's layer.
      decoy.setAttribute('popover', 'manual');
      decoy.showPopover();
    }, box);
    // The decoy is what the browser hits there: the user sees it, not the notice's button.
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toBe('decoy');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(800);
    expect(binanceTabs()).toBe(0);
    await page.evaluate(() => document.getElementById('decoy')!.remove());
    await button.click();
    await expect.poll(binanceTabs).toBe(1);
  });
});
