// Where the guide's panel goes: never over Binance's Save, Cancel or addresses where a corner
// allows it; smaller when only that fits; away from the ring when it can; put while it can.
import { describe, expect, it } from 'vitest';
import { placePanel, type Place } from '@/lib/ui/placement';

const view = { width: 1280, height: 800 };
const sizes = { full: { width: 320, height: 400 }, compact: { width: 240, height: 180 } };
const bottomRight: Place = { edge: 'bottom', side: 'right', compact: false };
const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height });

describe('placePanel', () => {
  it('stays where it is while it covers nothing', () => {
    expect(placePanel([box(0, 0, 400, 300)], [], sizes, view, bottomRight, 'right')).toEqual(bottomRight);
  });

  it('moves to a corner clear of Save and Cancel, before caring about the ring', () => {
    const save = box(1100, 700, 80, 32);
    expect(placePanel([save], [box(0, 0, 600, 800)], sizes, view, bottomRight, 'right')).toEqual({ edge: 'top', side: 'right', compact: false });
    // A ring everywhere: Save still decides.
    expect(placePanel([save], [box(0, 0, 1280, 800)], sizes, view, bottomRight, 'right')).toEqual({ edge: 'top', side: 'right', compact: false });
  });

  it('goes compact where no corner fits the full panel clear of the form, and only then', () => {
    // A narrow window: the addresses fill the top, Save and Cancel the middle.
    const narrow = { width: 360, height: 720 };
    const must = [box(20, 60, 320, 270), box(20, 340, 60, 32), box(90, 340, 70, 32)];
    const full = { width: 328, height: 400 };
    const place = placePanel(must, [], { full, compact: { width: 240, height: 200 } }, narrow, bottomRight, 'right');
    expect(place).toEqual({ edge: 'bottom', side: 'right', compact: true });
    // With room below the form, the full panel comes back.
    expect(placePanel([box(20, 20, 320, 200)], [], { full, compact: { width: 240, height: 200 } }, narrow, place, 'right')).toEqual({ edge: 'bottom', side: 'right', compact: false });
  });

  it('on a right-to-left page, prefers the left side', () => {
    expect(placePanel([box(900, 300, 380, 500)], [], sizes, view, { edge: 'bottom', side: 'right', compact: false }, 'left')).toEqual({ edge: 'bottom', side: 'left', compact: false });
  });
});
