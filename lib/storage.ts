import { storage } from 'wxt/utils/storage';
import { count, list, text, z } from './schema';

/** Where the current trusted-IP list came from. */
export const IpSource = z.enum(['bitsgap-api', 'bitsgap-page', 'pasted']);
export type IpSource = z.infer<typeof IpSource>;

export const FetchError = z.object({
  kind: z.enum(['signed-out', 'unavailable', 'invalid-response']),
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
  // Added after the first settings: a stored object without it keeps the user's other choices.
  notify: z._default(z.boolean(), false),
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

export const HISTORY_LENGTH = 20;

const EMPTY_IPS: TrustedIpsState = { list: null, lastError: null };

/** A storage item whose reads are validated: anything malformed reads as the fallback. */
function validatedItem<T>(key: `local:${string}`, schema: z.ZodMiniType<T>, fallback: T) {
  const item = storage.defineItem<unknown>(key);
  return {
    async get(): Promise<T> {
      const parsed = schema.safeParse(await item.getValue());
      return parsed.success ? parsed.data : fallback;
    },
    async set(value: T): Promise<void> {
      await item.setValue(schema.parse(value));
    },
    watch(cb: (value: T) => void): () => void {
      return item.watch((raw) => {
        const parsed = schema.safeParse(raw);
        cb(parsed.success ? parsed.data : fallback);
      });
    },
  };
}

export const trustedIpsItem = validatedItem('local:trustedIps', TrustedIpsState, EMPTY_IPS);
export const settingsItem = validatedItem('local:settings', Settings, DEFAULT_SETTINGS);
export const refreshJobsItem = validatedItem('local:refreshJobs', list(RefreshJob, 50), []);
export const historyItem = validatedItem('local:history', list(Run, HISTORY_LENGTH), []);
