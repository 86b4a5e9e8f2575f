// One local HTTPS server that plays both sites: www.binance.com (the replica) and
// app.bitsgap.com (the mock of the contract's endpoints and the "My exchanges" dialog).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { defaultScenario, type SavedRestrictions, type Scenario } from '../replica/binance/scenario';
import { bitsgapExchangesPage, bitsgapSignInPage, PLAIN_VARIANT, type BitsgapVariant, type RowStatus } from '../replica/bitsgap/pages';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TMP = join(root, '.tmp');

export const BINANCE_HOST = 'www.binance.com';
export const BITSGAP_HOST = 'app.bitsgap.com';
export const SESSION_COOKIE = 'bitsgap_session';

/** The Bitsgap session cookie a signed-in browser holds, in the shape both browser drivers take. */
export function sessionCookie(server: TestServer) {
  return { name: SESSION_COOKIE, value: server.bitsgap.session, domain: BITSGAP_HOST, path: '/', secure: true, httpOnly: true, sameSite: 'None' as const };
}

export type TrustedIpsMode = 'ok' | 'signed-out' | 'server-error' | 'rate-limited' | 'slow' | 'malformed' | 'wrong-shape' | 'missing';

export interface RefreshCall {
  label: unknown;
  cookie: string | undefined;
  at: number;
}

export interface BitsgapMock {
  /**
   * false (the default): Bitsgap as it really is, with no list or refresh endpoint (404 and its
   * not-found page). true: the contract's optional endpoints, the second configuration.
   */
  endpoints: boolean;
  /** The session cookie value that counts as signed in. */
  session: string;
  ips: string[];
  trustedIpsMode: TrustedIpsMode;
  /** How long 'slow' waits before answering. */
  slowMs: number;
  trustedIpsCalls: { cookie: string | undefined }[];
  /** Statuses the refresh endpoint answers next, one per call; 200 once empty. */
  refreshStatuses: number[];
  refreshStatus: string;
  refreshCalls: RefreshCall[];
  /** How the "My exchanges" page draws Binance's pop-up. */
  variant: BitsgapVariant;
  /** Addresses in the pop-ups that are not Binance's (OKX's, a bot's notes). */
  otherIps: string[];
  /** What Binance's row on My exchanges says, before and after the user's Refresh. */
  rowStatus: RowStatus;
}

export interface ReplicaEvent {
  type: string;
  label?: string;
  /** card-click: which control of the card the page's own handler saw clicked, and whether the click arrived cancelled. */
  control?: string;
  prevented?: boolean;
  /** The browser's own (the user's), not a script's (the extension typing into the form). */
  trusted?: boolean;
}

/** A trusted click or key press the replica page received from the browser. */
export interface ReplicaInput {
  type: 'click' | 'keydown';
  key?: string;
  /** The element it reached (a click in the guide's shadow root reaches its host, ipwl-guide). */
  target: string;
  text: string;
  /** Inside one of the page's dialogs (the 2FA modal). */
  inDialog: boolean;
}

export interface TestServer {
  port: number;
  scenario: Scenario;
  bitsgap: BitsgapMock;
  saves: SavedRestrictions[];
  events: ReplicaEvent[];
  inputs: ReplicaInput[];
  close(): Promise<void>;
}

/** A self-signed certificate for both hosts, made once per checkout with openssl. */
export function ensureCertificate(): { key: string; cert: string } {
  const dir = join(TMP, 'tls');
  const keyPath = join(dir, 'key.pem');
  const certPath = join(dir, 'cert.pem');
  if (!existsSync(certPath)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30',
      '-keyout', keyPath, '-out', certPath, '-subj', '/CN=ipwl-test',
      '-addext', `subjectAltName=DNS:${BINANCE_HOST},DNS:${BITSGAP_HOST}`,
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
}

let replicaBundle: Promise<string> | undefined;

/** Bundles the React replica; a new salt per bundle gives new hashed class names. */
export function buildReplica(): Promise<string> {
  replicaBundle ??= build({
    entryPoints: [join(root, 'replica/binance/app.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'react',
    minify: true,
    define: {
      'process.env.NODE_ENV': '"production"',
      __REPLICA_SALT__: JSON.stringify(Math.random().toString(36).slice(2)),
    },
  }).then((r) => r.outputFiles![0]!.text);
  return replicaBundle;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string, type = 'application/json') {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

function replicaHtml(scenario: Scenario): string {
  const json = JSON.stringify(scenario).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="${scenario.locale}" dir="${scenario.dir}"><head><meta charset="utf-8">
<title>API Management | Binance</title></head><body><div id="__APP"></div>
<script id="__REPLICA_SCENARIO" type="application/json">${json}</script>
<script src="/static/replica.js"></script>${scenario.hostile ? '<script src="/static/hostile.js"></script>' : ''}</body></html>`;
}

async function handleBinance(server: TestServer, req: IncomingMessage, res: ServerResponse, url: URL) {
  if (url.pathname === '/static/replica.js') return send(res, 200, await buildReplica(), 'text/javascript');
  if (url.pathname === '/static/hostile.js') return send(res, 200, readFileSync(join(root, 'replica/binance/hostile.js'), 'utf8'), 'text/javascript');
  if (req.method === 'POST' && url.pathname === '/bapi/apikey/v1/private/update-restrictions') {
    server.saves.push(JSON.parse(await readBody(req)) as SavedRestrictions);
    return send(res, 200, '{"success":true}');
  }
  if (req.method === 'POST' && url.pathname === '/__replica/input') {
    server.inputs.push(JSON.parse(await readBody(req)) as ReplicaInput);
    return send(res, 200, '{}');
  }
  if (req.method === 'POST' && url.pathname === '/__replica/event') {
    server.events.push(JSON.parse(await readBody(req)) as ReplicaEvent);
    return send(res, 200, '{}');
  }
  if (url.pathname === '/favicon.ico') return send(res, 404, '');
  return send(res, 200, replicaHtml(server.scenario), 'text/html');
}

async function handleBitsgap(server: TestServer, req: IncomingMessage, res: ServerResponse, url: URL) {
  const mock = server.bitsgap;
  const cookie = cookieValue(req, SESSION_COOKIE);
  const signedIn = cookie === mock.session;
  if (!mock.endpoints && url.pathname.startsWith('/api/')) {
    if (url.pathname.endsWith('/refresh')) mock.refreshCalls.push({ label: undefined, cookie, at: Date.now() });
    return send(res, 404, '<!doctype html><title>Not found | Bitsgap</title><h1>Page not found</h1>', 'text/html');
  }
  if (url.pathname === '/api/v1/exchanges/binance/trusted-ips' && req.method === 'GET') {
    mock.trustedIpsCalls.push({ cookie });
    if (!signedIn || mock.trustedIpsMode === 'signed-out') return send(res, 401, '{"error":"unauthorized"}');
    switch (mock.trustedIpsMode) {
      case 'server-error':
        return send(res, 500, '{"error":"internal"}');
      case 'missing':
        // Bitsgap as it really is: no such endpoint, its app's not-found page instead.
        return send(res, 404, '<!doctype html><title>Not found | Bitsgap</title><h1>Page not found</h1>', 'text/html');
      case 'rate-limited':
        return send(res, 429, '{"error":"slow down"}');
      case 'malformed':
        return send(res, 200, '{"ips": ["34.89.113.10",');
      case 'wrong-shape':
        return send(res, 200, JSON.stringify({ ips: 'not a list' }));
      case 'slow':
        await new Promise((r) => setTimeout(r, mock.slowMs));
        return send(res, 200, JSON.stringify({ ips: mock.ips }));
      case 'ok':
        return send(res, 200, JSON.stringify({ ips: mock.ips, updatedAt: '2026-11-24T10:00:00Z' }));
    }
  }
  if (url.pathname === '/api/v1/exchanges/binance/refresh' && req.method === 'POST') {
    let label: unknown;
    try {
      label = (JSON.parse(await readBody(req)) as { apiKeyLabel?: unknown }).apiKeyLabel;
    } catch {
      label = undefined;
    }
    mock.refreshCalls.push({ label, cookie, at: Date.now() });
    if (!signedIn) return send(res, 401, '{"error":"unauthorized"}');
    const status = mock.refreshStatuses.shift() ?? 200;
    if (status !== 200) return send(res, status, '{"error":"unavailable"}');
    return send(res, 200, JSON.stringify({ status: mock.refreshStatus }));
  }
  if (url.pathname === '/sign-in') return send(res, 200, bitsgapSignInPage(), 'text/html');
  return send(res, 200, bitsgapExchangesPage(mock.ips, mock.otherIps, mock.variant, mock.rowStatus), 'text/html');
}

export async function startServer(scenario: Scenario = defaultScenario()): Promise<TestServer> {
  const { key, cert } = ensureCertificate();
  await buildReplica();
  // eslint-disable-next-line prefer-const -- assigned once the handler, which needs `server`, exists
  let http: Server;
  const server: TestServer = {
    port: 0,
    scenario,
    saves: [],
    events: [],
    inputs: [],
    bitsgap: {
      session: 'session-' + Math.random().toString(36).slice(2),
      ips: ['34.89.113.10', '34.89.113.11', '52.29.100.7', '2a05:d014::10'],
      trustedIpsMode: 'ok',
      slowMs: 12_000,
      trustedIpsCalls: [],
      refreshStatuses: [],
      refreshStatus: 'connected',
      refreshCalls: [],
      endpoints: false,
      variant: PLAIN_VARIANT,
      otherIps: ['3.120.45.66', '3.120.45.67'],
      rowStatus: { before: 'Expires in 3 days', after: 'Connected' },
    },
    close: () =>
      new Promise((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
  http = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const url = new URL(req.url ?? '/', `https://${host}`);
    const handler = host === BITSGAP_HOST ? handleBitsgap : handleBinance;
    handler(server, req, res, url).catch((error: unknown) => send(res, 500, JSON.stringify({ error: String(error) })));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', () => resolve()));
  server.port = (http.address() as AddressInfo).port;
  return server;
}
