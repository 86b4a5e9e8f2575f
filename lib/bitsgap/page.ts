// Reading Bitsgap's My exchanges after a save (besides the trusted-IP pop-up, see capture.ts):
// where Bitsgap's own Refresh for Binance is, and what status the Binance row shows (status.ts). The
// extension only points and reads; the user presses Refresh.
import { ariaName, DIALOGS, dialogTitle, isHidden, textOf } from '../dom';
import type { PageStatus } from '../domain';
import { CONTROLS, rowOf, titleExchange } from './capture';
import { readRow } from './status';

// Refresh may also be an item of the row's More menu.
const WITH_MENU_ITEMS = `${CONTROLS}, [role="menuitem"]`;
const REFRESH = /^(refresh|обновить)$/i;
const MORE = /^(more|more actions|ещё|⋯|…|⋮|\.\.\.)$/i;

function name(el: Element): string {
  return ariaName(el) || textOf(el);
}

function visible(el: Element): boolean {
  return !isHidden(el);
}

/** The Binance row on My exchanges: the row around a control whose row names Binance. */
export function findBinanceRow(doc: Document): Element | undefined {
  for (const control of doc.querySelectorAll(WITH_MENU_ITEMS)) {
    if (control.closest(DIALOGS) || control.closest('[role="menu"]')) continue;
    const found = rowOf(control);
    if (found?.exchange === 'binance') return found.row;
  }
  return undefined;
}

/** The status the row shows (status.ts reads it, N and all, for the keep-alive too). */
export function readRowStatus(row: Element): PageStatus | undefined {
  return readRow(row).status?.status;
}

/**
 * Where Bitsgap's Refresh for Binance is right now: in the Binance row, in Binance's pop-up
 * (titled for Binance, or untitled and opened by the user from Binance's row), or in a menu
 * the user opened from the Binance row's More button.
 */
export function findBinanceRefresh(doc: Document, opened: { more: boolean; popUp: boolean }): Element | undefined {
  const row = findBinanceRow(doc);
  const inRow = row && [...row.querySelectorAll(WITH_MENU_ITEMS)].find((c) => REFRESH.test(name(c)) && visible(c));
  if (inRow) return inRow;
  for (const dialog of doc.querySelectorAll(DIALOGS)) {
    const titled = titleExchange(dialogTitle(dialog));
    if (titled !== 'binance' && !(titled === undefined && opened.popUp)) continue;
    const inDialog = [...dialog.querySelectorAll(WITH_MENU_ITEMS)].find((c) => REFRESH.test(name(c)) && visible(c));
    if (inDialog) return inDialog;
  }
  if (!opened.more) return undefined;
  return [...doc.querySelectorAll('[role="menu"]')].flatMap((menu) => [...menu.querySelectorAll(WITH_MENU_ITEMS)]).find((c) => REFRESH.test(name(c)) && visible(c));
}

/** The Binance row's More (three dots) button. */
export function findBinanceMore(doc: Document): Element | undefined {
  const row = findBinanceRow(doc);
  return row && [...row.querySelectorAll(WITH_MENU_ITEMS)].find((c) => MORE.test(name(c)) || c.getAttribute('aria-haspopup') === 'menu');
}
