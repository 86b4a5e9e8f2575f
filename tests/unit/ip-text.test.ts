// The content scripts' address reader (no ipaddr.js) against ipaddr.js, on thousands of random
// addresses in every spelling a page might use.
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { ADDRESS_LIKE, canonicalIp, isAddressText } from '@/lib/ip-text';

const group = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
const groups = fc.array(group, { minLength: 8, maxLength: 8 });

/** One of the many ways to write the same eight groups. */
const spelling = fc.record({ groups, pad: fc.boolean(), upper: fc.boolean(), compress: fc.nat(8), v4tail: fc.boolean() }).map(({ groups, pad, upper, compress, v4tail }) => {
  const hex = (g: number) => (pad ? g.toString(16).padStart(4, '0') : g.toString(16));
  let items = groups.map(hex);
  // (Not for ::a.b.c.d, the deprecated IPv4-compatible form, which ipaddr.js rewrites as
  // IPv4-mapped; such an address is never public, so never on a trusted list.)
  if (v4tail && groups.slice(0, 6).some((g) => g !== 0)) items = [...items.slice(0, 6), `${groups[6]! >> 8}.${groups[6]! & 255}.${groups[7]! >> 8}.${groups[7]! & 255}`];
  // "::" over a run of zero groups starting at `compress`, when there is one.
  let text = items.join(':');
  const start = compress % items.length;
  let end = start;
  while (end < items.length && /^0+$/.test(items[end]!)) end++;
  if (end - start >= 1) text = `${items.slice(0, start).join(':')}::${items.slice(end).join(':')}`;
  return upper ? text.toUpperCase() : text;
});

describe('ip-text', () => {
  it('spells IPv6 exactly as ipaddr.js does (RFC 5952), however the page wrote it', () => {
    fc.assert(
      fc.property(spelling, (text) => {
        expect(isAddressText(text), text).toBe(true);
        expect(canonicalIp(text), text).toBe(ipaddr.IPv6.parse(text).toRFC5952String());
      }),
      { numRuns: 5000 },
    );
  });

  it('spells IPv4 as ipaddr.js does, and refuses leading zeros and numbers over 255', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 4, maxLength: 4 }), (parts) => {
        const text = parts.join('.');
        const valid = parts.every((p) => p <= 255);
        expect(isAddressText(text), text).toBe(valid);
        if (valid) expect(canonicalIp(text)).toBe(ipaddr.IPv4.parse(text).toString());
      }),
      { numRuns: 3000 },
    );
    expect(isAddressText('01.2.3.4')).toBe(false);
  });

  it('agrees with ipaddr.js on what is an address, over random strings of address characters', () => {
    const chars = fc.constantFrom(...'0123456789abcdefABCDEF:.'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 2, maxLength: 45 }).map((cs) => cs.join('')), (text) => {
        const dotted = /^\d{1,3}(\.\d{1,3}){3}$/.test(text);
        // ipaddr.js also reads leading zeros in an IPv4 part; pages and the contract do not.
        const leadingZero = /(^|[.:])0\d/.test(text.slice(text.lastIndexOf(':') + 1)) && text.includes('.');
        const expected = ADDRESS_LIKE.test(text) && !leadingZero && (dotted ? ipaddr.IPv4.isValidFourPartDecimal(text) && !/(^|\.)0\d/.test(text) : ipaddr.IPv6.isValid(text));
        expect(isAddressText(text), text).toBe(expected);
        if (expected && !dotted) expect(canonicalIp(text), text).toBe(ipaddr.IPv6.parse(text).toRFC5952String());
      }),
      { numRuns: 20000 },
    );
  });

  it('leaves text that is not an address as it is, trimmed', () => {
    expect(canonicalIp(' not-an-ip ')).toBe('not-an-ip');
    expect(canonicalIp('1.2.3.4.5')).toBe('1.2.3.4.5');
  });
});
