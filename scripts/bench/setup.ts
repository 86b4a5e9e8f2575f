// The pages the bench measures: the replica's scenarios, and Chromium with and without the
// extension, side by side for the whole run.
import type { BrowserContext, Page } from 'playwright-core';
import { binanceUrl, launch, launchContext, type Browser } from '../../tests/support/chromium';
import type { TestServer } from '../../tests/support/server';
import { defaultScenario, makeApiKey, type ReplicaKey, type Scenario } from '../../tests/replica/binance/scenario';

export interface Bench {
  server: TestServer;
  /** Chromium with the built extension. */
  browser: Browser;
  /** Chromium without it: the page alone. */
  baseline: BrowserContext;
}

export async function openBench(server: TestServer): Promise<Bench> {
  // The guide's timings start from a known list: the contract's list endpoint serves it.
  server.bitsgap.endpoints = true;
  server.bitsgap.ips = TRUSTED;
  const browser = await launch(server);
  const baseline = await launchContext(server, { extension: null });
  return { server, browser, baseline };
}

export const TRUSTED = ['34.89.113.10', '34.89.113.11', '52.29.100.7', '2a05:d014::10'];
/** A realistic page around the list: 3,000 elements, 15 deep, a ticker changing 10 per frame. */
export const NOISE = { elements: 3000, depth: 15, tickerPerFrame: 10 };

/**
 * `count` keys of 30 addresses each, the Bitsgap key in the middle: missing the trusted four,
 * or (`complete`) holding them with Spot & Margin on, so the guide has nothing left to do.
 */
export function keys(count: number, complete = false): ReplicaKey[] {
  return Array.from({ length: count }, (_, i) => {
    const own = Array.from({ length: 30 }, (_, j) => `${40 + (i % 50)}.${j + 1}.${i + 1}.7`);
    const label = i === Math.floor(count / 2) ? 'Bitsgap_com' : `bot-${i}`;
    const ips = label !== 'Bitsgap_com' ? own : complete ? [...own.slice(0, 26), ...TRUSTED] : own.slice(0, 26);
    return { label, apiKey: makeApiKey(`bench-${i}`), permissions: { reading: true, spotMargin: true }, ips };
  });
}

export const scenario = (count: number, extra: Partial<Scenario> = {}) => defaultScenario({ listDelayMs: 0, noise: NOISE, keys: keys(count), ...extra });

/** Opens the API page and waits until the guide rings Edit restrictions, past its opening pulse. */
export async function apiPageReady(context: BrowserContext, hasGuide: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(binanceUrl());
  await page.getByText('Bitsgap_com', { exact: true }).waitFor();
  if (hasGuide) await page.locator('ipwl-guide').locator('.spotlight').waitFor();
  await page.waitForTimeout(2000);
  return page;
}

/** One frame drawn and the task after it. */
export const nextFrame = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
