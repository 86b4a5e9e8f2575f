import { random } from '../random';

// What of Binance's markup is not known (../shared/FIELD-NOTES.md) varies by seed, so that a
// green test means the extension works on every plausible page, not on the one we built.
export const DIMENSIONS = {
  /** How a permission checkbox gets its label: inside the box, beside it, by aria-labelledby, or a native input in a <label>. */
  checkboxLabel: ['inside', 'beside', 'labelledby', 'input'],
  /** Radios as div[role=radio] or input+label. */
  radio: ['div', 'input'],
  /** How many "IP access restrictions" options: the API also knows trusted third-party IPs. */
  restrictionOptions: [2, 3],
  /** An address tag's remove control: an icon, or a real button inside the card. */
  tagRemover: ['icon', 'button'],
  /** A copy button beside the API key: none, an icon, or a button with its word ("Copy"). */
  copyButton: ['none', 'icon', 'text'],
  /** Tags with separators between them, or side by side with nothing between. */
  tagSeparators: [true, false],
  /** The 2FA dialog in the document, or in an open shadow root as on the live site. */
  twoFa: ['document', 'shadow'],
  /** Words: the locale's own, or Japanese, for which the extension has no words at all. */
  locale: ['en', 'ru', 'es', 'ja'],
  /** In ru and es: the words the extension guessed, or other plausible ones it does not know. */
  wording: ['ours', 'other'],
  /** When Binance asks to confirm Spot & Margin: only while the form says "unrestricted", or whenever the key as saved is unrestricted. */
  spotConfirm: ['form', 'saved'],
  /** How addresses are confirmed: a Confirm button, or only Enter ("Hit enter to confirm IPs"). */
  confirmIps: ['button', 'enter'],
  /**
   * Binance's modals (the Spot & Margin confirmation, 2FA): a dialog marked aria-modal, a dialog
   * only drawn over a window-wide mask, or no dialog markup at all (its `.bn-modal-wrap` may carry none).
   */
  modal: ['aria', 'mask', 'none'],
  /** The key list arriving as new cards in place of a spinner, or written into skeleton rows already there (buttons and all). */
  listArrival: ['insert', 'fill'],
  /** How long Binance takes between Edit restrictions and its form (a spinner meanwhile): at once, a moment, or seconds. */
  formDelayMs: [0, 300, 3000],
  /** The form's parts (restriction choice, address input, permissions) drawn all at once, or one after another. */
  formParts: ['together', 'staggered'],
  /** Addresses Binance refuses, with an error of its own: none, every IPv6 address, or one chosen address (REFUSED_ONE). */
  refuse: ['none', 'ipv6', 'one'],
} as const;

/** The address the `refuse: 'one'` variant refuses. */
export const REFUSED_ONE = '52.29.100.7';

export type Dimension = keyof typeof DIMENSIONS;
export type ReplicaVariant = { -readonly [K in Dimension]: (typeof DIMENSIONS)[K][number] };

/** The markup the replica had before it varied: the default for tests about other things. */
export const PLAIN: ReplicaVariant = { checkboxLabel: 'inside', radio: 'div', restrictionOptions: 2, tagRemover: 'icon', copyButton: 'none', tagSeparators: true, twoFa: 'document', locale: 'en', wording: 'ours', spotConfirm: 'form', confirmIps: 'button', modal: 'aria', listArrival: 'insert', formDelayMs: 0, formParts: 'together', refuse: 'none' };

export function variantFor(seed: number): ReplicaVariant {
  const next = random(seed);
  const pick = <T,>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  return Object.fromEntries(Object.entries(DIMENSIONS).map(([k, values]) => [k, pick(values as readonly unknown[])])) as ReplicaVariant;
}

// CI's seeds: together they show every value of every dimension (a unit test checks it).
export const CI_SEEDS = [17, 18, 35, 82, 49, 50];
