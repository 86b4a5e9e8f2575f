import type { FixPlace } from '@/lib/keepalive/advice';
import type { ConnectionLine } from '@/lib/keepalive/present';

export interface ConnectionsProps {
  title: string;
  /** The most urgent first: connections, keys needing Bitsgap's new addresses, a save waiting for Bitsgap's Refresh. */
  lines: readonly ConnectionLine[];
  onFix: (place: FixPlace) => void;
}

const box = { padding: '8px 10px', border: '1px solid var(--border, #d8dce1)', borderRadius: '8px', margin: '0 0 8px' };
const urgent = { ...box, borderColor: 'var(--danger, #c42b44)' };
const small = { margin: '2px 0', fontSize: '12px' };
// The fix is the popup's primary action: the accent, dark text on it in both colour schemes.
const primary = { background: 'var(--accent, #f0b90b)', borderColor: 'var(--accent, #f0b90b)', color: '#1e2329', marginTop: '4px' };

/**
 * Bitsgap's Binance connections: each one's last status and how long ago it was read, what it
 * means, and the one button that fixes it; the keys that need Bitsgap's new addresses; a save
 * still waiting for Bitsgap's Refresh. The most urgent comes first.
 * Knows nothing of storage or of the pages: the caller hands it the lines and opens the place.
 */
export function Connections({ title, lines, onFix }: ConnectionsProps) {
  if (lines.length === 0) return null;
  return (
    <section class="connections" aria-label={title} style={{ padding: '12px 16px 0' }}>
      <h2 style={{ fontSize: '13px', margin: '0 0 6px' }}>{title}</h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {lines.map((line) => (
          <li key={line.id} style={line.needsUser ? urgent : box}>
            {line.name && (
              <>
                <strong>{line.name}</strong> <span class="summary">{line.summary}</span>
              </>
            )}
            {line.key && <p style={{ ...small, color: 'var(--muted, #5e6673)' }}>{line.key}</p>}
            <p style={small}>{line.advice}</p>
            {line.note && <p style={small}>{line.note}</p>}
            {line.fix && (
              <button type="button" class="primary" style={primary} onClick={() => onFix(line.fix!.place)}>
                {line.fix.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
