// Firefox ESR driven by puppeteer-core over WebDriver BiDi. Firefox has no host-resolver flag,
// so a small CONNECT proxy tunnels the two sites to the local server and refuses the rest.
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { BINANCE_HOST, BITSGAP_HOST, sessionCookie, type TestServer } from './server';
import { connect } from 'node:net';

export const FIREFOX_BUILD = resolve('.output/firefox-mv2');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function startProxy(target: number): Promise<Server> {
  const allowed = new Set([`${BINANCE_HOST}:443`, `${BITSGAP_HOST}:443`]);
  const proxy = createServer((client) => {
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
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  return new Promise((done) => proxy.listen(0, '127.0.0.1', () => done(proxy)));
}

export async function launchFirefox(server: TestServer): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const proxy = await startProxy(server.port);
  const proxyPort = (proxy.address() as AddressInfo).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
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
      await browser.close();
      await new Promise((done) => proxy.close(() => done(undefined)));
    },
  };
}
