import { pasteTrustedIps, turnOffWithdrawals, type FormFiller } from '@/lib/binance/fill';
import { registerChunk } from '@/lib/chunk';
import { runCommand } from '@/lib/guide/commands';

/** What the guide loads on the user's first Paste: the form filler and what the guide's commands do. */
export interface GuideActions extends FormFiller {
  runCommand: typeof runCommand;
}

// A guide that only shows where things are never pays for these.
export default defineUnlistedScript(() => {
  registerChunk<GuideActions>('paste', { pasteTrustedIps, turnOffWithdrawals, runCommand });
});
