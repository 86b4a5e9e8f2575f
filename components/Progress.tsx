import type { Stage } from '@/lib/journey';

export interface ProgressProps {
  /** The list's accessible name: "Progress". */
  label: string;
  /** The four stages' names, in order: "Get Bitsgap's list", "Paste on Binance", "Save and 2FA", "Refresh on Bitsgap". */
  names: readonly string[];
  /** Where the user is (lib/journey.ts): 1–4, or done. */
  stage: Stage;
  /** What a screen reader hears after a stage that is done: "(done)". */
  doneLabel: string;
}

/**
 * Where the user is in the chore, the same on every surface: the stages as an ordered list, the
 * current one `aria-current="step"`, those done ticked. No hooks and no state: the guide renders
 * it inside its byte budget. CSS: components/progress.css, colours from components/brand.css.
 */
export function Progress({ label, names, stage, doneLabel }: ProgressProps) {
  const current = stage === 'done' ? names.length + 1 : stage;
  return (
    <ol class="progress" aria-label={label}>
      {names.map((name, i) => {
        const done = i + 1 < current;
        return (
          <li class={done ? 'done' : undefined} aria-current={i + 1 === current ? 'step' : undefined}>
            <span class="dot" aria-hidden="true">
              {done ? '✓' : i + 1}
            </span>
            {name}
            {done && <span class="vh"> {doneLabel}</span>}
          </li>
        );
      })}
    </ol>
  );
}
