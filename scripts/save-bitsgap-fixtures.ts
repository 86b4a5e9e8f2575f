// Saves the Bitsgap mock's My exchanges, as each CI status seed writes it, with each of Bitsgap's
// statuses, as the status reader's fixtures (tests/fixtures/bitsgap/variants/). The mock's page
// is static markup: no browser is needed. Run after changing the mock:
// npx tsx scripts/save-bitsgap-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { BITSGAP_STATUS_CI_SEEDS, bitsgapExchangesPage, bitsgapVariantFor } from '../tests/replica/bitsgap/pages';

const OUT = 'tests/fixtures/bitsgap/variants';
/** Each status as Bitsgap's help center words it, and what the second connection says beside it. */
export const SHOWN: [slug: string, first: string, second: string][] = [
  ['expires-3', 'Expires in 3 days', 'Connected'],
  ['expires-1', 'Expires in 1 day', 'Withdrawal enabled'],
  ['expired', 'Expired', 'Expires in 12 days'],
  ['incorrect-permissions', 'Incorrect permissions', 'Connected'],
  ['withdrawal-enabled', 'Withdrawal enabled', 'Temporary issue'],
  ['temporary-issue', 'Temporary issue', 'Invalid'],
  ['invalid', 'Invalid', 'Inactive Futures'],
  ['inactive-futures', 'Inactive Futures', 'Expired'],
  ['connected', 'Connected', 'Incorrect permissions'],
];

mkdirSync(OUT, { recursive: true });
for (const seed of BITSGAP_STATUS_CI_SEEDS) {
  for (const [slug, before, second] of SHOWN) {
    const html = bitsgapExchangesPage(['34.89.113.10'], ['3.120.45.66'], bitsgapVariantFor(seed), { before, after: 'Connected', second });
    const file = `${OUT}/seed-${seed}-${slug}.html`;
    // The page's own script is no part of what the reader reads.
    writeFileSync(file, html.replace(/<script\b[^>]*>[\s\S]*?<\/script>\n?/g, ''));
    console.log(file);
  }
}
