import { CI_SEEDS, variantFor, type ReplicaVariant } from '../replica/binance/variant';

/** IPWL_SEED=random picks fresh seeds; IPWL_SEED=5,9 those; unset, CI's fixed list. */
export function seedsToRun(ci: number[] = CI_SEEDS, env: string | undefined = process.env.IPWL_SEED): number[] {
  if (!env) return ci;
  if (env === 'random') return Array.from({ length: 4 }, () => Math.floor(Math.random() * 1_000_000));
  return env.split(',').map(Number);
}

/** A seed and each variant it chose, for a failure message. */
export function describeSeed(seed: number): string {
  const variant: ReplicaVariant = variantFor(seed);
  return `seed ${seed}: ${Object.entries(variant).map(([k, v]) => `${k}=${String(v)}`).join(', ')} (rerun with IPWL_SEED=${seed})`;
}
