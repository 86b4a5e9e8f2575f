// Validation by the contract's IP rules, with ipaddr.js: the background and extension pages.
// Content scripts read addresses with lib/ip-text.ts instead.
import ipaddr from 'ipaddr.js';

export { ADDRESS_LIKE, MAX_IPS_PER_KEY } from './ip-text';

export const REJECT_REASONS = ['not-an-address', 'not-canonical', 'private', 'loopback', 'link-local', 'multicast', 'unspecified', 'reserved'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Rejected {
  entry: string;
  reason: RejectReason;
}

export interface ParsedList {
  /** Valid addresses in canonical form, first occurrence order, no duplicates. */
  ips: string[];
  rejected: Rejected[];
}

// The contract allows any mix of these as separators.
const SEPARATORS = /[\s,;]+/u;
const DOTTED_QUAD = /^\d{1,3}(\.\d{1,3}){3}$/;

const cidr = (text: string) => ipaddr.parseCIDR(text);

// Reserved although ipaddr.js calls them unicast: the documentation ranges (RFC 5737).
const RESERVED_V4 = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24'].map(cidr);
// IPv6 is public only inside global unicast (2000::/3), and there outside IANA's
// special-purpose blocks and the returned 6bone block.
const GLOBAL_UNICAST = cidr('2000::/3');
const RESERVED_V6 = [
  '2001::/23', // IETF protocol assignments: Teredo, benchmarking, ORCHID, AMT, AS112 …
  '2001:db8::/32', // documentation
  '2002::/16', // 6to4
  '2620:4f:8000::/48', // AS112
  '3fff::/20', // documentation
  '3ffe::/16', // 6bone, returned
].map(cidr);

const RANGE_REASON: Record<string, RejectReason> = {
  unspecified: 'unspecified',
  broadcast: 'reserved',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  private: 'private',
  carrierGradeNat: 'private',
  uniqueLocal: 'private',
  deprecatedSiteLocal: 'private',
};

function classify(addr: ipaddr.IPv4 | ipaddr.IPv6): RejectReason | undefined {
  const range = addr.range();
  if (range !== 'unicast') return RANGE_REASON[range] ?? 'reserved';
  const special = addr.kind() === 'ipv4' ? RESERVED_V4 : RESERVED_V6;
  if (special.some((r) => addr.kind() === r[0].kind() && addr.match(r))) return 'reserved';
  if (addr.kind() === 'ipv6' && !addr.match(GLOBAL_UNICAST)) return 'reserved';
  return undefined;
}

/** Checks one entry; returns its canonical form or why it is refused. */
export function parseIp(entry: string): { ip: string } | { reason: RejectReason } {
  if (DOTTED_QUAD.test(entry)) {
    // Leading zeros are read as octal by some software: refuse rather than guess.
    if (entry.split('.').some((octet) => octet.length > 1 && octet.startsWith('0'))) return { reason: 'not-canonical' };
    if (!ipaddr.IPv4.isValidFourPartDecimal(entry)) return { reason: 'not-an-address' };
    const v4 = ipaddr.IPv4.parse(entry);
    const reason = classify(v4);
    return reason ? { reason } : { ip: v4.toString() };
  }
  if (!entry.includes(':') || !/^[0-9a-fA-F:.]+$/.test(entry) || !ipaddr.IPv6.isValid(entry)) {
    return { reason: 'not-an-address' };
  }
  const v6 = ipaddr.IPv6.parse(entry);
  const reason = classify(v6);
  return reason ? { reason } : { ip: v6.toRFC5952String() };
}

/** Parses a pasted or fetched list by the contract's rules. */
export function parseIpList(input: string | readonly string[]): ParsedList {
  const entries = (typeof input === 'string' ? input.split(SEPARATORS) : input.flatMap((s) => s.split(SEPARATORS)))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const seen = new Set<string>();
  const ips: string[] = [];
  const rejected: Rejected[] = [];
  for (const entry of entries) {
    const result = parseIp(entry);
    if ('reason' in result) {
      rejected.push({ entry, reason: result.reason });
    } else if (!seen.has(result.ip)) {
      seen.add(result.ip);
      ips.push(result.ip);
    }
  }
  return { ips, rejected };
}

/** Binance's IP input takes a batch separated by spaces or commas; a comma list is what it shows back. */
export function formatForBinance(ips: readonly string[]): string {
  return ips.join(',');
}
