// Deciding that a dialog on Bitsgap's page is its trusted-IP pop-up for Binance, over generated
// real and spoof dialogs (happy-dom).
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { storeTrustedIps } from '@/lib/trusted-ips';
import { findTrustedIpDialog, rowExchange, titleExchange, visibleTokens, type Exchange } from '@/lib/bitsgap/capture';
import { dialogTitle } from '@/lib/dom';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

// happy-dom draws nothing: every element gets the box a shown pop-up has in a browser, unless a
// case gives it another.
const drawn = Element.prototype.getBoundingClientRect;
beforeAll(() => {
  Element.prototype.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: 100, width: 400, height: 300 });
});
afterAll(() => {
  Element.prototype.getBoundingClientRect = drawn;
});

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const octet = fc.integer({ min: 1, max: 254 });
const publicIp = fc.tuple(fc.integer({ min: 1, max: 9 }), octet, octet, octet).map((p) => p.join('.'));
const ips = fc.uniqueArray(publicIp, { minLength: 1, maxLength: 12 });
const layout = fc.constantFrom('text', 'chips', 'lines', 'input');

function listHtml(list: string[], how: string): string {
  switch (how) {
    case 'chips':
      return list.map((ip) => `<span>${ip}</span>`).join('');
    case 'lines':
      return list.map((ip) => `<div><span>${ip}</span><button aria-label="Copy">⧉</button></div>`).join('');
    case 'input':
      return `<textarea readonly>${list.join('\n')}</textarea>`;
    default:
      return `<p>${list.join(', ')}</p>`;
  }
}

function dialog(title: string, body: string, labelled = true): string {
  return labelled
    ? `<div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">${title}</h2>${body}<button>Close</button></div>`
    : `<div role="dialog"><h3>${title}</h3>${body}</div>`;
}

// Titles of Bitsgap's pop-up for Binance, and titles that name no exchange.
const binanceTitle = fc.constantFrom('Extend Binance API key', 'Binance: trusted IP addresses', 'Renew your Binance connection', 'Fix Binance Futures API key', 'Продлить API-ключ Binance');
const neutralTitle = fc.constantFrom('Trusted IP addresses', 'Extend API key', 'IP whitelist', 'Add these IPs');
const otherExchange = fc.constantFrom('OKX', 'Bybit', 'KuCoin', 'Kraken', 'Coinbase', 'Gate.io', 'Bitget', 'Binance US', 'Binance TR', 'MEXC');

// Dialogs that must never be taken: another exchange's, a bot's or a note's that mention Binance,
// and "Binance" present only as hidden text.
const spoof = fc.oneof(
  fc.tuple(otherExchange, ips, layout).map(([ex, list, how]) => dialog(`Extend ${ex} API key`, `<p>Unlike Binance, ${ex} needs:</p>${listHtml(list, how)}`)),
  fc.tuple(fc.constantFrom('Binance Grid Bot', 'My Binance bot', 'Binance DCA bot settings', 'Bot: Binance'), ips, layout).map(([name, list, how]) => dialog(name, listHtml(list, how))),
  fc.tuple(neutralTitle, ips, layout).map(([title, list, how]) => dialog(`${title}<span style="display:none">Binance</span>`, `<p hidden>Binance</p>${listHtml(list, how)}`)),
  fc.tuple(fc.constantFrom('Notes', 'My servers', 'Bot notes'), ips).map(([title, list]) => dialog(title, `<p>Binance servers: ${list.join(' ')}</p>`, false)),
  fc.tuple(otherExchange, ips).map(([ex, list]) => dialog(`${ex}<span hidden> Binance</span>`, listHtml(list, 'text'))),
);

describe('which dialog is Binance’s trusted-IP pop-up', () => {
  it('never a spoof, whatever row the user opened it from, other than Binance’s (500 dialogs)', () => {
    fc.assert(
      fc.property(spoof, fc.constantFrom<Exchange | undefined>(undefined, 'other'), (html, opener) => {
        expect(findTrustedIpDialog(page(html), opener)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('another exchange’s or a bot’s dialog stays refused even after the user clicked on Binance’s row (300 dialogs)', () => {
    const named = fc.oneof(
      fc.tuple(otherExchange, ips).map(([ex, list]) => dialog(`Extend ${ex} API key`, listHtml(list, 'text'))),
      fc.tuple(fc.constantFrom('Binance Grid Bot', 'My Binance bot'), ips).map(([name, list]) => dialog(name, listHtml(list, 'chips'))),
    );
    fc.assert(
      fc.property(named, (html) => {
        expect(findTrustedIpDialog(page(html), 'binance')).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('Binance’s pop-up titled for Binance, in any layout, with every address in order, when the user opened it from Binance’s row; the title alone offers nothing (300 dialogs)', () => {
    fc.assert(
      fc.property(binanceTitle, ips, layout, (title, list, how) => {
        const html = dialog(title, listHtml(list, how));
        const found = findTrustedIpDialog(page(html), 'binance');
        expect(found?.ips).toEqual(list);
        expect(found?.reason).toBe('title');
        expect(findTrustedIpDialog(page(html), undefined)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('a dialog that was already open when the user clicked Binance’s row is not the one they opened', () => {
    const doc = page(dialog('Extend Binance API key', listHtml(['8.8.8.8'], 'text')));
    const planted = doc.querySelector('[role=dialog]')!;
    expect(findTrustedIpDialog(doc, 'binance', (d) => d !== planted)).toBeUndefined();
  });

  it('a pop-up that never names the exchange, when the user opened it from Binance’s row (300 dialogs)', () => {
    fc.assert(
      fc.property(neutralTitle, ips, layout, (title, list, how) => {
        const html = dialog(title, listHtml(list, how));
        expect(findTrustedIpDialog(page(html), 'binance')).toMatchObject({ ips: list, reason: 'row' });
        expect(findTrustedIpDialog(page(html), undefined)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('reads visible addresses only; anything not an address spoils the offer, and the background refuses what the contract refuses', async () => {
    const doc = page(dialog('Extend Binance API key', '<p>8.8.8.8<span style="display:none">6.6.6.6</span><span aria-hidden="true">7.7.7.7</span></p>'));
    expect(visibleTokens(doc.querySelector('[role=dialog]')!)).toEqual(['8.8.8.8']);
    expect(findTrustedIpDialog(page(dialog('Extend Binance API key', '<p>8.8.8.8, 1.2.3.999</p>')), 'binance')).toBeUndefined();
    // The content script has no contract rules (no ipaddr.js there): a private address is offered,
    // and the background refuses to store it.
    const offered = findTrustedIpDialog(page(dialog('Extend Binance API key', '<p>8.8.8.8, 10.0.0.1</p>')), 'binance');
    expect(offered?.ips).toEqual(['8.8.8.8', '10.0.0.1']);
    expect(await storeTrustedIps(offered!.ips, 'bitsgap-page')).toMatchObject({ ok: false, rejected: [{ entry: '10.0.0.1', reason: 'private' }] });
  });

  it('titles: named by aria-labelledby, aria-label or the first heading; a bot’s title is never Binance’s', () => {
    expect(dialogTitle(page(dialog('Extend Binance API key', '')).querySelector('[role=dialog]')!)).toBe('Extend Binance API key');
    expect(dialogTitle(page('<div role="dialog" aria-label="Trusted IPs"><h2>Other</h2></div>').querySelector('[role=dialog]')!)).toBe('Trusted IPs');
    expect(titleExchange('Extend Binance API key')).toBe('binance');
    expect(titleExchange('Binance US API key')).toBe('other');
    expect(titleExchange('Binance Grid Bot')).toBe('other');
    expect(titleExchange('Binance and OKX')).toBeUndefined();
  });
});

describe('the row of the button the user clicked', () => {
  const rows = (binance: string) =>
    page(`<div id="list">
      <div>${binance}<span>Expires in 3 days</span><button id="b">Extend</button><button id="br">Refresh</button></div>
      <div><img alt=""><span>OKX</span><button id="o">Fix</button></div>
      <div><span>${escape('Binance Grid Bot')}</span><span>Running</span><button id="bot">Refresh</button></div>
    </div>`);

  it('is Binance’s when the row names it in text or only in its logo’s alt text', () => {
    for (const name of ['<span>Binance</span>', '<img alt="Binance">', '<img alt="logo"><b>Binance Futures</b>']) {
      const doc = rows(name);
      expect(rowExchange(doc.getElementById('b')!)).toBe('binance');
      expect(rowExchange(doc.getElementById('br')!)).toBe('binance');
      expect(rowExchange(doc.getElementById('o')!)).toBe('other');
    }
  });

  it('is nobody’s for a bot named after Binance, even when Binance is the only exchange connected', () => {
    expect(rowExchange(rows('<span>Binance</span>').getElementById('bot')!)).toBeUndefined();
    const only = page('<div><div><span>Binance</span><button>Extend</button></div><div><span>Binance Grid Bot</span><button id="bot">Refresh</button></div></div>');
    expect(rowExchange(only.getElementById('bot')!)).toBeUndefined();
  });
});

describe('a dialog a person cannot see offers nothing', () => {
  const shown = { left: 100, top: 100, width: 400, height: 300 };
  function live(style: string, box = shown, cover?: boolean) {
    document.body.innerHTML = `<div id="list"></div>${dialog('Extend Binance API key', '<p>8.8.8.8</p>').replace('role="dialog"', `role="dialog" style="${style}"`)}`;
    const d = document.querySelector('[role=dialog]')!;
    const rect = DOMRect.fromRect({ x: box.left, y: box.top, width: box.width, height: box.height });
    d.getBoundingClientRect = () => rect;
    const coverEl = document.createElement('div');
    document.body.append(coverEl);
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => (cover ? [coverEl, d] : [d.querySelector('p')!, d]) });
    return d;
  }
  afterEach(() => {
    document.body.innerHTML = '';
    delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
  });

  it('shown: offered; off screen, with no size, nearly transparent, or covered: nothing', () => {
    live('');
    expect(findTrustedIpDialog(document, 'binance')?.ips).toEqual(['8.8.8.8']);
    live('', { left: -5000, top: 100, width: 400, height: 300 });
    expect(findTrustedIpDialog(document, 'binance')).toBeUndefined();
    live('', { left: 100, top: 100, width: 0, height: 0 });
    expect(findTrustedIpDialog(document, 'binance')).toBeUndefined();
    live('opacity: 0.01');
    expect(findTrustedIpDialog(document, 'binance')).toBeUndefined();
    live('', shown, true);
    expect(findTrustedIpDialog(document, 'binance')).toBeUndefined();
  });
});
