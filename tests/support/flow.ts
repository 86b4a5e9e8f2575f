// The user's part of the guided flow on the replica, for tests that need a saved key.
import type { Page } from 'playwright-core';
import { STRINGS } from '../replica/binance/strings';
import { binanceUrl, guide, type Browser } from './chromium';

/** The list the way a user gives it where Bitsgap hands none over: pasted into the popup. */
export async function pasteListInPopup(browser: Browser, ips: string[]) {
  const popup = await browser.openPopup();
  await popup.getByRole('button', { name: 'Paste list' }).click();
  await popup.getByRole('textbox', { name: 'Trusted IPs' }).fill(ips.join('\n'));
  await popup.getByRole('button', { name: 'Use these IPs' }).click();
  await popup.getByText(`Saved ${ips.length} pasted addresses.`).waitFor();
  await popup.close();
}

export function card(page: Page, label: string, locale = 'en') {
  return page
    .locator('div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .filter({ has: page.getByRole('button', { name: STRINGS[locale]!.delete }) })
    .filter({ hasText: STRINGS[locale]!.apiKey })
    .last();
}

export async function saveWith2fa(page: Page, label: string, locale = 'en') {
  const s = STRINGS[locale]!;
  await card(page, label, locale).getByRole('button', { name: s.save, exact: true }).click();
  const modal = page.getByRole('dialog', { name: s.securityVerification });
  await modal.getByRole('textbox').fill('123456');
  await modal.getByRole('button', { name: s.submit }).click();
}

/** Opens the API page, clicks Edit restrictions, the guide's Paste, then Save and 2FA. */
export async function pasteAndSave(browser: Browser, label = 'Bitsgap_com', pasteCount = 4): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(binanceUrl());
  await card(page, label).getByRole('button', { name: 'Edit restrictions' }).click();
  await guide(page).getByRole('button', { name: `Paste ${pasteCount} trusted IPs` }).click();
  await card(page, label).getByRole('button', { name: 'Save', exact: true }).waitFor();
  await guide(page).getByText(/^Added /).waitFor();
  await saveWith2fa(page, label);
  return page;
}

/** Presses the guide's `Use this key` beside a card: the one whose box sits by that card. */
export async function chooseBeside(page: Page, label: string, locale = 'en') {
  const target = (await card(page, label, locale).boundingBox())!;
  const buttons = page.locator('ipwl-guide').getByRole('button', { name: 'Use this key' });
  for (let i = 0; i < (await buttons.count()); i++) {
    const box = (await buttons.nth(i).boundingBox())!;
    if (box.y + box.height >= target.y - 40 && box.y <= target.y + target.height) return buttons.nth(i).click();
  }
  throw new Error(`no Use this key beside ${label}`);
}
