import { describe, expect, it } from 'vitest';
import { BITSGAP_CI_SEEDS, BITSGAP_DIMENSIONS, BITSGAP_STATUS_CI_SEEDS, bitsgapVariantFor } from '../replica/bitsgap/pages';
import { CI_SEEDS, DIMENSIONS, variantFor } from '../replica/binance/variant';

describe('replica variants', () => {
  it('CI’s seeds show every value of every dimension at least once', () => {
    for (const [dimension, values] of Object.entries(DIMENSIONS)) {
      const seen = new Set(CI_SEEDS.map((seed) => (variantFor(seed) as Record<string, unknown>)[dimension]));
      for (const value of values) expect(seen, `${dimension}=${String(value)}`).toContain(value);
    }
  });

  it('CI’s seeds show Russian and Spanish both in the words the extension guessed and in words it does not know', () => {
    const seen = new Set(CI_SEEDS.map((seed) => variantFor(seed)).map((v) => `${v.locale}/${v.wording}`));
    for (const pair of ['ru/ours', 'ru/other', 'es/ours', 'es/other']) expect(seen).toContain(pair);
  });

  it('CI’s seeds show Binance asking to confirm Spot & Margin mid-paste in every kind of modal markup', () => {
    const asked = CI_SEEDS.map((seed) => variantFor(seed)).filter((v) => v.spotConfirm === 'saved');
    expect(new Set(asked.map((v) => v.modal))).toEqual(new Set(DIMENSIONS.modal));
  });

  it('the Bitsgap mock’s CI seeds for the journey show each pop-up dimension both ways', () => {
    const variants = BITSGAP_CI_SEEDS.map(bitsgapVariantFor);
    for (const key of ['nameInTitle', 'nameAsLogo', 'generate', 'chips', 'refreshInRow'] as const) expect(new Set(variants.map((v) => v[key])), key).toEqual(new Set([true, false]));
  });

  it('the Bitsgap mock’s CI seeds for reading the status show every value of how and where it is written, with one and two Binance connections', () => {
    const variants = BITSGAP_STATUS_CI_SEEDS.map(bitsgapVariantFor);
    for (const key of ['statusForm', 'statusWording', 'connections'] as const) expect(new Set<unknown>(variants.map((v) => v[key])), key).toEqual(new Set<unknown>(BITSGAP_DIMENSIONS[key]));
    // Refresh both in the row and under More, so the Connected reading after it comes both ways.
    expect(new Set(variants.map((v) => v.refreshInRow))).toEqual(new Set([true, false]));
  });

  it('together, the Bitsgap mock’s CI seeds show every value of every dimension', () => {
    const variants = [...BITSGAP_CI_SEEDS, ...BITSGAP_STATUS_CI_SEEDS].map(bitsgapVariantFor);
    for (const [key, values] of Object.entries(BITSGAP_DIMENSIONS)) expect(new Set<unknown>(variants.map((v) => v[key as keyof typeof v])), key).toEqual(new Set<unknown>(values));
  });

  it('a seed always gives the same page', () => {
    for (const seed of [1, 99, 123456]) expect(variantFor(seed)).toEqual(variantFor(seed));
  });
});
