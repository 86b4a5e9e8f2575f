// Hundreds of generated malformed lists, Bitsgap answers and messages: every one is refused
// with a reason, none throws, and the last good list survives.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchTrustedIps, postRefresh } from '@/lib/bitsgap/client';
import { parseIpList } from '@/lib/ip';
import { acceptMessage, ALLOWED_SENDERS, Message } from '@/lib/messages';
import { trustedIpsItem } from '@/lib/storage';
import { refreshTrustedIps, storeTrustedIps } from '@/lib/trusted-ips';

const FULLWIDTH = (s: string) => s.replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
const LOOKALIKES = ['８.８.８.８', '8.8.8.８', '8‚8‚8‚8', '8·8·8·8', 'O.O.O.O', 'l.1.1.1', '8.8.8.8\u200b', '\u202e8.8.8.8', '٨.٨.٨.٨', '𝟖.𝟖.𝟖.𝟖'];

const badEntry = fc.oneof(
  fc.constantFrom(...LOOKALIKES),
  fc.ipV4().map(FULLWIDTH),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/^[\s,;]*$/.test(s) && !/^[0-9a-fA-F:.]+$/.test(s)),
  fc.string({ minLength: 5000, maxLength: 20000, unit: 'grapheme-ascii' }).map((s) => s.replace(/[\s,;]/g, 'x')),
  fc.tuple(fc.nat(999), fc.nat(999), fc.nat(999), fc.nat(999)).filter((p) => p.some((n) => n > 255)).map((p) => p.join('.')),
  fc.ipV4().map((ip) => `${ip}/24`),
  fc.ipV6().map((ip) => `${ip}%eth0`),
);
const malformedList = fc
  .tuple(fc.array(fc.constantFrom('8.8.8.8', '1.1.1.1', '2606:4700:4700::1111'), { maxLength: 5 }), fc.array(badEntry, { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ' ', ';', '\n'))
  .map(([good, bad, sep]) => ({ text: [...good, ...bad].join(sep), bad }));

describe('malformed IP lists', () => {
  it('rejects every bad entry with a reason and never throws (300 lists)', () => {
    fc.assert(
      fc.property(malformedList, ({ text, bad }) => {
        const parsed = parseIpList(text);
        expect(parsed.rejected.length).toBeGreaterThanOrEqual(1);
        for (const r of parsed.rejected) expect(r.reason).toMatch(/^[a-z-]+$/);
        for (const b of bad) expect(parsed.ips).not.toContain(b);
      }),
      { numRuns: 300 },
    );
  });

  beforeEach(() => fakeBrowser.reset());

  it('a pasted or captured list with any bad entry is not stored (200 lists)', async () => {
    await storeTrustedIps(['8.8.8.8'], 'pasted', 1);
    await fc.assert(
      fc.asyncProperty(malformedList, async ({ text }) => {
        const result = await storeTrustedIps(text.split(/[\s,;]+/).filter(Boolean), 'bitsgap-page');
        expect(result.ok).toBe(false);
        expect((await trustedIpsItem.get()).list?.ips).toEqual(['8.8.8.8']);
      }),
      { numRuns: 200 },
    );
  });
});

describe('malformed Bitsgap answers', () => {
  beforeEach(() => fakeBrowser.reset());

  const body = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.record({ ips: fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer()), fc.array(badEntry, { minLength: 1, maxLength: 4 }), fc.constant([])) }).map((v) => JSON.stringify(v)),
    fc.string(),
    fc.constant('{"ips": ['),
    fc.constant(JSON.stringify({ ips: Array.from({ length: 5000 }, (_, i) => `8.8.${i % 256}.${i % 255}`) })),
    fc.constant('x'.repeat(2_000_000)),
  );

  it('are refused with a reason, never thrown, and the last good list stays (250 answers)', async () => {
    await refreshTrustedIps(async () => new Response(JSON.stringify({ ips: ['8.8.8.8', '1.1.1.1'] })), 1);
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom(200, 200, 200, 500, 429, 418), async (text, status) => {
        const respond: typeof fetch = async () => new Response(text, { status });
        const direct = await fetchTrustedIps('https://app.bitsgap.com', respond);
        // A well-formed answer can still hold bad addresses: then the list rules refuse them.
        if (direct.kind === 'ok') expect(parseIpList(direct.value.ips).rejected.length).toBeGreaterThan(0);
        const state = await refreshTrustedIps(respond, 2);
        expect(state.lastError?.detail.length).toBeGreaterThan(0);
        expect(state.list).toEqual({ ips: ['8.8.8.8', '1.1.1.1'], source: 'bitsgap-api', obtainedAt: 1, changedAt: 1 });
        const refresh = await postRefresh('https://app.bitsgap.com', 'Bitsgap_com', respond);
        expect(['ok', 'invalid-response', 'unavailable', 'signed-out', 'unsupported']).toContain(refresh.kind);
      }),
      { numRuns: 250 },
    );
  });
});

describe('messages from anywhere', () => {
  it('are taken only when well formed and sent from a place allowed for their type; never thrown (400 values)', () => {
    const id = 'abcdefghijklmnopabcdefghijklmnop';
    const origin = `chrome-extension://${id}/`;
    const wellFormed = fc.constantFrom<unknown>(
      { type: 'trusted-ips:get' },
      { type: 'trusted-ips:fetch' },
      { type: 'trusted-ips:set', ips: ['8.8.8.8'] },
      { type: 'trusted-ips:captured', ips: ['8.8.8.8'] },
      { type: 'save:verified', runId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', label: 'Bitsgap_com', added: [] },
    );
    const places = fc.oneof(
      fc.constant(`${origin}popup.html`),
      fc.constantFrom('https://www.binance.com/en/my/settings/api-management', 'https://app.bitsgap.com/my-exchanges', 'http://www.binance.com/', 'https://www.binance.com.evil.example/'),
      fc.webUrl(),
    );
    fc.assert(
      fc.property(
        fc.oneof(wellFormed, fc.anything(), fc.record({ type: fc.constantFrom('trusted-ips:get', 'save:verified', 'trusted-ips:set', 'x'), ips: fc.anything(), label: fc.anything() })),
        fc.record({ id: fc.constantFrom(id, 'other'), url: places }),
        (raw, sender) => {
          const accepted = acceptMessage(raw, sender, id, origin);
          const parsed = Message.safeParse(raw);
          const rule = parsed.success ? ALLOWED_SENDERS[parsed.data.type] : undefined;
          const url = new URL(sender.url);
          const allowedPlace =
            rule !== undefined &&
            (sender.url.startsWith(origin) ? rule.extensionPages : url.protocol === 'https:' && rule.hosts.includes(url.host));
          expect(accepted !== undefined).toBe(sender.id === id && parsed.success && allowedPlace);
          if (accepted) expect(accepted).toEqual(parsed.data);
        },
      ),
      { numRuns: 400 },
    );
  });
});
