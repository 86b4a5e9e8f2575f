// What the watcher on Bitsgap's My exchanges (entrypoints/bitsgap-page) hands the notices
// (entrypoints/bitsgap-notices), which it loads only once there is something to show.
import type { PageState } from '../protocol';
import type { CapturedList } from './capture';
import type { OpenedByUser } from './refresh-guide';

export interface NoticeInputs extends OpenedByUser {
  path: string;
  /** Binance's trusted-IP pop-up and its addresses, while it is open. */
  found?: CapturedList;
  /** The background's latest push. */
  pushed?: PageState;
}

export interface Notices {
  render(signal: AbortSignal, inputs: NoticeInputs): void;
  clear(): void;
}
