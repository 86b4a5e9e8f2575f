// Binance's own dialogs as the guide needs them: its 2FA, a modal it does not know (Binance
// asking to confirm Spot & Margin, a notice), and modals drawn with no dialog markup at all.
// The guide loads this with its extras, off its first paint (entrypoints/guide-extras.ts); the
// form filler uses it to pause while a modal is open.
import { BUTTONS, DIALOGS, dialogTitle, isHidden, observe, textOf as text } from '../dom';
import type { PageDialogs, PageEvents } from '../exchange';
import { keyLongTexts, leaves } from './locate';
import { matchesWord, type PageWords } from './words';

/** Where the page draws: the document and the page's own open shadow roots (never the guide's). */
function pageRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [doc];
  for (const host of [doc.getElementById('mfa-shadow-host'), ...doc.body.children]) {
    if (host?.shadowRoot && !host.tagName.startsWith('IPWL-') && !roots.includes(host.shadowRoot)) roots.push(host.shadowRoot);
  }
  return roots;
}

/** Dialog markup outside any other dialog, in page order: one pass (a dialog's own dialogs come right after it). */
function outermostDialogs(doc: Document): Element[] {
  const out: Element[] = [];
  for (const root of pageRoots(doc)) {
    let last: Element | undefined;
    for (const d of root.querySelectorAll(DIALOGS)) {
      if (last?.contains(d)) continue;
      out.push((last = d));
    }
  }
  return out;
}

/** Marked modal by its own markup: aria-modal, an alert dialog, a <dialog> shown modally. */
function markedModal(dialog: Element): boolean {
  return dialog.getAttribute('aria-modal') === 'true' || dialog.getAttribute('role') === 'alertdialog' || (dialog.tagName === 'DIALOG' && dialog.matches(':modal'));
}

/**
 * The page's open dialogs that stop the user using the page: marked modal, or drawn in or over
 * a layer the hit test found covering the window (Binance's modals sit in such a wrapper, some
 * with no dialog markup at all: those layers count themselves). A chat widget or a banner with
 * role="dialog" is none of these, and the guide goes on beside it. Only the few that are modal
 * are checked for being hidden: a page with thousands of chat-like dialogs costs one pass over
 * their attributes.
 */
function openModals(doc: Document, masks: Element[]): Element[] {
  const inMask = (d: Element) => masks.some((m) => m.contains(d) || d.contains(m));
  const marked = outermostDialogs(doc).filter((d) => (markedModal(d) || inMask(d)) && !isHidden(d));
  return [...marked, ...masks.filter((layer) => layer.isConnected && !marked.some((d) => d.contains(layer) || layer.contains(d)))];
}

/**
 * Modals with no dialog markup at all (Binance's `.bn-modal-wrap` may carry none): in each of
 * the page's roots, the layer on top at the window's centre that is fixed, covers the window and
 * takes the clicks (a toast container that lets them through is no modal). One holding an API
 * key is the page itself laid out in a fixed pane. A hit test brings the page's rendering up to
 * date, pre-paint included: the guide runs it after a frame has painted, not inside one.
 */
export function findMaskLayers(doc: Document): Element[] {
  const view = doc.defaultView;
  return (pageRoots(doc) as (Document | ShadowRoot)[]).flatMap((root) => {
    const hits = (view && root.elementsFromPoint?.(view.innerWidth / 2, view.innerHeight / 2)) || [];
    const top = hits.find((el) => !el.tagName.startsWith('IPWL-'));
    const layer = top && windowWideFixed(top, view!);
    return layer && hits.includes(layer) && !keyLongTexts(layer).length ? [layer] : [];
  });
}

/** The element or its nearest ancestor (out of a shadow root too) that is fixed and covers at least 90% of the window. */
function windowWideFixed(el: Element, view: Window): Element | undefined {
  for (let cur: Element | null = el; cur; cur = cur.parentElement ?? ((cur.getRootNode() as ShadowRoot).host ?? null)) {
    if (view.getComputedStyle(cur).position !== 'fixed') continue;
    const r = cur.getBoundingClientRect();
    if (r.width * r.height >= 0.9 * view.innerWidth * view.innerHeight) return cur;
  }
  return undefined;
}

/**
 * Binance's 2FA modal: a dialog titled "Security Verification", or any page dialog with a code
 * input. On the live site it renders in an open shadow root (#mfa-shadow-host), which a
 * document query does not see: the page's own shadow hosts are searched too. `masks`: what
 * findMaskLayers found, when the caller has it already.
 */
export function findTwoFaDialog(doc: Document, words: PageWords[], masks = findMaskLayers(doc)): Element | undefined {
  // A 2FA drawn without modal markup over no mask the hit test saw is still 2FA: the wider look
  // runs only while the guide waits for one (after the user's Save).
  return twoFaAmong(openModals(doc, masks), words) ?? twoFaAmong(outermostDialogs(doc).filter((d) => !isHidden(d)), words);
}

function twoFaAmong(dialogs: Element[], words: PageWords[]): Element | undefined {
  return (
    dialogs.find((d) => leaves(d).some((el) => matchesWord(text(el), words, 'securityVerification'))) ??
    dialogs.find((d) => d.querySelector('input') !== null)
  );
}

export interface PageDialog {
  element: Element;
  /** What the dialog calls itself, for the guide to quote: its name, heading or first text. */
  title: string;
}

/** Any modal of the page's own that is open now (2FA included): while one is, the paste clicks nothing. */
export function findPageModal(doc: Document): Element | undefined {
  return openModals(doc, findMaskLayers(doc))[0];
}

/**
 * A dialog of the page's own that the guide does not know (anything but 2FA): Binance asking
 * to confirm Spot & Margin, a notice, a promotion. The guide never clicks through one.
 */
export function findUnknownDialog(doc: Document, words: PageWords[], masks = findMaskLayers(doc)): PageDialog | undefined {
  // One pass over the page's modals serves both questions.
  const modals = openModals(doc, masks);
  const twoFa = twoFaAmong(modals, words);
  const element = modals.find((d) => d !== twoFa);
  if (!element) return undefined;
  const first = leaves(element).find((el) => !el.closest(BUTTONS) && text(el) !== '');
  const title = dialogTitle(element) || (first ? text(first) : '');
  return { element, title: title.length > 80 ? `${title.slice(0, 79)}…` : title };
}

/**
 * Looks at Binance's dialogs for the guide until `signal` aborts. Modals without dialog markup,
 * as the last hit test found them: a look takes those and asks for a new hit test once the next
 * frame has painted (one before that frame is drawn, the list's first, makes the browser
 * pre-paint the page before the ring is in, and again after). A modal found then is looked at
 * again at once (`events.layers`). While the guide waits (for the key list, or for Bitsgap's)
 * nothing reads them and none is asked for: a hit test due just as the key list is committed
 * drew that list outside its own frame (seen in traces). The user's own key press or click in
 * the 2FA is heard here too, while the guide waits for it.
 */
export function watchDialogs(doc: Document, words: PageWords[], events: Pick<PageEvents, 'layers' | 'answered'>, signal: AbortSignal) {
  let masks: Element[] = [];
  let hitTesting = false;
  let awaitingTwoFa = false;
  const hitTestSoon = () => {
    if (hitTesting) return;
    hitTesting = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        hitTesting = false;
        if (signal.aborted) return;
        const found = findMaskLayers(doc);
        if (found.length === masks.length && found.every((m, i) => m === masks[i])) return;
        masks = found;
        events.layers();
      }),
    );
  };
  // Binance's dialogs (2FA after Save, a confirmation mid-paste) open outside the cards, often in
  // a shadow root: one added to <body> is looked at on the next frame.
  let frame = 0;
  observe(doc.body, () => (frame ||= requestAnimationFrame(() => ((frame = 0), signal.aborted || events.layers()))), { signal, childList: true });
  const answer = (event: Event) => event.isTrusted && awaitingTwoFa && findTwoFaDialog(doc, words, masks)?.contains(event.composedPath()[0] as Node) && events.answered();
  for (const type of ['keydown', 'click']) doc.addEventListener(type, answer, { capture: true, passive: true, signal });
  // While the guide waits for the 2FA, every element the page adds is looked at as it arrives:
  // a page could open the 2FA and close it again in one task, before any look sees it open.
  let sawTwoFa = false;
  let twoFaWatch: AbortController | undefined;
  const arrivals = (records: MutationRecord[]) => {
    const added = records.flatMap((r) => [...r.addedNodes]).filter((n): n is Element => n instanceof Element);
    // By its words only: a form re-rendered with its inputs is no 2FA.
    const says = (root: Element) => leaves(root).some((el) => matchesWord(text(el), words, 'securityVerification'));
    const looksTwoFa = (el: Element) => says(el) || [...(el.shadowRoot?.children ?? [])].some(says);
    if (!sawTwoFa && added.some(looksTwoFa)) {
      sawTwoFa = true;
      events.layers();
    }
  };
  signal.addEventListener('abort', () => twoFaWatch?.abort(), { once: true });
  return {
    /** The dialogs open now; `twoFa`/`others`: whether to look for each (a look at others may hit-test the page). */
    look(twoFa: boolean, others: boolean): PageDialogs {
      if (twoFa !== awaitingTwoFa) {
        twoFaWatch?.abort();
        twoFaWatch = twoFa ? new AbortController() : undefined;
        if (twoFaWatch) observe(doc, arrivals, { signal: AbortSignal.any([signal, twoFaWatch.signal]), childList: true, subtree: true });
      }
      awaitingTwoFa = twoFa;
      const asking = others ? findUnknownDialog(doc, words, masks) : undefined;
      if (others) hitTestSoon();
      // A 2FA seen arriving counts as open once, even if it is gone by now: then as it is.
      const open = twoFa && (sawTwoFa || findTwoFaDialog(doc, words, masks) !== undefined);
      sawTwoFa = false;
      return { twoFa: open, asking: asking && { title: asking.title, spot: matchesWord(asking.title, words, 'spotMargin') } };
    },
  };
}
