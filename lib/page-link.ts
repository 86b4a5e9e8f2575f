// A content script's side of the port to its background: the list, settings and saves'
// outcomes arrive here, already validated by the background.
import { browser } from 'wxt/browser';
import type { Message, Replies } from './messages';
import { PAGE_PORT, type PageState, type Push } from './protocol';

// A stopped service worker closes the port; open it again after this long.
const RECONNECT_MS = 500;

/** Calls `onState` with every state the background pushes, and `onFocus` on the user's shortcut, until `signal` aborts. */
export function listenToBackground(signal: AbortSignal, onState: (state: PageState) => void, onFocus?: () => void): void {
  const connect = () => {
    if (signal.aborted) return;
    let port: ReturnType<typeof browser.runtime.connect>;
    try {
      port = browser.runtime.connect({ name: PAGE_PORT });
    } catch {
      // The extension was reloaded or removed: this content script is finished.
      return;
    }
    const onMessage = (message: unknown) => {
      const push = message as Push | undefined;
      if (push?.type === 'state') onState(push.state);
      else if (push?.type === 'focus-guide') onFocus?.();
    };
    port.onMessage.addListener(onMessage);
    port.onDisconnect.addListener(() => {
      if (!signal.aborted) setTimeout(connect, RECONNECT_MS);
    });
    signal.addEventListener('abort', () => port.disconnect(), { once: true });
  };
  connect();
}

/**
 * Sends a message to the background, which validates it and its sender. The reply comes from
 * our own background; the caller checks the fields it uses.
 */
export async function tell<T extends Message>(message: T): Promise<Partial<Replies[T['type']]> | undefined> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  return typeof reply === 'object' && reply !== null ? (reply as Partial<Replies[T['type']]>) : undefined;
}
