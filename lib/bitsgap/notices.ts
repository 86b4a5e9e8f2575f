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

// The band along the end edge the notices take: their width and margin (entrypoints/bitsgap-notices/style.css).
const NOTICE_BAND = 372;

/**
 * Where a notice sits: the top end corner, unless what the user must click next is in that
 * corner's band (Bitsgap's More menu drops down there), then the bottom end corner.
 */
export function noticeEdge(target: { top: number; left: number; right: number } | undefined, view: { width: number; height: number }, dir: 'ltr' | 'rtl'): 'top' | 'bottom' {
  if (!target) return 'top';
  const inBand = dir === 'rtl' ? target.left < NOTICE_BAND : target.right > view.width - NOTICE_BAND;
  return inBand && target.top < view.height / 2 ? 'bottom' : 'top';
}
