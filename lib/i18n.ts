import { browser } from 'wxt/browser';
import type messages from '../public/_locales/en/messages.json';

type Catalogue = keyof typeof messages;
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A string counted in the UI: the English catalogue has its "_one" and "_other" forms. */
export type PluralKey = Catalogue extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/** Every UI string's name, from the English catalogue: a mistyped key fails the build. */
export type MessageKey = Exclude<Catalogue, `${PluralKey}_${PluralForm}`>;

// WXT types getMessage as one overload per key; a union of keys needs the plain signature.
type GetMessage = (name: string, substitutions?: string | string[]) => string;
const get = (name: string, substitutions?: string | string[]) => (browser.i18n.getMessage as GetMessage)(name, substitutions);

/** A UI string from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return get(key, substitutions) || key;
}

let rules: Intl.PluralRules | undefined;

/**
 * A counted string in the form the catalogue's language needs for `count` ("1 адрес",
 * "3 адреса", "5 адресов"), by the rules of the language the strings are in (its `lang`
 * message), not the browser's, which may be one the extension has no catalogue for.
 */
export function tn(key: PluralKey, count: number, substitutions: string[] = [String(count)]): string {
  rules ??= pluralRules(get('lang'));
  return get(`${key}_${rules.select(count)}`, substitutions) || get(`${key}_other`, substitutions) || key;
}

function pluralRules(lang: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(lang || 'en');
  } catch {
    return new Intl.PluralRules('en');
  }
}

// Languages written right to left. Chrome's @@bidi_dir follows the browser's UI language, which
// may differ from the catalogue the extension picked: the catalogue's own `lang` decides.
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ug']);

/** The direction of the extension's own language: the guide's text follows it, not the page's. */
export function uiDirection(): 'ltr' | 'rtl' {
  return RTL.has((get('lang') || 'en').split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
