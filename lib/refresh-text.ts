import { t, type MessageKey } from './i18n';
import type { Run, RunResult } from './domain';

// Each outcome's message is named after it: "expires_soon" → refreshExpiresSoon. The type
// spells the same rule, so an outcome without a message fails the build.
type Pascal<S extends string> = S extends `${infer Head}${'_' | '-'}${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** What a refresh outcome means to the user, in their language. */
export function refreshResultText(result: RunResult): string {
  const key = `refresh${result.replace(/(?:^|[_-])(\w)/g, (_, c: string) => c.toUpperCase())}` as `refresh${Pascal<RunResult>}`;
  return t(key satisfies MessageKey);
}

/** Outcomes after which the user should click Refresh on Bitsgap themselves. */
export function needsManualRefresh(result: RunResult): boolean {
  return result === 'unsupported' || result === 'disabled' || result === 'failed' || result === 'signed-out';
}

// How long after a save the hint to click Bitsgap's Refresh stays relevant.
const REFRESH_HINT_MS = 60 * 60_000;

/** The latest save, while it still waits for the user to click Refresh on Bitsgap. */
export function awaitingRefresh(runs: readonly Run[] | undefined, now = Date.now()): Run | undefined {
  const last = runs?.[0];
  return last && needsManualRefresh(last.result) && now - last.savedAt < REFRESH_HINT_MS ? last : undefined;
}
