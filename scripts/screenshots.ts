// Screenshots from the real build against the bundled replicas: the store's (1280 × 800, in
// English) into store/screenshots/, and the README's dark-mode and non-Latin ones into
// tests/screenshots/. Run: npm run screenshots
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { binanceUrl, guide, launch } from '../tests/support/chromium';
import { startServer } from '../tests/support/server';
import { defaultScenario, makeApiKey } from '../tests/replica/binance/scenario';

execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
mkdirSync('store/screenshots', { recursive: true });
const server = await startServer();
// The list comes from the contract's endpoint, so each shot starts where it shows something.
server.bitsgap.endpoints = true;
server.scenario = defaultScenario({
  listDelayMs: 0,
  keys: [
    { label: 'Bitsgap_com', apiKey: makeApiKey('shots'), permissions: { reading: true }, ips: null },
    { label: 'my-bot', apiKey: makeApiKey('shots-bot'), permissions: { reading: true, spotMargin: true }, ips: ['8.8.4.4'] },
  ],
});
const shot = async (page: Page, path: string) => {
  await page.waitForTimeout(300);
  await page.screenshot({ path });
  console.log(path);
};

try {
  {
    const browser = await launch(server);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(binanceUrl());
    const paste = guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' });
    await paste.waitFor();
    await shot(page, 'store/screenshots/1-binance-paste.png');
    await paste.click();
    await guide(page).getByText('Added 4').waitFor();
    await shot(page, 'store/screenshots/2-binance-save.png');
    server.bitsgap.endpoints = false;
    server.bitsgap.variant = { nameInTitle: false, nameAsLogo: true, generate: false, chips: true, refreshInRow: false };
    const bitsgap = await browser.context.newPage();
    await bitsgap.setViewportSize({ width: 1280, height: 800 });
    await bitsgap.goto('https://app.bitsgap.com/my-exchanges');
    await bitsgap.getByRole('button', { name: 'Extend' }).click();
    await bitsgap.getByRole('button', { name: 'Use these 4 addresses for Binance' }).waitFor();
    await shot(bitsgap, 'store/screenshots/3-bitsgap-capture.png');
    await browser.close();
  }
  {
    server.bitsgap.endpoints = true;
    const browser = await launch(server, { lang: 'zh-CN', colorScheme: 'dark' });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(binanceUrl('/zh-CN/my/settings/api-management'));
    await guide(page, 'Bitsgap IP 白名单向导').getByRole('button', { name: '粘贴 4 个受信任 IP' }).waitFor();
    await shot(page, 'tests/screenshots/guide-zh-CN-dark.png');
    await browser.close();
  }
  {
    const browser = await launch(server, { lang: 'ar', colorScheme: 'dark' });
    const popup = await browser.openPopup();
    await popup.setViewportSize({ width: 360, height: 640 });
    // The addresses, not the Progress list above them, which shows first.
    await popup.locator('.ips li').first().waitFor();
    await shot(popup, 'tests/screenshots/popup-ar-dark.png');
    await browser.close();
  }
} finally {
  await server.close();
}
