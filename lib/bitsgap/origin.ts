import { browser } from 'wxt/browser';
import { BITSGAP_ORIGIN } from './routes';

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
  if (origin === BITSGAP_ORIGIN) return true;
  return browser.permissions.contains({ origins: [`${origin}/*`] }).catch(() => false);
}
