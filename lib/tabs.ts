import { browser } from 'wxt/browser';
import { BINANCE_API_URL, isApiManagementPath } from './binance/route';
import { MY_EXCHANGES_URL } from './bitsgap/routes';

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
  await browser.tabs.create({ url: MY_EXCHANGES_URL });
}

/** Where a keep-alive fix is made (lib/keepalive/advice.ts): Bitsgap's My exchanges, or Binance's API management. */
export function openPlace(place: 'bitsgap' | 'binance'): Promise<void> {
  return place === 'binance' ? openBinanceApiPage() : openBitsgapExchanges();
}
