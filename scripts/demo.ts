// The newcomer's first command: build the extension, start the Binance replica and the Bitsgap
// mock, and open Chromium with the extension on the replica's API page. With no display (or
// with --headless) it walks the flow itself and saves a screenshot per step.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { binanceUrl, guide, launch } from '../tests/support/chromium';
import { saveWith2fa } from '../tests/support/flow';
import { stageOf } from '../tests/support/journey';
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

// Where the user is, as every surface shows it: the popup (kept open beside the sites) and, on
// Bitsgap, the notice. The stage settles after the step's own change, so it is polled briefly.
const MARKS: Record<string, string> = { "Get Bitsgap's list": '①', 'Paste on Binance': '②', 'Save and 2FA': '③', 'Refresh on Bitsgap': '④', done: '✓' };
let journeyPopup: Page | undefined;
async function stage(where = journeyPopup, settled?: string): Promise<string> {
  const progress = where!.getByRole('list', { name: 'Progress' });
  const deadline = Date.now() + 5000;
  let now = await stageOf(progress);
  while (settled && now !== settled && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    now = await stageOf(progress);
  }
  return `${MARKS[now] ?? '?'} ${now}`;
}
async function sayStage(settled?: string) {
  const lead = journeyPopup!.locator('.lead').getByRole('button');
  const action = (await lead.count()) > 0 ? `; the popup leads with "${await lead.textContent()}"` : '';
  console.log(`   stage: ${await stage(journeyPopup, settled)}${action}`);
}

try {
  // Bitsgap as it really is: no endpoint for the list or for refresh. The demo takes the path
  // a user takes there: Bitsgap's own pop-up, then Bitsgap's own Refresh.
  server.bitsgap.variant = { nameInTitle: false, nameAsLogo: false, generate: true, chips: true, refreshInRow: false };
  let bitsgap!: Page;
  await step("First run: the popup explains the four stages and leads to Bitsgap's My exchanges, where the list is", async () => {
    const popup = await browser.openPopup();
    journeyPopup = popup;
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.getByRole('button', { name: 'Open Bitsgap My exchanges' }).waitFor();
    await sayStage("Get Bitsgap's list");
    console.log(`   popup says: ${await popup.getByRole('status').textContent()}`);
    const opened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open Bitsgap My exchanges' }).click();
    bitsgap = await opened;
    await bitsgap.waitForLoadState();
    return popup;
  });
  await step("On Bitsgap, the user opens Binance's pop-up and generates the list; the notice offers it", async () => {
    await bitsgap.getByRole('button', { name: 'Extend' }).click();
    await bitsgap.getByRole('button', { name: 'Generate' }).click();
    await bitsgap.getByRole('button', { name: /^Use these \d+ addresses for Binance$/ }).waitFor();
    console.log(`   notice says: ${await bitsgap.getByRole('region', { name: /pop-up for Binance/ }).getByRole('status').textContent()}`);
    console.log(`   stage on the notice: ${await stage(bitsgap)}`);
    return bitsgap;
  });
  await step('One click on "Use these N addresses for Binance" stores them', async () => {
    await bitsgap.getByRole('button', { name: /^Use these \d+ addresses for Binance$/ }).click();
    await bitsgap.getByText(/^Saved \d+ addresses from Bitsgap's page/).waitFor();
    console.log(`   stage on the notice: ${await stage(bitsgap, 'Paste on Binance')}`);
    await sayStage('Paste on Binance');
    return bitsgap;
  });
  const page = await browser.context.newPage();
  await step('Stage 2, Paste on Binance: the guide finds the Bitsgap key and offers Paste', async () => {
    await page.goto(binanceUrl());
    await guide(page).getByRole('button', { name: /^Paste \d+ trusted IPs$/ }).waitFor();
    console.log(await say(page));
    await sayStage();
    return page;
  });
  await step('One click on Paste opens the key and enters every missing address, Spot & Margin on', async () => {
    await guide(page).getByRole('button', { name: /^Paste \d+ trusted IPs$/ }).click();
    await guide(page).getByText(/^Added /).waitFor();
    console.log(await say(page));
    await sayStage();
    return page;
  });
  await step('Stage 3, Save and 2FA: the user clicks Save and enters the 2FA code; Bitsgap has no refresh endpoint', async () => {
    await saveWith2fa(page, 'Bitsgap_com');
    await guide(page).getByRole('button', { name: 'Open Bitsgap My exchanges' }).waitFor();
    console.log(await say(page));
    console.log(`   Binance replica saved: ${JSON.stringify(server.saves[0]?.ips)}`);
    await sayStage('Refresh on Bitsgap');
    // What the user did on Binance, from the trusted input events the page itself received.
    const clicks = server.inputs.filter((i) => i.type === 'click' && !i.inDialog).length;
    const twoFa = server.inputs.filter((i) => i.inDialog).length;
    console.log(`   user's actions on Binance: ${clicks} clicks (Paste, Save) + 2FA (${twoFa} inputs in the Security Verification dialog)`);
    return page;
  });
  let exchanges!: Page;
  await step("Back on Bitsgap, the extension points at Bitsgap's own Refresh (under the Binance row's More)", async () => {
    const opened = browser.context.waitForEvent('page');
    await guide(page).getByRole('button', { name: 'Open Bitsgap My exchanges' }).click();
    exchanges = await opened;
    await exchanges.getByRole('button', { name: 'More' }).click();
    await exchanges.getByText('Click Refresh here to re-check your Binance key.').waitFor();
    console.log(`   stage on the notice: ${await stage(exchanges)}`);
    return exchanges;
  });
  await step("The user presses Refresh; the extension reads the Binance row's status and records it", async () => {
    await exchanges.getByRole('menuitem', { name: 'Refresh' }).click();
    await exchanges.getByText(/^Recorded: /).waitFor({ timeout: 8000 });
    console.log(`   notice says: ${await exchanges.getByText(/^Recorded: /).textContent()}`);
    console.log(`   stage on the notice: ${await stage(exchanges, 'done')}`);
    return exchanges;
  });
  await step('Done: the popup says so, with what Bitsgap showed, and keeps a history of saves', async () => {
    const popup = journeyPopup!;
    await popup.bringToFront();
    await popup.getByRole('region', { name: 'Recent saves' }).waitFor();
    await sayStage('done');
    console.log(`   popup says: ${await popup.getByRole('status').textContent()}`);
    return popup;
  });
  console.log(`Done: ${n} steps, screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
