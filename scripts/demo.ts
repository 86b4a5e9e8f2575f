// The newcomer's first command: build the extension, start the Binance replica and the Bitsgap
// mock, and open Chromium with the extension on the replica's API page. With no display (or
// with --headless) it walks the flow itself and saves a screenshot per step.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { binanceUrl, guide, launch } from '../tests/support/chromium';
import { startServer } from '../tests/support/server';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

console.log('Building the extension (wxt build)…');
execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
const server = await startServer();
const browser = await launch(server, { headless });
console.log(`Replica of www.binance.com and mock of app.bitsgap.com on 127.0.0.1:${server.port}; extension ${browser.extensionId}`);

if (!headless) {
  const page = await browser.context.newPage();
  await page.goto(binanceUrl());
  console.log('Chromium is open on the replica. Close the window to stop.');
  await new Promise((done) => browser.context.on('close', done));
  await server.close();
  process.exit(0);
}

const out = resolve('demo-output', new Date().toISOString().replace(/[:.]/g, '-'));
mkdirSync(out, { recursive: true });
let n = 0;
async function step(what: string, run: () => Promise<import('playwright-core').Page>) {
  n += 1;
  const page = await run();
  const file = join(out, `${String(n).padStart(2, '0')}-${what.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}.png`);
  await page.screenshot({ path: file });
  console.log(`${n}. ${what}\n   → ${file}`);
}

try {
  await step('The popup fetches Bitsgap\'s trusted IPs', async () => {
    const popup = await browser.openPopup();
    await popup.setViewportSize({ width: 380, height: 520 });
    await popup.getByRole('listitem').first().waitFor();
    console.log(`   popup says: ${await popup.getByRole('status').textContent()}`);
    return popup;
  });
  await step('The guide opens on Binance\'s API-management page', async () => {
    const page = await browser.context.newPage();
    await page.goto(binanceUrl());
    await guide(page).waitFor();
    await page.getByText('Bitsgap_com', { exact: true }).waitFor();
    console.log(`   guide says: ${await guide(page).getByRole('status').textContent()}`);
    return page;
  });
  console.log(`Done: ${n} steps, screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
