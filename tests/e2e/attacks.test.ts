// Attacks that work on a real browser, tried against the built extension: each one is what a
// page (or code running where the extension's content scripts run) can actually do.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binanceUrl, guide, launch, type Browser } from '../support/chromium';
import { inContentScript } from '../support/content-world';
import { card } from '../support/flow';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario, makeApiKey, type Scenario } from '../replica/binance/scenario';
import { STRINGS } from '../replica/binance/strings';

/** One unrestricted Bitsgap key on the replica, a fresh server and browser for the describe block. */
function onReplica(scenario: Partial<Scenario> = {}) {
  const env = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startServer(defaultScenario({ keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('b'), permissions: { reading: true }, ips: null }], ...scenario }));
    // The contract's endpoints (second configuration): several attacks must not end in a refresh.
    env.server.bitsgap.endpoints = true;
    env.browser = await launch(env.server);
  });
  afterAll(async () => {
    await env.browser.close();
    await env.server.close();
  });
  return env;
}

/** The API page with the Bitsgap key's form opened by the user, once the guide offers `paste`. */
async function openWithFormOpen(browser: Browser, paste: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(binanceUrl());
  await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
  await guide(page).getByRole('button', { name: paste }).waitFor();
  return page;
}

describe('code in a content-script context', () => {
  const env = onReplica({ keys: defaultScenario().keys });

  it('cannot write the settings or the trusted list to storage, and the background still pushes the guide its list', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(binanceUrl());
    await page.getByRole('dialog', { name: 'Bitsgap IP whitelist guide' }).getByRole('button', { name: /^Paste/ }).waitFor();
    const before = await (await env.browser.worker()).evaluate(() => chrome.storage.local.get(['settings', 'trustedIps']));
    const outcome = await inContentScript(
      page,
      env.browser,
      `chrome.storage.local.set({ settings: { bitsgapBaseUrl: 'https://attacker.example', keyLabelPattern: 'x', enableSpotTrading: false, refreshAfterSave: true }, trustedIps: { list: { ips: ['6.6.6.6'], source: 'pasted', obtainedAt: 1 }, lastError: null } }).then(() => 'written', (e) => 'refused: ' + e.message)`,
    );
    expect(String(outcome)).not.toBe('written');
    const after = await (await env.browser.worker()).evaluate(() => chrome.storage.local.get(['settings', 'trustedIps']));
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('6.6.6.6');
  });
});


describe('a page that draws a save that never happened', () => {
  const env = onReplica({ fakeSaveOnCancel: true });

  it('after the user cancels, tags and a "saved" toast drawn by the page are no save: no Saved, no history, no refresh', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(binanceUrl());
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await guide(page).getByText(/^Added 4 Bitsgap addresses/).waitFor();
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Cancel', exact: true }).click();
    // The page now shows every address as a saved tag, and a toast.
    await page.getByRole('alert').waitFor();
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).waitFor();
    await page.waitForTimeout(800);
    const status = await guide(page).getByRole('status').textContent();
    // The page's own read view now lists the addresses, so the guide may say the key holds them;
    // it must not say the user saved.
    expect(status).not.toMatch(/^Saved/);
    expect(await guide(page).getByText(/Bitsgap reports|Waiting for Bitsgap/).count()).toBe(0);
    const stored = await (await env.browser.worker()).evaluate(() => chrome.storage.local.get(['history', 'refreshJobs']));
    expect(stored.history ?? []).toEqual([]);
    expect(env.server.bitsgap.refreshCalls).toEqual([]);
    expect(env.server.saves).toEqual([]);
  });
});

describe('a page that restyles the guide', () => {
  const env = onReplica();

  it('stretching Paste invisibly over the page does not turn the user’s click elsewhere into a paste', async () => {
    const page = await openWithFormOpen(env.browser, 'Paste 4 trusted IPs');
    // The page's own script reaches into the open shadow root.
    await page.evaluate(() => {
      const root = document.querySelector('ipwl-guide')!.shadowRoot!;
      const paste = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Paste'))!;
      paste.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; opacity: 0; z-index: 2147483647;';
    });
    // The user clicks the page's title, far from the guide.
    await page.mouse.click(200, 90);
    await page.waitForTimeout(800);
    expect(await card(page, 'Bitsgap_com').getByText(env.server.bitsgap.ips[0]!, { exact: true }).count()).toBe(0);
    expect(await guide(page).getByRole('status').textContent()).toMatch(/^The form of Bitsgap_com is open/);
  });
});

describe('a page that replays WXT’s start-up event', () => {
  const env = onReplica();
  beforeAll(() => {
    env.server.bitsgap.ips = Array.from({ length: 12 }, (_, i) => `34.89.113.${i + 1}`);
  });

  it('stops the guide in the middle of a paste: the form goes back to how the user had it, and nothing claims success', async () => {
    const page = await openWithFormOpen(env.browser, 'Paste 12 trusted IPs');
    // A page that knows the extension's id fires the event WXT uses to stop an older copy of a
    // content script, as soon as the paste starts changing the form.
    await page.evaluate((id) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('#__APP input')) return;
        observer.disconnect();
        document.dispatchEvent(new CustomEvent(`${id}:binance:wxt:content-script-started`, { detail: { contentScriptName: 'binance', messageId: 'page' } }));
      });
      observer.observe(document.getElementById('__APP')!, { subtree: true, childList: true, attributes: true });
    }, env.browser.extensionId);
    await guide(page).getByRole('button', { name: 'Paste 12 trusted IPs' }).click();
    await expect.poll(() => guide(page).count()).toBe(0);
    await page.waitForTimeout(500);
    const form = card(page, 'Bitsgap_com');
    expect(await form.getByRole('radio', { name: STRINGS.en!.unrestricted }).getAttribute('aria-checked')).toBe('true');
    expect(await form.getByRole('checkbox', { name: STRINGS.en!.permissions.spotMargin }).getAttribute('aria-checked')).toBe('false');
    expect(await form.getByText('34.89.113.1', { exact: true }).count()).toBe(0);
    expect(env.server.saves).toEqual([]);
    const stored = await (await env.browser.worker()).evaluate(() => chrome.storage.local.get(['history']));
    expect(stored.history ?? []).toEqual([]);
  });
});

describe('keyboard activation of the guide', () => {
  const env = onReplica();

  const focusedName = (page: Page) => page.evaluate(() => document.querySelector('ipwl-guide')?.shadowRoot?.activeElement?.textContent ?? '');

  it('Enter on Paste focused by the page’s script does nothing; on Paste the user reached with Tab, it pastes', async () => {
    const page = await openWithFormOpen(env.browser, 'Paste 4 trusted IPs');
    // The page focuses Paste, hoping the user presses Enter for something of its own.
    await page.evaluate(() => {
      const root = document.querySelector('ipwl-guide')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Paste'))!.focus();
    });
    expect(await focusedName(page)).toBe('Paste 4 trusted IPs');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    expect(await card(page, 'Bitsgap_com').getByText(env.server.bitsgap.ips[0]!, { exact: true }).count()).toBe(0);
    // The user tabs to it themselves.
    await guide(page).getByRole('button', { name: 'Close' }).focus();
    for (let i = 0; i < 10 && (await focusedName(page)) !== 'Paste 4 trusted IPs'; i++) await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Paste 4 trusted IPs');
    await page.keyboard.press('Enter');
    await expect.poll(() => guide(page).getByRole('status').textContent()).toMatch(/^Added 4 Bitsgap addresses/);
  });
});
