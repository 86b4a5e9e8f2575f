import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

/** Every UI string's name, from the English catalogue: a mistyped key fails the build. */
export type MessageKey = keyof typeof messages;

// WXT types getMessage as one overload per key; a union of keys needs the plain signature.
type GetMessage = (name: string, substitutions?: string | string[]) => string;

/** A UI string from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return (browser.i18n.getMessage as GetMessage)(key, substitutions) || key;
}
