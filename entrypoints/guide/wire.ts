import { binancePage } from '@/lib/binance/page';
import type { PageWords } from '@/lib/binance/words';
import { loadChunk } from '@/lib/chunk';
import { notLoaded, tellSeen, type RunCommand } from '@/lib/guide/commands';
import { startGuideSession, type GuideSession } from '@/lib/guide/session';
import { tell } from '@/lib/page-link';
import type { ClickCheck } from '@/lib/ui/click-checks';
import { guardClicks, type ClickGuard } from '@/lib/ui/click-guard';
import type { ShadowUi } from '@/lib/ui/shadow-ui';
import type { Decorate } from '@/lib/guide/decor';
import type { GuideExtras } from '../guide-extras';
import type { GuideActions } from '../paste';

export interface Wired {
  session: GuideSession;
  guard: ClickGuard;
  /** Where the panel goes, once the extras are there. */
  place: () => GuideExtras['placePanel'] | undefined;
}

/**
 * The guide's parts, handed to each other: Binance's page to the session, the commands (loaded
 * with the form filler on the first Paste) to the session, the click guard to the UI.
 */
export function wireGuide(ui: ShadowUi, words: PageWords[]): Wired {
  const { root, signal } = ui;
  // The guard's checks and the panel's placement load beside the guide, off its first paint.
  let extras: GuideExtras | undefined;
  let check: ClickCheck | undefined;
  let decorate: Decorate | undefined;
  let actions: Promise<GuideActions> | undefined;
  let loaded: GuideActions | undefined;
  const load = () => (actions ??= loadChunk<GuideActions>('paste').then((a) => (loaded = a)));
  const loading = loadChunk<GuideExtras>('guide-extras');
  const page = binancePage(document, words, { dialogs: loading.then((x) => x.watchDialogs), filler: load });
  void loading.then((x) => ((extras = x), (check = x.clickChecks(ui, signal)), (decorate = x.decorator(page))), () => undefined);
  const world = { page, signal, tell, open: (href: string) => void window.open(href, '_blank', 'noopener') };
  // Telling the background about the key needs none of the paste's code.
  const run: RunCommand = (command, inputs, progress) => (command.type === 'key-seen' ? tellSeen(command, tell) : load().then((a) => a.runCommand(command, world, inputs, progress), () => notLoaded(command)));
  const later = { afterPaste: () => loaded?.afterPaste, decorate: () => decorate };
  return { session: startGuideSession({ page, signal, run, later }), guard: guardClicks(root, signal, () => check), place: () => extras?.placePanel };
}
