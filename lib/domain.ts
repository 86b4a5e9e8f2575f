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

export const HISTORY_LENGTH = 20;
/** Refreshes still owed at most; a save beyond this ends the oldest one's wait. */
export const MAX_JOBS = 50;
