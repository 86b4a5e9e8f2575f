import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { AuditBadges, type AuditBadge } from '@/components/AuditBadges';
import { Guide, Spotlight, type SpotlightProps } from '@/components/Guide';
import { auditCard } from '@/lib/guide/audit';
import { pasteTrustedIps, turnOffWithdrawals } from '@/lib/binance/fill';
import { pageWords } from '@/lib/binance/locale';
import { findAppRoot, findCancelButton, findEditButton, findKeyCards, findRestrictionRadios, findSaveButton } from '@/lib/binance/locate';
import { findCardByKey, snapshotCards } from '@/lib/binance/snapshot';
import { watchPage } from '@/lib/binance/watch';
import { INITIAL, justSaved, reduce, type GuideEvent, type GuideState, type PageSnapshot } from '@/lib/guide/machine';
import { viewFor, type ActionId } from '@/lib/guide/view';
import { t } from '@/lib/i18n';
import type { ClickGuard } from '@/lib/ui/click-guard';
import { listenToBackground, tell } from '@/lib/page-link';
import type { PageState } from '@/lib/protocol';
import { BITSGAP_EXCHANGES_URL } from '@/lib/refresh-text';
import type { RunResult } from '@/lib/storage';

// After this long with no key card on the page, say so instead of waiting silently.
const LIST_TIMEOUT_MS = 15_000;
// The panel's height and margin at the bottom edge: a target lower than this moves the panel up.
const PANEL_CLEARANCE_PX = 300;

/** The element the spotlight rings at this step, found afresh on every frame. */
function targetFor(state: GuideState, words: ReturnType<typeof pageWords>): Element | undefined {
  if (!('apiKey' in state) || !state.apiKey) return undefined;
  const card = findCardByKey(document, words, state.apiKey);
  if (!card) return undefined;
  switch (state.step) {
    case 'edit':
      return findEditButton(card, words);
    case 'paste':
      return findRestrictionRadios(card, words)?.restricted;
    case 'save':
      return findSaveButton(card, words);
    case 'done':
    case 'already':
      return card;
    default:
      return undefined;
  }
}

/** Structural equality for the small plain values the guide keeps, to skip renders that change nothing. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function App({ onClose, signal, guard }: { onClose: () => void; signal: AbortSignal; guard: ClickGuard }) {
  const [state, dispatch] = useReducer<GuideState, GuideEvent>(reduce, INITIAL);
  const previous = useRef(state);
  const [pushed, setPushed] = useState<PageState>();
  const [runId, setRunId] = useState<string>();
  const [rect, setRect] = useState<SpotlightProps['rect']>();
  const [badges, setBadges] = useState<AuditBadge[]>([]);
  const page = useRef<PageSnapshot | undefined>(undefined);
  const stateRef = useRef(state);
  stateRef.current = state;
  const words = pageWords(document, location.pathname);
  const placeSpotlight = () => {
    const r = targetFor(stateRef.current, words)?.getBoundingClientRect();
    const next = r && r.width > 0 ? { top: r.top, left: r.left, width: r.width, height: r.height } : undefined;
    setRect((prev) => (same(prev, next) ? prev : next));
  };
  const dir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';

  const [sendFailed, setSendFailed] = useState(false);
  // The outcome of this page's save, as the background's pushed history tells it.
  const refresh: RunResult | undefined = sendFailed ? 'failed' : runId ? (pushed?.runs.find((r) => r.id === runId)?.result ?? 'pending') : undefined;

  // Tell the background once per verified save; it pings Bitsgap's refresh.
  useEffect(() => {
    if (justSaved(previous.current, state)) {
      tell({ type: 'save:verified', label: state.label, ips: state.ips, added: state.added }).then(
        (reply) => (typeof reply?.runId === 'string' ? setRunId(reply.runId) : setSendFailed(true)),
        () => setSendFailed(true),
      );
    }
    previous.current = state;
  }, [state]);

  useEffect(() => {
    listenToBackground(signal, setPushed);
    const timer = setTimeout(() => dispatch({ type: 'list-timeout' }), LIST_TIMEOUT_MS);
    signal.addEventListener('abort', () => clearTimeout(timer));
    return () => clearTimeout(timer);
  }, []);

  // Only what the page model depends on restarts the watcher; a new history entry does not.
  const trustedIps = pushed?.trusted;
  const pattern = pushed?.keyLabelPattern;
  const watchKey = pushed ? JSON.stringify([trustedIps, pattern]) : undefined;
  useEffect(() => {
    if (watchKey === undefined || pattern === undefined) return;
    const run = new AbortController();
    const stop = () => run.abort();
    signal.addEventListener('abort', stop, { once: true });
    let cards: ReturnType<typeof findKeyCards> = [];
    let snapshots: PageSnapshot['cards'] = [];
    const placeBadges = () => {
      const ips = trustedIps;
      const next = ips
        ? cards.flatMap((card, i) => {
            const audit = auditCard(snapshots[i]!, ips);
            if (!audit) return [];
            const r = card.element.getBoundingClientRect();
            const text =
              audit.kind === 'complete' ? t('auditComplete', String(audit.count)) : audit.kind === 'missing' ? t('auditMissing', String(audit.count)) : t('auditUnrestricted');
            const tone = audit.kind === 'complete' ? 'good' : audit.kind === 'missing' ? 'warn' : 'bad';
            return [{ id: card.apiKey, text, tone, rect: { top: r.top, left: r.left, width: r.width } } satisfies AuditBadge];
          })
        : [];
      setBadges((prev) => (same(prev, next) ? prev : next));
    };
    const onChange = () => {
      cards = findKeyCards(document, words);
      snapshots = snapshotCards(cards, words);
      const next: PageSnapshot = { cards: snapshots, trusted: trustedIps ?? null, pattern };
      if (!page.current || !same(page.current, next)) {
        page.current = next;
        dispatch({ type: 'snapshot', page: next });
      }
      placeBadges();
      placeSpotlight();
    };
    // Scrolling and resizing change no state: only what is drawn over the page moves.
    const onViewport = () => {
      placeBadges();
      placeSpotlight();
    };
    const watch = watchPage(findAppRoot(document) ?? document.body, () => {
      onChange();
      watch.focus(cards.map((c) => c.element));
    }, onViewport, run.signal);
    return () => {
      signal.removeEventListener('abort', stop);
      run.abort();
    };
  }, [watchKey]);

  // A new step has a new target, even when the page itself does not change.
  useEffect(placeSpotlight, [state]);

  // Choosing a key: the user's own click on a card (never a script's).
  useEffect(() => {
    if (state.step !== 'choose') return;
    const onClick = (event: MouseEvent) => {
      if (!event.isTrusted || !page.current) return;
      const card = findKeyCards(document, words).find((c) => c.element.contains(event.target as Node));
      if (!card) return;
      event.preventDefault();
      event.stopPropagation();
      dispatch({ type: 'choose', apiKey: card.apiKey, page: page.current });
    };
    document.addEventListener('click', onClick, { capture: true, signal });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, [state.step]);

  // A save starts with the user's own click on this card's Save; their Cancel takes it back.
  useEffect(() => {
    if (state.step !== 'save') return;
    const apiKey = state.apiKey;
    const onClick = (event: MouseEvent) => {
      const card = event.isTrusted ? findCardByKey(document, words, apiKey) : undefined;
      if (!card) return;
      const target = event.target as Node;
      if (findSaveButton(card, words)?.contains(target)) dispatch({ type: 'save-clicked' });
      else if (findCancelButton(card, words)?.contains(target)) dispatch({ type: 'cancel-clicked' });
    };
    document.addEventListener('click', onClick, { capture: true, signal });
    return () => document.removeEventListener('click', onClick, { capture: true });
  }, [state.step]);

  const act = async (id: ActionId) => {
    const current = stateRef.current;
    if (id === 'open-bitsgap') {
      window.open(BITSGAP_EXCHANGES_URL, '_blank', 'noopener');
      return;
    }
    if (id === 'choose-another' && page.current) {
      dispatch({ type: 'choose-another', page: page.current });
      return;
    }
    if (!('apiKey' in current) || !current.apiKey) return;
    const apiKey = current.apiKey;
    if (id === 'turn-off-withdrawals') {
      const card = findCardByKey(document, words, apiKey);
      if (card && turnOffWithdrawals(card, words)) dispatch({ type: 'withdrawals-off' });
      return;
    }
    if ((id === 'paste' || id === 'retry') && trustedIps) {
      dispatch({ type: 'paste-start' });
      const outcome = await pasteTrustedIps({
        getCard: () => findCardByKey(document, words, apiKey),
        words,
        trusted: trustedIps,
        enableSpot: pushed?.enableSpotTrading ?? true,
        signal,
      });
      dispatch(
        outcome.ok
          ? { type: 'pasted', added: outcome.added, kept: outcome.kept.length, withdrawalsOn: outcome.withdrawalsOn, spotMissing: outcome.spotMissing }
          : { type: 'paste-failed', reason: outcome.reason, detail: outcome.detail },
      );
    }
  };

  const view = viewFor(state, pattern ?? '', pushed?.signedOut ?? false, refresh);
  return (
    <>
      <AuditBadges badges={badges} dir={dir} />
      <Spotlight rect={rect} />
      <Guide
        title={t('guideTitle')}
        closeLabel={t('close')}
        stepLabel={view.stepLabel}
        message={view.message}
        notes={view.notes}
        dir={dir}
        edge={rect && rect.top + rect.height > window.innerHeight - PANEL_CLEARANCE_PX ? 'top' : 'bottom'}
        onClose={(event) => {
          if (event instanceof KeyboardEvent ? event.isTrusted : guard.accepts(event as MouseEvent)) onClose();
        }}
        // Only the user's own click on the button as drawn counts: the shadow root is open, so a
        // page can click these buttons (untrusted) or restyle them to catch a click meant for it.
        actions={view.actions.map((a) => ({
          label: a.label,
          primary: a.primary,
          onClick: (event) => {
            if (guard.accepts(event)) void act(a.id);
          },
        }))}
      />
    </>
  );
}
