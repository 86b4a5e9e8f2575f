import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchTrustedIps } from '@/lib/bitsgap/client';
import { trustedIpsItem } from '@/lib/storage';
import { currentTrustedIps, fetchTrustedIpsNow, refreshTrustedIps } from '@/lib/trusted-ips';

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
    expect(state).toEqual({ list: { ips: ['8.8.8.8', '1.1.1.1'], source: 'bitsgap-api', obtainedAt: 1000 }, lastError: null });
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
