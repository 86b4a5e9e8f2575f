// Every stored item, typed and validated on read; the shapes themselves are lib/domain.ts's.
import { storage } from 'wxt/utils/storage';
import { BITSGAP_ORIGIN } from './bitsgap/routes';
import { HISTORY_LENGTH, KeepAliveState, MAX_JOBS, MissingEndpoints, RefreshJob, Run, SeenKey, Settings, TrustedIpsState, type TrustedList } from './domain';
import { parseIpList } from './ip';
import { list, text, z } from './schema';

export const DEFAULT_SETTINGS: Settings = {
  bitsgapBaseUrl: BITSGAP_ORIGIN,
  keyLabelPattern: 'bitsgap',
  enableSpotTrading: true,
  refreshAfterSave: true,
  notify: false,
};


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

/** A stored list as the contract's rules read it: a list with any entry they refuse is no list. */
function readList(list: TrustedList | null | undefined): TrustedList | null {
  if (!list) return null;
  const parsed = parseIpList(list.ips);
  const clean = parsed.rejected.length === 0 && parsed.ips.length > 0 && parsed.ips.length === list.ips.length;
  return clean ? { ...list, ips: parsed.ips } : null;
}

function readTrustedIps(raw: unknown): TrustedIpsState {
  const state = orFallback(TrustedIpsState, EMPTY_IPS)(raw);
  return { ...state, list: readList(state.list), previous: readList(state.previous) };
}

export const trustedIpsItem = validatedItem('local:trustedIps', TrustedIpsState, readTrustedIps);
export const settingsItem = validatedItem('local:settings', Settings, orFallback(Settings, DEFAULT_SETTINGS), {
  version: 2,
  // v2 added `notify`: settings saved before keep every choice the user made, with it off.
  migrations: { 2: (old) => ({ notify: false, ...(old as object) }) },
});
export const refreshJobsItem = validatedItem('local:refreshJobs', list(RefreshJob, MAX_JOBS), eachValid('refresh job', RefreshJob, MAX_JOBS));
/** The base URL whose list endpoint last answered with the contract's list: Fetch leads there. */
export const answeringBaseItem = validatedItem<string | null>('local:answeringBase', z.nullable(text(500)), orFallback(z.nullable(text(500)), null));
export const seenKeyItem = validatedItem<SeenKey | null>('local:seenKey', z.nullable(SeenKey), orFallback(z.nullable(SeenKey), null));
export const historyItem = validatedItem('local:history', list(Run, HISTORY_LENGTH), eachValid('history entry', Run, HISTORY_LENGTH), {
  version: 2,
  // v2 added each save's pasted list (`ips`, optional): saves recorded before keep every field and
  // stay without it, since nobody knows now what was pasted then.
  migrations: { 2: (old) => old },
});
export const EMPTY_KEEP_ALIVE: KeepAliveState = { connections: [], keys: [], lastReminderAt: null };
/**
 * The Binance connections' last statuses, which key each is, the last reminder. Absent until the
 * background first writes it, which carries over what today's history knows
 * (lib/keepalive/store.ts, migrateKeepAlive): WXT's migrations see only their own item.
 */
export const keepAliveItem = validatedItem('local:keepAlive', KeepAliveState, orFallback(KeepAliveState, EMPTY_KEEP_ALIVE));
export const missingEndpointsItem = validatedItem<MissingEndpoints | null>('local:missingEndpoints', z.nullable(MissingEndpoints), orFallback(z.nullable(MissingEndpoints), null));
