import { Component } from 'preact';
import { AuditBadges } from '@/components/AuditBadges';
import { Candidates, Guide, Spotlight } from '@/components/Guide';
import { Progress } from '@/components/Progress';
import { progressWords } from '@/lib/journey-words';
import type { SessionView } from '@/lib/guide/present';
import type { GuideSession } from '@/lib/guide/session';
import { t, uiDirection } from '@/lib/i18n';
import type { ClickGuard } from '@/lib/ui/click-guard';
import { PanelSizes } from '@/lib/ui/panel-sizes';
import type { placePanel, Place } from '@/lib/ui/placement';

interface AppProps {
  session: GuideSession;
  guard: ClickGuard;
  onClose: () => void;
  onEscape: () => void;
  /** The panel as drawn, for its size; where it goes (lib/ui/placement.ts), once the guide's extras are there. */
  panel: () => Element | null;
  place: () => typeof placePanel | undefined;
}

/**
 * The guide as the session describes it; every click goes back to the session. A class, not
 * hooks: the guide ships without preact/hooks to stay within its byte budget.
 */
export class App extends Component<AppProps, { view?: SessionView; place?: Place }> {
  private unsubscribe?: () => void;
  private sizes = new PanelSizes();

  override componentDidMount() {
    this.unsubscribe = this.props.session.subscribe((view) => this.setState({ view }));
  }

  override componentDidUpdate() {
    this.sizes.measureAfterPaint(this.props.panel, () => this.forceUpdate());
  }
  override componentWillUnmount() {
    this.unsubscribe?.();
  }

  render({ session, guard, onClose, onEscape, place }: AppProps, { view, place: placed }: { view?: SessionView; place?: Place }) {
    if (!view) return null;
    // The text follows the extension's language; the panel sits on the page's end side.
    const [pageDir, end] = document.documentElement.dir === 'rtl' ? (['rtl', 'left'] as const) : (['ltr', 'right'] as const);
    const rect = view.spotlight;
    const now: Place = placed ?? { edge: 'bottom', side: end, compact: false };
    const where = place()?.([...view.keepClear, ...this.sizes.uses(view.candidates, end)], rect ? [rect] : [], this.sizes.forPlacing(), { width: innerWidth, height: innerHeight }, now, end) ?? now;
    if (!placed || where.edge !== placed.edge || where.side !== placed.side || where.compact !== placed.compact) queueMicrotask(() => this.setState({ place: where }));
    // Where the full panel would cover Binance's form: its stage, its sentence and its primary action only.
    const small = where.compact && !view.pageDialog;
    // Only the user's own click on a control as drawn counts: the shadow root is open, so a page
    // can click these buttons (untrusted) or restyle, cover or move them to catch a click meant for it.
    const act = (event: Parameters<GuideSession['act']>[0]) => (e: MouseEvent) => guard.accepts(e) && session.act(event);
    return (
      <>
        <AuditBadges badges={view.badges} dir={uiDirection()} pageDir={pageDir} />
        <Spotlight rect={rect} />
        <Candidates label={t('guideUseKey')} cards={view.candidates} side={end} onChoose={(apiKey, box, e) => guard.accepts(e, box) && session.act({ type: 'choose', apiKey })} />
        <Guide
          title={t('guideTitle')}
          name={t('extName')}
          marker={t('brandMarker')}
          promise={t('brandPromise')}
          progress={<Progress {...progressWords()} stage={view.stage} />}
          closeLabel={t('close')}
          message={view.step.message}
          notes={small ? [] : view.step.notes}
          dir={uiDirection()}
          side={where.side}
          edge={view.pageDialog ? 'top' : where.edge}
          compact={view.pageDialog || where.compact}
          onClose={(event) => guard.accepts(event) && onClose()}
          onEscape={(event) => event.isTrusted && onEscape()}
          actions={(small && view.step.actions.some((a) => a.primary) ? view.step.actions.filter((a) => a.primary) : view.step.actions).map((a) => ({ label: a.label, primary: a.primary, disabled: a.disabled, onClick: act(a.event) }))}
        />
      </>
    );
  }
}
