// Pages of the Bitsgap mock. "My exchanges" lists a Binance connection, an OKX connection and a
// bot named after Binance; each opens its own dialog late, after a click, like Bitsgap's
// Extend / Renew / Fix pop-up. What Bitsgap's real pop-up looks like is not public, so the
// Binance pop-up varies: the exchange named in its title or nowhere in text, the list shown
// at once or after a "Generate" click, the addresses as one text or as chips side by side.
import { random } from '../random';

export interface BitsgapVariant {
  /** The pop-up's title names Binance; otherwise no text in it names the exchange. */
  nameInTitle: boolean;
  /** The Binance row names its exchange only through its logo's alt text. */
  nameAsLogo: boolean;
  /** The addresses appear only after the user clicks "Generate". */
  generate: boolean;
  /** Addresses as adjacent chips with nothing between them, instead of one comma-separated text. */
  chips: boolean;
  /** Refresh shown in Binance's row; otherwise only under its More (⋯) menu. */
  refreshInRow: boolean;
}

export const PLAIN_VARIANT: BitsgapVariant = { nameInTitle: true, nameAsLogo: false, generate: false, chips: false, refreshInRow: true };

const DIMENSIONS = Object.keys(PLAIN_VARIANT) as (keyof BitsgapVariant)[];

/** The pop-up and row a seed draws: each dimension on or off. */
export function bitsgapVariantFor(seed: number): BitsgapVariant {
  const next = random(seed);
  return Object.fromEntries(DIMENSIONS.map((k) => [k, next() < 0.5])) as unknown as BitsgapVariant;
}

// CI's seeds for the endpoint-less journey: together they show each dimension on and off (a unit test checks it).
export const BITSGAP_CI_SEEDS = [4, 7, 10];

/** What Binance's row says before and after the user's Refresh. */
export interface RowStatus {
  before: string;
  after: string;
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
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My exchanges | Bitsgap</title></head>
<body>
<div id="root">
  <h1>My exchanges</h1>
  <div class="sc-list-p3">
    <div class="sc-row-a1" data-test="exchange-row">${binanceName} <span data-status>${escape(status.before)}</span>
      <button type="button" data-open="binance">Extend</button> ${v.refreshInRow ? '<button type="button" data-refresh>Refresh</button>' : ''}
      <button type="button" aria-label="More" aria-haspopup="menu" data-more>⋯</button></div>
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
const after = ${JSON.stringify(escape(status.after))};
document.addEventListener('click', (event) => {
  if (event.target.closest('[data-more]')) document.body.append(document.getElementById('menu').content.cloneNode(true));
  if (event.target.closest('[data-refresh]')) {
    document.querySelector('[role=menu]')?.remove();
    document.querySelector('[role=dialog]')?.remove();
    setTimeout(() => (document.querySelector('[data-status]').textContent = after), 400);
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
