// Watches My exchanges for the Binance connections' statuses, cheaply: Bitsgap's page may change
// figures (prices, balances) every frame, and even hearing of each change costs. So:
// - once the Binance rows are known, only their ancestors' own children are watched (a row
//   arriving or leaving shows there; figures elsewhere never do), and inside a row only what
//   could change its status: its structure, tooltips, and the element the status came from;
// - while no row is known, the whole page is watched for rows arriving, but only for a while
//   after the page opens or the user clicks (10 s): a page with no Binance row costs nothing after.
// The page is read at most once per frame, and what was read is handed on only when it differs.
import { observe } from '../dom';
import type { ConnectionReading } from '../domain';
import { CONTROLS } from './capture';
import { connectionReadings, findConnectionRows, readRow, STATUS_ATTRIBUTES, statusInText, type RowReading } from './status';

export interface StatusWatch {
  /** Start or stop watching, as the user enters or leaves My exchanges. */
  setActive(active: boolean): void;
}

const sameList = (a: readonly Element[], b: readonly Element[]) => a.length === b.length && a.every((x, i) => x === b[i]);
// How long the whole page is watched for rows arriving, after it opens or the user clicks.
const ARRIVAL_WINDOW_MS = 10_000;
const TOOLTIPS = STATUS_ATTRIBUTES.map((a) => `[${a}]`).join(', ');
const LETTER = /\p{L}/u;

/** True when an added node may bring a status: status words in its text, or a tooltip. */
function mayHoldStatus(node: Node): boolean {
  const text = node.textContent;
  // Every status has words; a figure (a balance written as a new text node each frame) has none.
  if (node.nodeType === 3) return LETTER.test(text ?? '') && statusInText(text) !== undefined;
  if (statusInText(text)) return true;
  return node.nodeType === 1 && ((node as Element).matches(TOOLTIPS) || (node as Element).querySelector(TOOLTIPS) !== null);
}

/** Calls `onChange` with every Binance connection's status shown, whenever that changes. */
export function watchStatuses(doc: Document, signal: AbortSignal, onChange: (readings: ConnectionReading[]) => void): StatusWatch {
  let active: AbortSignal | undefined;
  let stop: AbortController | undefined;
  let rows: Element[] = [];
  let read = new Map<Element, RowReading>();
  // The observers of the rows, their ancestors and the elements their statuses came from,
  // renewed as those change; and the whole page's, while no row is known.
  let watching: { stop: AbortController; sources: Element[] } | undefined;
  let wide: { stop: AbortController; until: number } | undefined;
  const dirty = new Set<Element>();
  let rescan = false;
  let frame = 0;
  let last = '';

  const schedule = () => {
    if (!frame && active && !active.aborted) frame = requestAnimationFrame(check);
  };
  const narrowed = (row: Element) => {
    const reading = read.get(row);
    return reading?.status && !reading.sources.includes(row) ? reading.sources : undefined;
  };

  // Inside the rows: structure and tooltips; the sources' own text is watched below.
  const onRows = (records: MutationRecord[]) => {
    for (const record of records) {
      const row = rows.find((r) => r.contains(record.target));
      if (!row || dirty.has(row)) continue;
      const sources = narrowed(row);
      const relevant =
        !sources ||
        record.type === 'attributes' ||
        sources.some((s) => s.contains(record.target)) ||
        [...record.removedNodes].some((n) => sources.some((s) => n.contains(s))) ||
        [...record.addedNodes].some(mayHoldStatus);
      if (relevant) dirty.add(row);
    }
    if (dirty.size > 0) schedule();
  };
  const onSources = (records: MutationRecord[]) => {
    for (const record of records) {
      const row = rows.find((r) => r.contains(record.target));
      if (row) dirty.add(row);
    }
    if (dirty.size > 0) schedule();
  };
  const watchRows = () => {
    // A row whose status could not be narrowed down is watched as a whole.
    const sources = rows.flatMap((row) => narrowed(row) ?? [row]);
    if (watching && sameList(watching.sources, sources)) return;
    watching?.stop.abort();
    watching = undefined;
    if (!active || rows.length === 0) return;
    const next = new AbortController();
    const within = AbortSignal.any([active, next.signal]);
    watching = { stop: next, sources };
    const ancestors = new Set<Element>();
    for (const row of rows) for (let a = row.parentElement; a; a = a.parentElement) ancestors.add(a);
    observe([...ancestors], onPage, { signal: within, childList: true });
    observe(rows, onRows, { signal: within, childList: true, subtree: true, attributes: true, attributeFilter: [...STATUS_ATTRIBUTES, 'aria-describedby'] });
    observe(sources, onSources, { signal: within, characterData: true, childList: true, subtree: true });
  };

  /** Watches the whole page for rows arriving, for a while, when no row is known. */
  const watchWide = () => {
    if (!active || rows.length > 0) return;
    const until = performance.now() + ARRIVAL_WINDOW_MS;
    if (wide) return void (wide.until = until);
    const next = new AbortController();
    wide = { stop: next, until };
    observe(doc.body, onPage, { signal: AbortSignal.any([active, next.signal]), childList: true, subtree: true });
  };
  const stopWide = () => {
    wide?.stop.abort();
    wide = undefined;
  };

  // Outside the rows: a row arriving (an element holding a control) or leaving. Text replaced
  // (a ticker's figures) adds and removes no element: such records are passed over first, as
  // cheaply as can be, since on a busy page they come every frame.
  const onPage = (records: MutationRecord[]) => {
    if (wide && rows.length === 0 && performance.now() > wide.until) return stopWide();
    for (let i = 0; i < records.length && !rescan; i++) {
      const { addedNodes: added, removedNodes: removed } = records[i]!;
      let elements = false;
      for (let j = 0; j < added.length && !elements; j++) elements = added[j]!.nodeType === 1;
      for (let j = 0; j < removed.length && !elements; j++) elements = removed[j]!.nodeType === 1;
      if (!elements || rows.some((r) => r.contains(records[i]!.target))) continue;
      for (let j = 0; j < added.length; j++) {
        const el = added[j] as Element;
        // A leaf (a ticker's new cell) is looked at, not searched.
        if (el.nodeType === 1 && (el.matches(CONTROLS) || (el.firstElementChild !== null && el.querySelector(CONTROLS) !== null))) rescan = true;
      }
      for (let j = 0; j < removed.length; j++) if (rows.some((r) => removed[j]!.contains(r))) rescan = true;
    }
    if (rescan) schedule();
  };

  const check = () => {
    frame = 0;
    if (!active || active.aborted) return;
    if (rescan) {
      rescan = false;
      const found = findConnectionRows(doc);
      if (!sameList(found, rows)) {
        rows = found;
        read = new Map([...read].filter(([row]) => rows.includes(row)));
      }
      for (const row of rows) if (!read.has(row)) dirty.add(row);
    }
    for (const row of dirty) if (rows.includes(row)) read.set(row, readRow(row));
    dirty.clear();
    watchRows();
    if (rows.length > 0) stopWide();
    else watchWide();
    const readings = connectionReadings(rows.map((row) => read.get(row)!));
    const key = JSON.stringify(readings);
    if (readings.length > 0 && key !== last) {
      last = key;
      onChange(readings);
    }
  };

  return {
    setActive(on) {
      stop?.abort();
      watching = undefined;
      wide = undefined;
      active = undefined;
      if (!on || signal.aborted) return;
      stop = new AbortController();
      active = AbortSignal.any([signal, stop.signal]);
      // Every visit is a reading of its own, even of statuses read before.
      last = '';
      rows = [];
      read = new Map();
      rescan = true;
      watchWide();
      // A click may bring rows (a tab, a filter): watch for them a while again.
      doc.addEventListener('click', () => rows.length === 0 && watchWide(), { capture: true, passive: true, signal: active });
      schedule();
    },
  };
}
