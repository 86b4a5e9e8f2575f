import type { ComponentChildren } from 'preact';
import type { TrustedIpsState } from '@/lib/domain';
import { IpList } from './IpList';

export interface PopupStrings {
  title: string;
  fetch: string;
  paste: string;
  copy: string;
  openBinance: string;
  openBitsgap: string;
  listLabel: string;
  signIn: string;
}

export interface PopupProps {
  state: TrustedIpsState | undefined;
  busy: boolean;
  status: string;
  strings: PopupStrings;
  signInUrl: string;
  pasteOpen: boolean;
  /** Bitsgap did not hand over the list: lead with its own page, where the pop-up shows it. */
  offerBitsgapPage: boolean;
  onFetch: () => void;
  onTogglePaste: () => void;
  onCopy: () => void;
  onOpenBinance: () => void;
  onOpenBitsgap: () => void;
  /** The paste form and the history, composed by the caller. */
  children?: ComponentChildren;
}

/** The popup's view: the list, its status and the actions. Knows nothing of Binance's page. */
export function Popup(props: PopupProps) {
  const { state, busy, status, strings, signInUrl } = props;
  const ips = state?.list?.ips ?? [];
  const signedOut = state?.lastError?.kind === 'signed-out';
  return (
    <main class="popup" aria-busy={busy}>
      <h1>{strings.title}</h1>
      <p role="status" class="status">
        {status}
        {signedOut && (
          <>
            {' '}
            <a href={signInUrl} target="_blank" rel="noreferrer">
              {strings.signIn}
            </a>
          </>
        )}
      </p>
      <div class="actions">
        {props.offerBitsgapPage && (
          <button type="button" class="primary" onClick={props.onOpenBitsgap}>
            {strings.openBitsgap}
          </button>
        )}
        <button type="button" onClick={props.onFetch} disabled={busy}>
          {strings.fetch}
        </button>
        <button type="button" onClick={props.onTogglePaste} aria-expanded={props.pasteOpen}>
          {strings.paste}
        </button>
        <button type="button" onClick={props.onCopy} disabled={ips.length === 0}>
          {strings.copy}
        </button>
        <button type="button" onClick={props.onOpenBinance}>
          {strings.openBinance}
        </button>
      </div>
      {ips.length > 0 && <IpList ips={ips} label={strings.listLabel} />}
      {props.children}
    </main>
  );
}
