// Addresses as pages show them: is this text one, what is its canonical spelling, and what
// would pasting a list into a key do. No ipaddr.js here: this ships in the content scripts,
// which compare addresses the background has already validated (lib/ip.ts). The spelling
// agrees with ipaddr.js's (RFC 5952), property-tested in tests/unit/ip-text.test.ts.

/** Binance accepts at most this many addresses on one API key. */
export const MAX_IPS_PER_KEY = 30;

/** What reads as an address on a page (dotted quad, or hex groups with colons), valid or not. */
export const ADDRESS_LIKE = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]*:[0-9a-f:.]*:[0-9a-f:.]*)$/i;

/** An IPv4 address's four numbers, or undefined: decimal, no leading zeros, each ≤ 255. */
function v4Parts(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^(?:0|[1-9]\d{0,2})$/.test(p) || Number(p) > 255)) return undefined;
  return parts.map(Number);
}

/** An IPv6 address's eight 16-bit groups, or undefined (an IPv4 tail counts as two groups). */
function v6Groups(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const side = (s: string, last: boolean): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const items = s.split(':');
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (last && i === items.length - 1 && item.includes('.')) {
        const v4 = v4Parts(item);
        if (!v4) return undefined;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else if (/^[0-9a-f]{1,4}$/i.test(item)) out.push(parseInt(item, 16));
      else return undefined;
    }
    return out;
  };
  const head = side(halves[0]!, halves.length === 1);
  const tail = halves.length === 2 ? side(halves[1]!, true) : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...Array<number>(missing).fill(0), ...tail] : undefined;
}

/** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
function formatV6(groups: number[]): string {
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [best, bestLength] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLength).join(':')}`;
}

const addressTexts = new Map<string, boolean>();

/** True for text a page shows as one IP address: address-like and well formed (public or not). Memoised: a page shows the same few. */
export function isAddressText(text: string): boolean {
  let known = addressTexts.get(text);
  if (known === undefined) {
    known = ADDRESS_LIKE.test(text) && (v4Parts(text) !== undefined || (text.includes(':') && v6Groups(text) !== undefined));
    if (addressTexts.size > 10_000) addressTexts.clear();
    addressTexts.set(text, known);
  }
  return known;
}

const spelled = new Map<string, string>();

/** The canonical spelling of an address, or the text itself (trimmed) when it is not one. Memoised: pages repeat the same few. */
export function canonicalIp(entry: string): string {
  const known = spelled.get(entry);
  if (known !== undefined) return known;
  const text = entry.trim();
  const v4 = v4Parts(text);
  const groups = v4 ? undefined : text.includes(':') ? v6Groups(text) : undefined;
  const result = v4 ? v4.join('.') : groups ? formatV6(groups) : text;
  if (spelled.size > 10_000) spelled.clear();
  spelled.set(entry, result);
  return result;
}

export interface KeyPlan {
  /** Addresses the key lacks, in list order. */
  toAdd: string[];
  /** Addresses the key already holds that stay. */
  kept: string[];
  /** How many addresses the key would hold afterwards. */
  total: number;
  /** True when the result would pass Binance's limit. */
  overLimit: boolean;
  /** How many addresses the trusted list has. */
  required: number;
}

/** What pasting `trusted` (canonical, validated) into a key that already holds `existing` would do. */
export function planForKey(trusted: readonly string[], existing: readonly string[]): KeyPlan {
  const have = new Set(existing.map(canonicalIp));
  const toAdd = trusted.filter((ip) => !have.has(ip));
  const total = have.size + toAdd.length;
  return { toAdd, kept: [...have], total, overLimit: total > MAX_IPS_PER_KEY, required: trusted.length };
}
