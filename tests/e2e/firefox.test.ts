import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchFirefox } from '../support/firefox';
import { startServer, type TestServer } from '../support/server';

let server: TestServer;
let firefox: Awaited<ReturnType<typeof launchFirefox>>;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox(server);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

it('Firefox: the built extension runs its content script on the API page and reaches the background', async () => {
  const page = await firefox.browser.newPage();
  await page.goto('https://www.binance.com/en/my/settings/api-management');
  const status = () =>
    page.evaluate(() => {
      const root = document.querySelector('ipwl-guide')?.shadowRoot;
      const dialog = root?.querySelector('[role=dialog]');
      return dialog ? `${dialog.getAttribute('aria-label')}|${root?.querySelector('[role=status]')?.textContent ?? ''}` : '';
    });
  await expect.poll(status, { timeout: 15_000 }).toBe('Bitsgap IP whitelist guide|Click “Edit restrictions” on Bitsgap_com.');
  // The background's fetch carried the Bitsgap session cookie.
  expect(server.bitsgap.trustedIpsCalls.at(-1)?.cookie).toBe(server.bitsgap.session);
});
