// The extension's vocabulary, in one module every other imports: where a list came from, a save
// and what Bitsgap said after it, Bitsgap's statuses (as its page shows them and as the
// contract's endpoint answers), the settings. Schemas are zod/mini (tree-shaken where only the
// types or the plain lists are used, as in the content scripts).
import { count, list, text, z } from './schema';

/** Where the current trusted-IP list came from. */
export const IpSource = z.enum(['bitsgap-api', 'bitsgap-page', 'pasted']);
export type IpSource = z.infer<typeof IpSource>;

/** Bitsgap's statuses for a connection, as My exchanges shows them (its help center names eight). */
export const PAGE_STATUSES = ['connected', 'expires_soon', 'expired', 'incorrect_permissions', 'withdrawal_enabled', 'temporary_issue', 'invalid', 'inactive_futures'] as const;
export type PageStatus = (typeof PAGE_STATUSES)[number];
export const PageStatus = z.enum(PAGE_STATUSES);

/** What the contract's refresh endpoint answers with: five of the page's statuses, by the same names. */
export const ENDPOINT_STATUSES = ['connected', 'expires_soon', 'expired', 'invalid', 'incorrect_permissions'] as const satisfies readonly PageStatus[];
export type EndpointStatus = (typeof ENDPOINT_STATUSES)[number];
export const EndpointStatus = z.enum(ENDPOINT_STATUSES);

/** The page status each endpoint status stands for. */
export const PAGE_STATUS_OF: { [S in EndpointStatus]: PageStatus } = {
  connected: 'connected',
  expires_soon: 'expires_soon',
  expired: 'expired',
  invalid: 'invalid',
  incorrect_permissions: 'incorrect_permissions',
};

/** A save's outcome: what Bitsgap said (endpoint or page), or why nothing was heard. */
export const RunResult = z.enum([
  'pending',
  ...PAGE_STATUSES,
  'signed-out',
  'unsupported',
  'disabled',
  'failed',
]);
export type RunResult = z.infer<typeof RunResult>;

/** One line of the popup's history: a save and what Bitsgap said after it. */
export const Run = z.object({
  id: text(64),
  label: text(200),
  added: count(),
  savedAt: z.number(),
  result: RunResult,
  attempts: count(),
  detail: z.optional(text(500)),
  // Every address the key held for Bitsgap after this save (the whole list pasted, not only the
  // added ones), so a list Bitsgap changes later can be told apart. Saves recorded before
  // history v2 don't have it.
  ips: z.optional(list(text(64), 200)),
  // Addresses Binance refused during the paste: a partial save (CONTRACT.md), shown as such.
  refused: z.optional(list(text(64), 200)),
});
export type Run = z.infer<typeof Run>;

/** A refresh still owed to Bitsgap for one verified save; kept until it ends, across worker restarts. */
export const RefreshJob = z.object({
  id: text(64),
  label: text(200),
  added: count(),
  savedAt: z.number(),
  attempts: count(),
  nextAt: z.number(),
});
export type RefreshJob = z.infer<typeof RefreshJob>;

export const FetchError = z.object({
  // missing: this Bitsgap has no list endpoint (the real one has none).
  kind: z.enum(['signed-out', 'unavailable', 'invalid-response', 'missing']),
  detail: text(500),
  at: z.number(),
});
export type FetchError = z.infer<typeof FetchError>;

/** A trusted-IP list, where it came from and when. */
export const TrustedList = z.object({
  ips: list(text(64), 200),
  source: IpSource,
  obtainedAt: z.number(),
  // When these addresses last changed: obtaining the same list again keeps it, so a save made
  // before still counts as a save of this list. Absent in lists stored before it existed.
  changedAt: z.optional(z.number()),
});
export type TrustedList = z.infer<typeof TrustedList>;

export const TrustedIpsState = z.object({
  list: z.nullable(TrustedList),
  lastError: z.nullable(FetchError),
  // The list a capture, paste or fetch replaced with different addresses, for one-click undo.
  // Optional: states stored before it existed read as having none, with no migration.
  previous: z.optional(z.nullable(TrustedList)),
});
export type TrustedIpsState = z.infer<typeof TrustedIpsState>;

/**
 * The key the user chose, as the guide last saw it on Binance: whether it holds every trusted
 * address and the trusted-IPs-only restriction, and whether that is its edit form, not yet saved.
 */
export const SeenKey = z.object({
  label: text(200, 1),
  holdsAll: z.boolean(),
  restricted: z.boolean(),
  editing: z.boolean(),
  seenAt: z.number(),
});
export type SeenKey = z.infer<typeof SeenKey>;

export const Settings = z.object({
  bitsgapBaseUrl: z.url({ protocol: /^https$/ }),
  keyLabelPattern: text(200, 1),
  enableSpotTrading: z.boolean(),
  refreshAfterSave: z.boolean(),
  notify: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

/** Which of the contract's optional endpoints a Bitsgap base URL turned out not to have. */
export const MissingEndpoints = z.object({ base: text(500), list: z.boolean(), refresh: z.boolean() });
export type MissingEndpoints = z.infer<typeof MissingEndpoints>;

/** Binance connections on My exchanges the extension keeps at most. */
export const MAX_CONNECTIONS = 10;

/**
 * One Binance connection's status as My exchanges shows it: the connection's name on the page,
 * one of Bitsgap's eight statuses and, for "Expires in N days", N as shown (never a constant:
 * sources disagree on the days).
 */
export const ConnectionReading = z.object({
  name: text(100, 1),
  status: PageStatus,
  days: z.optional(z.int().check(z.minimum(0), z.maximum(3650))),
});
export type ConnectionReading = z.infer<typeof ConnectionReading>;

/** A reading kept with the time it was read. */
export const Connection = z.extend(ConnectionReading, { readAt: z.number() });
export type Connection = z.infer<typeof Connection>;

/**
 * Which Binance key (its label) a connection uses, as the user said when asked; null when they
 * said none of the keys offered. How Bitsgap's connections map to keys is not public.
 */
export const KeyChoice = z.object({ name: text(100, 1), label: z.nullable(text(200, 1)) });
export type KeyChoice = z.infer<typeof KeyChoice>;

/** What keeping the key alive remembers: the last readings, the user's answers, the last reminder. */
export const KeepAliveState = z.object({
  connections: list(Connection, MAX_CONNECTIONS),
  keys: list(KeyChoice, MAX_CONNECTIONS * 2),
  lastReminderAt: z.nullable(z.number()),
});
export type KeepAliveState = z.infer<typeof KeepAliveState>;

export const HISTORY_LENGTH = 20;
/** Refreshes still owed at most; a save beyond this ends the oldest one's wait. */
export const MAX_JOBS = 50;
