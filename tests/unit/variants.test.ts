import { describe, expect, it } from 'vitest';
import { CI_SEEDS, DIMENSIONS, variantFor } from '../replica/binance/variant';

describe('replica variants', () => {
  it('CI’s seeds show every value of every dimension at least once', () => {
    for (const [dimension, values] of Object.entries(DIMENSIONS)) {
      const seen = new Set(CI_SEEDS.map((seed) => (variantFor(seed) as Record<string, unknown>)[dimension]));
      for (const value of values) expect(seen, `${dimension}=${String(value)}`).toContain(value);
    }
  });

  it('a seed always gives the same page', () => {
    for (const seed of [1, 99, 123456]) expect(variantFor(seed)).toEqual(variantFor(seed));
  });
});
