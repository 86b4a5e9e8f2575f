import { describe, expect, it } from 'vitest';
import { findBinanceMore, findBinanceRefresh, findBinanceRow, readRowStatus } from '@/lib/bitsgap/page';

function page(binanceRow: string, extra = ''): Document {
  return new DOMParser().parseFromString(
    `<div id="list">
      <div id="binance"><img alt="Binance"><span>${binanceRow}</span><button>Extend</button><button aria-label="More">⋯</button></div>
      <div><span>OKX</span><span>Connected</span><button>Refresh</button></div>
      <div><span>Binance Grid Bot</span><span>Invalid</span><button>Refresh</button></div>
    </div>${extra}`,
    'text/html',
  );
}

describe('the Binance row on My exchanges', () => {
  it.each([
    ['Connected', 'connected'],
    ['Expires in 5 days', 'expires_soon'],
    ['Expires in 1 day', 'expires_soon'],
    ['Expired', 'expired'],
    ['Incorrect permissions', 'incorrect_permissions'],
    ['Withdrawal enabled', 'withdrawal_enabled'],
    ['Temporary issue', 'temporary_issue'],
    ['Invalid', 'invalid'],
    ['Inactive Futures', 'inactive_futures'],
  ])('“%s” is recorded as %s, each status its own outcome', (shown, outcome) => {
    const doc = page(shown);
    expect(findBinanceRow(doc)?.id).toBe('binance');
    expect(readRowStatus(findBinanceRow(doc)!)).toBe(outcome);
  });

  it('finds Binance’s More, and its Refresh only in Binance’s row, pop-up or the menu the user opened; never OKX’s or a bot’s', () => {
    const doc = page('Expired');
    expect(findBinanceMore(doc)?.getAttribute('aria-label')).toBe('More');
    // happy-dom draws nothing: a control counts as shown when it has a box, as in a browser.
    const shown = (d: Document) => d.querySelectorAll('*').forEach((el) => Object.assign(el, { getBoundingClientRect: () => ({ width: 10, height: 10 }) }));
    shown(doc);
    expect(findBinanceRefresh(doc, { more: false, popUp: false })).toBeUndefined();
    const withMenu = page('Expired', '<div role="menu"><div role="menuitem">Refresh</div></div>');
    shown(withMenu);
    expect(findBinanceRefresh(withMenu, { more: false, popUp: false })).toBeUndefined();
    expect(findBinanceRefresh(withMenu, { more: true, popUp: false })?.getAttribute('role')).toBe('menuitem');
    const inPopUp = page('Expired', '<div role="dialog" aria-label="Extend Binance API key"><button>Refresh</button></div>');
    shown(inPopUp);
    expect(findBinanceRefresh(inPopUp, { more: false, popUp: false })?.closest('[role=dialog]')).not.toBeNull();
    // An untitled pop-up counts only when the user opened it from Binance's row.
    const untitled = page('Expired', '<div role="dialog" aria-label="Trusted IP addresses"><button>Refresh</button></div>');
    shown(untitled);
    expect(findBinanceRefresh(untitled, { more: false, popUp: false })).toBeUndefined();
    expect(findBinanceRefresh(untitled, { more: false, popUp: true })?.closest('[role=dialog]')).not.toBeNull();
  });
});

describe('where a notice sits', () => {
  const view = { width: 1280, height: 800 };
  it('in the top end corner, unless the control the user is led to is in that corner’s band', async () => {
    const { noticeEdge } = await import('@/lib/bitsgap/notices');
    expect(noticeEdge(undefined, view, 'ltr')).toBe('top');
    // Bitsgap's More menu, dropped down under the header at the right.
    expect(noticeEdge({ top: 120, left: 1150, right: 1240 }, view, 'ltr')).toBe('bottom');
    // A Refresh in the row, on the left: the corner is free.
    expect(noticeEdge({ top: 80, left: 260, right: 320 }, view, 'ltr')).toBe('top');
    // Low on the page, under where a top notice reaches.
    expect(noticeEdge({ top: 600, left: 1150, right: 1240 }, view, 'ltr')).toBe('top');
    // Right to left, the end corner is the left one.
    expect(noticeEdge({ top: 120, left: 40, right: 130 }, view, 'rtl')).toBe('bottom');
    expect(noticeEdge({ top: 120, left: 1150, right: 1240 }, view, 'rtl')).toBe('top');
  });
});
