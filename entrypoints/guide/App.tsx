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
  private sizes: { full?: { width: number; height: number }; compact?: { width: number; height: number }; use?: { width: number; height: number } } = {};
  private measuring = 0;

  override componentDidMount() {
    this.unsubscribe = this.props.session.subscribe((view) => this.setState({ view }));
  }

  // The panel is placed by its size as last drawn. Measured after the frame is painted, never
  // while rendering: a read of layout there makes the browser lay out Binance's freshly drawn
  // key list twice before its first paint (npm run bench). New text that changes the size, or a
  // `Use this key` drawn for the first time, places it again.
  override componentDidUpdate() {
    if (this.measuring) return;
    this.measuring = requestAnimationFrame(() =>
      setTimeout(() => {
        this.measuring = 0;
        const drawn = this.props.panel();
        const box = drawn?.getBoundingClientRect();
        const use = (drawn?.getRootNode() as ShadowRoot | undefined)?.querySelector('.candidate')?.getBoundingClientRect();
        const which = drawn?.classList.contains('compact') ? 'compact' : 'full';
        const was = this.sizes[which];
        let changed = false;
        if (box?.width && (!was || Math.abs(box.height - was.height) + Math.abs(box.width - was.width) > 1)) {
          this.sizes[which] = { width: box.width, height: box.height };
          changed = true;
        }
        if (use?.width && !this.sizes.use) {
          this.sizes.use = { width: use.width, height: use.height };
          changed = true;
        }
        if (changed) this.forceUpdate();
      }),
    );
  }

  override componentWillUnmount() {
    this.unsubscribe?.();
  }

  render({ session, guard, onClose, onEscape, place }: AppProps, { view, place: placed }: { view?: SessionView; place?: Place }) {
    if (!view) return null;
    // The text follows the extension's language; the panel sits on the page's end side.
    const pageDir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
    const end = pageDir === 'rtl' ? 'left' : 'right';
    const rect = view.spotlight;
    const full = this.sizes.full ?? { width: 320, height: 240 };
    const sizes = { full, compact: this.sizes.compact ?? { width: Math.min(full.width, 240), height: full.height * 0.6 } };
    const now: Place = placed ?? { edge: 'bottom', side: end, compact: false };
    // Each `Use this key` sits on its card's top edge, at the end side (components/Guide.tsx): the panel keeps clear of them too.
    const use = this.sizes.use ?? { width: 160, height: 36 };
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
