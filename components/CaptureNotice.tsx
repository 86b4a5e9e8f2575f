import type { ComponentChildren } from 'preact';
import { Brand, type BrandProps } from './Brand';

export interface NoticeAction {
  label: string;
  onClick: (event: MouseEvent) => void;
  primary?: boolean;
}

/** What every notice carries, so none passes for part of Bitsgap's page. */
export interface NoticeFrame {
  brand: BrandProps;
  /** What the extension will and won't do, in one line. */
  promise: string;
  /** The Progress list, once the background has said where the user is. */
  progress?: ComponentChildren;
  dismissLabel: string;
}

export interface CaptureNoticeProps {
  frame: NoticeFrame;
  message: string;
  /** Addresses the notice is about, one list item each, in a list named `itemsLabel`. */
  items?: readonly string[];
  itemsLabel?: string;
  /** Where they came from, what accepting changes. */
  notes?: readonly string[];
  actions?: readonly NoticeAction[];
  /** The corner it sits in: the top end one, or the bottom one when the user's next click is up there. */
  edge?: 'top' | 'bottom';
  onDismiss: (event: MouseEvent) => void;
}

/** A small notice in a corner of Bitsgap's page; it never covers the dialog's own buttons. */
export function CaptureNotice({ frame, message, items = [], itemsLabel, notes = [], actions = [], edge = 'top', onDismiss }: CaptureNoticeProps) {
  return (
    <div class={`notice ${edge}`} role="region" aria-label={message}>
      <div class="head">
        <Brand {...frame.brand} />
        <button type="button" class="close" aria-label={frame.dismissLabel} title={frame.dismissLabel} onClick={onDismiss}>
          ×
        </button>
      </div>
      {frame.progress}
      <span role="status">{message}</span>
      {items.length > 0 && (
        <ul class="ips" aria-label={itemsLabel}>
          {items.map((ip) => (
            <li key={ip}>
              <code>{ip}</code>
            </li>
          ))}
        </ul>
      )}
      {notes.map((note) => (
        <p class="note" key={note}>
          {note}
        </p>
      ))}
      {actions.map((a) => (
        <button type="button" key={a.label} class={a.primary ? 'primary' : undefined} onClick={a.onClick}>
          {a.label}
        </button>
      ))}
      <p class="note promise">{frame.promise}</p>
    </div>
  );
}
