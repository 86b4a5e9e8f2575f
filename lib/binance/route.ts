export const BINANCE_HOST = 'www.binance.com';
/** Where the popup sends the user: API management, in English (Binance redirects to their language). */
export const BINANCE_API_URL = `https://${BINANCE_HOST}/en/my/settings/api-management`;

// Binance prefixes most paths with a locale: /en/, /ru/, /en-IN/, /uk-UA/, /zh-CN/ or nothing.
const API_MANAGEMENT = /^\/(?:([a-z]{2}(?:-[A-Za-z]{2,4})?)\/)?my\/settings\/api-management(?:[/?#]|$)/;

/** True on Binance's API-management page, with or without a locale prefix. */
export function isApiManagementPath(pathname: string): boolean {
  return API_MANAGEMENT.test(pathname);
}

/** The locale named by the URL prefix, if any (e.g. "en-IN"). */
export function localeFromPath(pathname: string): string | undefined {
  return API_MANAGEMENT.exec(pathname)?.[1];
}
