// What the popup's own actions do, each ending in what to show: the new state, a note for the
// status line, or the problems with a pasted list. The view only sets them.
import type { TrustedIpsState } from './domain';
import { t, tn } from './i18n';
import { formatForBinance, parseIpList } from './ip';
import { send } from './messages';
import { fetchOutcome, pasteProblems, rejectionLines } from './popup';

export interface Outcome {
  state?: TrustedIpsState;
  note?: string;
  /** What is wrong with a pasted list; empty once it is saved. */
  problems?: string[];
}

/** The user's Fetch: Bitsgap's endpoint asked again, and what came of it in plain words. */
export async function fetchNow(): Promise<Outcome> {
  const state = await send({ type: 'trusted-ips:fetch' });
  return { state, note: fetchOutcome(state) };
}

/** A pasted list: checked here first (the message takes at most 200), then by the background. */
export async function savePasted(text: string): Promise<Outcome> {
  const parsed = parseIpList(text);
  const problems = pasteProblems(parsed);
  if (problems.length > 0) return { problems };
  const result = await send({ type: 'trusted-ips:set', ips: parsed.ips });
  if (!result.ok) return { problems: result.tooMany ? [tn('pasteTooMany', result.tooMany)] : rejectionLines(result.rejected) };
  return { state: result.state, problems: [], note: tn('pasteSaved', parsed.ips.length) };
}

/** The user's Undo: the list the last capture, paste or fetch replaced. */
export async function undo(): Promise<Outcome> {
  const state = await send({ type: 'trusted-ips:undo' });
  return { state, note: state.list ? t('undone', tn('addressCount', state.list.ips.length)) : undefined };
}

export async function copyList(ips: readonly string[]): Promise<Outcome> {
  try {
    await navigator.clipboard.writeText(formatForBinance(ips));
    return { note: tn('copied', ips.length) };
  } catch {
    return { note: t('copyFailed') };
  }
}
