// Sizes, gzip, of what each page pays for: exact, so any size over its goal fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD } from '../../tests/support/chromium';
import { round, type Row } from './stats';

const gz = (files: string[]) => gzipSync(Buffer.concat(files.map((f) => readFileSync(join(CHROME_BUILD, f)))), { level: 9 }).length / 1024;

export function sizeRows(): Row[] {
  const popupHtml = readFileSync(join(CHROME_BUILD, 'popup.html'), 'utf8');
  const popupFiles = [...popupHtml.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const wordFiles = readdirSync(join(CHROME_BUILD, 'words')).map((f) => `words/${f}`);
  const largestWords = wordFiles.reduce((a, b) => (gz([b]) > gz([a]) ? b : a));
  const rows: [string, number, number | undefined, string | undefined][] = [
    ['Binance, every page: content script', gz(['content-scripts/binance.js']), 2, 'a route check'],
    ['Binance, API page: the guide', gz(['guide.js']), 15, 'loaded there only'],
    ['Binance, API page: the guide’s stylesheet', gz(['assets/guide-style.css']), undefined, 'assets/guide-style.css, read with the page words, before anything is drawn'],
    ['Binance, API page: words of the page’s language', gz([largestWords]), undefined, `largest of the word files (${largestWords}), read for that language only`],
    ['Binance, API page, after the first paint: the guide’s extras', gz(['guide-extras.js']), undefined, 'guide-extras.js: click checks, panel placement, Binance’s dialogs, badges'],
    ['Binance, API page: all of the above', gz(['guide.js']) + gz(['assets/guide-style.css']) + gz([largestWords]) + gz(['guide-extras.js']), undefined, 'each file gzipped on its own, as served'],
    ['Binance, on the first Paste: the form filler', gz(['paste.js']), undefined, 'loaded on the first Paste'],
    ['Bitsgap, every page: content script', gz(['content-scripts/bitsgap.js']), 10, 'a route check'],
    ['Bitsgap, My exchanges without a pop-up: content script and watcher', gz(['content-scripts/bitsgap.js', 'bitsgap-page.js']), 10, 'the watcher loaded there only'],
    ['Bitsgap, once a pop-up opens or Refresh is due: the notices', gz(['bitsgap-notices.js']), undefined, 'capture notice and refresh help'],
    ['background', gz(['background.js']), undefined, 'the only bundle with webextension-polyfill'],
    ['popup (all its scripts and CSS)', gz(popupFiles), undefined, undefined],
  ];
  return rows.map(([metric, value, goal, note]) => ({ metric: `size: ${metric}`, unit: 'KB', value: round(value), goal, failAbove: goal, note }));
}
