import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/** Where the current trusted-IP list came from. */
export const IpSource = z.enum(['bitsgap-api', 'bitsgap-page', 'pasted']);
export type IpSource = z.infer<typeof IpSource>;

export const FetchError = z.object({
  kind: z.enum(['signed-out', 'unavailable', 'invalid-response']),
  detail: z.string().max(500),
  at: z.number(),
});
export type FetchError = z.infer<typeof FetchError>;

export const TrustedIpsState = z.object({
  list: z
    .object({
      ips: z.array(z.string().max(64)).max(200),
      source: IpSource,
      obtainedAt: z.number(),
    })
    .nullable(),
  lastError: FetchError.nullable(),
});
export type TrustedIpsState = z.infer<typeof TrustedIpsState>;

export const Settings = z.object({
  bitsgapBaseUrl: z.url({ protocol: /^https$/ }),
  keyLabelPattern: z.string().min(1).max(200),
  enableSpotTrading: z.boolean(),
  refreshAfterSave: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  bitsgapBaseUrl: 'https://app.bitsgap.com',
  keyLabelPattern: 'bitsgap',
  enableSpotTrading: true,
  refreshAfterSave: true,
};

/** A refresh still owed to Bitsgap for one verified save; kept until it ends, across worker restarts. */
export const RefreshJob = z.object({
  id: z.string().max(64),
  label: z.string().max(200),
  added: z.number().int().min(0),
  savedAt: z.number(),
  attempts: z.number().int().min(0),
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
  id: z.string().max(64),
  label: z.string().max(200),
  added: z.number().int().min(0),
  savedAt: z.number(),
  result: RunResult,
  attempts: z.number().int().min(0),
  detail: z.string().max(500).optional(),
});
export type Run = z.infer<typeof Run>;

export const HISTORY_LENGTH = 20;

const EMPTY_IPS: TrustedIpsState = { list: null, lastError: null };

/** A storage item whose reads are validated: anything malformed reads as the fallback. */
function validatedItem<T>(key: `local:${string}`, schema: z.ZodType<T>, fallback: T) {
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
export const refreshJobsItem = validatedItem('local:refreshJobs', z.array(RefreshJob).max(50), []);
export const historyItem = validatedItem('local:history', z.array(Run).max(HISTORY_LENGTH), []);
