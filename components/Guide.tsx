import type { Box as Rect } from '@/lib/exchange';
import { GuidePanel } from './GuidePanel';

export interface GuideAction {
  label: string;
  onClick: (event: MouseEvent) => void;
  primary?: boolean;
}

export interface GuideProps {
  title: string;
  closeLabel: string;
  /** e.g. "Step 2 of 4"; absent outside the numbered steps. */
  stepLabel?: string;
  message: string;
  notes?: string[];
  actions: GuideAction[];
  /** The direction of the extension's language, which the text follows. */
  dir: 'ltr' | 'rtl';
  edge?: 'top' | 'bottom';
  side?: 'left' | 'right';
  compact?: boolean;
  onClose: (event: Event) => void;
  onEscape: (event: KeyboardEvent) => void;
}

/** The guide: where the user is, what to do next, and the buttons for it. */
export function Guide({ title, closeLabel, stepLabel, message, notes = [], actions, dir, edge, side, compact, onClose, onEscape }: GuideProps) {
  return (
    <div dir={dir}>
      <GuidePanel title={title} edge={edge} side={side} compact={compact} closeLabel={closeLabel} onClose={onClose} onEscape={onEscape}>
        {stepLabel && <p class="step">{stepLabel}</p>}
        <p role="status" aria-live="polite" class="message">
          {message}
        </p>
        {notes.map((note) => (
          <p class="note" key={note}>
            {note}
          </p>
        ))}
        {actions.length > 0 && (
          <div class="actions">
            {actions.map((a) => (
              <button type="button" key={a.label} class={a.primary ? 'primary' : undefined} onClick={a.onClick}>
                {a.label}
              </button>
            ))}
          </div>
        )}
      </GuidePanel>
    </div>
  );
}

export interface SpotlightProps {
  rect: Rect | undefined;
}

/** A ring around the current target. It never takes a click: pointer-events are off. */
export function Spotlight({ rect }: SpotlightProps) {
  if (!rect) return null;
  const pad = 6;
  return (
    <div
      class="spotlight"
      aria-hidden="true"
      style={{ top: `${rect.top - pad}px`, left: `${rect.left - pad}px`, width: `${rect.width + pad * 2}px`, height: `${rect.height + pad * 2}px` }}
    />
  );
}
