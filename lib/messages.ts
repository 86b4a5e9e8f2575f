import { browser } from 'wxt/browser';
import { BINANCE_HOST } from './binance/route';
import { BITSGAP_HOST } from './bitsgap/routes';
import { REJECT_REASONS } from './ip';
import { list, text, z } from './schema';
import { ConnectionReading, MAX_CONNECTIONS, PageStatus, TrustedIpsState } from './domain';

/** Every message the extension's parts send to the background. */
export const Message = z.discriminatedUnion('type', [
  // Popup: the current list; fetches once if there is none yet.
  z.object({ type: z.literal('trusted-ips:get') }),
  // Popup: fetch from Bitsgap now.
  z.object({ type: z.literal('trusted-ips:fetch') }),
  // Popup: the user pasted a list; the background validates it again before storing it.
  z.object({ type: z.literal('trusted-ips:set'), ips: list(text(64), 200, 1) }),
  // Bitsgap page: the user accepted the addresses shown in Bitsgap's trusted-IP dialog.
  z.object({ type: z.literal('trusted-ips:captured'), ips: list(text(64), 200, 1) }),
  // Binance guide: the user's save went through and the key lists every trusted address.
  z.object({
    type: z.literal('save:verified'),
    // Named by the guide, which follows the run's outcome in the background's pushes.
    runId: z.uuid(),
    label: text(200, 1),
    added: list(text(64), 200),
    // Every address the key now holds for Bitsgap (the whole list pasted, not only the added
    // ones): kept with the save, so a list Bitsgap changes later shows the key needs the new ones.
    ips: z.optional(list(text(64), 200)),
    // Addresses Binance refused during the paste: the save is partial, never "all".
    refused: z.optional(list(text(64), 200)),
  }),
  // Bitsgap page: after the user pressed Bitsgap's own Refresh, the status the Binance row shows.
  z.object({
    type: z.literal('refresh:observed'),
    runId: z.uuid(),
    status: PageStatus,
  }),
  // Popup: the user's Undo of a list that replaced another.
  z.object({ type: z.literal('trusted-ips:undo') }),
  // Binance guide: the key the user chose, as the page shows it now (its edit form while open).
  z.object({
    type: z.literal('key:seen'),
    label: text(200, 1),
    holdsAll: z.boolean(),
    restricted: z.boolean(),
    editing: z.boolean(),
  }),
  // Bitsgap page: the user's click on the notice's "Open Binance API management" (a content
  // script cannot open or focus a tab).
  z.object({ type: z.literal('binance:open') }),
  // Bitsgap page: every Binance connection's status My exchanges shows, whenever it changed.
  z.object({ type: z.literal('status:observed'), connections: list(ConnectionReading, MAX_CONNECTIONS, 1) }),
  // Bitsgap page: the user said which of their saved keys a connection uses (null: none of them).
  z.object({ type: z.literal('connection:key'), name: text(100, 1), label: z.nullable(text(200, 1)) }),
]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];

export interface Replies {
  'trusted-ips:get': TrustedIpsState;
  'trusted-ips:fetch': TrustedIpsState;
  'trusted-ips:set': StoreResult;
  'trusted-ips:captured': StoreResult;
  // Only an acknowledgement: the outcome reaches the guide through the port's pushes.
  'save:verified': { ok: true };
  'refresh:observed': { recorded: boolean };
  'trusted-ips:undo': TrustedIpsState;
  'key:seen': { ok: true };
  'binance:open': { ok: true };
  // Acknowledgements: the badge, the popup and the page's notices follow storage.
  'status:observed': { ok: true };
  'connection:key': { recorded: boolean };
}
const StoreResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), state: TrustedIpsState }),
  z.object({
    ok: z.literal(false),
    rejected: z.array(z.object({ entry: z.string(), reason: z.enum(REJECT_REASONS) })),
    // Every entry is an address, but more of them than a Binance key can ever hold.
    tooMany: z.optional(z.number()),
  }),
]);
export type StoreResult = z.infer<typeof StoreResult>;
export const ReplySchemas = {
  'trusted-ips:get': TrustedIpsState,
  'trusted-ips:fetch': TrustedIpsState,
  'trusted-ips:set': StoreResult,
  'trusted-ips:captured': StoreResult,
  'save:verified': z.object({ ok: z.literal(true) }),
  'refresh:observed': z.object({ recorded: z.boolean() }),
  'trusted-ips:undo': TrustedIpsState,
  'key:seen': z.object({ ok: z.literal(true) }),
  'binance:open': z.object({ ok: z.literal(true) }),
  'status:observed': z.object({ ok: z.literal(true) }),
  'connection:key': z.object({ recorded: z.boolean() }),
} satisfies { [K in MessageType]: z.ZodMiniType<Replies[K]> };

/** Which senders may send each type: extension pages, or a content script on one of these hosts. */
export const ALLOWED_SENDERS: { [K in MessageType]: { extensionPages: boolean; hosts: string[] } } = {
  'trusted-ips:get': { extensionPages: true, hosts: [] },
  'trusted-ips:fetch': { extensionPages: true, hosts: [] },
  'trusted-ips:set': { extensionPages: true, hosts: [] },
  'trusted-ips:captured': { extensionPages: false, hosts: [BITSGAP_HOST] },
  'save:verified': { extensionPages: false, hosts: [BINANCE_HOST] },
  'refresh:observed': { extensionPages: false, hosts: [BITSGAP_HOST] },
  'trusted-ips:undo': { extensionPages: true, hosts: [] },
  'key:seen': { extensionPages: false, hosts: [BINANCE_HOST] },
  'binance:open': { extensionPages: false, hosts: [BITSGAP_HOST] },
  'status:observed': { extensionPages: false, hosts: [BITSGAP_HOST] },
  'connection:key': { extensionPages: false, hosts: [BITSGAP_HOST] },
};

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/** Where a sender runs: one of our extension pages, a content script on this https host, or nowhere we know. */
export function senderPlace(sender: SenderInfo, ownId: string, ownOrigin: string): { page: true } | { host: string } | undefined {
  if (sender.id !== ownId) return undefined;
  const senderUrl = sender.url ?? '';
  // Extension pages: the popup, the options page, or either opened in a tab.
  if (senderUrl.startsWith(ownOrigin)) return { page: true };
  try {
    const url = new URL(senderUrl);
    return url.protocol === 'https:' ? { host: url.host } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Validates a message and who sent it. Anything that is not ours, or comes from a place
 * that has no business sending it, yields undefined and is ignored.
 */
export function acceptMessage(raw: unknown, sender: SenderInfo, ownId: string, ownOrigin: string): Message | undefined {
  const place = senderPlace(sender, ownId, ownOrigin);
  if (!place) return undefined;
  const parsed = Message.safeParse(raw);
  if (!parsed.success) return undefined;
  const allowed = ALLOWED_SENDERS[parsed.data.type];
  const ok = 'page' in place ? allowed.extensionPages : allowed.hosts.includes(place.host);
  return ok ? parsed.data : undefined;
}

/** Sends a message to the background and validates the reply. */
export async function send<T extends Message>(message: T): Promise<Replies[T['type']]> {
  const reply: unknown = await browser.runtime.sendMessage(Message.parse(message));
  return ReplySchemas[message.type].parse(reply) as Replies[T['type']];
}
