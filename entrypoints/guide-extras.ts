import { watchDialogs } from '@/lib/binance/dialogs';
import { registerChunk } from '@/lib/chunk';
import { decorator } from '@/lib/guide/decor';
import { clickChecks } from '@/lib/ui/click-checks';
import { placePanel } from '@/lib/ui/placement';

/** What the guide loads beside itself, off its first paint: the click guard's checks, where the panel goes, Binance's dialogs, and the badges and buttons beside the key cards. */
export interface GuideExtras {
  clickChecks: typeof clickChecks;
  placePanel: typeof placePanel;
  watchDialogs: typeof watchDialogs;
  decorator: typeof decorator;
}

// The guide's first paint (the ring in the key list's own frame) needs none of these; they are
// there long before anyone can click (the guide loads them as it starts). Until then, a click on
// the guide does nothing and a dialog of Binance's is seen once they are.
export default defineUnlistedScript(() => {
  registerChunk<GuideExtras>('guide-extras', { clickChecks, placePanel, watchDialogs, decorator });
});
