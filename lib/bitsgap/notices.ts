// What the watcher on Bitsgap's My exchanges (entrypoints/bitsgap-page) hands the notices
// (entrypoints/bitsgap-notices), which it loads only once there is something to show.
import type { PageState } from '../protocol';
import type { CapturedList, Exchange } from './capture';

export interface NoticeInputs {
  path: string;
  /** Binance's trusted-IP pop-up and its addresses, while it is open. */
  found?: CapturedList;
  /** The background's latest push. */
  pushed?: PageState;
  /** Which row's button opened the pop-up. */
  opener: () => Exchange | undefined;
  /** Whether the user opened the Binance row's More menu. */
  moreOpened: () => boolean;
}

export interface Notices {
  render(signal: AbortSignal, inputs: NoticeInputs): void;
  clear(): void;
}
