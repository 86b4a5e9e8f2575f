// What the popup shows, worked out from the stored state and the journey: plain functions, so
// the popup's view only wires them to Preact.
import { t, tn, type MessageKey } from './i18n';
import { MAX_IPS_PER_KEY, type ParsedList, type Rejected, type RejectReason } from './ip';
import type { Journey } from './journey';
import type { Fix } from './keepalive/advice';
import { progressWords } from './journey-words';
import { refreshResultText } from './refresh-text';
import type { FetchError, IpSource, Run, TrustedIpsState } from './domain';
import type { PopupStrings } from '@/components/Popup';

/** A time in the language the popup speaks, not the browser's; to the minute. */
function when(at: number): string {
  return new Date(at).toLocaleString(t('lang'), { dateStyle: 'medium', timeStyle: 'short' });
}

/** The popup's actions, each a button under its contract name. */
export type PopupAction = 'open-bitsgap' | 'open-binance' | 'fetch' | 'paste' | 'copy';
const ACTIONS: readonly PopupAction[] = ['open-bitsgap', 'open-binance', 'fetch', 'paste', 'copy'];

/** The journey's stages that carry out each fix themselves: there, the journey's own action is that fix. */
const CARRIED_BY: Partial<Record<Fix, readonly Journey['stage'][]>> = {
  // A key about to expire needs Bitsgap's addresses: once taken, the paste, Save and Refresh are the rest of it.
  'get-addresses': [2, 3, 4],
  'refresh-on-bitsgap': [4],
};

/** Whether a Bitsgap connection's fix (`lib/keepalive/advice.ts`) leads the popup instead of the journey's action. */
export function connectionsLead(fix: Fix | undefined, journey: Journey | undefined): boolean {
  if (!fix) return false;
  return !(journey && CARRIED_BY[fix]?.includes(journey.stage));
}

/** The one action that moves the user on from this stage. */
export function primaryAction(journey: Journey): PopupAction | undefined {
  switch (journey.stage) {
    case 1:
      // Bitsgap's own pop-up is where the list is, unless this base URL answered the contract.
      return journey.fetchLeads ? 'fetch' : 'open-bitsgap';
    case 2:
    case 3:
      return 'open-binance';
    case 4:
      return 'open-bitsgap';
    case 'done':
      return undefined;
  }
}

/** Every other action, always reachable, in a fixed order. */
export function secondaryActions(primary: PopupAction | undefined): PopupAction[] {
  return ACTIONS.filter((a) => a !== primary);
}

/** What happens next, in one sentence; done says what Bitsgap showed. */
export function stageText(journey: Journey): string {
  switch (journey.stage) {
    case 1:
      return t(journey.fetchLeads ? 'journeyListFetch' : 'journeyListPage');
    case 2:
      return t('journeyPaste');
    case 3:
      return t('journeySave');
    case 4:
      if (journey.refresh === 'asking') return t('refreshPending');
      return journey.refresh === 'answered' && journey.status ? t('journeyAnswered', refreshResultText(journey.status)) : t('journeyRefresh');
    case 'done':
      return refreshResultText(journey.status ?? 'connected');
  }
}

/** First run: nothing obtained and nothing saved yet, so the popup explains the chore. */
export function isFirstRun(journey: Journey, runs: readonly Run[]): boolean {
  return journey.stage === 1 && runs.length === 0;
}

const SOURCE_KEYS: Record<IpSource, MessageKey> = {
  'bitsgap-api': 'sourceBitsgapApi',
  'bitsgap-page': 'sourceBitsgapPage',
  pasted: 'sourcePasted',
};

const REASON_KEYS: Record<RejectReason, MessageKey> = {
  'not-an-address': 'reasonNotAnAddress',
  'not-canonical': 'reasonNotCanonical',
  private: 'reasonPrivate',
  loopback: 'reasonLoopback',
  'link-local': 'reasonLinkLocal',
  multicast: 'reasonMulticast',
  unspecified: 'reasonUnspecified',
  reserved: 'reasonReserved',
};

// Characters that show nothing, or nothing where they are: format and control characters
// (zero-width spaces and joiners, direction marks, the byte-order mark). Spaces separate entries.
const INVISIBLE = /[\p{Cf}\p{Cc}]/gu;

/** An entry as the user can read it: each invisible character as its code, e.g. ⟨U+200B⟩. */
export function revealInvisible(entry: string): string {
  return entry.replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** Each refused entry with why, in the user's language (never a raw reason code). */
export function rejectionLines(rejected: readonly Rejected[]): string[] {
  return rejected.map((r) => {
    const shown = revealInvisible(r.entry);
    return t(shown === r.entry ? 'rejectedEntry' : 'rejectedInvisible', [shown, t(REASON_KEYS[r.reason])]);
  });
}

/** Why a list can't be stored, checked before it is sent (the message takes at most 200), or nothing. */
export function pasteProblems(parsed: ParsedList): string[] {
  if (parsed.ips.length === 0 && parsed.rejected.length === 0) return [t('pasteEmpty')];
  if (parsed.rejected.length > 0) return rejectionLines(parsed.rejected);
  return parsed.ips.length > MAX_IPS_PER_KEY ? [tn('pasteTooMany', parsed.ips.length)] : [];
}

const FAILED_KEYS: Record<Exclude<FetchError['kind'], 'signed-out'>, MessageKey> = {
  unavailable: 'fetchFailedUnavailable',
  'invalid-response': 'fetchFailedInvalid',
  missing: 'fetchFailedMissing',
};

/** What the user's Fetch came to, in plain words: no codes, no times (those are in the details). */
export function fetchOutcome(state: TrustedIpsState): string {
  const { list, lastError } = state;
  if (!lastError) return list ? tn('fetchGot', list.ips.length) : '';
  if (lastError.kind === 'signed-out') return '';
  return list ? `${t(FAILED_KEYS[lastError.kind])} ${t('statusKeepingLast')}` : t(FAILED_KEYS[lastError.kind]);
}

const STATUS_KEYS: Record<Exclude<FetchError['kind'], 'signed-out'>, MessageKey> = {
  unavailable: 'statusUnavailable',
  'invalid-response': 'statusInvalidResponse',
  missing: 'statusMissing',
};

const DETAIL_KEYS: Record<string, MessageKey> = {
  timeout: 'detailTimeout',
  'network error': 'detailNetwork',
  'no permission': 'detailNoPermission',
  'not JSON': 'detailNotJson',
  'unexpected shape': 'detailUnexpectedShape',
  'a page, not JSON': 'detailPage',
  'redirected to a page': 'detailRedirected',
};

/** Why a fetch failed, in the user's language; an HTTP status stays a number. */
export function fetchDetailText(detail: string): string {
  if (detail.startsWith('rejected: ')) return t('detailRejected', detail.slice('rejected: '.length));
  const key = DETAIL_KEYS[detail];
  return key ? t(key) : detail;
}

/**
 * The details behind the main text, shown on demand: where the list came from and when, and
 * the last fetch's failure with its code and time. A list endpoint that is missing is the
 * default path, not a failure: it shows only after the user's own Fetch.
 */
export function detailLines(state: TrustedIpsState | undefined, askedFetch: boolean): string[] {
  const lines: string[] = [];
  const list = state?.list;
  if (list) lines.push(tn('statusList', list.ips.length, [String(list.ips.length), t(SOURCE_KEYS[list.source]), when(list.obtainedAt)]));
  const error = state?.lastError;
  if (error && error.kind !== 'signed-out' && (error.kind !== 'missing' || askedFetch)) lines.push(t(STATUS_KEYS[error.kind], [fetchDetailText(error.detail), when(error.at)]));
  return lines;
}

const REPLACED_KEYS: Record<IpSource, MessageKey> = {
  'bitsgap-api': 'replacedByApi',
  'bitsgap-page': 'replacedByPage',
  pasted: 'replacedByPasted',
};

/**
 * "Replaced 4 addresses with 3 from Bitsgap's page", while Undo still makes sense: the list
 * replaced another and nothing has been saved on Binance since.
 */
export function replacedText(state: TrustedIpsState | undefined, runs: readonly Run[]): string | undefined {
  const { list, previous } = state ?? {};
  if (!list || !previous) return undefined;
  if (runs[0] && runs[0].savedAt >= (list.changedAt ?? list.obtainedAt)) return undefined;
  return t(REPLACED_KEYS[list.source], [tn('addressCount', previous.ips.length), tn('addressCount', list.ips.length)]);
}

export function historyLines(runs: readonly Run[]) {
  return runs.map((run) => ({
    id: run.id,
    summary: t('historyEntry', [run.label, String(run.added), when(run.savedAt)]),
    result: refreshResultText(run.result),
  }));
}

/** The popup's words, in the user's language. */
export function popupStrings(): PopupStrings {
  return {
    name: t('extName'),
    marker: t('brandMarker'),
    settings: t('optionsTitle'),
    progress: progressWords(),
    done: t('journeyDone'),
    promise: t('brandPromise'),
    introWhy: t('introWhy'),
    introHow: t('introHow'),
    introHelp: t('introHelp'),
    details: t('detailsTitle'),
    listLabel: t('trustedIps'),
    signedOut: t('statusSignedOut'),
    signIn: t('signIn'),
    undo: t('undo'),
    actions: { 'open-bitsgap': t('openBitsgapExchanges'), 'open-binance': t('openBinance'), fetch: t('fetchFromBitsgap'), paste: t('pasteList'), copy: t('copyIps') },
  };
}
