// The keep-alive's pure rules: the badge over every combination of what it takes, what is true
// now (statuses counted down, a save's outcome after a reading, which key lacks new addresses),
// and the fix the popup leads with, which must agree with the badge.
import { describe, expect, it } from 'vitest';
import { adviceFor, FIX_PLACE, keepAlivePrimaryAction, needsUser, PLACE_URL } from '@/lib/keepalive/advice';
import { badgeFor } from '@/lib/keepalive/badge';
import { connectionToAsk, keyOfConnection } from '@/lib/keepalive/choice';
import { badgeInput, DAY_MS, keepAliveNow, keysLackingAddresses } from '@/lib/keepalive/state';
import { PAGE_STATUSES, RunResult, type KeepAliveState, type PageStatus, type Run, type TrustedIpsState } from '@/lib/domain';

// The contract's "Status": N for Expires in N days, "!" for these, nothing once Connected.
const ALERT: PageStatus[] = ['expired', 'incorrect_permissions', 'withdrawal_enabled', 'invalid', 'inactive_futures'];
// After a save, these outcomes leave the user to press Bitsgap's own Refresh.
const REFRESH_DUE = ['signed-out', 'unsupported', 'disabled', 'failed'];

type Shown = { status: PageStatus; daysLeft?: number };
const READINGS: Shown[] = [
  ...PAGE_STATUSES.filter((s) => s !== 'expires_soon').map((status) => ({ status })),
  ...[undefined, -1, 0, 1, 3, 30, 150].map((daysLeft) => ({ status: 'expires_soon' as const, daysLeft })),
];

/** The badge as ../shared/CONTRACT.md and the issue word it, written out case by case. */
function specified(statuses: Shown[], refresh: RunResult | undefined, newAddresses: boolean): string {
  const expiring = statuses.filter((s) => s.status === 'expires_soon');
  const alert =
    statuses.some((s) => ALERT.includes(s.status)) ||
    expiring.some((s) => s.daysLeft === undefined || s.daysLeft < 0) ||
    (refresh !== undefined && (REFRESH_DUE.includes(refresh) || ALERT.includes(refresh as PageStatus) || refresh === 'expires_soon'));
  if (alert) return '!';
  if (expiring.length > 0) {
    const n = Math.min(...expiring.map((s) => s.daysLeft!));
    return n > 99 ? '99+' : String(n);
  }
  if (newAddresses) return 'IP';
  return refresh === 'pending' ? '…' : '';
}

describe('the badge: one rule for everything that may need the user', () => {
  const refreshes: (RunResult | undefined)[] = [undefined, ...RunResult.options];
  const sets: Shown[][] = [[], ...READINGS.map((r) => [r]), ...READINGS.flatMap((a) => READINGS.map((b) => [a, b]))];

  it(`every combination of up to two connections, the refresh outcome and new addresses (${sets.length * refreshes.length * 2})`, () => {
    for (const statuses of sets) {
      for (const refresh of refreshes) {
        for (const newAddresses of [false, true]) {
          const badge = badgeFor({ statuses, refresh, newAddresses });
          expect(badge.text, JSON.stringify({ statuses, refresh, newAddresses })).toBe(specified(statuses, refresh, newAddresses));
        }
      }
    }
  });

  it('each kind has its own look: red for "!", amber for days and new addresses, grey while a refresh runs', () => {
    expect(badgeFor({ statuses: [{ status: 'expired' }], newAddresses: false })).toMatchObject({ text: '!', color: '#d9304f' });
    expect(badgeFor({ statuses: [{ status: 'expires_soon', daysLeft: 3 }], newAddresses: false })).toMatchObject({ text: '3', color: '#f0b90b', textColor: '#1e2329' });
    expect(badgeFor({ statuses: [], newAddresses: true })).toMatchObject({ text: 'IP', color: '#f0b90b' });
    expect(badgeFor({ statuses: [], refresh: 'pending', newAddresses: false })).toMatchObject({ text: '…', color: '#707a8a' });
    expect(badgeFor({ statuses: [{ status: 'connected' }], refresh: 'connected', newAddresses: false }).text).toBe('');
  });
});

const T0 = Date.UTC(2026, 10, 20, 9);
const EMPTY: KeepAliveState = { connections: [], keys: [], lastReminderAt: null };
const NO_LIST: TrustedIpsState = { list: null, lastError: null };
const run = (over: Partial<Run>): Run => ({ id: crypto.randomUUID(), label: 'Bitsgap_com', added: 2, savedAt: T0, result: 'connected', attempts: 1, ...over });
const list = (ips: string[], obtainedAt: number): TrustedIpsState => ({ list: { ips, source: 'bitsgap-page', obtainedAt }, lastError: null });

describe('what is true now', () => {
  it('N is counted down from its reading: 3 at the reading, 2 a day later, 0 on the day, below 0 once past', () => {
    const state: KeepAliveState = { ...EMPTY, connections: [{ name: 'Binance', status: 'expires_soon', days: 3, readAt: T0 }] };
    const left = (at: number) => keepAliveNow(state, [], NO_LIST, at).connections[0]!.daysLeft;
    expect([T0, T0 + 1, T0 + DAY_MS, T0 + 2.5 * DAY_MS, T0 + 3 * DAY_MS, T0 + 3.5 * DAY_MS, T0 + 4.2 * DAY_MS].map(left)).toEqual([3, 3, 2, 1, 0, 0, -1]);
    expect(badgeFor(badgeInput(keepAliveNow(state, [], NO_LIST, T0 + DAY_MS))).text).toBe('2');
  });

  it('a save’s outcome after the reading stands for the key’s connection; one before it changes nothing', () => {
    const state: KeepAliveState = { ...EMPTY, connections: [{ name: 'Binance', status: 'expires_soon', days: 3, readAt: T0 }] };
    const after = keepAliveNow(state, [run({ savedAt: T0 + 1000, result: 'connected' })], NO_LIST, T0 + 2000);
    expect(after.connections).toMatchObject([{ name: 'Binance', status: 'connected', fromSave: true, key: 'Bitsgap_com' }]);
    expect(badgeFor(badgeInput(after)).text).toBe('');
    const before = keepAliveNow(state, [run({ savedAt: T0 - 1000, result: 'unsupported' })], NO_LIST, T0 + 2000);
    expect(before.connections).toMatchObject([{ status: 'expires_soon', daysLeft: 3 }]);
    expect(before.refresh).toBeUndefined();
    // A save still waiting for Bitsgap's Refresh: "!", and the popup leads with Refresh on Bitsgap.
    const waiting = keepAliveNow(state, [run({ savedAt: T0 + 1000, result: 'unsupported' })], NO_LIST, T0 + 2000);
    expect(badgeFor(badgeInput(waiting)).text).toBe('!');
    expect(keepAlivePrimaryAction(waiting)).toMatchObject({ fix: 'refresh-on-bitsgap', place: 'bitsgap' });
  });

  it('with no connection read yet, a save’s outcome is shown under the key’s label', () => {
    const now = keepAliveNow(EMPTY, [run({ result: 'incorrect_permissions' })], NO_LIST, T0 + 10);
    expect(now.connections).toMatchObject([{ name: 'Bitsgap_com', status: 'incorrect_permissions', fromSave: true }]);
  });

  it('a key needs the new addresses when a list taken after its save has one it lacks; one Bitsgap dropped does no harm', () => {
    const pasted = run({ ips: ['3.120.45.10', '3.120.45.11'] });
    expect(keysLackingAddresses([pasted], list(['3.120.45.10', '3.120.45.11', '52.29.100.7'], T0 + 1))).toEqual(['Bitsgap_com']);
    expect(keysLackingAddresses([pasted], list(['3.120.45.10'], T0 + 1))).toEqual([]);
    // Taken before the save: the save pasted the newer list.
    expect(keysLackingAddresses([pasted], list(['52.29.100.7'], T0 - 1))).toEqual([]);
    // A save that recorded no list (before history v2) tells nothing.
    expect(keysLackingAddresses([run({})], list(['52.29.100.7'], T0 + 1))).toEqual([]);
    const now = keepAliveNow(EMPTY, [pasted], list(['52.29.100.7'], T0 + 1), T0 + 2);
    expect(badgeFor(badgeInput(now)).text).toBe('IP');
    expect(keepAlivePrimaryAction(now)).toMatchObject({ fix: 'paste-new-addresses', place: 'binance', about: 'Bitsgap_com' });
  });

  it('which key a connection uses: the user’s answer; one connection and one key is clear; anything else is asked', () => {
    expect(keyOfConnection('Binance', ['Binance'], [], ['Bitsgap_com'])).toBe('Bitsgap_com');
    expect(keyOfConnection('Main', ['Main', 'Grid'], [], ['Bitsgap_com'])).toBeUndefined();
    expect(keyOfConnection('Main', ['Main', 'Grid'], [{ name: 'Main', label: 'Bitsgap_com' }], ['Bitsgap_com'])).toBe('Bitsgap_com');
    expect(keyOfConnection('Grid', ['Main', 'Grid'], [{ name: 'Grid', label: null }], ['Bitsgap_com'])).toBeUndefined();
    const runs = [run({ label: 'bitsgap-2' }), run({ label: 'Bitsgap_com' })];
    expect(connectionToAsk(['Binance'], [], [run({})])).toBeUndefined();
    expect(connectionToAsk(['Main', 'Grid'], [], [])).toBeUndefined();
    expect(connectionToAsk(['Main', 'Grid'], [], runs)).toEqual({ name: 'Main', labels: ['bitsgap-2', 'Bitsgap_com'] });
    expect(connectionToAsk(['Main', 'Grid'], [{ name: 'Main', label: 'bitsgap-2' }], runs)).toEqual({ name: 'Grid', labels: ['bitsgap-2', 'Bitsgap_com'] });
    expect(connectionToAsk(['Binance'], [{ name: 'Binance', label: null }], runs)).toBeUndefined();
  });
});

describe('the fix for each status, and what the popup leads with', () => {
  it.each([
    ['connected', undefined, undefined],
    ['expires_soon', 'get-addresses', 'https://app.bitsgap.com/my-exchanges'],
    ['expired', 'get-addresses', 'https://app.bitsgap.com/my-exchanges'],
    ['incorrect_permissions', 'turn-on-spot', 'https://www.binance.com/en/my/settings/api-management'],
    ['withdrawal_enabled', 'turn-off-withdrawals', 'https://www.binance.com/en/my/settings/api-management'],
    ['temporary_issue', undefined, undefined],
    ['invalid', 'make-key', 'https://www.binance.com/en/my/settings/api-management'],
    ['inactive_futures', 'turn-on-futures', 'https://www.binance.com/en/my/settings/api-management'],
  ] as const)('%s → %s', (status, fix, url) => {
    expect(adviceFor(status).fix).toBe(fix);
    if (fix) expect(PLACE_URL[FIX_PLACE[fix]]).toBe(url);
    // Temporary issue: nothing to do yet; Connected: nothing at all.
    expect(needsUser(status, 3)).toBe(fix !== undefined);
  });

  it('leads with what the badge shows: "!" before the fewest days before new addresses; nothing when all is well', () => {
    const at = (connections: KeepAliveState['connections']) => keepAliveNow({ ...EMPTY, connections }, [], NO_LIST, T0);
    const c = (name: string, status: PageStatus, days?: number) => ({ name, status, days, readAt: T0 });
    expect(keepAlivePrimaryAction(at([c('A', 'expires_soon', 5), c('B', 'withdrawal_enabled'), c('C', 'expires_soon', 2)]))).toMatchObject({ fix: 'turn-off-withdrawals', about: 'B', place: 'binance' });
    expect(keepAlivePrimaryAction(at([c('A', 'expires_soon', 5), c('C', 'expires_soon', 2)]))).toMatchObject({ fix: 'get-addresses', about: 'C', place: 'bitsgap' });
    expect(keepAlivePrimaryAction(at([c('A', 'connected'), c('B', 'temporary_issue')]))).toBeUndefined();
    expect(badgeFor(badgeInput(at([c('A', 'connected'), c('B', 'temporary_issue')]))).text).toBe('');
  });
});
