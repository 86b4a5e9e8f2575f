// The status watcher on My exchanges: it hands on every change of a Binance connection's status,
// and nothing else; figures ticking every frame, beside the status or elsewhere on the page,
// make it read nothing at all (Bitsgap's page may be that busy; the benchmark measures it).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchStatuses } from '@/lib/bitsgap/status-watch';
import type { ConnectionReading } from '@/lib/domain';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
async function frames(n = 2) {
  for (let i = 0; i < n; i++) await frame();
}

let stop: AbortController;
let seen: ConnectionReading[][];

function page(status = '<span class="s">Expires in 3 days</span>') {
  document.body.innerHTML = `
    <div id="ticker"><span id="price">97,000.00</span></div>
    <div id="list">
      <div id="row1"><img alt="Binance"><span>Main</span> <span id="balance">$1,000.00</span> <span id="orders">3</span> ${status} <button>Extend</button></div>
      <div id="okx"><img alt="OKX"><span>Connected</span><button>Fix</button></div>
    </div>`;
}

/** How many mutation records reach the watcher's observers (every one costs on a busy page). */
function countRecords() {
  const delivered = { n: 0 };
  const Native = window.MutationObserver;
  vi.stubGlobal(
    'MutationObserver',
    class extends Native {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          delivered.n += records.length;
          callback(records, observer);
        });
      }
    },
  );
  return delivered;
}

function start() {
  const watch = watchStatuses(document, stop.signal, (readings) => seen.push(readings));
  watch.setActive(true);
  return watch;
}

/** How many times the page is searched: every read of the page searches it, nothing else here does. */
function countSearches() {
  const calls = { n: 0 };
  for (const proto of [Element.prototype, Document.prototype]) {
    for (const name of ['querySelectorAll', 'querySelector'] as const) {
      const original = proto[name] as (...args: unknown[]) => unknown;
      vi.spyOn(proto, name).mockImplementation(function (this: unknown, ...args: unknown[]) {
        calls.n += 1;
        return original.apply(this, args);
      } as never);
    }
  }
  return calls;
}

beforeEach(() => {
  stop = new AbortController();
  seen = [];
});
afterEach(() => {
  stop.abort();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the status watcher', () => {
  it('hands on the statuses once read, and reads nothing while figures tick every frame, beside the status or elsewhere', async () => {
    page();
    start();
    await frames();
    expect(seen).toEqual([[{ name: 'Main', status: 'expires_soon', days: 3 }]]);
    const searches = countSearches();
    for (let i = 0; i < 60; i++) {
      document.getElementById('price')!.textContent = `97,${i}.00`;
      document.getElementById('balance')!.firstChild!.nodeValue = `$1,0${i}.00`;
      // Written as a new text node each frame, as some frameworks write an element's text.
      document.getElementById('orders')!.textContent = String(i);
      document.getElementById('ticker')!.append(Object.assign(document.createElement('i'), { textContent: String(i) }));
      await frame();
    }
    expect(searches.n).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it('once the rows are known, figures replaced elsewhere on the page do not even reach it', async () => {
    const records = countRecords();
    page();
    start();
    await frames();
    const before = records.n;
    for (let i = 0; i < 30; i++) {
      document.getElementById('price')!.textContent = `97,${i}.00`;
      await frame();
    }
    expect(records.n).toBe(before);
    expect(seen).toHaveLength(1);
  });

  it('a page with no Binance row is watched for rows arriving only for a while after it opens or the user clicks', async () => {
    const records = countRecords();
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    document.body.innerHTML = '<div id="ticker"><span id="price">1</span></div><div id="list"><div><img alt="OKX"><span>Connected</span><button>Fix</button></div></div>';
    start();
    await frames();
    const tick = async () => {
      document.getElementById('price')!.textContent = String(now);
      await frames(1);
    };
    await tick();
    expect(records.n).toBeGreaterThan(0);
    now += 11_000;
    await tick();
    const after = records.n;
    for (let i = 0; i < 10; i++) await tick();
    expect(records.n).toBe(after);
    // The user clicks (a tab, a filter): a Binance row arriving then is read.
    document.body.click();
    document.getElementById('list')!.insertAdjacentHTML('beforeend', '<div><img alt="Binance"><span>Expired</span><button>Renew</button></div>');
    await frames();
    expect(seen).toEqual([[{ name: 'Binance', status: 'expired' }]]);
  });

  it('hands on a status that changed in place, and N changed in a tooltip', async () => {
    page('<span class="s" aria-label="Expires in 3 days">Expires soon</span>');
    start();
    await frames();
    expect(seen.at(-1)).toEqual([{ name: 'Main', status: 'expires_soon', days: 3 }]);
    document.querySelector('.s')!.setAttribute('aria-label', 'Expires in 2 days');
    await frames();
    expect(seen.at(-1)).toEqual([{ name: 'Main', status: 'expires_soon', days: 2 }]);
    // Bitsgap's Refresh: the status written anew.
    document.querySelector('.s')!.outerHTML = '<span class="s">Connected</span>';
    await frames();
    expect(seen.at(-1)).toEqual([{ name: 'Main', status: 'connected' }]);
    document.querySelector('.s')!.textContent = 'Expired';
    await frames();
    expect(seen.at(-1)).toEqual([{ name: 'Main', status: 'expired' }]);
    expect(seen).toHaveLength(4);
    // A status's words arriving as a bare text node of the row's, beside the status element.
    document.querySelector('.s')!.textContent = '';
    document.getElementById('row1')!.append(document.createTextNode('Expires in 1 day'));
    await frames();
    expect(seen.at(-1)).toEqual([{ name: 'Main', status: 'expires_soon', days: 1 }]);
    expect(seen).toHaveLength(5);
  });

  it('hands on a second Binance connection arriving, and a row re-drawn the same is nothing new', async () => {
    page();
    start();
    await frames();
    const row = document.createElement('div');
    row.innerHTML = '<img alt="Binance"><span>Grid bots</span><span>Withdrawal enabled</span><button>Extend</button>';
    document.getElementById('list')!.append(row);
    await frames();
    expect(seen.at(-1)).toEqual([
      { name: 'Main', status: 'expires_soon', days: 3 },
      { name: 'Grid bots', status: 'withdrawal_enabled' },
    ]);
    const count = seen.length;
    // React replacing the first row with an identical one: read again, and nothing to hand on.
    const first = document.getElementById('row1')!;
    first.replaceWith(first.cloneNode(true));
    await frames();
    expect(seen).toHaveLength(count);
  });

  it('rows drawn after the watcher started (the page loading) are read when they arrive', async () => {
    document.body.innerHTML = '<div id="list"><p>Loading…</p></div>';
    start();
    await frames();
    expect(seen).toEqual([]);
    document.getElementById('list')!.innerHTML = '<div><img alt="Binance"><span>Invalid</span><button>Fix</button></div><div><img alt="OKX"><span>Connected</span><button>Fix</button></div>';
    await frames();
    expect(seen).toEqual([[{ name: 'Binance', status: 'invalid' }]]);
  });

  it('stops reading when the user leaves My exchanges, and a new visit hands the statuses on again', async () => {
    page();
    const watch = start();
    await frames();
    watch.setActive(false);
    document.querySelector('.s')!.textContent = 'Expired';
    await frames();
    expect(seen).toHaveLength(1);
    document.querySelector('.s')!.textContent = 'Expires in 3 days';
    watch.setActive(true);
    await frames();
    // The same statuses as before: a new visit is a new reading all the same.
    expect(seen).toEqual([[{ name: 'Main', status: 'expires_soon', days: 3 }], [{ name: 'Main', status: 'expires_soon', days: 3 }]]);
  });
});
