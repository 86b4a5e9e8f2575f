// Bitsgap's status for each Binance connection on My exchanges, as the page shows it: which rows
// are Binance's, which of Bitsgap's eight statuses each row shows, and N of "Expires in N days".
// Where and how the status is written is not public (../shared/FIELD-NOTES.md): a chip, text
// with the days in an element of their own, a tooltip (MUI puts a tooltip's title in its child's
// aria-label), "3 days left" as well as "Expires in 3 days". Nothing here relies on a class name,
// and nothing is guessed: a row whose status can't be read is left out.
import { DIALOGS, ownText, squash } from '../dom';
import type { ConnectionReading, PageStatus } from '../domain';
import { CONTROLS, exchangeOfName, rowOf } from './capture';

// Words per language Bitsgap might use. English is Bitsgap's own (its help center); the others
// are unconfirmed guesses, since Bitsgap's translations are not public. Each is matched as whole
// words (a letter may not touch either end), case-insensitively.
const EXPIRED = 'expired|has expired|истёк|истек|просрочен|expirad[oa]|caducad[oa]|vencid[oa]|süresi doldu|sona erdi|закінчився|сплив|đã hết hạn|已过期|已到期';
const SOON = 'expires soon|expiring soon|expiring|expires|истекает скоро|скоро истекает|истекает|expira pronto|expira|caduca pronto|caduca|vence|yakında sona eriyor|sona eriyor|незабаром закінчується|закінчується|спливає|sắp hết hạn|hết hạn|即将过期|即将到期|过期|到期';
const LEFT = 'left|remaining|осталось|остается|залишилось|лишилось|quedan|restan|restam|faltam|kaldı|còn lại|còn|剩余|还剩';
const STATUS_WORDS: [PageStatus, string][] = [
  ['incorrect_permissions', 'incorrect permissions?|wrong permissions?|invalid permissions?|неверные (?:разрешения|права)|некорректные (?:разрешения|права)|permisos incorrectos|permissões incorretas|yanlış izinler|hatalı izinler|неправильні дозволи|невірні дозволи|quyền không (?:đúng|chính xác)|权限不正确|权限错误'],
  ['withdrawal_enabled', 'withdrawals? (?:is |are )?enabled|вывод (?:средств )?включ[её]н|retiros? habilitados?|saques? habilitados?|para çekme (?:etkin|açık)|виведення (?:коштів )?увімкнено|đã bật rút tiền|已启用提现|提现已启用|已开启提币'],
  ['temporary_issue', 'temporary (?:issue|problem|error)|временная (?:проблема|ошибка)|problema temporal|problema temporário|geçici (?:sorun|hata)|тимчасова (?:проблема|помилка)|sự cố tạm thời|lỗi tạm thời|临时问题|暂时性问题'],
  ['inactive_futures', "inactive futures|futures (?:is |are )?(?:inactive|not active)|неактивные фьючерсы|фьючерсы неактивны|futuros inactivos|futuros inativos|vadeli işlemler etkin değil|futures etkin değil|неактивні ф['’]ючерси|ф['’]ючерси неактивні|futures không hoạt động|合约未激活|期货未激活"],
  ['expired', EXPIRED],
  ['expires_soon', SOON],
  ['invalid', 'invalid|недействител[а-яё]*|inválid[oa]|geçersiz|недійсн[а-яіїє]*|không hợp lệ|无效'],
  // Not after a negation: "Not connected", "Не подключено", "Chưa kết nối" are no Connected.
  ['connected', '(?<!(?:not|no|не|chưa|未)\\s?)(?:connected|подключен[оа]?|conectad[oa]|bağlı|bağlandı|підключен[оийа]|đã kết nối|已连接)'],
];

// Whole words in alphabets that space their words; Chinese has no boundaries to ask for.
const SPACED = '[\\p{sc=Latin}\\p{sc=Cyrillic}\\p{N}]';
const words = (alternatives: string) => new RegExp(`(?<!${SPACED})(?:${alternatives})(?![\\p{sc=Latin}\\p{sc=Cyrillic}])`, 'iu');
/** The same words, every occurrence, for removing them (`replace` only: a global regex's `test` keeps state). */
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, 'giu');
const PHRASES = STATUS_WORDS.map(([status, alternatives]) => [status, words(alternatives)] as const);
const EXPIRY_CONTEXT = words(`${SOON}|${LEFT}|${EXPIRED}`);
const SOON_WORDS = words(SOON);
const LEFT_WORDS = words(LEFT);
const EXPIRED_WORDS = words(EXPIRED);

// A count of days, hours or minutes. Chinese writes no space and no boundary after 天.
const UNITS: [RegExp, (n: number) => number][] = [
  [/(\d{1,4})\s*(?:(?:days?|d|дн(?:я|ей|і|ів)?|день|діб|доби|días?|dias?|gün|ngày)(?![\p{sc=Latin}\p{sc=Cyrillic}])\.?|天)/iu, (n) => n],
  [/(\d{1,4})\s*(?:(?:hours?|hrs?|h|mins?|minutes?|m|час(?:а|ов)?|ч|мин(?:ут[аы]?)?|годин[иа]?|год|хв(?:илин[иа]?)?|horas?|minutos?|saat|dakika|giờ|phút)(?![\p{sc=Latin}\p{sc=Cyrillic}])\.?|小时|分钟)/iu, () => 0],
];
const TODAY = words('today|сегодня|hoy|hoje|bugün|сьогодні|hôm nay|今天');
const TOMORROW = words('tomorrow|завтра|mañana|amanhã|yarın|ngày mai|明天');
// Words that may stand around a status without being part of it: "Status: Expires in 3 days".
const FILLER = everywhere(words('status|статус|estado|durum|trạng thái|状态|api|key|ключ|clave|chave|anahtar|khóa|in|en|em|через|за|sau|trong|içinde|within|de|后|内|将于|将在'));

/** N of an expiry: a count of days (hours or minutes count as 0 days), today, tomorrow. */
function daysIn(text: string): { days: number; match: string } | undefined {
  for (const [pattern, toDays] of UNITS) {
    const found = pattern.exec(text);
    if (found) return { days: toDays(Number(found[1])), match: found[0] };
  }
  const today = TODAY.exec(text);
  if (today) return { days: 0, match: today[0] };
  const tomorrow = TOMORROW.exec(text);
  return tomorrow ? { days: 1, match: tomorrow[0] } : undefined;
}

export interface StatusText {
  status: PageStatus;
  days?: number;
}

/**
 * The status a short text is, as a whole: "Expires in 3 days", "3 days left", "Connected",
 * "Status: Expired". A text with other words besides ("Expired key", a connection's name) is
 * none, so a name can't pass for a status.
 */
export function statusOfText(raw: string | null | undefined): StatusText | undefined {
  const text = squash(raw);
  if (!text || text.length > 60) return undefined;
  const bare = (s: string) => !/\p{L}/u.test(s.replace(FILLER, ''));
  const count = daysIn(text);
  if (count && EXPIRY_CONTEXT.test(text) && bare(text.replace(count.match, ' ').replace(everywhere(EXPIRY_CONTEXT), ' '))) {
    // "Expired 3 days ago" is no countdown.
    if (!EXPIRED_WORDS.test(text) || SOON_WORDS.test(text)) return { status: 'expires_soon', days: count.days };
  }
  for (const [status, once] of PHRASES) {
    if (once.test(text) && bare(text.replace(everywhere(once), ' '))) return { status };
  }
  return undefined;
}

/** The status a longer text mentions anywhere (the row's whole text, when no part of it is one). */
export function statusInText(raw: string | null | undefined): StatusText | undefined {
  const text = squash(raw);
  const count = daysIn(text);
  if (count && LEFT_WORDS.test(text)) return { status: 'expires_soon', days: count.days };
  for (const [status, once] of PHRASES) {
    if (!once.test(text)) continue;
    if (status === 'expires_soon' || (status === 'expired' && count && SOON_WORDS.test(text))) return count ? { status: 'expires_soon', days: count.days } : { status: 'expires_soon' };
    return { status };
  }
  return undefined;
}

// Where a status may be written besides an element's text: MUI's tooltip title, a native title.
export const STATUS_ATTRIBUTES = ['aria-label', 'title', 'aria-description', 'data-tooltip'];

function describedBy(el: Element): string {
  const ids = el.getAttribute('aria-describedby');
  if (!ids) return '';
  const root = el.getRootNode() as Document;
  return ids
    .split(/\s+/)
    .map((id) => (root.getElementById ? squash(root.getElementById(id)?.textContent) : ''))
    .join(' ');
}

export interface RowReading {
  /** What the row shows, or nothing when it shows no status that can be read. */
  status?: StatusText;
  /** The elements the status was read from: a change elsewhere in the row can't change it. */
  sources: Element[];
  /** The connection's name as the row shows it, when it shows one besides the exchange's. */
  name?: string;
}

/** A figure (a balance, a percentage, "1,204.50 USDT"): never a connection's name. */
const FIGURE = /^[^\p{L}]*(?:\p{Lu}{2,6})?[^\p{L}]*$/u;

/** One Binance row: its status (from the smallest element that shows one), N, and its name. */
export function readRow(row: Element): RowReading {
  const all = [row, ...row.querySelectorAll('*')];
  let shown: { el: Element; status: StatusText } | undefined;
  let fromAttribute: { el: Element; status: StatusText } | undefined;
  const withDays: StatusText[] = [];
  for (const el of all) {
    const own = statusOfText(el.textContent);
    // The deepest element whose text is the status: a later match inside the earlier one wins,
    // unless it drops the days ("Expires in" inside "Expires in <b>2</b> days").
    if (own && (!shown || (shown.el.contains(el) && (own.days !== undefined || shown.status.days === undefined)))) shown = { el, status: own };
    for (const name of STATUS_ATTRIBUTES) {
      const value = statusOfText(el.getAttribute(name));
      if (value) {
        fromAttribute ??= { el, status: value };
        if (value.days !== undefined) withDays.push(value);
      }
    }
    const described = statusOfText(describedBy(el));
    if (described) {
      fromAttribute ??= { el, status: described };
      if (described.days !== undefined) withDays.push(described);
    }
  }
  let found = shown ?? fromAttribute;
  let sources = found ? [found.el] : [];
  if (!found) {
    // No part of the row is a status by itself: read the row's text, its buttons left out.
    const text = all.filter((el) => !el.closest(CONTROLS)).map(ownText).join(' ');
    const status = statusInText(text);
    if (status) found = { el: row, status };
    sources = [row];
  }
  if (!found) return { sources, name: nameOf(row, []) };
  let status = found.status;
  // The chip says "Expires soon" and its tooltip the days: N comes from wherever it is written.
  if (status.status === 'expires_soon' && status.days === undefined) {
    const days = withDays.find((s) => s.status === 'expires_soon')?.days;
    if (days !== undefined) status = { status: 'expires_soon', days };
  }
  if (fromAttribute && !sources.includes(fromAttribute.el)) sources.push(fromAttribute.el);
  return { status, sources, name: nameOf(row, sources) };
}

/** The first text in the row that is neither the exchange, a status, a figure nor a control. */
function nameOf(row: Element, sources: Element[]): string | undefined {
  for (const el of [row, ...row.querySelectorAll('*')]) {
    // Inside the element the status came from ("Expires in" beside its days) is no name.
    if (el.closest(CONTROLS) || sources.some((s) => s !== row && s.contains(el))) continue;
    const text = ownText(el);
    if (!text || FIGURE.test(text) || exchangeOfName(text) || statusOfText(text) || statusInText(text)) continue;
    return text.slice(0, 100);
  }
  return undefined;
}

/** Texts and labels that name Binance: an exchange name standing alone, a logo's alt text. */
function binanceNames(doc: Document): Element[] {
  const found: Element[] = [];
  const walker = doc.createTreeWalker(doc.body, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue!;
    if (value.length < 40 && /binance/i.test(value) && exchangeOfName(value) === 'binance' && node.parentElement) found.push(node.parentElement);
  }
  for (const el of doc.body.querySelectorAll('[alt], [aria-label], [title]')) {
    if (['alt', 'aria-label', 'title'].some((a) => exchangeOfName(el.getAttribute(a) ?? '') === 'binance')) found.push(el);
  }
  return found;
}

/**
 * Every Binance connection's row on My exchanges, in page order. A row is found from its name
 * (not from every button on the page, which on a busy page would be slow): the smallest block
 * around the name that holds a control, whose row (capture.ts's rowOf) is Binance's and holds
 * the name. Pop-ups and menus are not rows.
 */
export function findConnectionRows(doc: Document): Element[] {
  const rows: Element[] = [];
  for (const name of binanceNames(doc)) {
    if (name.closest(DIALOGS) || name.closest('[role="menu"]') || rows.some((r) => r.contains(name))) continue;
    let block: Element | null = name;
    while (block && block !== doc.body && !block.querySelector(CONTROLS)) block = block.parentElement;
    const control = block && block !== doc.body ? block.querySelector(CONTROLS) : null;
    const found = control ? rowOf(control) : undefined;
    if (found?.exchange === 'binance' && found.row.contains(name) && !rows.includes(found.row)) rows.push(found.row);
  }
  return rows.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** What the rows show, named: a row without a name of its own is "Binance"; names repeat as "Binance 2". */
export function connectionReadings(rows: readonly RowReading[]): ConnectionReading[] {
  const readings: ConnectionReading[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const base = row.name ?? 'Binance';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    if (!row.status) continue;
    const reading: ConnectionReading = { name: n === 1 ? base : `${base} ${n}`, status: row.status.status };
    if (row.status.days !== undefined) reading.days = row.status.days;
    readings.push(reading);
  }
  return readings;
}

/** Every Binance connection's status on the page, in one pass. */
export function readConnections(doc: Document): ConnectionReading[] {
  return connectionReadings(findConnectionRows(doc).map(readRow));
}
