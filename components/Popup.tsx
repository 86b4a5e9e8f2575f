import type { ComponentChildren } from 'preact';
import type { Journey } from '@/lib/journey';
import type { PopupAction } from '@/lib/popup';
import { Brand } from './Brand';
import { IpList } from './IpList';
import { Progress, type ProgressProps } from './Progress';

export interface PopupStrings {
  name: string;
  marker: string;
  settings: string;
  /** The Progress list's name, stage names and "done" mark. */
  progress: Omit<ProgressProps, 'stage'>;
  done: string;
  promise: string;
  introWhy: string;
  introHow: string;
  introHelp: string;
  details: string;
  listLabel: string;
  signedOut: string;
  signIn: string;
  undo: string;
  actions: Record<PopupAction, string>;
}

export interface PopupProps {
  strings: PopupStrings;
  /** Where the user is; undefined until read. */
  journey: Journey | undefined;
  /** What the user's last action came to, said before what happens next. */
  note?: string;
  /** What happens next, in one sentence. */
  next: string;
  /** First run: why the chore, its four stages, Bitsgap's own article. */
  intro: boolean;
  helpUrl: string;
  signedOut: boolean;
  signInUrl: string;
  primary: PopupAction | undefined;
  secondary: readonly PopupAction[];
  disabled: Partial<Record<PopupAction, boolean>>;
  pasteOpen: boolean;
  busy: boolean;
  /** "Replaced 4 addresses with 3 from Bitsgap's page", with Undo, while it applies. */
  replaced?: string;
  ips: readonly string[];
  /** Codes and times behind the main text, on demand. */
  details: readonly string[];
  /** Issue #25's connection statuses, under the actions. */
  connections?: ComponentChildren;
  /** A Bitsgap connection needs the user: its section leads, with its fix, in place of the journey's action. */
  connectionsLead?: boolean;
  onAction: (action: PopupAction) => void;
  onUndo: () => void;
  onSettings: () => void;
  /** The paste form, shown under the actions while open. */
  pasteForm?: ComponentChildren;
  /** The saves and what Bitsgap said after each. */
  history?: ComponentChildren;
}

/**
 * The popup: the extension's header, where the user is, what happens next and the one action
 * for it; every other action smaller, under its own name. Knows nothing of Binance's page.
 */
export function Popup(props: PopupProps) {
  const { strings, journey, primary } = props;
  const button = (action: PopupAction, className: string) => (
    <button type="button" key={action} class={className} onClick={() => props.onAction(action)} disabled={props.disabled[action]} aria-expanded={action === 'paste' ? props.pasteOpen : undefined}>
      {strings.actions[action]}
    </button>
  );
  return (
    <main class="popup" aria-busy={props.busy}>
      <header class="top">
        <Brand name={strings.name} marker={strings.marker} />
        <button type="button" class="gear" aria-label={strings.settings} title={strings.settings} onClick={props.onSettings}>
          <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" aria-hidden="true">
            <circle cx="12" cy="12" r="6" stroke-width="3.5" />
            <circle cx="12" cy="12" r="9" stroke-width="3" stroke-dasharray="3.53 3.54" />
          </svg>
        </button>
      </header>
      {journey && <Progress {...strings.progress} stage={journey.stage} />}
      {props.intro && (
        <section class="intro">
          <p>{strings.introWhy}</p>
          <p>{strings.introHow}</p>
          <a href={props.helpUrl} target="_blank" rel="noreferrer">
            {strings.introHelp}
          </a>
        </section>
      )}
      <p role="status" class="status">
        {props.note && <>{props.note} </>}
        {journey?.stage === 'done' && <strong class="done">{strings.done} </strong>}
        {journey && props.next}
        {props.signedOut && (
          <>
            {' '}
            {strings.signedOut}{' '}
            <a href={props.signInUrl} target="_blank" rel="noreferrer">
              {strings.signIn}
            </a>
          </>
        )}
      </p>
      {props.connectionsLead ? props.connections : primary && <div class="lead">{button(primary, 'primary')}</div>}
      {props.replaced && (
        <p class="replaced">
          {props.replaced}{' '}
          <button type="button" class="link" onClick={props.onUndo}>
            {strings.undo}
          </button>
        </p>
      )}
      {!props.connectionsLead && props.connections}
      <div class="actions">{props.secondary.map((action) => button(action, 'secondary'))}</div>
      {props.pasteForm}
      {props.ips.length > 0 && <IpList ips={props.ips} label={strings.listLabel} />}
      {props.details.length > 0 && (
        <details class="details">
          <summary>{strings.details}</summary>
          {props.details.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </details>
      )}
      {props.history}
      <p class="promise">{strings.promise}</p>
    </main>
  );
}
