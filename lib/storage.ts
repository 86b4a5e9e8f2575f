import { storage } from 'wxt/utils/storage';
import { parseIpList } from './ip';
import { count, list, text, z } from './schema';

/** Where the current trusted-IP list came from. */
export const IpSource = z.enum(['bitsgap-api', 'bitsgap-page', 'pasted']);
export type IpSource = z.infer<typeof IpSource>;

export const FetchError = z.object({
  // missing: this Bitsgap has no list endpoint (the real one has none).
  kind: z.enum(['signed-out', 'unavailable', 'invalid-response', 'missing']),
  detail: text(500),
  at: z.number(),
});
export type FetchError = z.infer<typeof FetchError>;

export const TrustedIpsState = z.object({
  list: z.nullable(
    z.object({
      ips: list(text(64), 200),
      source: IpSource,
      obtainedAt: z.number(),
    }),
  ),
  lastError: z.nullable(FetchError),
});
export type TrustedIpsState = z.infer<typeof TrustedIpsState>;

export const Settings = z.object({
  bitsgapBaseUrl: z.url({ protocol: /^https$/ }),
  keyLabelPattern: text(200, 1),
  enableSpotTrading: z.boolean(),
  refreshAfterSave: z.boolean(),
  notify: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  bitsgapBaseUrl: 'https://app.bitsgap.com',
  keyLabelPattern: 'bitsgap',
  enableSpotTrading: true,
  refreshAfterSave: true,
  notify: false,
};

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

export const RunResult = z.enum([
  'pending',
  'connected',
  'expires_soon',
  'expired',
  'invalid',
  'incorrect_permissions',
  // Statuses only Bitsgap's page shows (read from the Binance row after the user's Refresh).
  'withdrawal_enabled',
  'temporary_issue',
  'inactive_futures',
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


/** Which of the contract's optional endpoints a Bitsgap base URL turned out not to have. */
export const MissingEndpoints = z.object({ base: text(500), list: z.boolean(), refresh: z.boolean() });
export type MissingEndpoints = z.infer<typeof MissingEndpoints>;

export const HISTORY_LENGTH = 20;
/** Refreshes still owed at most; a save beyond this ends the oldest one's wait. */
export const MAX_JOBS = 50;

const EMPTY_IPS: TrustedIpsState = { list: null, lastError: null };

/** A stored shape's version, and how to bring an older stored value up to it. */
interface Versioned {
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
}

/** A storage item whose reads go through `read`: anything malformed never reaches the caller. */
function validatedItem<T>(key: `local:${string}`, schema: z.ZodMiniType<T>, read: (raw: unknown) => T, versioned: Versioned = { version: 1 }) {
  const item = storage.defineItem<unknown>(key, versioned);
  return {
    key,
    read,
    /** Runs the migrations again (WXT runs them once when the item is defined). */
    migrate: () => item.migrate(),
    async get(): Promise<T> {
      return read(await item.getValue());
    },
    async set(value: T): Promise<void> {
      await item.setValue(schema.parse(value));
    },
    watch(cb: (value: T) => void): () => void {
      return item.watch((raw) => cb(read(raw)));
    },
  };
}

function orFallback<T>(schema: z.ZodMiniType<T>, fallback: T) {
  return (raw: unknown): T => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fallback;
  };
}

/**
 * Entries validated one by one: a malformed entry is dropped and logged and the others survive,
 * so one bad job cannot make every pending job read as none.
 */
function eachValid<T>(name: string, entry: z.ZodMiniType<T>, max: number) {
  return (raw: unknown): T[] => {
    if (!Array.isArray(raw)) return [];
    const kept: T[] = [];
    for (const value of raw) {
      const parsed = entry.safeParse(value);
      if (parsed.success) kept.push(parsed.data);
      else console.warn(`ipwl: dropped a malformed ${name} from storage`);
    }
    return kept.slice(0, max);
  };
}

/** The stored list as the contract's rules read it: a list with any entry they refuse is no list. */
function readTrustedIps(raw: unknown): TrustedIpsState {
  const state = orFallback(TrustedIpsState, EMPTY_IPS)(raw);
  if (!state.list) return state;
  const parsed = parseIpList(state.list.ips);
  const clean = parsed.rejected.length === 0 && parsed.ips.length > 0 && parsed.ips.length === state.list.ips.length;
  return clean ? { ...state, list: { ...state.list, ips: parsed.ips } } : { ...state, list: null };
}

export const trustedIpsItem = validatedItem('local:trustedIps', TrustedIpsState, readTrustedIps);
export const settingsItem = validatedItem('local:settings', Settings, orFallback(Settings, DEFAULT_SETTINGS), {
  version: 2,
  // v2 added `notify`: settings saved before keep every choice the user made, with it off.
  migrations: { 2: (old) => ({ notify: false, ...(old as object) }) },
});
export const refreshJobsItem = validatedItem('local:refreshJobs', list(RefreshJob, MAX_JOBS), eachValid('refresh job', RefreshJob, MAX_JOBS));
export const historyItem = validatedItem('local:history', list(Run, HISTORY_LENGTH), eachValid('history entry', Run, HISTORY_LENGTH));
export const missingEndpointsItem = validatedItem<MissingEndpoints | null>('local:missingEndpoints', z.nullable(MissingEndpoints), orFallback(z.nullable(MissingEndpoints), null));
