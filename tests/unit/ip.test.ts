import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IPS_PER_KEY, formatForBinance, parseIp, parseIpList } from '@/lib/ip';
import { planForKey } from '@/lib/ip-text';

describe('parseIp', () => {
  it.each([
    ['8.8.8.8', '8.8.8.8'],
    ['1.1.1.1', '1.1.1.1'],
    ['34.89.113.10', '34.89.113.10'],
    ['2606:4700:4700::1111', '2606:4700:4700::1111'],
    ['2606:4700:4700:0:0:0:0:1111', '2606:4700:4700::1111'],
    ['2A00:1450:4001:80B::200E', '2a00:1450:4001:80b::200e'],
    ['2a05:d014::10', '2a05:d014::10'],
  ])('accepts %s as %s', (input, canonical) => {
    expect(parseIp(input)).toEqual({ ip: canonical });
  });

  it.each([
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd00::1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['169.254.10.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['::ffff:8.8.8.8', 'reserved'],
    ['256.1.1.1', 'not-an-address'],
    ['1.2.3', 'not-an-address'],
    ['1.2.3.4.5', 'not-an-address'],
    ['8.8.8.8/32', 'not-an-address'],
    ['fe80::1%eth0', 'not-an-address'],
    ['example.com', 'not-an-address'],
    ['１.２.３.４', 'not-an-address'],
    ['2a05:d014::g', 'not-an-address'],
    ['192.0.2.1', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.10', 'reserved'],
    ['2001:db8::10', 'reserved'],
    ['3fff::1', 'reserved'],
    ['4000::1', 'reserved'],
    ['abcd::1', 'reserved'],
    ['3ffe::1', 'reserved'],
    ['2001::1', 'reserved'],
    ['2002:808:808::1', 'reserved'],
    ['100::1', 'reserved'],
    ['08.8.8.8', 'not-canonical'],
    ['8.8.8.010', 'not-canonical'],
  ])('rejects %s as %s', (input, reason) => {
    expect(parseIp(input)).toEqual({ reason });
  });
});

describe('parseIpList', () => {
  it('splits on any mix of commas, spaces, semicolons and new lines, keeping order and dropping duplicates', () => {
    const text = '8.8.8.8, 1.1.1.1;9.9.9.9\n\n  8.8.8.8\r\n2606:4700:4700::1111 2606:4700:4700:0::1111;;';
    expect(parseIpList(text)).toEqual({ ips: ['8.8.8.8', '1.1.1.1', '9.9.9.9', '2606:4700:4700::1111'], rejected: [] });
  });

  it('names every rejected entry with its reason', () => {
    expect(parseIpList('8.8.8.8, 10.0.0.1, nope, 1.1.1.1').rejected).toEqual([
      { entry: '10.0.0.1', reason: 'private' },
      { entry: 'nope', reason: 'not-an-address' },
    ]);
  });

  it('gives nothing for empty input', () => {
    expect(parseIpList('  ,; \n')).toEqual({ ips: [], rejected: [] });
  });
});

describe('planForKey', () => {
  it('adds only what the key lacks and keeps what it holds', () => {
    const plan = planForKey(['8.8.8.8', '1.1.1.1', '9.9.9.9'], ['1.1.1.1', '4.4.4.4']);
    expect(plan).toEqual({ toAdd: ['8.8.8.8', '9.9.9.9'], kept: ['1.1.1.1', '4.4.4.4'], total: 4, overLimit: false, required: 3 });
  });

  it('matches addresses the key holds in another spelling', () => {
    expect(planForKey(['2606:4700:4700::1111'], ['2606:4700:4700:0:0:0:0:1111']).toAdd).toEqual([]);
  });

  it(`refuses a result over ${MAX_IPS_PER_KEY} addresses and allows exactly ${MAX_IPS_PER_KEY}`, () => {
    const existing = Array.from({ length: 25 }, (_, i) => `8.8.${i}.1`);
    const five = Array.from({ length: 5 }, (_, i) => `9.9.${i}.1`);
    expect(planForKey(five, existing)).toMatchObject({ total: 30, overLimit: false });
    expect(planForKey([...five, '1.1.1.1'], existing)).toMatchObject({ total: 31, overLimit: true });
  });
});

it('formats a list the way Binance accepts a batch', () => {
  expect(formatForBinance(['8.8.8.8', '2606:4700:4700::1111'])).toBe('8.8.8.8,2606:4700:4700::1111');
});

// Public addresses drawn from ranges that hold no special-purpose block.
const publicV4 = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 }))
  .map((p) => p.join('.'));
const publicV6 = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { minLength: 7, maxLength: 7 })
  .map((rest) => ['2a00', ...rest.map((n) => n.toString(16))].join(':'));
const goodIp = fc.oneof(publicV4, publicV6);
const separator = fc.constantFrom(',', ' ', ';', '\n', ', ', ' ;\n', '\r\n', '\t');
const badEntry = fc.oneof(
  fc.tuple(fc.constantFrom(10, 127), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.')),
  fc.tuple(fc.integer({ min: 224, max: 255 }), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.')),
  fc.tuple(fc.integer({ min: 256, max: 999 }), fc.nat(255)).map(([a, b]) => `${a}.${b}.1.1`),
  fc.stringMatching(/^[a-z]{1,12}$/),
  fc.constantFrom('fe80::1', '::1', 'fc00::5', 'ff05::2', '::', '1.2.3', '1.2.3.4.5', '１.２.３.４', '01.2.3.4'),
);

describe('parseIpList properties', () => {
  it('accepts every generated list of public addresses whole, once each, in order', () => {
    fc.assert(
      fc.property(fc.array(goodIp, { minLength: 1, maxLength: 40 }), fc.array(separator, { minLength: 40, maxLength: 40 }), (ips, seps) => {
        const text = ips.map((ip, i) => ip + seps[i]).join('');
        const parsed = parseIpList(text);
        expect(parsed.rejected).toEqual([]);
        const expected = [...new Set(ips.map((ip) => (parseIp(ip) as { ip: string }).ip))];
        expect(parsed.ips).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects every bad entry mixed into a list, naming it, and keeps the good ones', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(goodIp.map((v) => ({ v, ok: true })), badEntry.map((v) => ({ v, ok: false }))), { minLength: 1, maxLength: 30 }), separator, (items, sep) => {
        const parsed = parseIpList(items.map((i) => i.v).join(sep));
        const bad = items.filter((i) => !i.ok).map((i) => i.v);
        expect(parsed.rejected.map((r) => r.entry)).toEqual(bad);
        expect(parsed.ips.length).toBe(new Set(items.filter((i) => i.ok).map((i) => (parseIp(i.v) as { ip: string }).ip)).size);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a key pass the limit', () => {
    fc.assert(
      fc.property(fc.uniqueArray(publicV4, { maxLength: 40 }), fc.uniqueArray(publicV4, { maxLength: 40 }), (trusted, existing) => {
        const plan = planForKey(trusted, existing);
        expect(plan.total).toBe(new Set([...trusted, ...existing]).size);
        expect(plan.overLimit).toBe(plan.total > MAX_IPS_PER_KEY);
      }),
      { numRuns: 300 },
    );
  });
});

describe('IPv6: only global unicast is public', () => {
  const hex = (n: number) => n.toString(16);
  const rest = (n: number) => fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: n, maxLength: n }).map((r) => r.map(hex));
  const refusedAs = (reason: string | undefined) => (ip: string) => {
    const result = parseIp(ip);
    if (reason) expect(result).toEqual({ reason });
    else expect(result).toHaveProperty('reason');
  };

  it('refuses every address outside 2000::/3 (1000 addresses)', () => {
    const first = fc.oneof(fc.integer({ min: 0x0001, max: 0x1fff }), fc.integer({ min: 0x4000, max: 0xffff })).map(hex);
    fc.assert(fc.property(fc.tuple(first, rest(7)).map(([f, r]) => [f, ...r].join(':')), refusedAs(undefined)), { numRuns: 1000 });
  });

  it('refuses 6bone and the documentation block, accepts the rest of 2a00::/12 (1000 addresses)', () => {
    fc.assert(fc.property(rest(7).map((r) => ['3ffe', ...r].join(':')), refusedAs('reserved')), { numRuns: 300 });
    fc.assert(fc.property(rest(6).map((r) => ['2001', 'db8', ...r].join(':')), refusedAs('reserved')), { numRuns: 300 });
    const good = fc.tuple(fc.integer({ min: 0x2a00, max: 0x2a0f }).map(hex), rest(7)).map(([f, r]) => [f, ...r].join(':'));
    fc.assert(
      fc.property(good, (ip) => {
        expect(parseIp(ip)).toHaveProperty('ip');
      }),
      { numRuns: 400 },
    );
  });
});
