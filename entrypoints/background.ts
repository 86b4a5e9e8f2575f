import { browser } from 'wxt/browser';
import { acceptMessage, type Message, type Replies } from '@/lib/messages';
import { isRefreshAlarm, runDueJobs, startRefresh } from '@/lib/refresh';
import { currentTrustedIps, refreshTrustedIps, storeTrustedIps } from '@/lib/trusted-ips';

async function handle(message: Message): Promise<Replies[Message['type']]> {
  switch (message.type) {
    case 'trusted-ips:get':
      return currentTrustedIps();
    case 'trusted-ips:fetch':
      return refreshTrustedIps();
    case 'trusted-ips:set':
      return storeTrustedIps(message.ips, 'pasted');
    case 'trusted-ips:captured':
      return storeTrustedIps(message.ips, 'bitsgap-page');
    case 'save:verified':
      return { accepted: true, runId: await startRefresh({ label: message.label, added: message.added.length }) };
  }
}

export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = acceptMessage(raw, sender, browser.runtime.id, ownOrigin);
    // Returning undefined leaves foreign or malformed messages unanswered.
    return message ? handle(message) : undefined;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isRefreshAlarm(alarm.name)) void runDueJobs();
  });
  // A browser closed mid-refresh resumes when it starts again; so does a worker woken for any
  // other reason. These passes may overlap: lib/refresh.ts runs their changes one at a time.
  browser.runtime.onStartup.addListener(() => void runDueJobs());
  void runDueJobs();
});
