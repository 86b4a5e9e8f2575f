import { pasteTrustedIps, removeAddress, saveAsDrawn, turnOffWithdrawals, type FormFiller } from '@/lib/binance/fill';
import { pageOutline } from '@/lib/binance/report';
import { registerChunk } from '@/lib/chunk';
import { runCommand } from '@/lib/guide/commands';
import { afterPaste } from '@/lib/guide/machine-after-paste';
import { viewAfterPaste } from '@/lib/guide/view-after-paste';

/** What the guide loads on the user's first Paste: the form filler and what the guide's commands do. */
export interface GuideActions extends FormFiller {
  runCommand: typeof runCommand;
  /** The guide's steps after a paste: what they do and what they say. */
  afterPaste: { machine: typeof afterPaste; view: typeof viewAfterPaste };
}

// A guide that only shows where things are never pays for these.
export default defineUnlistedScript(() => {
  registerChunk<GuideActions>('paste', { pasteTrustedIps, turnOffWithdrawals, removeAddress, pageOutline, saveAsDrawn, runCommand, afterPaste: { machine: afterPaste, view: viewAfterPaste } });
});
