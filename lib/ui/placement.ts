// Where a floating panel sits: in a corner of the window, covering as little as it can of what
// the user needs on the page, and staying put while it covers nothing.
import type { Box } from '../exchange';

export interface Place {
  edge: 'top' | 'bottom';
  side: 'left' | 'right';
}

// The panel's distance from the window's edges.
const MARGIN = 16;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The corner for a panel of `size` in a window of `view`, keeping `clear` uncovered where it can; `now` wins ties. */
export function placePanel(clear: readonly Box[], size: { width: number; height: number }, view: { width: number; height: number }, now: Place, end: 'left' | 'right'): Place {
  const covered = ({ edge, side }: Place) => {
    const box = { left: side === 'right' ? view.width - MARGIN - size.width : MARGIN, top: edge === 'bottom' ? view.height - MARGIN - size.height : MARGIN, ...size };
    return clear.reduce((sum, b) => sum + overlap(box, b), 0);
  };
  const start = end === 'right' ? 'left' : 'right';
  const options: Place[] = [now, { edge: 'bottom', side: end }, { edge: 'top', side: end }, { edge: 'bottom', side: start }, { edge: 'top', side: start }];
  return options.reduce((best, o) => (covered(o) < covered(best) ? o : best));
}
