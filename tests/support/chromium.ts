// Launches Debian's Chromium with the built extension, both sites mapped to the local server.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { BINANCE_HOST, BITSGAP_HOST, sessionCookie, type TestServer } from './server';

export const CHROME_BUILD = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: () => Promise<Worker>;
  openPopup: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function launch(server: TestServer, opts: { signedIn?: boolean; extension?: string; headless?: boolean; lang?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<Browser> {
  const context = await launchContext(server, opts);
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;
  return {
    context,
    extensionId,
    worker,
    openPopup: async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    close: () => context.close(),
  };
}

/**
 * A persistent Chromium context with both sites mapped to the local server, and with the built
 * extension unless `extension` is null (the baseline the benchmark compares against).
 */
export async function launchContext(
  server: TestServer,
  opts: { signedIn?: boolean; extension?: string | null; headless?: boolean; lang?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ipwl-chromium-'));
  const extension = opts.extension === undefined ? CHROME_BUILD : opts.extension;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // The browser's language, which the extension's own strings follow.
      `--lang=${opts.lang ?? 'en-US'}`,
      `--host-resolver-rules=MAP ${BINANCE_HOST} 127.0.0.1:${server.port},MAP ${BITSGAP_HOST} 127.0.0.1:${server.port}`,
      '--ignore-certificate-errors',
    ],
  });
  if (opts.signedIn ?? true) {
    await context.addCookies([sessionCookie(server)]);
  }
  // Chromium may still be writing its profile as it exits: retry, and never fail a test over it.
  context.on('close', () => void rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined));
  return context;
}

export function binanceUrl(path = '/en/my/settings/api-management'): string {
  return `https://${BINANCE_HOST}${path}`;
}

/** The guide's dialog inside its open shadow root; Playwright's locators pierce open roots. */
/** The guide's panel by its name, in English or in the name the extension's language gives it. */
export function guide(page: Page, name = 'Bitsgap IP whitelist guide') {
  return page.getByRole('dialog', { name });
}

/** Chromium without the extension, for tests of the replica itself. */
export async function launchPlain(server: TestServer) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP ${BINANCE_HOST} 127.0.0.1:${server.port},MAP ${BITSGAP_HOST} 127.0.0.1:${server.port}`,
      '--ignore-certificate-errors',
    ],
  });
  const page = await browser.newPage();
  return { browser, page };
}

/**
 * Stops the extension's service worker as Chrome does when it idles, through the DevTools
 * protocol of one of the extension's own pages (the options page, which never wakes the
 * worker), and resolves once it has stopped. `statuses` lists every running-status change
 * seen since, so a test can see the worker start again.
 */
export async function stopServiceWorker(browser: Browser): Promise<{ statuses: () => string[] }> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const cdp = await browser.context.newCDPSession(page);
  const seen: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) {
      if (v.scriptURL.startsWith(`chrome-extension://${browser.extensionId}/`)) seen.push(v.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 10_000;
  while (!seen.includes('stopped')) {
    if (Date.now() > deadline) throw new Error(`the service worker did not stop: ${seen.join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { statuses: () => seen.slice(seen.lastIndexOf('stopped')) };
}
