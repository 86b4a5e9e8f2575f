// What each of the machine's commands does in the world: types into the page through the
// exchange's form filler, or tells the background. Each answers with the event it ends in.
// Every command follows the user's first Paste, so this ships in the chunk loaded then
// (entrypoints/paste.ts), not in the guide's first bytes.
import { MY_EXCHANGES_URL } from '../bitsgap/routes';
import type { ExchangePage } from '../exchange';
import type { Message, Replies } from '../messages';
import type { PageState } from '../protocol';
import type { Command, GuideEvent } from './machine';
import { pasteEvent } from './machine-after-paste';

export interface World {
  page: ExchangePage;
  signal: AbortSignal;
  /** Sends a message to the background; its reply is only an acknowledgement. */
  tell: <T extends Message>(message: T) => Promise<Partial<Replies[T['type']]> | undefined>;
  open: (url: string) => void;
}

/** Runs a command: the event it ends in, if any; `progress` hears what happens on the way. */
export type RunCommand = (command: Command, inputs: PageState | undefined, progress: (event: GuideEvent) => void) => Promise<GuideEvent | undefined>;

/** The event a command ends in when the code that runs it could not be loaded. */
export function notLoaded(command: Command): GuideEvent | undefined {
  if (command.type === 'paste') return { type: 'paste-failed', reason: 'not-loaded' };
  return command.type === 'report-save' ? { type: 'report-failed' } : undefined;
}

/** Tells the background what the chosen key is like now: cheap, so the guide runs it without loading the rest. */
export async function tellSeen({ label, holdsAll, restricted, editing }: Extract<Command, { type: 'key-seen' }>, tell: World['tell']): Promise<undefined> {
  await tell({ type: 'key:seen', label, holdsAll, restricted, editing }).catch(() => undefined);
  return undefined;
}

export async function runCommand(command: Command, { page, signal, tell, open }: World, inputs: PageState | undefined, progress: (event: GuideEvent) => void): Promise<GuideEvent | undefined> {
  switch (command.type) {
    case 'paste': {
      const actions = await page.form().catch(() => undefined);
      if (!actions) return { type: 'paste-failed', reason: 'not-loaded' };
      const enableSpot = command.spotOnly || (inputs?.enableSpotTrading ?? true);
      const onWaiting = (form: boolean) => progress({ type: 'paste-waiting', form });
      return pasteEvent(await actions.paste({ apiKey: command.apiKey, trusted: inputs?.trusted ?? [], toAdd: command.toAdd, enableSpot, signal, onWaiting }));
    }
    case 'turn-off-withdrawals': {
      const actions = await page.form().catch(() => undefined);
      return actions?.turnOffWithdrawals(command.apiKey) ? { type: 'withdrawals-off' } : undefined;
    }
    case 'remove-address':
      // The page's own remove control on that address's tag; the next snapshot shows it gone.
      (await page.form().catch(() => undefined))?.removeAddress(command.apiKey, command.ip);
      return undefined;
    case 'report-save': {
      // The guide names the run and follows it in the background's pushes; the reply to the
      // report only says it arrived.
      const runId = crypto.randomUUID();
      const reply = await tell({ type: 'save:verified', runId, label: command.label, added: command.added, refused: command.refused, ips: command.ips }).catch(() => undefined);
      return reply?.ok === true ? { type: 'save-reported', runId } : { type: 'report-failed' };
    }
    case 'open-bitsgap':
      open(MY_EXCHANGES_URL);
      return undefined;
    case 'key-seen':
      return tellSeen(command, tell);
    case 'copy-report': {
      const actions = await page.form().catch(() => undefined);
      const copied = actions ? await navigator.clipboard.writeText(actions.outline(command.apiKey)).then(() => true, () => false) : false;
      return { type: 'report-copied', ok: copied };
    }
  }
}
