// Watches My exchanges for the Binance connections' statuses, cheaply: Bitsgap's page may change
// figures (prices, balances) every frame, and reading the page is what costs. So the page is read
// at most once per frame, and only after a change that could change a status:
// - outside the Binance rows, only elements added or removed (a row arriving, a row leaving);
//   text changing in place there is never looked at;
// - inside a row, a change of the element the status was read from, or anything that carries
//   status words or a tooltip; a balance ticking beside the status is not.
// What was read is handed on only when it differs from what was handed on last.
import { observe } from '../dom';
import type { ConnectionReading } from '../domain';
import { CONTROLS } from './capture';
import { connectionReadings, findConnectionRows, readRow, STATUS_ATTRIBUTES, statusInText, type RowReading } from './status';

export interface StatusWatch {
  /** Start or stop watching, as the user enters or leaves My exchanges. */
  setActive(active: boolean): void;
}

const sameList = (a: readonly Element[], b: readonly Element[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const TOOLTIPS = STATUS_ATTRIBUTES.map((a) => `[${a}]`).join(', ');

/** True when an added node may bring a status: status words in its text, or a tooltip. */
function mayHoldStatus(node: Node): boolean {
  if (statusInText(node.textContent)) return true;
  return node.nodeType === 1 && ((node as Element).matches(TOOLTIPS) || (node as Element).querySelector(TOOLTIPS) !== null);
}

/** Calls `onChange` with every Binance connection's status shown, whenever that changes. */
export function watchStatuses(doc: Document, signal: AbortSignal, onChange: (readings: ConnectionReading[]) => void): StatusWatch {
  let active: AbortSignal | undefined;
  let stop: AbortController | undefined;
  let rows: Element[] = [];
  let read = new Map<Element, RowReading>();
  // The observers of the rows and of the elements their statuses came from, renewed as those change.
  let watching: { stop: AbortController; sources: Element[] } | undefined;
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
    if (!active) return;
    const next = new AbortController();
    const within = AbortSignal.any([active, next.signal]);
    watching = { stop: next, sources };
    observe(rows, onRows, { signal: within, childList: true, subtree: true, attributes: true, attributeFilter: [...STATUS_ATTRIBUTES, 'aria-describedby'] });
    observe(sources, onSources, { signal: within, characterData: true, childList: true, subtree: true });
  };

  // Outside the rows: a row arriving (an element holding a control) or leaving.
  const onPage = (records: MutationRecord[]) => {
    for (const record of records) {
      if (rescan) break;
      if (rows.some((r) => r.contains(record.target))) continue;
      for (const node of record.addedNodes) {
        // A leaf (a ticker's new cell) is looked at, not searched.
        const el = node.nodeType === 1 ? (node as Element) : undefined;
        if (el && (el.matches(CONTROLS) || (el.firstElementChild !== null && el.querySelector(CONTROLS) !== null))) rescan = true;
      }
      for (const node of record.removedNodes) if (rows.some((r) => node.contains(r))) rescan = true;
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
      active = undefined;
      if (!on || signal.aborted) return;
      stop = new AbortController();
      active = AbortSignal.any([signal, stop.signal]);
      // Every visit is a reading of its own, even of statuses read before.
      last = '';
      rows = [];
      read = new Map();
      rescan = true;
      observe(doc.body, onPage, { signal: active, childList: true, subtree: true });
      schedule();
    },
  };
}
