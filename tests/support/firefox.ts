// Firefox ESR driven by puppeteer-core over WebDriver BiDi. Firefox has no host-resolver flag,
// so a small CONNECT proxy tunnels the two sites to the local server and refuses the rest.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import type { Scenario } from '../replica/binance/scenario';
import { BINANCE_HOST, BITSGAP_HOST, sessionCookie, startServer, type TestServer } from './server';
import { connect } from 'node:net';

export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The proxy, and its close: which ends every tunnel still open (a server's close waits for them). */
function startProxy(target: number): Promise<{ proxy: Server; close: () => Promise<void> }> {
  const allowed = new Set([`${BINANCE_HOST}:443`, `${BITSGAP_HOST}:443`]);
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  };
  const proxy = createServer((client) => {
    track(client);
    client.once('data', (head) => {
      const match = /^CONNECT ([^\s]+) HTTP/.exec(head.toString('latin1'));
      if (!match || !allowed.has(match[1]!)) {
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      const upstream = connect(target, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      track(upstream);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  const close = () =>
    new Promise<void>((done) => {
      proxy.close(() => done());
      for (const socket of open) socket.destroy();
    });
  return new Promise((done) => proxy.listen(0, '127.0.0.1', () => done({ proxy, close })));
}

// The extension's moz-extension:// host, fixed through a preference so tests can name its pages.
const EXTENSION_UUID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

export async function launchFirefox(server: TestServer, opts: { headless?: boolean } = {}): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const proxy = await startProxy(server.port);
  const proxyPort = (proxy.proxy.address() as AddressInfo).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: opts.headless ?? true,
    acceptInsecureCerts: true,
    // Lets the test open the extension's own pages, which WebDriver BiDi will not navigate to.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ 'ipwl@ipwl.extension': EXTENSION_UUID }),
      // Optional permissions are granted without a prompt (headless Firefox cannot answer one),
      // but only when requested the way Firefox allows: while handling the user's input.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.allow_hijacking_localhost': true,
      'browser.shell.checkDefaultBrowser': false,
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.setCookie(sessionCookie(server));
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    close: async () => {
      // Once in CI Firefox outlived the 60 s hook after every test had passed: 10 s to quit, then its process is ended.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([browser.close().catch(() => undefined), new Promise((done) => (timer = setTimeout(done, 10_000)))]);
      clearTimeout(timer);
      browser.process()?.kill('SIGKILL');
      await proxy.close();
    },
  };
}

/**
 * For one test file: the replica's server (as `setUp` shapes it) and Firefox with the extension,
 * started before its tests and closed after them.
 */
export function firefoxOnReplica(scenario?: Scenario, setUp: (server: TestServer) => void = () => {}): { readonly server: TestServer; readonly browser: Browser } {
  let server: TestServer | undefined;
  let firefox: Awaited<ReturnType<typeof launchFirefox>> | undefined;
  beforeAll(async () => {
    server = await startServer(scenario);
    setUp(server);
    firefox = await launchFirefox(server);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return firefox!.browser;
    },
  };
}

/**
 * Opens one of the extension's own pages in a new tab, as the browser itself would (from the
 * parent process), and returns it for puppeteer to drive.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const url = `moz-extension://${EXTENSION_UUID}/${path}`;
  const connection = (browser as unknown as { connection: { send: (method: string, params: object) => Promise<{ result: { contexts: { context: string }[] } }> } }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  await connection.send('script.evaluate', {
    expression: `(() => { const w = Services.wm.getMostRecentWindow('navigator:browser'); w.gBrowser.selectedTab = w.gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); })()`,
    target: { context: tree.result.contexts[0]!.context },
    awaitPromise: false,
  });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the extension page ${path} did not open`);
}
