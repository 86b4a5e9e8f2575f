// The Binance replica must behave like Binance where fill code could pass by accident.
import type { Browser as PwBrowser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { binanceUrl, launchPlain } from '../support/chromium';
import { startServer, type TestServer } from '../support/server';
import { defaultScenario } from '../replica/binance/scenario';
import { card as cardOf } from '../support/flow';

let server: TestServer;
let browser: PwBrowser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  server.scenario = defaultScenario();
  server.saves.length = 0;
  ({ browser, page } = await launchPlain(server));
});
afterEach(async () => {
  await browser.close();
});

const card = (label: string) => cardOf(page, label);

async function openRestrictedForm(label = 'Bitsgap_com') {
  await page.goto(binanceUrl());
  await card(label).getByRole('button', { name: 'Edit restrictions' }).click();
  await page.getByRole('radio', { name: 'Restrict access to trusted IPs only (Recommended)' }).click();
}


describe('Binance replica', () => {
  it('renders the key list late, after a spinner, with hashed class names only', async () => {
    server.scenario = defaultScenario({ listDelayMs: 800 });
    await page.goto(binanceUrl());
    expect(await page.getByText('Bitsgap_com', { exact: true }).count()).toBe(0);
    await page.getByText('Bitsgap_com', { exact: true }).waitFor();
    const classes = await page.evaluate(() => [...document.querySelectorAll('#__APP [class]')].flatMap((e) => [...e.classList]));
    expect(classes.length).toBeGreaterThan(10);
    expect(classes.every((c) => /^css-[a-z0-9]+$/.test(c))).toBe(true);
  });

  it('ignores a value set on the IP input without the events React listens for', async () => {
    await openRestrictedForm();
    const input = page.getByPlaceholder('Add IP addresses separated by spaces or commas');
    await input.evaluate((el: HTMLInputElement) => {
      el.value = '34.89.113.10';
    });
    await page.getByRole('button', { name: 'Confirm' }).click();
    expect(await page.getByText('34.89.113.10', { exact: true }).count()).toBe(0);
    // The same text typed as a user would is accepted.
    await input.fill('34.89.113.10 34.89.113.11,52.29.100.7');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('52.29.100.7', { exact: true }).waitFor();
    expect(await page.getByText('34.89.113.11', { exact: true }).count()).toBe(1);
  });

  it('refuses a batch that would pass 30 addresses, adding none of it', async () => {
    await openRestrictedForm();
    const many = Array.from({ length: 31 }, (_, i) => `34.89.113.${i + 1}`).join(' ');
    await page.getByPlaceholder('Add IP addresses separated by spaces or commas').fill(many);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('You can add up to 30 IP addresses.').waitFor();
    expect(await page.getByText('34.89.113.1', { exact: true }).count()).toBe(0);
  });

  it('records a save only after the right 2FA code, then shows the new list in the read view', async () => {
    await openRestrictedForm();
    await card('Bitsgap_com').getByRole('checkbox', { name: 'Enable Spot & Margin Trading' }).click();
    await page.getByPlaceholder('Add IP addresses separated by spaces or commas').fill('34.89.113.10');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    const modal = page.getByRole('dialog', { name: 'Security Verification' });
    await modal.getByRole('textbox').fill('000000');
    await modal.getByRole('button', { name: 'Submit' }).click();
    await modal.getByText('Incorrect verification code. Please try again.').waitFor();
    expect(server.saves).toEqual([]);
    await modal.getByRole('textbox').fill('123456');
    await modal.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('alert').getByText('API restrictions updated').waitFor();
    await expect.poll(() => server.saves.length).toBe(1);
    expect(server.saves[0]).toMatchObject({
      label: 'Bitsgap_com',
      ipRestrict: true,
      ips: ['34.89.113.10'],
      permissions: { reading: true, spotMargin: true, withdrawals: false },
    });
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await card('Bitsgap_com').getByText('34.89.113.10', { exact: true }).count()).toBe(1);
  });

  it('speaks Russian when the scenario says so', async () => {
    server.scenario = defaultScenario({ locale: 'ru' });
    await page.goto(binanceUrl('/ru/my/settings/api-management'));
    await page.getByRole('button', { name: 'Изменить ограничения' }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
  });
});
