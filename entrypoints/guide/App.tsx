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
  private sizes: { full?: { width: number; height: number }; compact?: { width: number; height: number } } = {};

  override componentDidMount() {
    this.unsubscribe = this.props.session.subscribe((view) => this.setState({ view }));
  }

  // The panel is placed by its size as last drawn: when new text changes that size, place it again.
  override componentDidUpdate() {
    const box = this.props.panel()?.getBoundingClientRect();
    const used = this.props.panel()?.classList.contains('compact') ? this.sizes.compact : this.sizes.full;
    if (box?.width && used && Math.abs(box.height - used.height) + Math.abs(box.width - used.width) > 1) this.forceUpdate();
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
    // The panel's size as last drawn, full and compact, for placing it.
    const drawn = panel();
    const box = drawn?.getBoundingClientRect();
    if (box?.width) this.sizes[drawn!.classList.contains('compact') ? 'compact' : 'full'] = { width: box.width, height: box.height };
    const full = this.sizes.full ?? { width: 320, height: 240 };
    const sizes = { full, compact: this.sizes.compact ?? { width: Math.min(full.width, 240), height: full.height * 0.6 } };
    const now: Place = placed ?? { edge: 'bottom', side: end, compact: false };
    // Each `Use this key` sits on its card's top edge, at the end side (components/Guide.tsx): the panel keeps clear of them too.
    const drawnUse = (drawn?.getRootNode() as ShadowRoot | undefined)?.querySelector('.candidate')?.getBoundingClientRect();
    const use = { width: drawnUse?.width || 160, height: drawnUse?.height || 36 };
    const uses = view.candidates.map(({ box: c }) => ({ left: end === 'right' ? c.left + c.width - 8 - use.width : c.left + 8, top: c.top + 8 - use.height, ...use }));
    const where = place()?.([...view.keepClear, ...uses], rect ? [rect] : [], sizes, { width: innerWidth, height: innerHeight }, now, end) ?? now;
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
