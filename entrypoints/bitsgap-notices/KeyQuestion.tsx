import { useState } from 'preact/hooks';
import { ConnectionChoice } from '@/components/ConnectionChoice';
import { questionFor } from '@/lib/keepalive/choice';
import { t } from '@/lib/i18n';
import { tell } from '@/lib/page-link';
import type { PageState } from '@/lib/protocol';
import type { ClickGuard } from '@/lib/ui/click-guard';

/**
 * Asks which saved key a Binance connection uses, where that is unclear (lib/keepalive/choice.ts),
 * and tells the background the answer. Closing it counts as "none of these": the user is asked
 * once per connection.
 */
export function KeyQuestion({ pushed, guard }: { pushed: PageState | undefined; guard: ClickGuard }) {
  const [answered, setAnswered] = useState<string[]>([]);
  const question = questionFor(pushed);
  if (!question || answered.includes(question.name)) return null;
  const answer = (label: string | null, event: MouseEvent) => {
    // Only the user's own click on the button as drawn: the open shadow root lets a page restyle it.
    if (!guard.accepts(event)) return;
    setAnswered([...answered, question.name]);
    void tell({ type: 'connection:key', name: question.name, label }).catch(() => undefined);
  };
  return (
    <ConnectionChoice
      question={t('keepAliveChooseKey', question.name)}
      labels={question.labels}
      noneLabel={t('keepAliveChooseNone')}
      dismissLabel={t('close')}
      onChoose={answer}
      onDismiss={(e) => answer(null, e)}
    />
  );
}
