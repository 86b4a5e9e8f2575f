import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/domain';
import { Brand, type BrandProps } from './Brand';

export interface OptionsStrings {
  brand: BrandProps;
  title: string;
  advanced: string;
  /** Why the base URL is under Advanced: only for a Bitsgap that answers the contract; asked for by scammers. */
  advancedWarning: string;
  baseUrl: string;
  labelPattern: string;
  enableSpot: string;
  refreshAfterSave: string;
  notify: string;
  save: string;
}

export interface OptionsFormProps {
  initial: Settings;
  strings: OptionsStrings;
  status: string;
  onSave: (settings: Settings) => void;
}

/** The settings form: edits a copy and hands it back on submit; validation is the caller's. */
export function OptionsForm({ initial, strings, status, onSave }: OptionsFormProps) {
  const [draft, setDraft] = useState(initial);
  return (
    <form
      class="popup"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(draft);
      }}
    >
      <header class="top">
        <Brand {...strings.brand} />
      </header>
      <h1>{strings.title}</h1>
      <label class="field">
        {strings.labelPattern}
        <input
          type="text"
          value={draft.keyLabelPattern}
          onInput={(e) => setDraft({ ...draft, keyLabelPattern: e.currentTarget.value })}
        />
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.enableSpotTrading}
          onChange={(e) => setDraft({ ...draft, enableSpotTrading: e.currentTarget.checked })}
        />
        {strings.enableSpot}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.refreshAfterSave}
          onChange={(e) => setDraft({ ...draft, refreshAfterSave: e.currentTarget.checked })}
        />
        {strings.refreshAfterSave}
      </label>
      <label class="check">
        <input type="checkbox" checked={draft.notify} onChange={(e) => setDraft({ ...draft, notify: e.currentTarget.checked })} />
        {strings.notify}
      </label>
      {/* Last and closed: a setting someone could talk the user into changing. */}
      <details class="advanced">
        <summary>{strings.advanced}</summary>
        <p class="warning">{strings.advancedWarning}</p>
        <label class="field">
          {strings.baseUrl}
          <input type="url" value={draft.bitsgapBaseUrl} onInput={(e) => setDraft({ ...draft, bitsgapBaseUrl: e.currentTarget.value })} />
        </label>
      </details>
      <div class="actions">
        <button type="submit">{strings.save}</button>
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </form>
  );
}
