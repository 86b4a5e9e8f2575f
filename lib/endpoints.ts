// Bitsgap publishes no list or refresh endpoint. Once a base URL shows it lacks one, that is
// remembered (per base URL, per endpoint) so the extension leads with Bitsgap's own page
// instead of failing again, until the user clicks Fetch again or changes the URL. A base URL
// whose list endpoint did answer is remembered too: there, Fetch leads.
import { answeringBaseItem, missingEndpointsItem } from './storage';

export type Endpoint = 'list' | 'refresh';
/** What is known of a base URL's list endpoint. */
export type EndpointKnown = 'answers' | 'missing' | 'unknown';

export async function endpointMissing(base: string, endpoint: Endpoint): Promise<boolean> {
  const known = await missingEndpointsItem.get();
  return known?.base === base && known[endpoint];
}

export async function rememberMissing(base: string, endpoint: Endpoint): Promise<void> {
  const known = await missingEndpointsItem.get();
  const current = known?.base === base ? known : { base, list: false, refresh: false };
  await missingEndpointsItem.set({ ...current, [endpoint]: true });
  if (endpoint === 'list' && (await answeringBaseItem.get()) === base) await answeringBaseItem.set(null);
}

/** This base URL's list endpoint answered with the contract's list. */
export async function rememberAnswered(base: string): Promise<void> {
  await answeringBaseItem.set(base);
}

export async function listEndpoint(base: string): Promise<EndpointKnown> {
  if (await endpointMissing(base, 'list')) return 'missing';
  return (await answeringBaseItem.get()) === base ? 'answers' : 'unknown';
}

/** The user asked to try the endpoints again. */
export async function forgetMissing(): Promise<void> {
  await missingEndpointsItem.set(null);
}
