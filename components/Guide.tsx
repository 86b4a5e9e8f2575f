import type { Box } from '@/lib/exchange';
import { GuidePanel } from './GuidePanel';

export interface GuideAction {
  label: string;
  onClick: (event: MouseEvent) => void;
  primary?: boolean;
  disabled?: boolean;
}

export interface GuideProps {
  title: string;
  /** The extension's name, and "Extension": the panel is the extension's, not the page's. */
  name: string;
  marker: string;
  /** One line of what the extension will and won't do. */
  promise: string;
  closeLabel: string;
  /** Where the user is in the whole journey (the Progress list), drawn by the caller. */
  progress?: preact.ComponentChildren;
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
export function Guide({ title, name, marker, promise, closeLabel, progress, message, notes = [], actions, dir, edge, side, compact, onClose, onEscape }: GuideProps) {
  return (
    <div dir={dir}>
      <GuidePanel title={title} name={name} marker={marker} edge={edge} side={side} compact={compact} closeLabel={closeLabel} onClose={onClose} onEscape={onEscape}>
        {progress}
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
              <button type="button" key={a.label} class={a.primary ? 'primary' : undefined} disabled={a.disabled} onClick={a.onClick}>
                {a.label}
              </button>
            ))}
          </div>
        )}
        {!compact && <p class="promise">{promise}</p>}
      </GuidePanel>
    </div>
  );
}

export interface CandidateProps {
  label: string;
  /** Each candidate key's card. */
  cards: { id: string; box: Box }[];
  side: 'left' | 'right';
  onChoose: (id: string, box: Box, event: MouseEvent) => void;
}

/** `Use this key` beside each key the guide asks about: drawn by the extension, outside Binance's card. */
export function Candidates({ label, cards, side, onChoose }: CandidateProps) {
  return (
    <>
      {cards.map(({ id, box }) => (
        <div key={id} class="candidate" style={{ top: `${box.top + 8}px`, left: side === 'right' ? `${box.left + box.width - 8}px` : `${box.left + 8}px` }} data-side={side}>
          <button type="button" class="primary" onClick={(event) => onChoose(id, box, event)}>
            {label}
          </button>
        </div>
      ))}
    </>
  );
}

export interface SpotlightProps {
  rect: Box | undefined;
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
