// The background's side of the port that content scripts open. Content scripts never read
// storage (in Chrome they can't: storage.local is closed to them): the background pushes them
// what they need, already validated, whenever it changes.
import { browser, type Browser } from 'wxt/browser';
import { BINANCE_HOST } from './binance/route';
import { senderPlace } from './messages';
import { PAGE_HOSTS, PAGE_PORT, type PageState, type Push } from './protocol';
import { currentJourney, JOURNEY_ITEMS } from './journey-facts';
import { historyItem, keepAliveItem, settingsItem, trustedIpsItem } from './storage';
import { currentTrustedIps } from './trusted-ips';

async function pageState(): Promise<PageState> {
  const [trusted, settings, runs, journey, keepAlive] = await Promise.all([trustedIpsItem.get(), settingsItem.get(), historyItem.get(), currentJourney(), keepAliveItem.get()]);
  return {
    trusted: trusted.list?.ips ?? null,
    signedOut: trusted.lastError?.kind === 'signed-out',
    keyLabelPattern: settings.keyLabelPattern,
    enableSpotTrading: settings.enableSpotTrading,
    runs,
    journey,
    connections: keepAlive.connections,
    keys: keepAlive.keys,
  };
}

export interface Pages {
  /** The user's shortcut: the guide in that tab takes focus. */
  focusGuide(tabId: number): void;
}

/** Accepts ports from our content scripts on the contract's hosts and keeps each one up to date. */
export function servePages(): Pages {
  const ports = new Set<Browser.runtime.Port>();
  const ownOrigin = browser.runtime.getURL('/');
  const push = async (only?: Browser.runtime.Port) => {
    const message: Push = { type: 'state', state: await pageState() };
    for (const port of only ? [only] : ports) port.postMessage(message);
  };
  browser.runtime.onConnect.addListener((port) => {
    const place = port.sender && senderPlace(port.sender, browser.runtime.id, ownOrigin);
    if (port.name !== PAGE_PORT || !place || !('host' in place) || !PAGE_HOSTS.includes(place.host)) {
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    void push(port);
    // The guide needs a list: fetch once if there is none yet (the result arrives as a push).
    if (place.host === BINANCE_HOST) void currentTrustedIps().catch(() => undefined);
  });
  for (const item of new Set([...JOURNEY_ITEMS, trustedIpsItem, settingsItem, historyItem, keepAliveItem])) item.watch(() => void push());
  return {
    focusGuide(tabId) {
      const message: Push = { type: 'focus-guide' };
      for (const port of ports) if (port.sender?.tab?.id === tabId) port.postMessage(message);
    },
  };
}

/** Chrome: storage.local for the extension's own pages and worker only. Firefox has no such switch. */
export async function closeStorageToContentScripts(): Promise<void> {
  const local = (globalThis as { chrome?: { storage?: { local?: { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } } } }).chrome?.storage?.local;
  await local?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}
