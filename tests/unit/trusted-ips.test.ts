import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchTrustedIps } from '@/lib/bitsgap/client';
import { trustedIpsItem } from '@/lib/storage';
import { currentTrustedIps, fetchTrustedIpsNow, refreshTrustedIps, storeTrustedIps, undoReplace } from '@/lib/trusted-ips';

function respond(status: number, body: string): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': 'application/json' } });
}
const GOOD = JSON.stringify({ ips: ['8.8.8.8', '1.1.1.1'], updatedAt: '2026-11-24T10:00:00Z', extra: true });

describe('Bitsgap client', () => {
  it('asks with the session cookie and classifies every answer', async () => {
    let init: RequestInit | undefined;
    const spy: typeof fetch = async (_url, i) => {
      init = i;
      return new Response(GOOD);
    };
    expect(await fetchTrustedIps('https://app.bitsgap.com', spy)).toEqual({
      kind: 'ok',
      value: { ips: ['8.8.8.8', '1.1.1.1'], updatedAt: '2026-11-24T10:00:00Z' },
    });
    expect(init?.credentials).toBe('include');
    expect(await fetchTrustedIps('https://app.bitsgap.com', respond(401, '{}'))).toEqual({ kind: 'signed-out', status: 401 });
    expect(await fetchTrustedIps('https://app.bitsgap.com', respond(403, '{}'))).toEqual({ kind: 'signed-out', status: 403 });
    expect(await fetchTrustedIps('https://app.bitsgap.com', respond(500, '{}'))).toMatchObject({ kind: 'unavailable', status: 500 });
    // Bitsgap as it really is: no such endpoint. 404/405, a page, or a 200 that is not the contract's JSON.
    expect(await fetchTrustedIps('https://app.bitsgap.com', respond(200, '{"ips": ['))).toMatchObject({ kind: 'missing' });
    expect(await fetchTrustedIps('https://app.bitsgap.com', respond(200, '{"ips": "8.8.8.8"}'))).toMatchObject({ kind: 'missing' });
    expect(await fetchTrustedIps('https://app.bitsgap.com', respond(404, '{}'))).toMatchObject({ kind: 'missing' });
    expect(await fetchTrustedIps('https://app.bitsgap.com', respond(405, '{}'))).toMatchObject({ kind: 'missing' });
    const page: typeof fetch = async () => new Response('<!doctype html><h1>Sign in</h1>', { status: 200, headers: { 'content-type': 'text/html' } });
    expect(await fetchTrustedIps('https://app.bitsgap.com', page)).toMatchObject({ kind: 'missing' });
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await fetchTrustedIps('https://app.bitsgap.com', offline)).toEqual({ kind: 'unavailable', detail: 'network error' });
  });
});

describe('the stored list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a good list with its source and time', async () => {
    const state = await refreshTrustedIps(respond(200, GOOD), 1000);
    expect(state).toEqual({ list: { ips: ['8.8.8.8', '1.1.1.1'], source: 'bitsgap-api', obtainedAt: 1000, changedAt: 1000 }, lastError: null, previous: null });
    expect(await trustedIpsItem.get()).toEqual(state);
  });

  it('keeps the last good list when a later fetch fails, and records why', async () => {
    await refreshTrustedIps(respond(200, GOOD), 1000);
    const state = await refreshTrustedIps(respond(500, '{}'), 2000);
    expect(state.list?.ips).toEqual(['8.8.8.8', '1.1.1.1']);
    expect(state.lastError).toEqual({ kind: 'unavailable', detail: 'HTTP 500', at: 2000 });
  });

  it('refuses a fetched list holding a bad address, naming it', async () => {
    const state = await refreshTrustedIps(respond(200, JSON.stringify({ ips: ['8.8.8.8', '10.0.0.1'] })), 1000);
    expect(state.list).toBeNull();
    expect(state.lastError?.detail).toBe('rejected: 10.0.0.1');
  });

  it('reads a malformed stored value as empty and fetches', async () => {
    await fakeBrowser.storage.local.set({ trustedIps: { list: 'garbage' } });
    const state = await currentTrustedIps(respond(200, GOOD));
    expect(state.list?.ips).toEqual(['8.8.8.8', '1.1.1.1']);
  });
});

describe('a Bitsgap base URL on another origin', () => {
  beforeEach(() => fakeBrowser.reset());
  const counting = () => {
    const calls: string[] = [];
    const impl: typeof fetch = async (url) => {
      calls.push(String(url));
      return new Response(GOOD);
    };
    return { impl, calls };
  };

  it('is called only while the user has granted that origin, checked before each request', async () => {
    const { settingsItem, DEFAULT_SETTINGS } = await import('@/lib/storage');
    await settingsItem.set({ ...DEFAULT_SETTINGS, bitsgapBaseUrl: 'https://bitsgap.example' });
    let granted = false;
    Object.assign(fakeBrowser.permissions, { contains: async ({ origins }: { origins: string[] }) => granted && origins[0] === 'https://bitsgap.example/*' });
    const { impl, calls } = counting();
    expect((await refreshTrustedIps(impl)).lastError).toMatchObject({ kind: 'unavailable' });
    expect(calls).toEqual([]);
    granted = true;
    expect((await refreshTrustedIps(impl)).list?.ips).toEqual(['8.8.8.8', '1.1.1.1']);
    expect(calls).toEqual(['https://bitsgap.example/api/v1/exchanges/binance/trusted-ips']);
    // Withdrawn later: no request again.
    granted = false;
    await refreshTrustedIps(impl);
    expect(calls).toHaveLength(1);
  });
});

it('a stored list is read by the contract’s rules: one refused address and it reads as no list, never as data', async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ trustedIps: { list: { ips: ['8.8.8.8', '10.0.0.1'], source: 'pasted', obtainedAt: 1 }, lastError: null } });
  expect((await trustedIpsItem.get()).list).toBeNull();
  await fakeBrowser.storage.local.set({ trustedIps: { list: { ips: ['8.8.8.8', '2606:4700:4700:0:0:0:0:1111'], source: 'pasted', obtainedAt: 1 }, lastError: null } });
  expect((await trustedIpsItem.get()).list?.ips).toEqual(['8.8.8.8', '2606:4700:4700::1111']);
});

describe('a Bitsgap without the list or refresh endpoint', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is remembered per base URL: no second automatic fetch, until the user clicks Fetch or changes the URL', async () => {
    const calls: string[] = [];
    const missing: typeof fetch = async (url) => {
      calls.push(String(url));
      return new Response('<!doctype html><title>Not found</title>', { status: 404, headers: { 'content-type': 'text/html' } });
    };
    expect((await currentTrustedIps(missing)).lastError?.kind).toBe('missing');
    expect((await currentTrustedIps(missing)).lastError?.kind).toBe('missing');
    expect(calls).toHaveLength(1);
    await fetchTrustedIpsNow(missing);
    expect(calls).toHaveLength(2);
    const { settingsItem, DEFAULT_SETTINGS } = await import('@/lib/storage');
    await settingsItem.set({ ...DEFAULT_SETTINGS, bitsgapBaseUrl: 'https://app.bitsgap.com/other' });
    await currentTrustedIps(missing);
    expect(calls).toHaveLength(3);
  });
});

describe('a list that replaces another (issue #22)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the replaced list for one undo; the same addresses again replace nothing and keep when they changed', async () => {
    await storeTrustedIps(['8.8.8.8', '1.1.1.1'], 'pasted', 1000);
    const captured = await storeTrustedIps(['9.9.9.9'], 'bitsgap-page', 2000);
    expect(captured).toEqual({
      ok: true,
      state: {
        list: { ips: ['9.9.9.9'], source: 'bitsgap-page', obtainedAt: 2000, changedAt: 2000 },
        lastError: null,
        previous: { ips: ['8.8.8.8', '1.1.1.1'], source: 'pasted', obtainedAt: 1000, changedAt: 1000 },
      },
    });
    // Captured again, in another order: the same list, obtained now, changed when it first came.
    const again = await storeTrustedIps(['9.9.9.9'], 'bitsgap-page', 3000);
    expect(again.ok && again.state.list).toEqual({ ips: ['9.9.9.9'], source: 'bitsgap-page', obtainedAt: 3000, changedAt: 2000 });
    expect(again.ok && again.state.previous?.ips).toEqual(['8.8.8.8', '1.1.1.1']);

    const undone = await undoReplace(4000);
    expect(undone).toEqual({ list: { ips: ['8.8.8.8', '1.1.1.1'], source: 'pasted', obtainedAt: 1000, changedAt: 4000 }, lastError: null, previous: null });
    expect(await trustedIpsItem.get()).toEqual(undone);
    // Nothing left to undo: the list stays.
    expect((await undoReplace(5000)).list?.ips).toEqual(['8.8.8.8', '1.1.1.1']);
  });

  it('a fetched list that differs keeps the one it replaced too; a first list replaces nothing', async () => {
    const first = await storeTrustedIps(['8.8.8.8'], 'pasted', 1000);
    expect(first.ok && first.state.previous).toBeNull();
    const state = await refreshTrustedIps(respond(200, GOOD), 2000);
    expect(state.previous?.ips).toEqual(['8.8.8.8']);
  });

  it('a stored previous list is read by the contract’s rules like the list itself; states stored before it existed read as having none', async () => {
    await fakeBrowser.storage.local.set({ trustedIps: { list: { ips: ['8.8.8.8'], source: 'pasted', obtainedAt: 1 }, lastError: null } });
    expect(await trustedIpsItem.get()).toEqual({ list: { ips: ['8.8.8.8'], source: 'pasted', obtainedAt: 1 }, lastError: null, previous: null });
    await fakeBrowser.storage.local.set({ trustedIps: { list: { ips: ['8.8.8.8'], source: 'pasted', obtainedAt: 1 }, lastError: null, previous: { ips: ['10.0.0.1'], source: 'pasted', obtainedAt: 0 } } });
    expect((await trustedIpsItem.get()).previous).toBeNull();
  });
});

describe('a list longer than a key can hold', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is refused with its count, whether pasted or captured, and the list in use stays', async () => {
    await storeTrustedIps(['8.8.8.8'], 'pasted', 1);
    const many = Array.from({ length: 31 }, (_, i) => `8.8.${i}.1`);
    expect(await storeTrustedIps(many, 'bitsgap-page')).toEqual({ ok: false, rejected: [], tooMany: 31 });
    expect(await storeTrustedIps(many.slice(0, 30), 'pasted')).toMatchObject({ ok: true });
    expect((await trustedIpsItem.get()).list?.ips).toHaveLength(30);
  });
});

describe('the endpoint that answered', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is remembered per base URL until it goes missing: the journey leads with Fetch only there', async () => {
    const { listEndpoint } = await import('@/lib/endpoints');
    expect(await listEndpoint('https://app.bitsgap.com')).toBe('unknown');
    await refreshTrustedIps(respond(200, GOOD), 1);
    expect(await listEndpoint('https://app.bitsgap.com')).toBe('answers');
    expect(await listEndpoint('https://bitsgap.example')).toBe('unknown');
    await refreshTrustedIps(respond(404, '{}'), 2);
    expect(await listEndpoint('https://app.bitsgap.com')).toBe('missing');
  });
});
