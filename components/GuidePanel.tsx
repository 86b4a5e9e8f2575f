import { Component, createRef, type ComponentChildren } from 'preact';
import { Brand } from './Brand';

export interface GuidePanelProps {
  /** The panel's accessible name. */
  title: string;
  /** The extension's name and "Extension", in its header: the panel is not the page's. */
  name: string;
  marker: string;
  /** Which edge the panel sits on: away from the current target. */
  edge?: 'top' | 'bottom';
  /** Which side: the page's end side (left on a right-to-left page). */
  side?: 'left' | 'right';
  /** Small, in the corner: while Binance's 2FA dialog is open, or where the full panel would cover Save, Cancel or the addresses. */
  compact?: boolean;
  closeLabel: string;
  onClose: (event: Event) => void;
  /** Esc: back to the page, the guide stays. */
  onEscape: (event: KeyboardEvent) => void;
  children: ComponentChildren;
}

/**
 * The guide's floating panel: a labelled, non-modal dialog; Esc hands focus back to the page.
 * A class, not hooks: the guide ships without preact/hooks to stay within its byte budget.
 */
export class GuidePanel extends Component<GuidePanelProps> {
  private panel = createRef<HTMLDivElement>();
  private focusWithin = false;

  // A button that goes with its step (Paste) takes focus with it: keep a keyboard user in the
  // panel instead of dropping them at the top of the page.
  override componentDidUpdate() {
    const panel = this.panel.current;
    const root = panel?.getRootNode() as ShadowRoot | undefined;
    if (this.focusWithin && root && !root.activeElement) panel?.focus();
  }

  render({ title, name, marker, edge = 'bottom', side = 'right', compact = false, closeLabel, onClose, onEscape, children }: GuidePanelProps) {
    return (
      <div
        ref={this.panel}
        onFocusIn={() => (this.focusWithin = true)}
        onFocusOut={(e) => {
          this.focusWithin = this.panel.current?.contains(e.relatedTarget as Node) ?? false;
          // Chrome reports the removal of the focused button as focus leaving for nowhere.
          const left = e.target as Element;
          if (!e.relatedTarget) setTimeout(() => !left.isConnected && this.panel.current?.focus());
        }}
        class={`panel ${edge} ${side}${compact ? ' compact' : ''}`}
        role="dialog"
        aria-label={title}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onEscape(e);
        }}
      >
        <header class="head">
          <Brand name={name} marker={marker} />
          <button type="button" class="close" onClick={onClose} aria-label={closeLabel} title={closeLabel}>
            ×
          </button>
        </header>
        <div class="body">{children}</div>
      </div>
    );
  }
}
