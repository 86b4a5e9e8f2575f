// Acting as the extension's own content script on a page, through the DevTools protocol: what
// code running where the content scripts run can do (attacks), or what a content script of
// another part sends (a message the guide owns, before the guide sends it).
import type { CDPSession, Page } from 'playwright-core';
import type { Browser } from './chromium';

/**
 * Runs `expression` in the extension's own content-script world on `page` (Chromium's isolated
 * world for the extension), through the DevTools protocol, and returns its awaited value.
 */
export async function inContentScript(page: Page, browser: Browser, expression: string): Promise<unknown> {
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
