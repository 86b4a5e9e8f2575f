import { browser } from 'wxt/browser';
import { acceptMessage, type Message, type Replies } from '@/lib/messages';
import { currentTrustedIps, refreshTrustedIps } from '@/lib/trusted-ips';

async function handle(message: Message): Promise<Replies[Message['type']]> {
  switch (message.type) {
    case 'trusted-ips:get':
      return currentTrustedIps();
    case 'trusted-ips:fetch':
      return refreshTrustedIps();
  }
}

export default defineBackground(() => {
  const ownOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = acceptMessage(raw, sender, browser.runtime.id, ownOrigin);
    // Returning undefined leaves foreign or malformed messages unanswered.
    return message ? handle(message) : undefined;
  });
});
