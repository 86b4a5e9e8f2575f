// npm run bench: measures the built extension in real Chromium on the replica, prints a table
// and writes bench-output/bench.json. Exits 1 only when a goal is missed by more than 50 %,
// since these machines are noisy.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { binanceUrl, CHROME_BUILD, guide, launch, launchContext } from '../tests/support/chromium';
import { card } from '../tests/support/flow';
import { startServer } from '../tests/support/server';
import { defaultScenario, makeApiKey } from '../tests/replica/binance/scenario';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
if (!process.argv.includes('--prebuilt')) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });

interface Row {
  metric: string;
  value: number;
  unit: string;
  goal?: number;
  note?: string;
}
const rows: Row[] = [];
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

// 1. Bundle sizes.
function size(files: string[]) {
  const buf = Buffer.concat(files.map((f) => readFileSync(join(CHROME_BUILD, f))));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}
const popupHtml = readFileSync(join(CHROME_BUILD, 'popup.html'), 'utf8');
const popupFiles = [...popupHtml.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
for (const [name, files, goal] of [
  ['content script (Binance) gzip', ['content-scripts/binance.js', 'content-scripts/binance.css'], 25],
  ['content script (Bitsgap) gzip', ['content-scripts/bitsgap.js', 'content-scripts/bitsgap.css'], undefined],
  ['background gzip', ['background.js'], undefined],
  ['popup (all its scripts and CSS) gzip', popupFiles, undefined],
] as const) {
  const s = size([...files]);
  rows.push({ metric: name, value: kb(s.gzip), unit: 'KB', goal, note: `${kb(s.raw)} KB raw` });
}

const server = await startServer();
// The guide's timings start from a known list: the contract's list endpoint serves it.
server.bitsgap.endpoints = true;
const TRUSTED_30 = Array.from({ length: 30 }, (_, i) => `52.29.100.${i + 1}`);

try {
  const browser = await launch(server);

  // 2. Popup: time to first paint of the list (list already stored).
  {
    const warm = await browser.openPopup();
    await warm.getByRole('listitem').first().waitFor();
    await warm.close();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __listAt?: number };
        new MutationObserver(() => {
          if (w.__listAt === undefined && document.querySelector('li')) {
            requestAnimationFrame(() => (w.__listAt = performance.now()));
          }
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      await page.waitForFunction(() => (window as unknown as { __listAt?: number }).__listAt !== undefined);
      times.push(await page.evaluate(() => (window as unknown as { __listAt: number }).__listAt));
      await page.close();
    }
    rows.push({ metric: 'popup: navigation start → list painted (median)', value: Math.round(median(times)), unit: 'ms', goal: 100 });
  }

  // 3. Key list in the DOM → spotlight shown.
  {
    server.scenario = defaultScenario({ listDelayMs: 300, keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('b'), permissions: { reading: true }, ips: null }] });
    const page = await browser.context.newPage();
    // Checked once per frame: what counts is what the user can see painted. A string, because
    // tsx would wrap a named inner function in a helper the page does not have.
    await page.addInitScript({
      content: `(() => {
        const tick = (now) => {
          if (window.__listAt === undefined && /[A-Za-z0-9]{64}/.test(document.getElementById('__APP')?.textContent ?? '')) window.__listAt = now;
          if (window.__listAt !== undefined && document.querySelector('ipwl-guide')?.shadowRoot?.querySelector('.spotlight')) window.__spotAt = now;
          if (window.__spotAt === undefined) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })();`,
    });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(binanceUrl());
      await page.waitForFunction(() => (window as unknown as { __spotAt?: number }).__spotAt !== undefined, null, { timeout: 10_000 });
      times.push(await page.evaluate(() => {
        const w = window as unknown as { __listAt: number; __spotAt: number };
        return w.__spotAt - w.__listAt;
      }));
    }
    await page.close();
    rows.push({ metric: `key list in DOM → spotlight shown (median of ${RUNS})`, value: Math.round(median(times)), unit: 'ms', goal: 50 });
  }

  // 4. One-click paste of 30 addresses until verified.
  {
    server.bitsgap.ips = TRUSTED_30;
    const popup = await browser.openPopup();
    await popup.getByRole('button', { name: 'Fetch from Bitsgap' }).click();
    await popup.getByText('30 trusted IPs', { exact: false }).waitFor();
    await popup.close();
    server.scenario = defaultScenario({ listDelayMs: 0, keys: [{ label: 'Bitsgap_com', apiKey: makeApiKey('b'), permissions: { reading: true }, ips: null }] });
    const page = await browser.context.newPage();
    const times: number[] = [];
    for (let i = 0; i < Math.max(5, Math.round(RUNS / 2)); i++) {
      await page.goto(binanceUrl());
      await card(page, 'Bitsgap_com').getByRole('button', { name: 'Edit restrictions' }).click();
      const paste = guide(page).getByRole('button', { name: 'Paste 30 trusted IPs' });
      await paste.waitFor();
      await page.evaluate(() => {
        const w = window as unknown as { __clickAt?: number; __doneAt?: number };
        const root = document.querySelector('ipwl-guide')!.shadowRoot!;
        w.__clickAt = undefined;
        w.__doneAt = undefined;
        root.addEventListener('click', () => (w.__clickAt ??= performance.now()), { capture: true });
        new MutationObserver(() => {
          if (w.__doneAt === undefined && /^Added 30/.test(root.querySelector('[role=status]')?.textContent ?? '')) w.__doneAt = performance.now();
        }).observe(root, { subtree: true, childList: true, characterData: true });
      });
      await paste.click();
      await page.waitForFunction(() => (window as unknown as { __doneAt?: number }).__doneAt !== undefined);
      times.push(await page.evaluate(() => {
        const w = window as unknown as { __clickAt: number; __doneAt: number };
        return w.__doneAt - w.__clickAt;
      }));
    }
    await page.close();
    rows.push({ metric: 'one-click paste of 30 addresses until verified (median)', value: Math.round(median(times)), unit: 'ms', goal: 300 });
  }

  // 5. Main-thread time under a 10,000-mutation load, with and without the extension.
  {
    server.scenario = defaultScenario({ listDelayMs: 0 });
    const load = async (page: Page, cdp: CDPSession) => {
      await page.goto(binanceUrl());
      await page.getByText('Bitsgap_com', { exact: true }).waitFor();
      // Past the spotlight's opening pulse (under 3 s): what is measured is the cost of watching.
      await page.waitForTimeout(3000);
      await cdp.send('Performance.enable');
      const before = await cdp.send('Performance.getMetrics');
      await page.evaluate(async () => {
        // 10,000 mutations inside the app root over 100 frames, as a busy React page makes them:
        // each frame replaces 50 visible rows and measures the result, so style and layout run too.
        const host = document.createElement('div');
        document.getElementById('__APP')!.append(host);
        for (let frame = 0; frame < 100; frame++) {
          host.replaceChildren();
          for (let i = 0; i < 50; i++) {
            const row = document.createElement('div');
            row.textContent = `price ${frame}.${i}`;
            host.append(row);
          }
          void host.offsetHeight;
          await new Promise((r) => requestAnimationFrame(r));
        }
        host.remove();
      });
      await page.waitForTimeout(100);
      const after = await cdp.send('Performance.getMetrics');
      const metric = (m: typeof before, name: string) => m.metrics.find((x) => x.name === name)!.value;
      // Script, style and layout: the main-thread work itself, without the frame-pacing jitter
      // that TaskDuration adds on these machines.
      const ms = (n: string) => (metric(after, n) - metric(before, n)) * 1000;
      return { script: ms('ScriptDuration'), total: ms('ScriptDuration') + ms('RecalcStyleDuration') + ms('LayoutDuration') };
    };
    const withExt: { script: number; total: number }[] = [];
    const without: { script: number; total: number }[] = [];
    // The baseline is the same kind of browser window, without the extension.
    const baseline = await launchContext(server, { extension: null });
    const plainPage = await baseline.newPage();
    const extPage = await browser.context.newPage();
    const extCdp = await browser.context.newCDPSession(extPage);
    const plainCdp = await baseline.newCDPSession(plainPage);
    for (let i = 0; i < 15; i++) {
      withExt.push(await load(extPage, extCdp));
      without.push(await load(plainPage, plainCdp));
    }
    await baseline.close();
    // Layout time alone swings by ±15 % between identical runs here, in both windows alike; the
    // lower quartile of each side is far steadier than a median or a ratio of pairs.
    // Layout time swings by ±15 % between identical runs here, in both windows alike, so the
    // gate is the script time the extension adds (its observers and renders run on the page's
    // main thread) as a share of the page's own script, style and layout work.
    const total = (xs: { total: number }[]) => median(xs.map((x) => x.total));
    const script = (xs: { script: number }[]) => median(xs.map((x) => x.script));
    const extra = (script(withExt) - script(without)) / total(without);
    rows.push({ metric: 'main-thread script+style+layout, 10,000 mutations, without extension (median)', value: Math.round(total(without)), unit: 'ms' });
    rows.push({ metric: 'main-thread script+style+layout, 10,000 mutations, with extension (median)', value: Math.round(total(withExt)), unit: 'ms' });
    rows.push({ metric: 'extra main-thread script with the extension, share of the page’s work (guide open)', value: Math.round(extra * 1000) / 10, unit: '%', goal: 5 });
  }
  await browser.close();
} finally {
  await server.close();
}

const date = new Date().toISOString().slice(0, 10);
const failed = rows.filter((r) => r.goal !== undefined && r.value > r.goal * 1.5);
console.log(`\nBenchmark, ${date}, real Chromium on the replica (goal missed by > 50 % fails)\n`);
console.log('| metric | value | goal | |');
console.log('| --- | --- | --- | --- |');
for (const r of rows) {
  const verdict = r.goal === undefined ? '' : r.value <= r.goal ? 'met' : r.value <= r.goal * 1.5 ? 'missed (within 50 %)' : 'FAILED';
  console.log(`| ${r.metric} | ${r.value} ${r.unit}${r.note ? ` (${r.note})` : ''} | ${r.goal === undefined ? '' : `≤ ${r.goal} ${r.unit}`} | ${verdict} |`);
}
mkdirSync('bench-output', { recursive: true });
writeFileSync('bench-output/bench.json', JSON.stringify({ date, rows }, null, 2));
console.log('\nwrote bench-output/bench.json');
process.exit(failed.length > 0 ? 1 : 0);
