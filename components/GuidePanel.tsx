import type { ComponentChildren } from 'preact';

export interface GuidePanelProps {
  title: string;
  /** Which edge the panel sits on: away from the current target. */
  edge?: 'top' | 'bottom';
  /** Which side: the page's end side (left on a right-to-left page). */
  side?: 'left' | 'right';
  /** Small, in the corner: while Binance's 2FA dialog is open, the guide stays out of its way. */
  compact?: boolean;
  closeLabel: string;
  onClose: (event: Event) => void;
  children: ComponentChildren;
}

/** The guide's floating panel: a labelled, non-modal dialog that Esc closes. */
export function GuidePanel({ title, edge = 'bottom', side = 'right', compact = false, closeLabel, onClose, children }: GuidePanelProps) {
  return (
    <div
      class={`panel ${edge} ${side}${compact ? ' compact' : ''}`}
      role="dialog"
      aria-label={title}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose(e);
      }}
    >
      <header class="head">
        <strong>{title}</strong>
        <button type="button" class="close" onClick={onClose} aria-label={closeLabel} title={closeLabel}>
          ×
        </button>
      </header>
      <div class="body">{children}</div>
    </div>
  );
}
