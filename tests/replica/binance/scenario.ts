import type { PermissionId } from './strings';
import type { ReplicaVariant } from './variant';

export interface ReplicaKey {
  label: string;
  /** 64 characters, as Binance shows it. */
  apiKey: string;
  permissions: Partial<Record<PermissionId, boolean>>;
  /** null: unrestricted. */
  ips: string[] | null;
  /** Binance shows a new key's secret once, at creation. */
  freshSecret?: string;
}

export interface Scenario {
  /** Locale words from strings.ts; also the URL prefix and <html lang>. */
  locale: string;
  dir: 'ltr' | 'rtl';
  keys: ReplicaKey[];
  /** How long the spinner shows before the key list renders. */
  listDelayMs: number;
  /** The page around the key list, for the benchmark: this many elements, nested this deep, and a ticker changing this many per frame. */
  noise?: { elements: number; depth: number; tickerPerFrame: number };
  twoFaCode: string;
  /** Adds tests/replica/binance/hostile.js: a page script that tries to drive the extension. */
  hostile?: boolean;
  /** React throws the edit form away and renders it afresh when its IP input first changes. */
  remountFormOnInput?: boolean;
  /** On Cancel, the page draws the entered addresses as saved tags and a "saved" toast; nothing is saved. */
  fakeSaveOnCancel?: boolean;
  /** Binance checks each confirmed address this long before drawing its tag (a real page may ask its server). */
  confirmDelayMs?: number;
  /** Markup that varies by seed (variant.ts); absent, the plain markup. */
  variant?: ReplicaVariant;
}

/** What the replica POSTs when the user passes 2FA. */
export interface SavedRestrictions {
  apiKey: string;
  label: string;
  permissions: Record<PermissionId, boolean>;
  ipRestrict: boolean;
  restriction: 'none' | 'trusted' | 'third-party';
  ips: string[];
}

export function makeApiKey(seed: string): string {
  let out = '';
  let h = 2166136261;
  while (out.length < 64) {
    for (const ch of seed + out.length) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(36).toUpperCase().padStart(7, '0');
  }
  return out.slice(0, 64).replace(/[^A-Za-z0-9]/g, 'x');
}

/** Per seed: Bitsgap_com unrestricted, and my-bot holding two of the user's own addresses. */
export function seededKeys(seed: number, bitsgapSpotMargin: boolean): ReplicaKey[] {
  return [
    { label: 'Bitsgap_com', apiKey: makeApiKey(`bitsgap-${seed}`), permissions: { reading: true, spotMargin: bitsgapSpotMargin }, ips: null },
    { label: 'my-bot', apiKey: makeApiKey(`bot-${seed}`), permissions: { reading: true, spotMargin: true }, ips: ['8.8.4.4', '1.0.0.1'] },
  ];
}

export function defaultScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    locale: 'en',
    dir: 'ltr',
    listDelayMs: 400,
    twoFaCode: '123456',
    keys: [
      {
        label: 'Bitsgap_com',
        apiKey: makeApiKey('bitsgap'),
        permissions: { reading: true, spotMargin: false },
        ips: null,
      },
      {
        label: 'my-bot',
        apiKey: makeApiKey('my-bot'),
        permissions: { reading: true, spotMargin: true },
        ips: ['8.8.4.4'],
      },
    ],
    ...overrides,
  };
}
