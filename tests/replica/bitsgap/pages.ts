// Pages of the Bitsgap mock. The "My exchanges" page opens a dialog like Bitsgap's
// Extend / Renew / Fix pop-up, late, after a click, with a copy icon beside the addresses.
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function bitsgapExchangesPage(ips: string[], exchange: string): string {
  const list = ips.map(escape).join(', ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My exchanges | Bitsgap</title></head>
<body>
<div id="root">
  <h1>My exchanges</h1>
  <div class="sc-a1b2c3"><span>${escape(exchange)}</span> <span>API key expires soon</span>
    <button id="extend" type="button">Extend</button> <button type="button">Refresh</button></div>
</div>
<template id="dialog">
  <div class="sc-modal-x9" role="dialog" aria-modal="true" aria-labelledby="dlg-title">
    <h2 id="dlg-title">Extend ${escape(exchange)} API key</h2>
    <p>Add these IP addresses to the trusted list of your ${escape(exchange)} API key:</p>
    <div class="sc-ips-q7"><span class="sc-ip-text">${list}</span>
      <button type="button" class="sc-copy" aria-label="Copy"><svg width="16" height="16" viewBox="0 0 16 16"><rect x="4" y="4" width="9" height="9" fill="none" stroke="currentColor"/></svg></button></div>
    <button type="button" id="close">Close</button>
  </div>
</template>
<script>
document.getElementById('extend').addEventListener('click', () => {
  setTimeout(() => {
    const node = document.getElementById('dialog').content.cloneNode(true);
    document.body.append(node);
    document.getElementById('close').addEventListener('click', () => document.querySelector('[role=dialog]').remove());
  }, 150);
});
</script>
</body></html>`;
}

export function bitsgapSignInPage(): string {
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in | Bitsgap</title></head><body><h1>Sign in</h1></body></html>';
}
