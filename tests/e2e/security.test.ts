// The extension's promises about what it may touch, see and do, checked on the built extension.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { binanceUrl, CHROME_BUILD, guide, launch, type Browser } from '../support/chromium';
import { FIREFOX_BUILD } from '../support/firefox';
import { card, saveWith2fa } from '../support/flow';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario, makeApiKey } from '../replica/binance/scenario';

const CONTRACT_HOSTS = ['https://www.binance.com/*', 'https://app.bitsgap.com/*'];

function manifest(dir: string) {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

/**
 * Content scripts on the contract's hosts only: the two loaders on every page of their site, and
 * the guide with them on a direct visit to API management, before the page's scripts.
 */
function expectContentScripts(m: { content_scripts: { matches: string[]; js: string[]; run_at?: string }[] }) {
  expect(m.content_scripts).toEqual([
    { matches: ['https://www.binance.com/my/settings/api-management*', 'https://www.binance.com/*/my/settings/api-management*'], js: ['guide.js'], run_at: 'document_start' },
    { matches: ['https://www.binance.com/*'], js: ['content-scripts/binance.js'], run_at: 'document_start' },
    { matches: ['https://app.bitsgap.com/*'], js: ['content-scripts/bitsgap.js'] },
  ]);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
}

describe('manifest', () => {
  it('Chrome: only storage and alarms, exactly the contract hosts, nothing broader, default CSP', () => {
    const m = manifest(CHROME_BUILD);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'alarms']);
    expect(m.host_permissions).toEqual(CONTRACT_HOSTS);
    expect(m.optional_host_permissions).toEqual(['https://*/*']);
    expect(m.optional_permissions).toEqual(['notifications']);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    expectContentScripts(m);
    // The only web-accessible resources are the two parts the loaders import, each to its own
    // site only, behind Chrome's per-session URL.
    expect(m.web_accessible_resources).toEqual([
      { resources: ['guide.js', 'guide-extras.js', 'assets/guide-style.css', 'paste.js', 'words/*.json'], matches: ['https://www.binance.com/*'], use_dynamic_url: true },
      { resources: ['bitsgap-page.js', 'bitsgap-notices.js'], matches: ['https://app.bitsgap.com/*'], use_dynamic_url: true },
    ]);
  });

  it('Firefox: the same permissions, a gecko id and data-collection declaration', () => {
    const m = manifest(FIREFOX_BUILD);
    expectContentScripts(m);
    expect(m.permissions).toEqual(['storage', 'alarms', ...CONTRACT_HOSTS]);
    expect(m.optional_permissions).toEqual(['notifications', 'https://*/*']);
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(m.content_security_policy).toBeUndefined();
    // Firefox MV2 has no per-site or dynamic-URL form: its moz-extension host is random per installation.
    expect(m.web_accessible_resources).toEqual(['guide.js', 'guide-extras.js', 'assets/guide-style.css', 'paste.js', 'words/*.json', 'bitsgap-page.js', 'bitsgap-notices.js']);
  });

  it('no remote code: no script is loaded from a URL, and no code string is evaluated by our own code', () => {
    for (const dir of [CHROME_BUILD, FIREFOX_BUILD]) {
      for (const file of files(dir).filter((f) => /\.(html)$/.test(f))) {
        expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script[^>]+src=["']https?:/);
      }
      for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
        expect(readFileSync(file, 'utf8'), file).not.toMatch(/importScripts\(\s*["']https?:|import\(\s*["']https?:/);
      }
    }
  });
});

describe('in the browser', () => {
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
  beforeEach(() => {
    server.saves.length = 0;
    server.events.length = 0;
    server.bitsgap.refreshCalls.length = 0;
    server.bitsgap.refreshStatuses = [];
  });
  afterEach(async () => {
    await browser.close();
  });

  async function recordMessages() {
    // Observe (not replace) what reaches the background: a second listener that keeps a copy.
    await (await browser.worker()).evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { __seen: string[] }).__seen = seen;
      chrome.runtime.onMessage.addListener((message) => {
        seen.push(JSON.stringify(message));
      });
    });
  }
  async function seenMessages(): Promise<string[]> {
    return (await browser.worker()).evaluate(() => (globalThis as unknown as { __seen: string[] }).__seen);
  }

  it('a freshly created key’s secret, shown beside the flow, never reaches storage, messages or the network', async () => {
    const secret = 'S3cr3t' + 'x'.repeat(58);
    server.scenario = defaultScenario({
      keys: [
        { label: 'Bitsgap_com', apiKey: makeApiKey('bitsgap'), permissions: { reading: true }, ips: null, freshSecret: secret },
        { label: 'other', apiKey: makeApiKey('other'), permissions: { reading: true }, ips: null },
      ],
    });
    browser = await launch(server);
    await recordMessages();
    const page = await browser.context.newPage();
    const requests: string[] = [];
    browser.context.on('request', (r) => requests.push(`${r.url()} ${r.postData() ?? ''}`));
    await page.goto(binanceUrl());
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await guide(page).getByText(/^Added 4 Bitsgap addresses/).waitFor();
    await saveWith2fa(page, 'Bitsgap_com');
    await expect.poll(() => server.bitsgap.refreshCalls.length).toBe(1);
    await guide(page).getByText('Done: Bitsgap says the key is connected.').waitFor();

    const stored = JSON.stringify(await (await browser.worker()).evaluate(() => chrome.storage.local.get(null)));
    const messages = await seenMessages();
    expect(messages.some((m) => m.includes('save:verified'))).toBe(true);
    expect(stored).toContain('Bitsgap_com');
    const toBitsgap = requests.filter((r) => r.startsWith('https://app.bitsgap.com/'));
    expect(toBitsgap.length).toBeGreaterThan(0);
    for (const haystack of [stored, ...messages, ...requests, ...server.bitsgap.refreshCalls.map((c) => JSON.stringify(c))]) {
      expect(haystack).not.toContain(secret);
    }
    // Nor does the API key itself leave Binance's page: Binance's own save request carries it, nothing of ours does.
    for (const haystack of [stored, ...messages, ...toBitsgap]) expect(haystack).not.toContain(makeApiKey('bitsgap'));
  });

  it('a hostile page cannot drive the extension, and the guide still works on the real card', async () => {
    server.scenario = defaultScenario({ hostile: true, keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('b'), permissions: { reading: true }, ips: null }] });
    browser = await launch(server);
    const page = await browser.context.newPage();
    await page.goto(binanceUrl());
    const realGuide = page.locator('ipwl-guide').getByRole('dialog', { name: 'Bitsgap IP whitelist guide', exact: true });
    const status = () => realGuide.getByRole('status').textContent();
    // The fake "Bitsgap" card outside the key list is not a second match.
    await expect.poll(status).toBe('Press Paste: the guide opens the form of Bitsgap_com and enters the missing Bitsgap addresses.');
    await page.getByText('Paste 4 trusted IPs').first().waitFor();
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
    await realGuide.getByRole('button', { name: 'Paste 4 trusted IPs' }).waitFor();
    // The page script keeps clicking the guide's buttons and pressing Esc for a while.
    await page.waitForTimeout(1500);
    expect(await realGuide.count()).toBe(1);
    expect(await status()).toBe('The form of Bitsgap_com is open. Press Paste to enter the missing Bitsgap addresses.');
    expect(await card(page, 'Bitsgap_com').getByText('34.89.113.10', { exact: true }).count()).toBe(0);
    const stored = await (await browser.worker()).evaluate(() => chrome.storage.local.get(['history', 'refreshJobs', 'trustedIps']));
    expect(stored.history ?? []).toEqual([]);
    expect(server.bitsgap.refreshCalls).toEqual([]);
    expect(server.saves).toEqual([]);

    // The user's own click still works.
    await realGuide.getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(status).toBe('Added 4 Bitsgap addresses to Bitsgap_com. Now click Save on Binance, then enter your 2FA code.');
    await page.evaluate(() => (window as unknown as { __stopHostile: () => void }).__stopHostile());
  });

  it('faults mid-flow: the user cancels while addresses are being entered; a message, no save, no refresh', async () => {
    server.scenario = defaultScenario({ keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('b'), permissions: { reading: true }, ips: null }] });
    server.bitsgap.ips = Array.from({ length: 12 }, (_, i) => `34.89.113.${i + 1}`);
    browser = await launch(server);
    const page = await browser.context.newPage();
    await page.goto(binanceUrl());
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
    await cancelDuringPaste(page);
    // The user's Cancel closed the form under the paste: what happened is said plainly.
    await expect.poll(() => guide(page).textContent()).toContain('Not saved: the key is unchanged.');
    await page.waitForTimeout(500);
    expect(server.saves).toEqual([]);
    expect(server.bitsgap.refreshCalls).toEqual([]);
    server.bitsgap.ips = ['34.89.113.10', '34.89.113.11', '52.29.100.7', '2a05:d014::10'];
  });
});

describe('the form re-rendered during the paste', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer(defaultScenario({ remountFormOnInput: true, keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('b'), permissions: { reading: true }, ips: null }] }));
    server.bitsgap.endpoints = true;
    browser = await launch(server);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('says what failed and leaves a form with nothing half-entered for the user to cancel', async () => {
    const page = await browser.context.newPage();
    await page.goto(binanceUrl());
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => guide(page).getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/^(Could not find the address field|Binance did not accept every address|The form closed or changed)/);
    expect(await guide(page).textContent()).toContain('Nothing was saved. Check the form, or click Cancel on Binance');
    expect(await guide(page).getByRole('button', { name: 'Try again' }).count()).toBe(1);
    expect(await card(page, 'Bitsgap_com').getByText('34.89.113.10', { exact: true }).count()).toBe(0);
    expect(server.saves).toEqual([]);
    expect(server.events.filter((e) => e.type !== 'card-click')).toEqual([]);
  });
});

/** Clicks the guide's Paste and, as soon as the page starts changing, Binance's Cancel. */
async function cancelDuringPaste(page: Page) {
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel');
      if (cancel && document.querySelector('input[placeholder]')) {
        observer.disconnect();
        setTimeout(() => cancel.click(), 0);
      }
    });
    observer.observe(document.getElementById('__APP')!, { subtree: true, childList: true });
  });
  await guide(page).getByRole('button', { name: /^Paste \d+ trusted IPs$/ }).click();
}
