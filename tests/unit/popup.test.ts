// What the popup says and offers in each state, in English from the real catalogue.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Run, TrustedIpsState } from '@/lib/domain';
import { parseIpList } from '@/lib/ip';
import type { Journey } from '@/lib/journey';
import { connectionsLead, detailLines, pasteProblems, primaryAction, rejectionLines, replacedText, revealInvisible, secondaryActions, stageText } from '@/lib/popup';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
beforeAll(() => {
  const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, Entry>;
  Object.assign(fakeBrowser.i18n, {
    getMessage: (key: string, subs?: string | string[]) => {
      const entry = messages[key];
      const args = [subs ?? []].flat();
      return entry?.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_m, i: string) => args[Number(i) - 1] ?? '')) ?? '';
    },
  });
});

const at = (stage: Journey['stage'], more: Partial<Journey> = {}): Journey => ({ stage, fetchLeads: false, fromEndpoint: false, ...more });

describe('one primary action per stage', () => {
  it.each([
    [at(1), 'open-bitsgap', "Next: on Bitsgap's My exchanges, open the Extend, Renew or Fix pop-up"],
    [at(1, { fetchLeads: true }), 'fetch', "Next: fetch Bitsgap's list of addresses."],
    [at(2), 'open-binance', "Next: on Binance's API management, the extension's guide fills in your Bitsgap key's form. You press Save and enter your 2FA code yourself."],
    [at(3), 'open-binance', 'Next: on Binance, press Save and enter your 2FA code. The extension never does this for you.'],
    [at(4, { refresh: 'press' }), 'open-bitsgap', "Last step: press Refresh on Bitsgap's My exchanges."],
    [at(4, { refresh: 'asking' }), 'open-bitsgap', 'Asking Bitsgap to re-check the key…'],
    [at(4, { refresh: 'answered', status: 'expired' }), 'open-bitsgap', "Bitsgap reports the key as expired. Check your Binance connection on Bitsgap's My exchanges."],
    [at('done', { status: 'connected' }), undefined, 'Bitsgap reports the key as connected.'],
  ] as const)('%o: %s, "%s"', (journey, primary, text) => {
    expect(primaryAction(journey)).toBe(primary);
    expect(stageText(journey)).toContain(text);
    // Every other action stays reachable under its contract name.
    expect([primary, ...secondaryActions(primary)].filter(Boolean).sort()).toEqual(['copy', 'fetch', 'open-binance', 'open-bitsgap', 'paste']);
  });

  it('a Bitsgap connection that needs the user (issue #25) comes first, unless the journey is already on its fix', () => {
    expect(connectionsLead(undefined, at(1))).toBe(false);
    for (const fix of ['turn-on-spot', 'turn-off-withdrawals', 'make-key', 'turn-on-futures'] as const) for (const stage of [1, 2, 3, 4, 'done'] as const) expect(connectionsLead(fix, at(stage))).toBe(true);
    // A save waiting for Bitsgap's Refresh: stage 4 is that Refresh. New addresses keep their own, more specific button.
    expect([1, 2, 3, 4, 'done'].map((stage) => connectionsLead('refresh-on-bitsgap', at(stage as Journey['stage'])))).toEqual([true, true, true, false, true]);
    expect([1, 2, 3, 4, 'done'].map((stage) => connectionsLead('paste-new-addresses', at(stage as Journey['stage'])))).toEqual([true, true, true, true, true]);
    // A key about to expire: Bitsgap's addresses first; once taken, the journey carries on with the paste, Save and Refresh.
    expect(connectionsLead('get-addresses', at(1))).toBe(true);
    expect(connectionsLead('get-addresses', at('done'))).toBe(true);
    for (const stage of [2, 3, 4] as const) expect(connectionsLead('get-addresses', at(stage))).toBe(false);
  });

  it('no raw codes, times or parenthesised counts in any stage’s sentence', () => {
    const all = [at(1), at(1, { fetchLeads: true }), at(2), at(3), at(4, { refresh: 'press' }), at(4, { refresh: 'asking' }), at(4, { refresh: 'answered', status: 'invalid' }), at('done')];
    for (const j of all) expect(stageText(j)).not.toMatch(/HTTP|\d{1,2}:\d{2}|\(\d+\)/);
  });
});

describe('why a list is refused (issue #22)', () => {
  it('over 30 addresses: it can never fit a key, whether 31 or more than the message takes', () => {
    const many = (n: number) => parseIpList(Array.from({ length: n }, (_, i) => `8.${Math.floor(i / 250)}.${i % 250}.1`).join(' '));
    expect(pasteProblems(many(30))).toEqual([]);
    expect(pasteProblems(many(31))).toEqual(['This list has 31 addresses, but a Binance key holds at most 30, so it can never fit one. Nothing was saved.']);
    expect(pasteProblems(many(201))).toEqual(['This list has 201 addresses, but a Binance key holds at most 30, so it can never fit one. Nothing was saved.']);
  });

  it('an entry holding an invisible character shows it by its code, and says so', () => {
    expect(revealInvisible('8.8.8.8\u200b')).toBe('8.8.8.8⟨U+200B⟩');
    expect(revealInvisible('\u202e8.8.8.8\ufeff')).toBe('⟨U+202E⟩8.8.8.8⟨U+FEFF⟩');
    expect(rejectionLines(parseIpList('8.8.8.8\u200b 10.0.0.1').rejected)).toEqual([
      '“8.8.8.8⟨U+200B⟩”: not an IP address. It contains invisible characters, shown here as ⟨U+…⟩. Nothing was saved.',
      '“10.0.0.1”: a private address. Nothing was saved.',
    ]);
  });

  it('an empty box says so', () => {
    expect(pasteProblems(parseIpList(' ,; '))).toEqual(['The box holds no address.']);
  });
});

describe('details on demand', () => {
  const list = { ips: ['8.8.8.8'], source: 'bitsgap-page' as const, obtainedAt: Date.UTC(2026, 10, 24, 10, 0), changedAt: 0 };
  const missing = { kind: 'missing' as const, detail: 'HTTP 404', at: Date.UTC(2026, 10, 24, 11, 0) };

  it('a list endpoint that is missing (Bitsgap as it is) is no failure until the user pressed Fetch', () => {
    expect(detailLines({ list: null, lastError: missing }, false)).toEqual([]);
    expect(detailLines({ list: null, lastError: missing }, true)).toEqual([expect.stringMatching(/^Bitsgap did not hand over the list \(HTTP 404, /)]);
    expect(detailLines({ list, lastError: { kind: 'unavailable', detail: 'HTTP 500', at: 1 } }, false)).toEqual([
      expect.stringMatching(/^1 trusted IP from Bitsgap page, obtained /),
      expect.stringMatching(/^Bitsgap could not be reached \(HTTP 500, /),
    ]);
  });
});

describe('a list that replaced another', () => {
  const state = (over: Partial<TrustedIpsState>): TrustedIpsState => ({
    list: { ips: ['9.9.9.9', '9.9.9.8', '9.9.9.7'], source: 'bitsgap-page', obtainedAt: 2000, changedAt: 2000 },
    lastError: null,
    previous: { ips: ['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1'], source: 'pasted', obtainedAt: 1000 },
    ...over,
  });
  const run = (savedAt: number): Run => ({ id: 'r', label: 'Bitsgap_com', added: 3, savedAt, result: 'unsupported', attempts: 1 });

  it('says what replaced what, until a save on Binance makes the new list the one in use', () => {
    expect(replacedText(state({}), [])).toBe("Replaced 4 addresses with 3 addresses from Bitsgap's page.");
    expect(replacedText(state({}), [run(1500)])).toBe("Replaced 4 addresses with 3 addresses from Bitsgap's page.");
    expect(replacedText(state({}), [run(2500)])).toBeUndefined();
    expect(replacedText(state({ previous: null }), [])).toBeUndefined();
    expect(replacedText(state({ list: { ips: ['9.9.9.9'], source: 'pasted', obtainedAt: 2000 } }), [])).toBe('Replaced 4 addresses with 1 address that you pasted.');
  });
});
