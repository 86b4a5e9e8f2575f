// The guide on the Binance replica, in real Chromium with the built extension. The test plays
// the user: it clicks Edit restrictions, the guide's Paste, Save and 2FA itself.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { binanceUrl, guide, launch, type Browser } from '../support/chromium';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario, makeApiKey, type ReplicaKey } from '../replica/binance/scenario';
import { card, chooseBeside, saveWith2fa } from '../support/flow';
import { PLAIN } from '../replica/binance/variant';

let server: TestServer;
let browser: Browser;

const BITSGAP_IPS = ['34.89.113.10', '34.89.113.11', '52.29.100.7', '2a05:d014::10'];

beforeAll(async () => {
  server = await startServer();
  // The contract's optional endpoints (the second configuration): this suite's subject is what
  // the background does with Bitsgap's list and refresh answers.
  server.bitsgap.endpoints = true;
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  server.saves.length = 0;
  server.events.length = 0;
  server.inputs.length = 0;
  server.bitsgap.refreshCalls.length = 0;
  server.bitsgap.refreshStatuses = [];
  server.bitsgap.ips = [...BITSGAP_IPS];
  browser = await launch(server);
});
afterEach(async () => {
  await browser.close();
});

function key(label: string, ips: string[] | null, permissions: ReplicaKey['permissions'] = { reading: true }): ReplicaKey {
  return { label, apiKey: makeApiKey(label), permissions, ips };
}

async function openApiPage(locale = 'en') {
  const page = await browser.context.newPage();
  await page.goto(binanceUrl(`/${locale}/my/settings/api-management`));
  return page;
}

const status = (page: Page) => guide(page).getByRole('status');

type Rect = { x: number; y: number; width: number; height: number };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * With the key's address list scrolled to the top of the window (a user about to go through it,
 * down to Save): the guide's panel covers none of Save, Cancel or the addresses in view, and
 * shows its stage and primary action whole.
 */
async function expectClearOfForm(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  const c = card(page, 'Bitsgap_com');
  await c.getByRole('textbox').evaluate((input) => input.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(500);
  const panel = (await guide(page).boundingBox())!;
  const inView = (r: Rect | null): r is Rect => r !== null && r.y + r.height > 0 && r.y < height && r.width > 0;
  const controls = [await c.getByRole('button', { name: 'Save', exact: true }).boundingBox(), await c.getByRole('button', { name: 'Cancel', exact: true }).boundingBox()].filter(inView);
  const addresses = (await Promise.all((await c.getByText(/^(\d+\.){3}\d+$/).all()).map((a) => a.boundingBox()))).filter(inView);
  expect(controls.length, 'Save and Cancel in view').toBe(2);
  for (const box of [...controls, ...addresses]) expect(overlaps(panel, box), `at ${width} px the panel ${JSON.stringify(panel)} covers ${JSON.stringify(box)}`).toBe(false);
  // The step's first action, if it has one (the Save step's is Binance's own Save).
  const actions = guide(page).getByRole('button').filter({ hasNotText: '×' });
  for (const part of [guide(page).getByRole('list', { name: 'Progress' }), ...((await actions.count()) ? [actions.first()] : [])]) {
    const box = (await part.boundingBox())!;
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height, `at ${width} px ${JSON.stringify(box)} is in view`).toBe(true);
  }
}

describe('guide', () => {
  it('walks an unrestricted key through Edit, Paste, Save and 2FA; saves exactly the trusted set with Spot on; refreshes Bitsgap once', async () => {
    server.scenario = defaultScenario({ listDelayMs: 1200, keys: [key('Bitsgap_com', null), key('my-bot', ['8.8.4.4'], { reading: true, spotMargin: true })] });
    const page = await openApiPage();
    await expect.poll(() => status(page).textContent()).toBe('Looking for your API keys…');
    await expect.poll(() => status(page).textContent()).toBe('Press Paste: the guide opens the form of Bitsgap_com and enters the missing Bitsgap addresses.');
    // Where the user is in the whole chore: the list is there, the paste on Binance is next.
    const progress = guide(page).getByRole('list', { name: 'Progress' });
    expect(await progress.locator('[aria-current="step"]').textContent()).toContain('Paste on Binance');
    // The spotlight rings the key the text names as soon as the step starts, with no further page change.
    const spot = page.locator('ipwl-guide').locator('.spotlight');
    await spot.waitFor();
    const ring = (await spot.boundingBox())!;
    const named = (await card(page, 'Bitsgap_com').boundingBox())!;
    expect(ring.x).toBeLessThan(named.x);
    expect(ring.y).toBeLessThan(named.y);
    expect(ring.x + ring.width).toBeGreaterThan(named.x + named.width);
    expect(ring.y + ring.height).toBeGreaterThan(named.y + named.height);

    // The user's own click on Binance's Edit restrictions goes through, as it always does.
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
    const paste = guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' });
    await paste.click();
    await expect.poll(() => status(page).textContent()).toBe('Added 4 Bitsgap addresses to Bitsgap_com. Now click Save on Binance, then enter your 2FA code.');
    expect(await progress.locator('[aria-current="step"]').textContent()).toContain('Save and 2FA');
    for (const ip of BITSGAP_IPS) expect(await card(page, 'Bitsgap_com').getByText(ip, { exact: true }).count()).toBe(1);
    expect(await card(page, 'Bitsgap_com').getByRole('checkbox', { name: 'Enable Spot & Margin Trading' }).getAttribute('aria-checked')).toBe('true');
    // The extension clicked neither Save nor Delete: the page saw only the user's click on Edit restrictions.
    expect(server.events.filter((e) => e.type !== 'card-click')).toEqual([]);
    expect(server.events.filter((e) => e.type === 'card-click' && e.trusted).map((e) => e.control)).toEqual(['Edit restrictions']);
    expect(server.events.filter((e) => e.type === 'card-click' && !e.trusted).map((e) => e.control)).not.toContain('Save');
    expect(server.saves).toEqual([]);

    await saveWith2fa(page, 'Bitsgap_com');
    await expect.poll(() => server.saves.length).toBe(1);
    expect(server.saves[0]).toEqual({
      apiKey: makeApiKey('Bitsgap_com'),
      label: 'Bitsgap_com',
      ipRestrict: true,
      restriction: 'trusted',
      ips: BITSGAP_IPS,
      permissions: { reading: true, spotMargin: true, marginLoan: false, futures: false, withdrawals: false, universalTransfer: false },
    });
    await expect.poll(() => status(page).textContent()).toBe('Saved: Bitsgap_com holds all 4 Bitsgap addresses.');
    await expect.poll(() => server.bitsgap.refreshCalls.length).toBe(1);
    expect(server.bitsgap.refreshCalls[0]).toMatchObject({ label: 'Bitsgap_com', cookie: server.bitsgap.session });
    // my-bot was not touched.
    expect(await card(page, 'my-bot').getByText('8.8.4.4', { exact: true }).count()).toBe(1);
  });

  it('Save clicked right after the last address, while the guide is still checking: the save counts, Saved, one refresh', async () => {
    server.scenario = defaultScenario({ confirmDelayMs: 500, keys: [key('Bitsgap_com', null, { reading: true, spotMargin: true })] });
    const page = await openApiPage();
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    const last = card(page, 'Bitsgap_com').getByText(BITSGAP_IPS.at(-1)!, { exact: true });
    await last.waitFor();
    await saveWith2fa(page, 'Bitsgap_com');
    await expect.poll(() => server.saves.length).toBe(1);
    expect(server.saves[0]).toMatchObject({ ipRestrict: true, ips: BITSGAP_IPS });
    await expect.poll(() => status(page).textContent()).toBe('Saved: Bitsgap_com holds all 4 Bitsgap addresses.');
    await expect.poll(() => server.bitsgap.refreshCalls.length).toBe(1);
  });

  it('Save clicked mid-paste, before Binance took the new addresses: Binance saves what the key held; the guide counts no save for a key short of Bitsgap’s list, and offers the rest', async () => {
    // Binance takes its time over each address; the key holds two of Bitsgap's four already.
    server.scenario = defaultScenario({ confirmDelayMs: 1500, keys: [key('Bitsgap_com', BITSGAP_IPS.slice(0, 2), { reading: true, spotMargin: true })] });
    const page = await openApiPage();
    await guide(page).getByRole('button', { name: 'Paste 2 trusted IPs' }).click();
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Save', exact: true }).waitFor();
    expect(await status(page).textContent()).toBe('Entering addresses…');
    await saveWith2fa(page, 'Bitsgap_com');
    await expect.poll(() => server.saves.length).toBe(1);
    expect(server.saves[0]!.ips).toEqual(BITSGAP_IPS.slice(0, 2));
    await expect.poll(() => guide(page).getByRole('button', { name: 'Paste 2 trusted IPs' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await status(page).textContent()).not.toMatch(/^Saved/);
    expect(server.bitsgap.refreshCalls).toEqual([]);
    // The rest, pasted and saved: now it counts.
    await guide(page).getByRole('button', { name: 'Paste 2 trusted IPs' }).click();
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/^Added 2/);
    await saveWith2fa(page, 'Bitsgap_com');
    await expect.poll(() => status(page).textContent()).toBe('Saved: Bitsgap_com holds all 4 Bitsgap addresses.');
    expect(server.saves.at(-1)!.ips).toEqual(BITSGAP_IPS);
  });

  it('in Russian, adds only the missing addresses to a key that holds some of them and one of the user’s own', async () => {
    server.scenario = defaultScenario({ locale: 'ru', keys: [key('my-bot', ['1.1.1.1']), key('Bitsgap_com', ['34.89.113.10', '8.8.4.4'], { reading: true, spotMargin: true })] });
    const page = await openApiPage('ru');
    await expect.poll(() => status(page).textContent()).toBe('Press Paste: the guide opens the form of Bitsgap_com and enters the missing Bitsgap addresses.');
    await card(page, 'Bitsgap_com', 'ru').getByRole('button', { name: 'Изменить ограничения' }).click();
    await guide(page).getByRole('button', { name: 'Paste 3 trusted IPs' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Added 3 Bitsgap addresses to Bitsgap_com. Now click Save on Binance, then enter your 2FA code.');
    expect(await guide(page).textContent()).toContain('Your own 2 addresses stay.');
    await saveWith2fa(page, 'Bitsgap_com', 'ru');
    await expect.poll(() => server.saves.length).toBe(1);
    expect(server.saves[0]!.ips).toEqual(['34.89.113.10', '8.8.4.4', '34.89.113.11', '52.29.100.7', '2a05:d014::10']);
    expect(server.saves[0]!.permissions).toMatchObject({ reading: true, spotMargin: true, withdrawals: false });
    expect(server.saves.map((s) => s.label)).toEqual(['Bitsgap_com']);
  });

  it('over Binance’s 30 addresses: Paste waits, the guide says how many of the user’s own to remove, and counts down as they do', async () => {
    const own = Array.from({ length: 28 }, (_, i) => `8.8.${i}.1`);
    server.scenario = defaultScenario({ keys: [key('Bitsgap_com', own)] });
    const page = await openApiPage();
    const paste = guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' });
    await expect.poll(() => status(page).textContent()).toBe('Binance allows 30 addresses per key, and Bitsgap_com would hold 32. Click “Edit restrictions”, then remove 2 of your own addresses (× on each).');
    expect(await paste.isDisabled()).toBe(true);
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Binance allows 30 addresses per key, and Bitsgap_com would hold 32. Remove 2 of your own addresses (× on each) to make room.');
    // The panel leaves Binance's Save, Cancel and address list clear, and its stage and primary
    // action stay in view: at 1280 × 800, and 360 × 800 (a phone; the panel goes compact there).
    await expectClearOfForm(page, 1280, 800);
    await expectClearOfForm(page, 360, 800);
    await page.setViewportSize({ width: 1280, height: 800 });
    const remove = (ip: string) => card(page, 'Bitsgap_com').getByText(ip, { exact: true }).locator('xpath=..').locator('svg, button').first();
    await remove('8.8.0.1').click();
    await expect.poll(() => status(page).textContent()).toBe('Binance allows 30 addresses per key, and Bitsgap_com would hold 31. Remove 1 of your own addresses (× on each) to make room.');
    expect(await paste.isDisabled()).toBe(true);
    expect(await card(page, 'Bitsgap_com').getByText('34.89.113.10', { exact: true }).count()).toBe(0);
    await remove('8.8.1.1').click();
    await expect.poll(() => paste.isDisabled()).toBe(false);
    await paste.click();
    await expect.poll(() => status(page).textContent()).toBe('Added 4 Bitsgap addresses to Bitsgap_com. Now click Save on Binance, then enter your 2FA code.');
    await expectClearOfForm(page, 1280, 800);
    await expectClearOfForm(page, 360, 800);
  });

  it('asks which key when two match, and follows the user’s click', async () => {
    server.scenario = defaultScenario({ keys: [key('Bitsgap main', null), key('bitsgap-2', null), key('other', null)] });
    const page = await openApiPage();
    await expect.poll(() => status(page).textContent()).toBe('2 keys have “bitsgap” in their label. Press “Use this key” beside the one Bitsgap uses.');
    // The user's click on the card itself chooses it too (it is observed, not taken over).
    await card(page, 'bitsgap-2').getByText('bitsgap-2', { exact: true }).click();
    await expect.poll(() => status(page).textContent()).toBe('Press Paste: the guide opens the form of bitsgap-2 and enters the missing Bitsgap addresses.');
  });

  it('says so when no key matches, lets the user pick one, and Choose another key works any time', async () => {
    server.scenario = defaultScenario({ keys: [key('trading', null), key('other', null)] });
    const page = await openApiPage();
    await expect.poll(() => status(page).textContent()).toBe('No key has “bitsgap” in its label. Press “Use this key” beside the key Bitsgap uses.');
    await card(page, 'trading').getByText('trading', { exact: true }).click();
    await expect.poll(() => status(page).textContent()).toBe('Press Paste: the guide opens the form of trading and enters the missing Bitsgap addresses.');
    await guide(page).getByRole('button', { name: 'Choose another key' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Press “Use this key” beside the key Bitsgap uses.');
    await chooseBeside(page, 'other');
    await expect.poll(() => status(page).textContent()).toBe('Press Paste: the guide opens the form of other and enters the missing Bitsgap addresses.');
  });

  it('sends no refresh when the user cancels instead of saving', async () => {
    server.scenario = defaultScenario({ keys: [key('Bitsgap_com', null)] });
    const page = await openApiPage();
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => status(page).textContent()).toContain('Added 4');
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Press Paste: the guide opens the form of Bitsgap_com and enters the missing Bitsgap addresses.');
    expect(await guide(page).textContent()).toContain('Not saved: the key is unchanged.');
    await new Promise((r) => setTimeout(r, 500));
    expect(server.bitsgap.refreshCalls).toEqual([]);
    expect(server.saves).toEqual([]);
  });

  it('audits the keys the guide asks about without a click (complete, missing some, unrestricted, at risk), and no other key', async () => {
    server.scenario = defaultScenario({
      keys: [key('Bitsgap_com', [...BITSGAP_IPS, '8.8.4.4']), key('bitsgap-old', ['34.89.113.10']), key('bitsgap-new', null), key('bitsgap-trading', null, { reading: true, spotMargin: true }), key('other', null)],
    });
    const page = await openApiPage();
    const badge = (text: string) => page.locator('ipwl-guide').getByText(text, { exact: true });
    await expect.poll(() => badge('All 4 Bitsgap IPs').count()).toBe(1);
    expect(await badge('Missing 3 Bitsgap IPs').count()).toBe(1);
    expect(await badge('Unrestricted').count()).toBe(1);
    // A key that can trade with no IP restriction: Binance may turn trading off or delete it.
    expect(await badge('No IP restriction: Binance may turn off trading or delete this key').count()).toBe(1);
    // The key with no "bitsgap" in its label gets no badge.
    expect(await page.locator('ipwl-guide .badge').count()).toBe(4);
    // Each badge sits on its own card's top edge.
    const cardBox = await card(page, 'bitsgap-old').boundingBox();
    const badgeBox = await badge('Missing 3 Bitsgap IPs').boundingBox();
    expect(Math.abs(badgeBox!.y + badgeBox!.height / 2 - cardBox!.y)).toBeLessThan(12);
  });

  it('on a right-to-left page, sits on the left side, and its English reads left to right', async () => {
    server.scenario = defaultScenario({ dir: 'rtl', keys: [key('Bitsgap_com', null)] });
    const page = await openApiPage();
    await expect.poll(() => status(page).textContent()).toBe('Press Paste: the guide opens the form of Bitsgap_com and enters the missing Bitsgap addresses.');
    expect(await status(page).evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    const box = (await guide(page).boundingBox())!;
    expect(box.x).toBeLessThan(1280 / 2 - box.width / 2);
  });

  it('Esc hands focus back to the page and the guide stays; Close reached by Tab closes it', async () => {
    server.scenario = defaultScenario({ keys: [key('Bitsgap_com', null)] });
    const page = await openApiPage();
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).waitFor();
    await guide(page).getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Edit restrictions');
    expect(await guide(page).count()).toBe(1);
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => guide(page).count()).toBe(0);
  });
});

describe('what counts as a save, and how few actions it takes', () => {
  const history = async () => ((await (await browser.worker()).evaluate(() => chrome.storage.local.get('history'))).history ?? []) as unknown[];

  it('with a known list, the user’s actions on Binance are two clicks (Paste from step 1, Save) and the 2FA', async () => {
    server.scenario = defaultScenario({ keys: [key('Bitsgap_com', null), key('my-bot', ['8.8.4.4'], { reading: true, spotMargin: true })] });
    const page = await openApiPage();
    await expect.poll(() => status(page).textContent()).toBe('Press Paste: the guide opens the form of Bitsgap_com and enters the missing Bitsgap addresses.');
    // Paste is offered from the first step: the same click opens the key's form and fills it.
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Added 4 Bitsgap addresses to Bitsgap_com. Now click Save on Binance, then enter your 2FA code.');
    await saveWith2fa(page, 'Bitsgap_com');
    await expect.poll(() => server.saves.length).toBe(1);
    expect(server.saves[0]).toMatchObject({ label: 'Bitsgap_com', ipRestrict: true, ips: BITSGAP_IPS, permissions: { spotMargin: true, withdrawals: false } });
    await expect.poll(() => status(page).textContent()).toBe('Saved: Bitsgap_com holds all 4 Bitsgap addresses.');
    // Counted from the trusted input events the page received, not from this test's script.
    await expect.poll(() => server.inputs.filter((i) => i.type === 'click').length).toBe(3);
    const outside2fa = server.inputs.filter((i) => !i.inDialog);
    expect(outside2fa.map((i) => `${i.type}:${i.target}:${i.text}`)).toEqual(['click:ipwl-guide:', 'click:button:Save']);
    expect(server.inputs.filter((i) => i.inDialog && i.type === 'click').map((i) => i.text)).toEqual(['Submit']);
  });

  it('a key that already holds every address: "Nothing to add", never "Paste 0"; the user’s Cancel is no save', async () => {
    server.scenario = defaultScenario({ keys: [key('Bitsgap_com', [...BITSGAP_IPS], { reading: true, spotMargin: true })] });
    const page = await openApiPage();
    await expect.poll(() => status(page).textContent()).toBe('Nothing to add: Bitsgap_com already holds all 4 Bitsgap addresses.');
    expect(await guide(page).getByRole('button', { name: /^Paste/ }).count()).toBe(0);
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Cancel', exact: true }).click();
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).waitFor();
    await page.waitForTimeout(600);
    expect(await status(page).textContent()).toBe('Nothing to add: Bitsgap_com already holds all 4 Bitsgap addresses.');
    expect(await history()).toEqual([]);
    expect(server.bitsgap.refreshCalls).toEqual([]);
  });

  it('a complete key with Spot & Margin off offers only that, and turns it on in one click', async () => {
    server.scenario = defaultScenario({ keys: [key('Bitsgap_com', [...BITSGAP_IPS], { reading: true, spotMargin: false })] });
    const page = await openApiPage();
    await expect.poll(() => status(page).textContent()).toBe('Nothing to add: Bitsgap_com already holds all 4 Bitsgap addresses.');
    await guide(page).getByRole('button', { name: 'Turn on Spot & Margin' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Spot & Margin trading is on for Bitsgap_com. Now click Save on Binance, then enter your 2FA code.');
    expect(await card(page, 'Bitsgap_com').getByRole('checkbox', { name: 'Enable Spot & Margin Trading' }).getAttribute('aria-checked')).toBe('true');
    expect(server.saves).toEqual([]);
  });

  it('Save, then Esc on the 2FA and Cancel: no Saved, no history, no refresh', async () => {
    server.scenario = defaultScenario({ keys: [key('Bitsgap_com', null)] });
    const page = await openApiPage();
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Added 4 Bitsgap addresses/);
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog', { name: 'Security Verification' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Security Verification' }).count()).toBe(0);
    await card(page, 'Bitsgap_com').getByRole('button', { name: 'Cancel', exact: true }).click();
    // An honest non-event: the guide says nothing was saved.
    await expect.poll(() => guide(page).textContent()).toContain('Not saved: the key is unchanged.');
    expect(await status(page).textContent()).not.toMatch(/^Saved/);
    expect(server.saves).toEqual([]);
    expect(await history()).toEqual([]);
    expect(server.bitsgap.refreshCalls).toEqual([]);
  });

  it('leaving the page at the Save step, and coming back, is no save', async () => {
    server.scenario = defaultScenario({ keys: [key('Bitsgap_com', null)] });
    const page = await openApiPage();
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    await expect.poll(() => status(page).textContent()).toMatch(/^Added 4 Bitsgap addresses/);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => guide(page).count()).toBe(0);
    await page.getByRole('link', { name: 'API Management' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Press Paste: the guide opens the form of Bitsgap_com and enters the missing Bitsgap addresses.');
    await page.waitForTimeout(400);
    expect(server.saves).toEqual([]);
    expect(await history()).toEqual([]);
    expect(server.bitsgap.refreshCalls).toEqual([]);
  });

  it('Binance asks to confirm Spot & Margin mid-paste: the guide says so and waits; the user’s “no” stays no, with the addresses kept', async () => {
    server.scenario = defaultScenario({ listDelayMs: 0, variant: { ...PLAIN, spotConfirm: 'saved' }, keys: [key('Bitsgap_com', null)] });
    const page = await openApiPage();
    await guide(page).getByRole('button', { name: 'Paste 4 trusted IPs' }).click();
    const asking = page.getByRole('dialog', { name: 'Enable Spot & Margin Trading' });
    await asking.waitFor();
    await expect.poll(() => status(page).textContent()).toBe('Binance is asking: “Enable Spot & Margin Trading”.');
    // A question the guide knows: it says which answer Bitsgap needs.
    expect(await guide(page).textContent()).toContain('Bitsgap needs Spot & Margin trading on: confirm it in Binance’s window.'.replace('’', "'"));
    expect(await page.locator('ipwl-guide').locator('.spotlight').count()).toBe(0);
    // The guide clicks nothing while the dialog is open, however long the user takes.
    await page.waitForTimeout(2500);
    expect(await asking.count()).toBe(1);
    expect(await status(page).textContent()).toBe('Binance is asking: “Enable Spot & Margin Trading”.');
    await asking.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => status(page).textContent()).toBe('Added 4 Bitsgap addresses to Bitsgap_com. Now click Save on Binance, then enter your 2FA code.');
    expect(await guide(page).textContent()).toContain('Enable Spot & Margin Trading is still off');
    expect(await card(page, 'Bitsgap_com').getByRole('checkbox', { name: 'Enable Spot & Margin Trading' }).getAttribute('aria-checked')).toBe('false');
    await saveWith2fa(page, 'Bitsgap_com');
    await expect.poll(() => server.saves.length).toBe(1);
    expect(server.saves[0]).toMatchObject({ restriction: 'trusted', ips: BITSGAP_IPS, permissions: { spotMargin: false } });
  });
});
