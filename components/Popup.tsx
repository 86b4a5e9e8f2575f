import type { TrustedIpsState } from '@/lib/storage';
import { IpList } from './IpList';

export interface PopupStrings {
  title: string;
  fetch: string;
  copy: string;
  openBinance: string;
  listLabel: string;
  signIn: string;
}

export interface PopupProps {
  state: TrustedIpsState | undefined;
  busy: boolean;
  status: string;
  strings: PopupStrings;
  signInUrl: string;
  onFetch: () => void;
  onCopy: () => void;
  onOpenBinance: () => void;
}

/** The popup's view: the list, its status and the actions. Knows nothing of Binance's page. */
export function Popup({ state, busy, status, strings, signInUrl, onFetch, onCopy, onOpenBinance }: PopupProps) {
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
        <button type="button" onClick={onFetch} disabled={busy}>
          {strings.fetch}
        </button>
        <button type="button" onClick={onCopy} disabled={ips.length === 0}>
          {strings.copy}
        </button>
        <button type="button" onClick={onOpenBinance}>
          {strings.openBinance}
        </button>
      </div>
      {ips.length > 0 && <IpList ips={ips} label={strings.listLabel} />}
    </main>
  );
}
