// The journey's facts as storage holds them, for the background (which pushes the stage to the
// content scripts) and the popup. lib/journey.ts decides; this only reads.
import { listEndpoint } from './endpoints';
import { journeyStage, type Journey, type JourneyFacts } from './journey';
import { keyLabels, keyOfConnection } from './keepalive/choice';
import { answeringBaseItem, historyItem, keepAliveItem, missingEndpointsItem, seenKeyItem, settingsItem, trustedIpsItem } from './storage';

/** Every stored item the journey depends on: a change to any of them may move the stage. */
export const JOURNEY_ITEMS = [trustedIpsItem, historyItem, seenKeyItem, settingsItem, missingEndpointsItem, answeringBaseItem, keepAliveItem];

export async function journeyFacts(): Promise<JourneyFacts> {
  const [trusted, runs, key, settings, keepAlive] = await Promise.all([trustedIpsItem.get(), historyItem.get(), seenKeyItem.get(), settingsItem.get(), keepAliveItem.get()]);
  const list = trusted.list;
  // Bitsgap's status as last read on My exchanges, for the connection that uses the journey's key.
  const label = key?.label ?? runs[0]?.label;
  const names = keepAlive.connections.map((c) => c.name);
  const reading = keepAlive.connections.find((c) => keyOfConnection(c.name, names, keepAlive.keys, keyLabels(runs)) === label);
  return {
    list: list && { source: list.source, count: list.ips.length, changedAt: list.changedAt ?? list.obtainedAt },
    endpoint: await listEndpoint(settings.bitsgapBaseUrl),
    key: key ?? undefined,
    saves: runs,
    status: reading && { status: reading.status, readAt: reading.readAt },
  };
}

export async function currentJourney(): Promise<Journey> {
  return journeyStage(await journeyFacts());
}
