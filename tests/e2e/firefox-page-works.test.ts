// Binance's page keeps working under the guide, in Firefox ESR: the user's clicks on a card's
// own buttons reach Binance's handler, uncancelled, in each step of the guide (the read view,
// the open form, the guide asking which key, the Save step); a click on a card's Edit
// restrictions while the guide asks which key opens the form and chooses that key. Every seed's
// variant runs in Chromium (page-works.test.ts); here the plain page. Delete, which asks
// window.confirm, is left to Chromium.
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { firefoxOnReplica } from '../support/firefox';
import { defaultScenario } from '../replica/binance/scenario';

// Bitsgap_com unrestricted with Spot & Margin off, and my-bot: the default two keys.
const firefox = firefoxOnReplica(defaultScenario(), (server) => {
  server.bitsgap.endpoints = true;
});

// A person clicks what they see settled: a scroll moves the cards and the guide's panel follows
// them a frame later, and after a change on the page (a form closing) the guide looks again
// within 150 ms and may place its panel elsewhere. Two frames of stillness were once taken for
// settled, and a click meant for the panel's button landed on a card the panel had just left.
const SETTLED_MS = 300;

/** The centre of a control by its name, on the card labelled `label` or in the guide, once it has stayed in one place for SETTLED_MS. */
function centre(page: Page, name: string, where: { card: string } | 'guide', nth = 0) {
  return page.waitForFunction(
    (n: string, label: string | null, i: number, call: number, settledMs: number) => {
      const scope: ParentNode | undefined = label === null ? document.querySelector('ipwl-guide')?.shadowRoot ?? undefined : [...document.querySelectorAll('#__APP div')].find((d) => d.firstElementChild?.firstElementChild?.textContent === label);
      const found = [...(scope?.querySelectorAll('button, [role=button], [role=radio], [role=checkbox], input[type=radio], input[type=checkbox]') ?? [])].filter(
        (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === n || (b as HTMLElement).closest('label')?.textContent?.trim() === n,
      )[i];
      if (!found) return false;
      found.scrollIntoView({ block: 'center' });
      const box = found.getBoundingClientRect();
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      const w = window as unknown as { lastCentre?: { seen: string; since: number } };
      const seen = JSON.stringify({ call, ...at });
      if (w.lastCentre?.seen !== seen) w.lastCentre = { seen, since: performance.now() };
      return box.width > 0 && performance.now() - w.lastCentre.since >= settledMs ? at : false;
    },
    { timeout: 15_000 },
    name,
    where === 'guide' ? null : where.card,
    nth,
    Math.random(),
    SETTLED_MS,
  ).then((h) => h.jsonValue() as Promise<{ x: number; y: number }>);
}

const status = (page: Page) => page.evaluate(() => document.querySelector('ipwl-guide')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? '');

/** The user clicks Binance's control; Binance's own handler must get it, uncancelled. */
async function clickAndCheck(page: Page, name: string, label: string) {
  const before = firefox.server.events.length;
  const at = await centre(page, name, { card: label });
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => firefox.server.events.slice(before).filter((e) => e.type === 'card-click' && e.label === label && e.trusted).length, { message: `Binance never got the click on ${name}` }).toBeGreaterThan(0);
  expect(firefox.server.events.slice(before).filter((e) => e.type === 'card-click').every((e) => e.prevented === false)).toBe(true);
}

it('Firefox: Binance’s own buttons on a card reach Binance in each step of the guide; its Edit restrictions chooses the key', async () => {
  const page = await firefox.browser.newPage();
  // A desktop window: in Firefox's default 800 × 600 the form's buttons sit below the fold.
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto('https://www.binance.com/en/my/settings/api-management');
  await expect.poll(() => status(page), { timeout: 15_000 }).toContain('Press Paste');

  // The read view, then the form the user opens by hand: its restriction choice, Spot & Margin, Cancel.
  await clickAndCheck(page, 'Edit restrictions', 'Bitsgap_com');
  await clickAndCheck(page, 'Restrict access to trusted IPs only (Recommended)', 'Bitsgap_com');
  await clickAndCheck(page, 'Enable Spot & Margin Trading', 'Bitsgap_com');
  await clickAndCheck(page, 'Cancel', 'Bitsgap_com');

  // The guide asks which key: my-bot's own Edit restrictions opens its form and chooses it.
  const other = await centre(page, 'Choose another key', 'guide');
  await page.mouse.click(other.x, other.y);
  await centre(page, 'Use this key', 'guide');
  await clickAndCheck(page, 'Edit restrictions', 'my-bot');
  await expect.poll(() => status(page)).toContain('my-bot');
  await clickAndCheck(page, 'Cancel', 'my-bot');

  // Back to Bitsgap's key by the guide's own button beside it, Paste, then Binance's Cancel in the Save step.
  const again = await centre(page, 'Choose another key', 'guide');
  await page.mouse.click(again.x, again.y);
  const card = await centre(page, 'Edit restrictions', { card: 'Bitsgap_com' });
  const uses = await page.evaluate(() => [...(document.querySelector('ipwl-guide')?.shadowRoot?.querySelectorAll('button') ?? [])].filter((b) => b.textContent === 'Use this key').map((b) => b.getBoundingClientRect().y + b.getBoundingClientRect().height / 2));
  const nearest = uses.reduce((best, y, i) => (Math.abs(y - card.y) < Math.abs(uses[best]! - card.y) ? i : best), 0);
  const use = await centre(page, 'Use this key', 'guide', nearest);
  await page.mouse.click(use.x, use.y);
  await expect.poll(() => status(page)).toContain('Bitsgap_com');
  const paste = await centre(page, 'Paste 4 trusted IPs', 'guide');
  await page.mouse.click(paste.x, paste.y);
  await expect.poll(() => status(page), { timeout: 20_000 }).toMatch(/^Added 4 Bitsgap addresses/);
  await clickAndCheck(page, 'Cancel', 'Bitsgap_com');
  await expect.poll(() => page.evaluate(() => document.querySelector('ipwl-guide')?.shadowRoot?.textContent ?? '')).toContain('Not saved: the key is unchanged.');
  expect(firefox.server.saves).toEqual([]);
  await page.close();
});
