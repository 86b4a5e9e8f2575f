// Bitsgap publishes no list or refresh endpoint. Once a base URL shows it lacks one, that is
// remembered (per base URL, per endpoint) so the extension leads with Bitsgap's own page
// instead of failing again, until the user clicks Fetch again or changes the URL.
import { missingEndpointsItem } from './storage';

export type Endpoint = 'list' | 'refresh';

export async function endpointMissing(base: string, endpoint: Endpoint): Promise<boolean> {
  const known = await missingEndpointsItem.get();
  return known?.base === base && known[endpoint];
}

export async function rememberMissing(base: string, endpoint: Endpoint): Promise<void> {
  const known = await missingEndpointsItem.get();
  const current = known?.base === base ? known : { base, list: false, refresh: false };
  await missingEndpointsItem.set({ ...current, [endpoint]: true });
}

/** The user asked to try the endpoints again. */
export async function forgetMissing(): Promise<void> {
  await missingEndpointsItem.set(null);
}
