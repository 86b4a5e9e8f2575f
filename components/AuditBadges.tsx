import type { Badge } from '@/lib/guide/session';

/** Small labels on the top edge of each key card; they never take a click. */
export function AuditBadges({ badges, dir }: { badges: Badge[]; dir: 'ltr' | 'rtl' }) {
  return (
    <>
      {badges.map((b) => (
        <div
          key={b.id}
          class={`badge ${b.tone}`}
          style={dir === 'rtl' ? { top: `${b.rect.top - 10}px`, left: `${b.rect.left + b.rect.width - 16}px`, transform: 'translateX(-100%)' } : { top: `${b.rect.top - 10}px`, left: `${b.rect.left + 16}px` }}
        >
          {b.text}
        </div>
      ))}
    </>
  );
}
