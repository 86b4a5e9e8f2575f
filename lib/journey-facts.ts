// The journey's facts as storage holds them, for the background (which pushes the stage to the
// content scripts) and the popup. lib/journey.ts decides; this only reads.
import { listEndpoint } from './endpoints';
import { journeyStage, type Journey, type JourneyFacts } from './journey';
import { answeringBaseItem, historyItem, missingEndpointsItem, seenKeyItem, settingsItem, trustedIpsItem } from './storage';

/** Every stored item the journey depends on: a change to any of them may move the stage. */
export const JOURNEY_ITEMS = [trustedIpsItem, historyItem, seenKeyItem, settingsItem, missingEndpointsItem, answeringBaseItem];

export async function journeyFacts(): Promise<JourneyFacts> {
  const [trusted, runs, key, settings] = await Promise.all([trustedIpsItem.get(), historyItem.get(), seenKeyItem.get(), settingsItem.get()]);
  const list = trusted.list;
  return {
    list: list && { source: list.source, count: list.ips.length, changedAt: list.changedAt ?? list.obtainedAt },
    endpoint: await listEndpoint(settings.bitsgapBaseUrl),
    key: key ?? undefined,
    saves: runs,
    // Readings of My exchanges outside a save (issue #25's connection statuses) join here; until
    // then Bitsgap's status is what each save recorded.
    status: undefined,
  };
}

export async function currentJourney(): Promise<Journey> {
  return journeyStage(await journeyFacts());
}
