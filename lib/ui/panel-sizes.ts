// What the guide's panel is placed by (lib/ui/placement.ts): its size as last drawn, full and
// compact, and the size of a `Use this key`, each measured after a frame is painted.
import type { Box } from '../exchange';

type Size = { width: number; height: number };

export class PanelSizes {
  private full?: Size;
  private compact?: Size;
  private use?: Size;
  private measuring = 0;

  /**
   * Measures after the frame is painted, never while rendering: a read of layout there makes the
   * browser lay out Binance's freshly drawn key list twice before its first paint (npm run bench).
   * `changed` when new text changed the panel's size, or a `Use this key` was drawn for the first time.
   */
  measureAfterPaint(panel: () => Element | null, changed: () => void): void {
    if (this.measuring) return;
    this.measuring = requestAnimationFrame(() =>
      setTimeout(() => {
        this.measuring = 0;
        if (this.measure(panel())) changed();
      }),
    );
  }

  /** The sizes to place by: as drawn, or a first guess before anything was. */
  forPlacing(): { full: Size; compact: Size } {
    const full = this.full ?? { width: 320, height: 240 };
    return { full, compact: this.compact ?? { width: Math.min(full.width, 240), height: full.height * 0.6 } };
  }

  /** Where each `Use this key` is drawn: on its card's top edge, at the end side (components/Guide.tsx). */
  uses(cards: readonly { box: Box }[], end: 'left' | 'right'): Box[] {
    const use = this.use ?? { width: 160, height: 36 };
    return cards.map(({ box: c }) => ({ left: end === 'right' ? c.left + c.width - 8 - use.width : c.left + 8, top: c.top + 8 - use.height, ...use }));
  }

  /** Reads the panel as drawn (and a `Use this key` beside it); true when a size changed. */
  private measure(panel: Element | null): boolean {
    const box = panel?.getBoundingClientRect();
    const use = (panel?.getRootNode() as ShadowRoot | undefined)?.querySelector('.candidate')?.getBoundingClientRect();
    const which = panel?.classList.contains('compact') ? 'compact' : 'full';
    const was = this[which];
    let changed = false;
    if (box?.width && (!was || Math.abs(box.height - was.height) + Math.abs(box.width - was.width) > 1)) {
      this[which] = { width: box.width, height: box.height };
      changed = true;
    }
    if (use?.width && !this.use) {
      this.use = { width: use.width, height: use.height };
      changed = true;
    }
    return changed;
  }
}
