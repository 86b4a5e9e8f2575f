// Saves the replica's rendered DOM in several locales and states as the page model's fixtures
// (tests/fixtures/binance/), and the same states for every CI seed's variant of the markup
// (tests/fixtures/binance/variants/). Run after changing the replica:
// npx tsx scripts/save-binance-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { defaultScenario, makeApiKey } from '../tests/replica/binance/scenario';
import { STRINGS, stringsFor } from '../tests/replica/binance/strings';
import { CI_SEEDS, variantFor } from '../tests/replica/binance/variant';
import { binanceUrl, launchPlain } from '../tests/support/chromium';
import { startServer } from '../tests/support/server';

const OUT = 'tests/fixtures/binance';
mkdirSync(OUT, { recursive: true });
const server = await startServer();
const { browser, page } = await launchPlain(server);

async function save(name: string, p: Page) {
  const html = await p.evaluate(() => '<!doctype html>\n' + document.documentElement.outerHTML);
  const scriptless = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  // The variants' fixtures are read by the page model only, which reads no style: without the
  // replica's stylesheet they differ only where the markup does.
  writeFileSync(`${OUT}/${name}.html`, name.startsWith('variants/') ? scriptless.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '') : scriptless);
  console.log(`${OUT}/${name}.html`);
  // An open shadow root (2FA on the live site) is not in outerHTML: saved beside, for the test to attach.
  const shadow = await p.evaluate(() => document.getElementById('mfa-shadow-host')?.shadowRoot?.innerHTML);
  if (shadow) writeFileSync(`${OUT}/${name}.shadow.html`, shadow.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, ''));
}

try {
  for (const locale of ['en', 'ru', 'es', 'ja']) {
    const s = STRINGS[locale]!;
    server.scenario = defaultScenario({
      locale,
      listDelayMs: 0,
      keys: [
        { label: 'Bitsgap_com', apiKey: makeApiKey('bitsgap'), permissions: { reading: true }, ips: null },
        { label: 'my-bot', apiKey: makeApiKey('my-bot'), permissions: { reading: true, spotMargin: true, withdrawals: true }, ips: ['8.8.4.4', '2606:4700:4700::1111'] },
      ],
    });
    const editOf = (n: number) => page.getByRole('button', { name: s.editRestrictions }).nth(n);
    await page.goto(binanceUrl(`/${locale}/my/settings/api-management`));
    await editOf(0).waitFor();
    await save(`${locale}-list`, page);
    await editOf(0).click();
    await save(`${locale}-edit-unrestricted`, page);
    await page.reload();
    await editOf(1).click();
    await save(`${locale}-edit-restricted`, page);
    await page.getByRole('button', { name: s.save, exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await save(`${locale}-2fa`, page);
  }
  mkdirSync(`${OUT}/variants`, { recursive: true });
  for (const seed of CI_SEEDS) {
    const variant = variantFor(seed);
    const s = stringsFor(variant.locale, variant.wording);
    server.scenario = defaultScenario({
      locale: variant.locale,
      variant,
      listDelayMs: 0,
      keys: [
        { label: 'Bitsgap_com', apiKey: makeApiKey(`bitsgap-${seed}`), permissions: { reading: true }, ips: null },
        { label: 'my-bot', apiKey: makeApiKey(`bot-${seed}`), permissions: { reading: true, spotMargin: true }, ips: ['8.8.4.4', '1.0.0.1'] },
      ],
    });
    const editOf = (n: number) => page.getByRole('button', { name: s.editRestrictions }).nth(n);
    await page.goto(binanceUrl(`/${variant.locale}/my/settings/api-management`));
    await editOf(0).waitFor();
    await save(`variants/seed-${seed}-list`, page);
    await editOf(1).click();
    await save(`variants/seed-${seed}-edit-restricted`, page);
    await page.getByRole('button', { name: s.save, exact: true }).click();
    await page.getByText(s.securityVerification, { exact: true }).waitFor();
    await save(`variants/seed-${seed}-2fa`, page);
  }
} finally {
  await browser.close();
  await server.close();
}
