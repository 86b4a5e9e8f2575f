import { Component } from 'preact';
import { AuditBadges } from '@/components/AuditBadges';
import { Candidates, Guide, Spotlight } from '@/components/Guide';
import { Progress } from '@/components/Progress';
import { progressWords } from '@/lib/journey-words';
import type { SessionView } from '@/lib/guide/present';
import type { GuideSession } from '@/lib/guide/session';
import { t, uiDirection } from '@/lib/i18n';
import type { ClickGuard } from '@/lib/ui/click-guard';
import type { placePanel, Place } from '@/lib/ui/placement';

interface AppProps {
  session: GuideSession;
  guard: ClickGuard;
  onClose: () => void;
  onEscape: () => void;
  /** The panel as drawn, for its size. */
  panel: () => Element | null;
  /** Where the panel goes (lib/ui/placement.ts), once the guide's extras are there. */
  place: () => typeof placePanel | undefined;
}

/**
 * The guide as the session describes it; every click goes back to the session. A class, not
 * hooks: the guide ships without preact/hooks to stay within its byte budget.
 */
export class App extends Component<AppProps, { view?: SessionView; place?: Place }> {
  private unsubscribe?: () => void;

  override componentDidMount() {
    this.unsubscribe = this.props.session.subscribe((view) => this.setState({ view }));
  }

  override componentWillUnmount() {
    this.unsubscribe?.();
  }

  render({ session, guard, onClose, onEscape, panel, place }: AppProps, { view, place: placed }: { view?: SessionView; place?: Place }) {
    if (!view) return null;
    // The text follows the extension's language; the panel sits on the page's end side.
    const pageDir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
    const end = pageDir === 'rtl' ? 'left' : 'right';
    const rect = view.spotlight;
    const size = panel()?.getBoundingClientRect();
    const clear = rect ? [...view.keepClear, rect] : view.keepClear;
    const now = placed ?? { edge: 'bottom', side: end };
    const where = place()?.(clear, { width: size?.width || 320, height: size?.height || 240 }, { width: innerWidth, height: innerHeight }, now, end) ?? now;
    if (!placed || where.edge !== placed.edge || where.side !== placed.side) queueMicrotask(() => this.setState({ place: where }));
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
          notes={view.step.notes}
          dir={uiDirection()}
          side={where.side}
          edge={view.pageDialog ? 'top' : where.edge}
          compact={view.pageDialog}
          onClose={(event) => guard.accepts(event) && onClose()}
          onEscape={(event) => event.isTrusted && onEscape()}
          actions={view.step.actions.map((a) => ({ label: a.label, primary: a.primary, disabled: a.disabled, onClick: act(a.event) }))}
        />
      </>
    );
  }
}
