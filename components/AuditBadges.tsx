import type { Badge } from '@/lib/guide/decor';

/** Small labels on the top edge of each key card, at the card's start as the page reads; they never take a click. */
export function AuditBadges({ badges, dir, pageDir }: { badges: Badge[]; dir: 'ltr' | 'rtl'; pageDir: 'ltr' | 'rtl' }) {
  return (
    <>
      {badges.map((b) => (
        <div
          key={b.id}
          class={`badge ${b.tone}`}
          dir={dir}
          style={pageDir === 'rtl' ? { top: `${b.rect.top - 10}px`, left: `${b.rect.left + b.rect.width - 16}px`, transform: 'translateX(-100%)' } : { top: `${b.rect.top - 10}px`, left: `${b.rect.left + 16}px` }}
        >
          {b.text}
        </div>
      ))}
    </>
  );
}
