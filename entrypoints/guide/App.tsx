import { Component } from 'preact';
import { AuditBadges } from '@/components/AuditBadges';
import { Guide, Spotlight } from '@/components/Guide';
import type { SessionView } from '@/lib/guide/present';
import type { GuideSession } from '@/lib/guide/session';
import { t, uiDirection } from '@/lib/i18n';
import type { ClickGuard } from '@/lib/ui/click-guard';

// The panel's height and margin at the bottom edge: a target lower than this moves the panel up.
const PANEL_CLEARANCE_PX = 300;

interface AppProps {
  session: GuideSession;
  guard: ClickGuard;
  onClose: () => void;
  onEscape: () => void;
}

/**
 * The guide as the session describes it; every click goes back to the session. A class, not
 * hooks: the guide ships without preact/hooks to stay within its byte budget.
 */
export class App extends Component<AppProps, { view?: SessionView }> {
  private unsubscribe?: () => void;

  override componentDidMount() {
    this.unsubscribe = this.props.session.subscribe((view) => this.setState({ view }));
  }

  override componentWillUnmount() {
    this.unsubscribe?.();
  }

  render({ session, guard, onClose, onEscape }: AppProps, { view }: { view?: SessionView }) {
    return view ? <GuideView view={view} session={session} guard={guard} onClose={onClose} onEscape={onEscape} /> : null;
  }
}

function GuideView({ view, session, guard, onClose, onEscape }: AppProps & { view: SessionView }) {
  // The text follows the extension's language; the panel sits on the page's end side.
  const pageDir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  const dir = uiDirection();
  const rect = view.spotlight;
  return (
    <>
      <AuditBadges badges={view.badges} dir={dir} pageDir={pageDir} />
      <Spotlight rect={rect} />
      <Guide
        title={t('guideTitle')}
        closeLabel={t('close')}
        stepLabel={view.step.stepLabel}
        message={view.step.message}
        notes={view.step.notes}
        dir={dir}
        side={pageDir === 'rtl' ? 'left' : 'right'}
        edge={view.pageDialog || (rect && rect.top + rect.height > window.innerHeight - PANEL_CLEARANCE_PX) ? 'top' : 'bottom'}
        compact={view.pageDialog}
        onClose={(event) => {
          if (guard.accepts(event as MouseEvent)) onClose();
        }}
        onEscape={(event) => {
          if (event.isTrusted) onEscape();
        }}
        // Only the user's own click on the button as drawn counts: the shadow root is open, so a
        // page can click these buttons (untrusted) or restyle them to catch a click meant for it.
        actions={view.step.actions.map((a) => ({
          label: a.label,
          primary: a.primary,
          onClick: (event) => {
            if (guard.accepts(event)) session.act(a.event);
          },
        }))}
      />
    </>
  );
}
