import { browser } from 'wxt/browser';
import { isApiManagementPath } from './binance/route';
import { BITSGAP_EXCHANGES_URL } from './refresh-text';

// Bitsgap's sign-in, as the contract names it.
export const SIGN_IN_URL = 'https://bitsgap.com/sign-in?d=app';

export const BINANCE_API_URL = 'https://www.binance.com/en/my/settings/api-management';

/** Focuses a tab already on Binance's API page, or opens one. */
export async function openBinanceApiPage(): Promise<void> {
  const tabs = await browser.tabs.query({ url: 'https://www.binance.com/*' });
  const existing = tabs.find((tab) => tab.url && isApiManagementPath(new URL(tab.url).pathname));
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url: BINANCE_API_URL });
}

/** Bitsgap's My exchanges, where its own pop-up shows the trusted list. */
export async function openBitsgapExchanges(): Promise<void> {
  await browser.tabs.create({ url: BITSGAP_EXCHANGES_URL });
}
