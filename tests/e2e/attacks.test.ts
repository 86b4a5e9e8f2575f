// Attacks that work on a real browser, tried against the built extension: each one is what a
// page (or code running where the extension's content scripts run) can actually do.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binanceUrl, launch, type Browser } from '../support/chromium';
import { startServer, type TestServer } from '../support/server';

/**
 * Runs `expression` in the extension's own content-script world on `page` (Chromium's isolated
 * world for the extension), through the DevTools protocol, and returns its awaited value.
 */
async function inContentScript(page: Page, browser: Browser, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const ours = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${browser.extensionId}`);
  if (!ours) throw new Error(`no content-script world of the extension on ${page.url()}: ${JSON.stringify(contexts)}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: ours.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) return `threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`;
  return result.value;
}

describe('code in a content-script context', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launch(server);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('cannot write the settings or the trusted list to storage, and the background still pushes the guide its list', async () => {
    const page = await browser.context.newPage();
    await page.goto(binanceUrl());
    await page.getByRole('dialog', { name: 'Bitsgap IP whitelist guide' }).getByText('Edit restrictions', { exact: false }).waitFor();
    const before = await (await browser.worker()).evaluate(() => chrome.storage.local.get(['settings', 'trustedIps']));
    const outcome = await inContentScript(
      page,
      browser,
      `chrome.storage.local.set({ settings: { bitsgapBaseUrl: 'https://attacker.example', keyLabelPattern: 'x', enableSpotTrading: false, refreshAfterSave: true }, trustedIps: { list: { ips: ['6.6.6.6'], source: 'pasted', obtainedAt: 1 }, lastError: null } }).then(() => 'written', (e) => 'refused: ' + e.message)`,
    );
    expect(String(outcome)).not.toBe('written');
    const after = await (await browser.worker()).evaluate(() => chrome.storage.local.get(['settings', 'trustedIps']));
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('6.6.6.6');
  });
});

