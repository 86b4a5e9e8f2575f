import { EndpointStatus } from '../domain';
import { list, text, z } from '../schema';
import { refreshUrl, trustedIpsUrl } from './routes';

export const FETCH_TIMEOUT_MS = 10_000;

const TrustedIpsResponse = z.object({
  ips: list(text(64), 200, 1),
  updatedAt: z.optional(text(64)),
});

export type ClientResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'signed-out'; status: number }
  // This Bitsgap has no such endpoint (as the real one has none): 404/405, a page instead of JSON.
  | { kind: 'missing'; detail: string }
  | { kind: 'unavailable'; detail: string; status?: number };

async function requestJson(
  url: string,
  init: RequestInit,
  fetchImpl: typeof fetch,
): Promise<ClientResult<unknown>> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      ...init,
      credentials: 'include',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { kind: 'unavailable', detail: timedOut ? 'timeout' : 'network error' };
  }
  if (response.status === 401 || response.status === 403) {
    return { kind: 'signed-out', status: response.status };
  }
  if (response.status === 404 || response.status === 405) return { kind: 'missing', detail: `HTTP ${response.status}` };
  if (!response.ok) {
    return { kind: 'unavailable', status: response.status, detail: `HTTP ${response.status}` };
  }
  // A redirect to sign-in or any other page answers with HTML: no endpoint here.
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) return { kind: 'missing', detail: response.redirected ? 'redirected to a page' : 'a page, not JSON' };
  try {
    return { kind: 'ok', value: await response.json() };
  } catch {
    return { kind: 'missing', detail: 'not JSON' };
  }
}

/** GET the trusted-IP list. Addresses are returned as sent; the caller applies the IP rules. */
export async function fetchTrustedIps(
  base: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ClientResult<z.infer<typeof TrustedIpsResponse>>> {
  const result = await requestJson(trustedIpsUrl(base), { method: 'GET' }, fetchImpl);
  if (result.kind !== 'ok') return result;
  const parsed = TrustedIpsResponse.safeParse(result.value);
  if (!parsed.success) return { kind: 'missing', detail: 'unexpected shape' };
  return { kind: 'ok', value: parsed.data };
}

const RefreshResponse = z.object({
  status: EndpointStatus,
  message: z.optional(text(500)),
});

export type RefreshResult =
  | ClientResult<z.infer<typeof RefreshResponse>>
  | { kind: 'unsupported'; detail: string };

/** POST refresh for the key that was saved. 404/405 mean this Bitsgap has no such endpoint. */
export async function postRefresh(base: string, apiKeyLabel: string, fetchImpl: typeof fetch = fetch): Promise<RefreshResult> {
  const result = await requestJson(
    refreshUrl(base),
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKeyLabel }) },
    fetchImpl,
  );
  if (result.kind === 'missing') return { kind: 'unsupported', detail: result.detail };
  if (result.kind !== 'ok') return result;
  const parsed = RefreshResponse.safeParse(result.value);
  if (!parsed.success) return { kind: 'unsupported', detail: 'unexpected shape' };
  return { kind: 'ok', value: parsed.data };
}
