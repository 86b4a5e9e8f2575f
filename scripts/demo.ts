// The newcomer's first command: build the extension, start the Binance replica and the Bitsgap
// mock, and open Chromium with the extension on the replica's API page. With no display (or
// with --headless) it walks the flow itself and saves a screenshot per step.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { binanceUrl, guide, launch } from '../tests/support/chromium';
import { saveWith2fa } from '../tests/support/flow';
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
async function step(what: string, run: () => Promise<Page>) {
  n += 1;
  const page = await run();
  const file = join(out, `${String(n).padStart(2, '0')}-${what.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40)}.png`);
  await page.screenshot({ path: file });
  console.log(`${n}. ${what}\n   → ${file}`);
}

const say = async (page: Page) => `   guide says: ${(await guide(page).getByRole('status').textContent())?.trim()}`;

try {
  await step("The popup fetches Bitsgap's trusted IPs", async () => {
    const popup = await browser.openPopup();
    await popup.setViewportSize({ width: 380, height: 420 });
    await popup.getByRole('listitem').first().waitFor();
    console.log(`   popup says: ${await popup.getByRole('status').textContent()}`);
    await popup.close();
    const shot = await browser.openPopup();
    await shot.setViewportSize({ width: 380, height: 420 });
    await shot.getByRole('listitem').first().waitFor();
    return shot;
  });
  const page = await browser.context.newPage();
  await step('Step 1 of 3: the guide finds the Bitsgap key and offers Paste (Edit restrictions is spotlit for those who prefer it)', async () => {
    await page.goto(binanceUrl());
    await guide(page).getByRole('button', { name: /^Paste \d+ trusted IPs$/ }).waitFor();
    console.log(await say(page));
    return page;
  });
  await step('One click on Paste opens the key and enters every missing address, Spot & Margin on', async () => {
    await guide(page).getByRole('button', { name: /^Paste \d+ trusted IPs$/ }).click();
    await guide(page).getByText(/^Added /).waitFor();
    console.log(await say(page));
    return page;
  });
  await step('Step 2 of 3: the user clicks Save and passes 2FA; step 3: the background refreshes Bitsgap', async () => {
    await saveWith2fa(page, 'Bitsgap_com');
    await guide(page).getByText('Bitsgap reports the key as connected.').waitFor();
    console.log(await say(page));
    console.log(`   Binance replica saved: ${JSON.stringify(server.saves[0]?.ips)}; Bitsgap refresh calls: ${server.bitsgap.refreshCalls.length}`);
    // What the user did on Binance, from the trusted input events the page itself received.
    const clicks = server.inputs.filter((i) => i.type === 'click' && !i.inDialog).length;
    const twoFa = server.inputs.filter((i) => i.inDialog).length;
    console.log(`   user's actions on Binance: ${clicks} clicks (Paste, Save) + 2FA (${twoFa} inputs in the Security Verification dialog)`);
    return page;
  });
  await step('The popup keeps a history of runs', async () => {
    const popup = await browser.openPopup();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.getByRole('region', { name: 'Recent saves' }).waitFor();
    return popup;
  });
  console.log(`Done: ${n} steps, screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
