// Pages of the Bitsgap mock. "My exchanges" lists a Binance connection, an OKX connection and a
// bot named after Binance; each opens its own dialog late, after a click, like Bitsgap's
// Extend / Renew / Fix pop-up. What Bitsgap's real pop-up looks like is not public, so the
// Binance pop-up varies: the exchange named in its title or nowhere in text, the list shown
// at once or after a "Generate" click, the addresses as one text or as chips side by side.
// Where and how a row writes its status is not public either, so that varies too: plain text,
// a chip after the buttons, the days in an element of their own, the days only in the chip's
// tooltip (MUI's aria-label); "Expires in 3 days" or "3 days left"; one Binance connection or two.
import { random } from '../random';

export const BITSGAP_DIMENSIONS = {
  /** The pop-up's title names Binance; otherwise no text in it names the exchange. */
  nameInTitle: [true, false],
  /** The Binance row names its exchange only through its logo's alt text. */
  nameAsLogo: [true, false],
  /** The addresses appear only after the user clicks "Generate". */
  generate: [true, false],
  /** Addresses as adjacent chips with nothing between them, instead of one comma-separated text. */
  chips: [true, false],
  /** Refresh shown in Binance's row; otherwise only under its More (⋯) menu. */
  refreshInRow: [true, false],
  /**
   * How the row writes its status: text beside the name; a chip after the buttons; the days in
   * an element of their own with no space around them; a chip saying only "Expires soon" whose
   * tooltip (aria-label) has the days.
   */
  statusForm: ['text', 'chip', 'split', 'tooltip'],
  /** "Expires in 3 days", or "3 days left". */
  statusWording: ['expires-in', 'days-left'],
  /** One Binance connection, or two, each with a name of its own. */
  connections: [1, 2],
} as const;

type Drawn = { -readonly [K in keyof typeof BITSGAP_DIMENSIONS]: (typeof BITSGAP_DIMENSIONS)[K][number] };
// How the status is written may be left out: then it is written as before it varied.
type StatusDimension = 'statusForm' | 'statusWording' | 'connections';
export type BitsgapVariant = Omit<Drawn, StatusDimension> & Partial<Pick<Drawn, StatusDimension>>;

/** The page before it varied its status: the default for tests about other things. */
export const PLAIN_VARIANT: BitsgapVariant = { nameInTitle: true, nameAsLogo: false, generate: false, chips: false, refreshInRow: true, statusForm: 'text', statusWording: 'expires-in', connections: 1 };

/** The pop-up and row a seed draws (the first five are drawn as before the others existed, so old seeds draw the same pop-up). */
export function bitsgapVariantFor(seed: number): Drawn {
  const next = random(seed);
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  return Object.fromEntries(Object.entries(BITSGAP_DIMENSIONS).map(([k, values]) => [k, pick(values as readonly unknown[])])) as Drawn;
}

// CI's seeds for the endpoint-less journey: together they show each pop-up dimension on and off (a unit test checks it).
export const BITSGAP_CI_SEEDS = [4, 7, 10];
// CI's seeds for reading the status: together they show every value of the status dimensions (a unit test checks it).
export const BITSGAP_STATUS_CI_SEEDS = [36, 6, 5, 29];

/** What Binance's row says before and after the user's Refresh; with two connections, what the second says. */
export interface RowStatus {
  before: string;
  after: string;
  second?: string;
}

/** The names of the two Binance connections, when the page shows two. */
export const CONNECTION_NAMES = ['Main account', 'Grid bots'];

/** A row's status, written the way the variant writes it. */
export function statusHtml(text: string, v: BitsgapVariant): string {
  const days = /^Expires in (\d+) days?$/.exec(text)?.[1];
  const unit = days === '1' ? 'day' : 'days';
  const words = days === undefined ? escape(text) : v.statusWording === 'days-left' ? `${days} ${unit} left` : escape(text);
  const chip = (inner: string, attrs = '') =>
    `<span data-status${attrs} class="sc-chip-s4" style="display:inline-flex;gap:4px;align-items:center;padding:2px 8px;border-radius:12px;background:#fff4d6"><span aria-hidden="true" style="width:6px;height:6px;border-radius:50%;background:#f0b90b"></span><span>${inner}</span></span>`;
  switch (v.statusForm ?? 'text') {
    case 'text':
      return `<span data-status>${words}</span>`;
    case 'chip':
      return chip(words);
    case 'split':
      if (days === undefined) return `<span data-status><span>${words}</span></span>`;
      // Adjacent elements, spaced by CSS only: the text reads "Expires in3days".
      return v.statusWording === 'days-left'
        ? `<span data-status style="display:inline-flex;gap:4px"><b>${days}</b><span>${unit} left</span></span>`
        : `<span data-status style="display:inline-flex;gap:4px"><span>Expires in</span><b>${days}</b><span>${unit}</span></span>`;
    case 'tooltip':
      return days === undefined ? chip(words) : chip('Expires soon', ` aria-label="${words}"`);
  }
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function addresses(ips: string[], chips: boolean): string {
  return chips ? ips.map((ip) => `<span class="sc-chip-k2">${escape(ip)}</span>`).join('') : `<span class="sc-ip-text">${ips.map(escape).join(', ')}</span>`;
}

/** `ips` for Binance's pop-up; `otherIps` show in the OKX pop-up and in the bot's notes. */
export function bitsgapExchangesPage(ips: string[], otherIps: string[], v: BitsgapVariant, status: RowStatus = { before: 'Expires in 3 days', after: 'Connected' }): string {
  const title = v.nameInTitle ? 'Extend Binance API key' : 'Trusted IP addresses';
  const list = addresses(ips, v.chips);
  const binanceName = v.nameAsLogo ? '<img src="data:," alt="Binance" width="16" height="16">' : '<img src="data:," alt="" width="16" height="16"><span>Binance</span>';
  const two = v.connections === 2;
  const named = (i: number) => (two ? ` <span>${CONNECTION_NAMES[i]}</span>` : '');
  // Where the status stands: beside the name, or (a chip) after the row's buttons.
  const beside = (html: string) => (v.statusForm === 'chip' ? '' : ` ${html}`);
  const after = (html: string) => (v.statusForm === 'chip' ? ` ${html}` : '');
  const first = statusHtml(status.before, v);
  const second = statusHtml(status.second ?? 'Connected', v).replace('data-status', 'data-status2');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My exchanges | Bitsgap</title></head>
<body>
<div id="root">
  <h1>My exchanges</h1>
  <div class="sc-list-p3">
    <div class="sc-row-a1" data-test="exchange-row">${binanceName}${named(0)}${beside(first)}
      <button type="button" data-open="binance">Extend</button> ${v.refreshInRow ? '<button type="button" data-refresh>Refresh</button>' : ''}
      <button type="button" aria-label="More" aria-haspopup="menu" data-more>⋯</button>${after(first)}</div>
    ${two ? `<div class="sc-row-a1" data-test="exchange-row">${binanceName}${named(1)}${beside(second)}
      <button type="button" data-open="binance">Extend</button>${after(second)}</div>` : ''}
    <div class="sc-row-a1" data-test="exchange-row"><img src="data:," alt="" width="16" height="16"><span>OKX</span> <span>Connected</span>
      <button type="button" data-open="okx">Fix</button></div>
    <div class="sc-row-b7"><span>Binance Grid Bot</span> <span>Running</span>
      <button type="button" data-open="bot">Notes</button> <button type="button">Refresh</button></div>
  </div>
</div>
<template id="binance">
  <div class="sc-modal-x9" role="dialog" aria-modal="true" aria-labelledby="dlg-title">
    <h2 id="dlg-title">${title}</h2>
    <p>Add these IP addresses to the trusted list of your API key, then click Refresh.</p>
    <div class="sc-ips-q7">${v.generate ? '<button type="button" data-generate>Generate</button>' : list}
      <button type="button" class="sc-copy" aria-label="Copy"><svg width="16" height="16" viewBox="0 0 16 16"><rect x="4" y="4" width="9" height="9" fill="none" stroke="currentColor"/></svg></button></div>
    <button type="button" data-refresh>Refresh</button> <button type="button" data-close>Close</button>
  </div>
</template>
<template id="generated">${list}</template>
<template id="okx">
  <div class="sc-modal-x9" role="dialog" aria-modal="true" aria-labelledby="okx-title">
    <h2 id="okx-title">Extend OKX API key<span style="display:none">Binance</span></h2>
    <p>Unlike Binance, OKX needs these addresses:</p>
    <div>${addresses(otherIps, v.chips)}</div>
    <button type="button" data-close>Close</button>
  </div>
</template>
<template id="bot">
  <div class="sc-modal-x9" role="dialog" aria-modal="true" aria-label="Binance Grid Bot notes">
    <h2>Binance Grid Bot</h2>
    <p>Notes: my Binance servers are ${otherIps.map(escape).join(', ')}</p>
    <button type="button" data-close>Close</button>
  </div>
</template>
<template id="menu">
  <div role="menu" class="sc-menu-m2" style="position: fixed; top: 120px; right: 40px; background: #fff; border: 1px solid #ccc; padding: 4px;">
    <div role="menuitem" tabindex="0" data-refresh>Refresh</div><div role="menuitem" tabindex="0">Delete</div>
  </div>
</template>
<script>
const after = ${JSON.stringify(statusHtml(status.after, v))};
document.addEventListener('click', (event) => {
  if (event.target.closest('[data-more]')) document.body.append(document.getElementById('menu').content.cloneNode(true));
  if (event.target.closest('[data-refresh]')) {
    document.querySelector('[role=menu]')?.remove();
    document.querySelector('[role=dialog]')?.remove();
    setTimeout(() => (document.querySelector('[data-status]').outerHTML = after), 400);
  }
  const opener = event.target.closest('[data-open]');
  if (opener) {
    setTimeout(() => document.body.append(document.getElementById(opener.dataset.open).content.cloneNode(true)), 150);
  }
  if (event.target.closest('[data-close]')) event.target.closest('[role=dialog]').remove();
  const generate = event.target.closest('[data-generate]');
  if (generate) {
    setTimeout(() => generate.replaceWith(document.getElementById('generated').content.cloneNode(true)), 200);
  }
});
</script>
</body></html>`;
}

export function bitsgapSignInPage(): string {
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in | Bitsgap</title></head><body><h1>Sign in</h1></body></html>';
}
