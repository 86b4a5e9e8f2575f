export interface HistoryLine {
  id: string;
  summary: string;
  result: string;
}

/** The last saves and what Bitsgap said after each. */
export function History({ title, lines }: { title: string; lines: HistoryLine[] }) {
  if (lines.length === 0) return null;
  return (
    <section class="history" aria-label={title}>
      <h2>{title}</h2>
      <ol>
        {lines.map((line) => (
          <li key={line.id}>
            <span>{line.summary}</span> <span class="result">{line.result}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
