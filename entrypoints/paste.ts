import { pasteTrustedIps, turnOffWithdrawals, type FormActions } from '@/lib/binance/fill';
import { registerChunk } from '@/lib/chunk';

// What types into Binance's form, loaded by the guide on the user's first Paste: a guide that
// only shows where things are never pays for it.
export default defineUnlistedScript(() => {
  registerChunk<FormActions>('paste', { pasteTrustedIps, turnOffWithdrawals });
});
