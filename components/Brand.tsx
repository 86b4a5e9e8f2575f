export interface BrandProps {
  /** The extension's name. */
  name: string;
  /** The word that says this is an extension, not the page: "Extension". */
  marker: string;
}

/**
 * The extension's header on every panel and notice: its mark (the toolbar icon's shield and
 * check, scripts/draw-icons.mjs), its name and the marker. The mark is drawn inline rather than
 * loaded: a page could read a loaded icon's URL, and in Firefox that names the installation.
 */
export function Brand({ name, marker }: BrandProps) {
  return (
    <div class="brand">
      <svg width="20" height="20" viewBox="0 0 32 32" aria-hidden="true">
        <path d="M6.5 2.8h19l3 2.4v12.4a12.5 12.3 0 0 1-12.5 12.3A12.5 12.3 0 0 1 3.5 17.6V5.2z" fill="#1e2329" stroke="#6366f1" stroke-width="2.6" />
        <path d="m10 16 4.4 4.8 7.8-9.2" fill="none" stroke="#fff" stroke-width="3.4" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      <span>{name}</span>
      <span class="tag">{marker}</span>
    </div>
  );
}
