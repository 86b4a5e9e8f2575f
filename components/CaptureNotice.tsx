export interface CaptureNoticeProps {
  message: string;
  acceptLabel?: string;
  dismissLabel: string;
  onAccept?: (event: MouseEvent) => void;
  onDismiss: (event: MouseEvent) => void;
}

/** A small notice in a corner of Bitsgap's page; it never covers the dialog's own buttons. */
export function CaptureNotice({ message, acceptLabel, dismissLabel, onAccept, onDismiss }: CaptureNoticeProps) {
  return (
    <div class="notice" role="region" aria-label={message}>
      <span role="status">{message}</span>
      {acceptLabel && onAccept && (
        <button type="button" class="primary" onClick={onAccept}>
          {acceptLabel}
        </button>
      )}
      <button type="button" class="close" aria-label={dismissLabel} title={dismissLabel} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
