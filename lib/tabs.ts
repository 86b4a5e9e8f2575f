import { browser } from 'wxt/browser';
import { isApiManagementPath } from './binance/route';

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
