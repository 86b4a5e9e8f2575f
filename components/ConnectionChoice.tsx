export interface ConnectionChoiceProps {
  /** The question, naming the connection. */
  question: string;
  /** The labels of the user's saved keys, the most recent first. */
  labels: readonly string[];
  noneLabel: string;
  dismissLabel: string;
  /** A key's label, or null for none of them. */
  onChoose: (label: string | null, event: MouseEvent) => void;
  onDismiss: (event: MouseEvent) => void;
}

/** Asks, once, which Binance key a Bitsgap connection uses: one button per key the user saved, and "none of these". */
export function ConnectionChoice({ question, labels, noneLabel, dismissLabel, onChoose, onDismiss }: ConnectionChoiceProps) {
  return (
    <div class="notice" role="region" aria-label={question}>
      <div class="text">
        <span role="status">{question}</span>
        <div class="choices" style={{ display: 'flex', flexWrap: 'wrap', gap: '6px' }}>
          {labels.map((label) => (
            <button type="button" class="primary" key={label} onClick={(e) => onChoose(label, e)}>
              {label}
            </button>
          ))}
          <button type="button" onClick={(e) => onChoose(null, e)}>
            {noneLabel}
          </button>
        </div>
      </div>
      <button type="button" class="close" aria-label={dismissLabel} title={dismissLabel} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
