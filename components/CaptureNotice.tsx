export interface CaptureNoticeProps {
  message: string;
  /** Addresses the notice is about, one list item each. */
  items?: readonly string[];
  /** Where they came from, what accepting changes. */
  notes?: readonly string[];
  acceptLabel?: string;
  dismissLabel: string;
  onAccept?: (event: MouseEvent) => void;
  onDismiss: (event: MouseEvent) => void;
}

/** A small notice in a corner of Bitsgap's page; it never covers the dialog's own buttons. */
export function CaptureNotice({ message, items = [], notes = [], acceptLabel, dismissLabel, onAccept, onDismiss }: CaptureNoticeProps) {
  return (
    <div class="notice" role="region" aria-label={message}>
      <div class="text">
        <span role="status">{message}</span>
        {items.length > 0 && (
          <ul class="ips">
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
        {acceptLabel && onAccept && (
          <button type="button" class="primary" onClick={onAccept}>
            {acceptLabel}
          </button>
        )}
      </div>
      <button type="button" class="close" aria-label={dismissLabel} title={dismissLabel} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
