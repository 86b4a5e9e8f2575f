import { pasteTrustedIps, removeAddress, saveAsDrawn, turnOffWithdrawals, type FormFiller } from '@/lib/binance/fill';
import { pageOutline } from '@/lib/binance/report';
import { registerChunk } from '@/lib/chunk';
import { runCommand } from '@/lib/guide/commands';
import { viewAfterPaste } from '@/lib/guide/view-after-paste';

/** What the guide loads on the user's first Paste: the form filler and what the guide's commands do. */
export interface GuideActions extends FormFiller {
  runCommand: typeof runCommand;
  viewAfterPaste: typeof viewAfterPaste;
}

// A guide that only shows where things are never pays for these.
export default defineUnlistedScript(() => {
  registerChunk<GuideActions>('paste', { pasteTrustedIps, turnOffWithdrawals, removeAddress, pageOutline, saveAsDrawn, runCommand, viewAfterPaste });
});
