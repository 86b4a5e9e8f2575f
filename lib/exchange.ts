// The one interface between the guide (lib/guide/, which decides) and an exchange's page
// (lib/binance/, which reads it and types into it). The guide imports only this; the entrypoint
// hands it the exchange's implementation. A second exchange is a new lib/<exchange>/ folder that
// implements ExchangePage.
import type { KeyPlan } from './ip-text';

/** What the guide knows of one key's card, read from the page in one pass (lib/binance/snapshot.ts: on first use). */
export interface CardSnapshot {
  apiKey: string;
  label: string;
  editing: boolean;
  /** Addresses the card shows: the read view's list, or the edit form's tags. */
  ips: string[];
  /** In the edit form: "trusted IPs only" is selected. In the read view: the key is restricted. */
  restricted: boolean;
  /** "Enable Spot & Margin Trading" as the card shows it; undefined when it can't be found. */
  spotOn: boolean | undefined;
  /** What a paste would do to this key: the one answer to "which addresses does it miss". */
  plan: KeyPlan;
}

export interface PageSnapshot {
  cards: CardSnapshot[];
  trusted: string[] | null;
  pattern: string;
}

/** True when a key's label matches the user's pattern (case-insensitive, anywhere in the label). */
export function matchesPattern(label: string, pattern: string): boolean {
  return label.toLowerCase().includes(pattern.trim().toLowerCase());
}

/** The controls of a key's card that the guide names, points at, or hears the user click. */
export type CardControl = 'edit' | 'restricted' | 'save' | 'cancel' | 'addresses';

export type PasteFailure = 'not-loaded' | 'not-editing' | 'no-radios' | 'no-input' | 'over-limit' | 'not-accepted' | 'form-gone' | 'aborted';

export type PasteOutcome =
  | {
      ok: true;
      /** What the guide entered, refused ones included. */
      added: string[];
      kept: string[];
      /** Addresses the exchange's page would not take: the paste went on without them. */
      refused: string[];
      /** The Spot & Margin checkbox could not be found: the user should check it. */
      spotMissing: boolean;
      /** The exchange asked to confirm Spot & Margin and the user said no: it is still off. */
      spotDeclined: boolean;
      withdrawalsOn: boolean;
    }
  | { ok: false; reason: PasteFailure; detail?: string };

export interface PasteRequest {
  apiKey: string;
  /** The whole trusted list, to check the result against. */
  trusted: readonly string[];
  /** What the guide's plan says to enter: the addresses the key lacks, in list order. */
  toAdd: readonly string[];
  enableSpot: boolean;
  signal: AbortSignal;
  /** Told when the paste starts and stops waiting for a slow form to open. */
  onWaiting?: (form: boolean) => void;
}

/** What types into the exchange's form: loaded on the user's first Paste. */
export interface FormActions {
  paste(request: PasteRequest): Promise<PasteOutcome>;
  /** Turns withdrawals off, on the user's explicit request; false when it could not. */
  turnOffWithdrawals(apiKey: string): boolean;
  /** Clicks the page's own remove control on one address of the key's form; false when there is none. */
  removeAddress(apiKey: string, ip: string): boolean;
  /**
   * An outline of the page around the key's card for a bug report, when a lookup failed: tags,
   * roles, labels' lengths and which known words were seen; never a key, an address or other text.
   */
  outline(apiKey?: string): string;
}

/** The page's own dialogs, as far as the guide cares. */
export interface PageDialogs {
  /** The exchange's 2FA is open. */
  twoFa: boolean;
  /** A dialog the guide does not know (a confirmation, a notice): what it calls itself, and whether it asks about Spot & Margin trading. */
  asking?: { title: string; spot?: boolean };
}

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** What the page tells the guide while it is watched. */
export interface PageEvents {
  /** The key list may have changed: read it again. */
  changed(): void;
  /** Only scrolled or resized: positions moved. */
  moved(): void;
  /** A dialog may have opened or closed. */
  layers(): void;
  /**
   * The user's own click inside a key's card (observed, never stopped), and which of its controls
   * it hit. A click counts as on Save only when Save was drawn as the page's own, inside its card.
   */
  clicked(apiKey: string, control: CardControl | undefined): void;
  /** The user's own key press or click inside the exchange's 2FA. */
  answered(): void;
}

export interface ExchangePage {
  /** Watches the page until `signal` aborts. */
  watch(events: PageEvents, signal: AbortSignal): void;
  /** Calls `tick` a few times a second until `signal` aborts: the exchange's dialogs may open where no watcher sees them. */
  poll(tick: () => void, signal: AbortSignal): void;
  /** Reads the key cards; each card's state on first use (the guide uses the chosen key's and the candidates'). */
  read(trusted: readonly string[]): CardSnapshot[];
  /** A control on a key's card, or the card itself: what the ring surrounds and Esc focuses. */
  control(apiKey: string, control: CardControl | 'card'): Element | undefined;
  /** A key card's box, for its badge. */
  box(apiKey: string): Box | undefined;
  /** The dialogs open now; `twoFa`/`others`: whether to look for each (a look at others may hit-test the page). */
  dialogs(twoFa: boolean, others: boolean): PageDialogs;
  /** The form filler, loaded when first needed. */
  form(): Promise<FormActions>;
}
