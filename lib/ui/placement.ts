// Where a floating panel sits: in a corner of the window, never over what the user must reach on
// the page (Binance's Save, Cancel, the address list) where any corner allows it, smaller when
// only that fits, and staying put while it covers nothing.
import type { Box } from '../exchange';

export interface Place {
  edge: 'top' | 'bottom';
  side: 'left' | 'right';
  /** Drawn small (no notes, no promise line): the full panel would cover what the user must reach. */
  compact: boolean;
}
type Size = { width: number; height: number };

// The panel's distance from the window's edges.
const MARGIN = 16;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The corner, and size, for a panel in a window of `view`: covering nothing of `must` if any
 * corner allows it at full `size`, else at `compact` size, else as little as it can; then as
 * little as it can of `prefer` (the ring); `now` wins ties.
 */
export function placePanel(must: readonly Box[], prefer: readonly Box[], sizes: { full: Size; compact: Size }, view: Size, now: Place, end: 'left' | 'right'): Place {
  const start = end === 'right' ? 'left' : 'right';
  const corners = [now, { edge: 'bottom', side: end }, { edge: 'top', side: end }, { edge: 'bottom', side: start }, { edge: 'top', side: start }] as const;
  const cost = (place: Pick<Place, 'edge' | 'side'>, size: Size) => {
    const box = { left: place.side === 'right' ? view.width - MARGIN - size.width : MARGIN, top: place.edge === 'bottom' ? view.height - MARGIN - size.height : MARGIN, ...size };
    const sum = (boxes: readonly Box[]) => boxes.reduce((total, b) => total + overlap(box, b), 0);
    return { must: sum(must), prefer: sum(prefer) };
  };
  const best = (size: Size, compact: boolean): Place & { must: number; prefer: number } =>
    corners.map((c) => ({ edge: c.edge, side: c.side, compact, ...cost(c, size) })).reduce((a, b) => (b.must < a.must || (b.must === a.must && b.prefer < a.prefer) ? b : a));
  const full = best(sizes.full, false);
  const small = full.must === 0 ? full : best(sizes.compact, true);
  const { edge, side, compact } = small.must <= full.must ? small : full;
  return { edge, side, compact };
}
