// Where Bitsgap is, in one place: its origin, the pages the extension leads to, the links it may
// show (../shared/CONTRACT.md) and the optional endpoints' paths.

export const BITSGAP_HOST = 'app.bitsgap.com';
/** Bitsgap's own origin, granted at install. */
export const BITSGAP_ORIGIN = `https://${BITSGAP_HOST}`;
/** My exchanges: Binance's row, its Extend / Renew / Fix pop-up and its Refresh. */
export const MY_EXCHANGES_URL = `${BITSGAP_ORIGIN}/my-exchanges`;
const MY_EXCHANGES_PATH = /^\/my-exchanges(?:[/?#]|$)/;
export const SIGN_IN_URL = 'https://bitsgap.com/sign-in?d=app';
/** Bitsgap's help article on whitelisting its addresses in Binance. */
export const HELP_ARTICLE_URL = 'https://helpdesk.bitsgap.com/en/articles/6838861';

/** True on My exchanges (Bitsgap is a single-page app: the path alone tells). */
export function isMyExchanges(pathname: string): boolean {
  return MY_EXCHANGES_PATH.test(pathname);
}

export function trustedIpsUrl(base: string): string {
  return new URL('/api/v1/exchanges/binance/trusted-ips', base).toString();
}

export function refreshUrl(base: string): string {
  return new URL('/api/v1/exchanges/binance/refresh', base).toString();
}
