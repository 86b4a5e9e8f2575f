// Reads a trusted-IP list out of a dialog on Bitsgap's site (its Extend / Renew / Fix pop-up).
import { parseIpList } from '../ip';

export type Exchange = 'binance' | 'other' | 'unknown';

export interface CapturedList {
  dialog: Element;
  ips: string[];
  exchange: Exchange;
}

// Exchanges Bitsgap connects besides Binance; a dialog naming one of them is not for Binance.
const OTHER_EXCHANGES = /\b(okx|bybit|kucoin|kraken|coinbase|bitfinex|gate\.?io|huobi|htx|bitget|bitstamp|gemini|poloniex|crypto\.com|mexc|bingx)\b/i;
const ADDRESS_LIKE = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]*:[0-9a-f:.]*:[0-9a-f:.]*)$/i;

function exchangeOf(text: string): Exchange {
  if (/\bbinance\b/i.test(text) && !/\bbinance\s*(us|tr)\b/i.test(text)) return 'binance';
  return OTHER_EXCHANGES.test(text) ? 'other' : 'unknown';
}

/**
 * The first open dialog that lists IP addresses, with the addresses in order. A dialog with
 * anything address-like that fails the contract's rules yields nothing: better no offer than
 * a wrong address.
 */
export function findTrustedIpDialog(doc: Document): CapturedList | undefined {
  for (const dialog of doc.querySelectorAll('[role="dialog"], [aria-modal="true"], dialog[open]')) {
    const text = dialog.textContent ?? '';
    const tokens = text
      .split(/[\s,;]+/)
      .map((tok) => tok.replace(/^[([{"'«“]+|[)\]}"'».:”]+$/g, ''))
      .filter((tok) => ADDRESS_LIKE.test(tok));
    if (tokens.length === 0) continue;
    const parsed = parseIpList(tokens);
    if (parsed.rejected.length > 0 || parsed.ips.length === 0) continue;
    return { dialog, ips: parsed.ips, exchange: exchangeOf(text) };
  }
  return undefined;
}
