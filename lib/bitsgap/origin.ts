import { browser } from 'wxt/browser';

/** Bitsgap's own origin, granted at install (CONTRACT.md). */
export const DEFAULT_BITSGAP_ORIGIN = 'https://app.bitsgap.com';

/**
 * True when the extension may call this base URL: Bitsgap's own origin, or another one the
 * user granted. Checked before every request, since a grant can be withdrawn at any time.
 */
export async function allowedBase(base: string): Promise<boolean> {
  let origin: string;
  try {
    const url = new URL(base);
    if (url.protocol !== 'https:') return false;
    origin = url.origin;
  } catch {
    return false;
  }
  if (origin === DEFAULT_BITSGAP_ORIGIN) return true;
  return browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false);
}
