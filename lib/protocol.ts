// What content scripts and the background say over the port: constants and types only, so a
// content script that imports this carries no schema code (the background validates).
import { BINANCE_HOST } from './binance/route';
import { BITSGAP_HOST } from './bitsgap/routes';
import type { Connection, KeyChoice, Run } from './domain';
import type { Journey } from './journey';

/** The port a content script opens to hear the list, settings and saves' outcomes from the background. */
export const PAGE_PORT = 'ipwl:page';
export const PAGE_HOSTS = [BINANCE_HOST, BITSGAP_HOST];

/** What a content script needs, pushed by the background: it never reads storage itself. */
export interface PageState {
  /** The trusted list in canonical form, or null when there is none yet. */
  trusted: string[] | null;
  signedOut: boolean;
  keyLabelPattern: string;
  enableSpotTrading: boolean;
  /** The popup's history, newest first: a content script follows its own save's outcome here. */
  runs: Run[];
  /** Where the user is in the chore (lib/journey.ts): every surface shows this same stage. */
  journey: Journey;
  /** The Binance connections last read on My exchanges, and which key the user said each uses (lib/keepalive). */
  connections?: Connection[];
  keys?: KeyChoice[];
}
export type Push = { type: 'state'; state: PageState } | { type: 'focus-guide' };

/** The keyboard shortcut (manifest `commands`) that moves focus into the guide. */
export const FOCUS_GUIDE_COMMAND = 'focus-guide';
