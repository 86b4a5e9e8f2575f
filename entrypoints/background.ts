import polyfilled from 'webextension-polyfill';
import { browser, type Browser } from 'wxt/browser';
import { chooseKey, isKeepAliveAlarm, migrateKeepAlive, followReminderClicks, onKeepAliveAlarm, recordReadings, showKeepAlive } from '@/lib/keepalive/keep-alive';
import { acceptMessage, type Message, type MessageType, type Replies } from '@/lib/messages';
import { closeStorageToContentScripts, servePages } from '@/lib/pages';
import { FOCUS_GUIDE_COMMAND } from '@/lib/protocol';
import { isRefreshAlarm, recordObserved, runDueJobs, startRefresh } from '@/lib/refresh';
import { historyItem, seenKeyItem, trustedIpsItem } from '@/lib/storage';
import { openBinanceApiPage } from '@/lib/tabs';
import { currentTrustedIps, fetchTrustedIpsNow, storeTrustedIps, undoReplace } from '@/lib/trusted-ips';

// One handler per message type; each must return that type's reply, or `tsc` fails.
const handlers: { [K in MessageType]: (message: Extract<Message, { type: K }>) => Promise<Replies[K]> } = {
  'trusted-ips:get': () => currentTrustedIps(),
  'trusted-ips:fetch': () => fetchTrustedIpsNow(),
  'trusted-ips:set': (m) => storeTrustedIps(m.ips, 'pasted'),
  'trusted-ips:captured': (m) => storeTrustedIps(m.ips, 'bitsgap-page'),
  'save:verified': async (m) => {
    await startRefresh({ id: m.runId, label: m.label, added: m.added.length, ips: m.ips, refused: m.refused });
    return { ok: true };
  },
  'refresh:observed': async (m) => ({ recorded: await recordObserved(m.runId, m.status) }),
  'trusted-ips:undo': () => undoReplace(),
  'key:seen': async ({ label, holdsAll, restricted, editing }) => {
    await seenKeyItem.set({ label, holdsAll, restricted, editing, seenAt: Date.now() });
    return { ok: true };
  },
  'binance:open': async () => {
    await openBinanceApiPage();
    return { ok: true };
  },
  'status:observed': async (m) => {
    await recordReadings(m.connections);
    return { ok: true };
  },
  'connection:key': async (m) => ({ recorded: await chooseKey({ name: m.name, label: m.label }) }),
};

function handle<K extends MessageType>(message: Extract<Message, { type: K }>): Promise<Replies[K]> {
  return (handlers[message.type] as (m: typeof message) => Promise<Replies[K]>)(message);
}

export default defineBackground(() => {
  void closeStorageToContentScripts();
  const ownOrigin = browser.runtime.getURL('/');
  // The polyfill earns its bytes here: Chrome's own onMessage cannot reply with a promise.
  polyfilled.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = acceptMessage(raw, sender, browser.runtime.id, ownOrigin);
    // Returning undefined leaves foreign or malformed messages unanswered.
    return message ? handle(message) : undefined;
  });
  const pages = servePages();
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === FOCUS_GUIDE_COMMAND && tab?.id !== undefined) pages.focusGuide(tab.id);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isRefreshAlarm(alarm.name)) void runDueJobs();
    if (isKeepAliveAlarm(alarm.name)) void onKeepAliveAlarm();
  });
  // The badge follows everything that may need the user: saves' outcomes and Bitsgap's list too.
  for (const item of [historyItem, trustedIpsItem]) item.watch(() => void showKeepAlive());
  followReminderClicks();
  // A browser closed mid-refresh resumes when it starts again; so does a worker woken for any
  // other reason. These passes may overlap: lib/refresh.ts runs their changes one at a time.
  browser.runtime.onStartup.addListener(() => void runDueJobs());
  void runDueJobs();
  // A browser restart clears the badge and may clear alarms: both are worked out again from storage.
  void migrateKeepAlive().then(() => showKeepAlive());
});
