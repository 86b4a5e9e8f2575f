// Reading Bitsgap's own pages (besides the trusted-IP dialog, see capture.ts).

const REFRESH_WORDS = ['refresh', 'обновить'];

/** Bitsgap's Refresh button on My exchanges, by its text or label. */
export function findRefreshButton(doc: Document): Element | undefined {
  return [...doc.querySelectorAll('button, [role="button"]')].find((b) => {
    const name = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim().toLowerCase();
    return REFRESH_WORDS.includes(name);
  });
}
