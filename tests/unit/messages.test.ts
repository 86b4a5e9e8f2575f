import { describe, expect, it } from 'vitest';
import { acceptMessage } from '@/lib/messages';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN_ID}/`;
const fromBinance = { id: OWN_ID, url: 'https://www.binance.com/en/my/settings/api-management', tab: { url: 'https://www.binance.com/en/my/settings/api-management' } };
const fromPopup = { id: OWN_ID, url: `${ORIGIN}popup.html` };

describe('acceptMessage', () => {
  it('accepts a known message from the popup; the Binance content script only reports saves (its list is pushed over a port)', () => {
    expect(acceptMessage({ type: 'trusted-ips:fetch' }, fromPopup, OWN_ID, ORIGIN)).toEqual({ type: 'trusted-ips:fetch' });
    expect(acceptMessage({ type: 'trusted-ips:get' }, fromPopup, OWN_ID, ORIGIN)).toEqual({ type: 'trusted-ips:get' });
    expect(acceptMessage({ type: 'trusted-ips:get' }, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
  });

  it('rejects unknown types and wrong shapes', () => {
    expect(acceptMessage({ type: 'run-anything' }, fromPopup, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage('trusted-ips:get', fromPopup, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage(null, fromPopup, OWN_ID, ORIGIN)).toBeUndefined();
  });

  it('rejects messages from another extension', () => {
    expect(acceptMessage({ type: 'trusted-ips:get' }, { ...fromPopup, id: 'someone-else' }, OWN_ID, ORIGIN)).toBeUndefined();
  });

  it('takes a verified save only from the Binance content script, and a capture only from Bitsgap', () => {
    const save = { type: 'save:verified', runId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', label: 'Bitsgap_com', added: ['8.8.8.8'] };
    expect(acceptMessage(save, fromBinance, OWN_ID, ORIGIN)).toEqual(save);
    expect(acceptMessage(save, fromPopup, OWN_ID, ORIGIN)).toBeUndefined();
    const fromBitsgap = { id: OWN_ID, url: 'https://app.bitsgap.com/my-exchanges', tab: { url: 'https://app.bitsgap.com/my-exchanges' } };
    expect(acceptMessage(save, fromBitsgap, OWN_ID, ORIGIN)).toBeUndefined();
    const capture = { type: 'trusted-ips:captured', ips: ['8.8.8.8'] };
    expect(acceptMessage(capture, fromBitsgap, OWN_ID, ORIGIN)).toEqual(capture);
    expect(acceptMessage(capture, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'trusted-ips:set', ips: ['8.8.8.8'] }, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
  });

  it('rejects wrong shapes of known types', () => {
    expect(acceptMessage({ type: 'save:verified', runId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', label: '', added: [] }, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'save:verified', runId: 'not-a-uuid', label: 'x', added: [] }, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'trusted-ips:set', ips: [] }, fromPopup, OWN_ID, ORIGIN)).toBeUndefined();
  });

  it('rejects a type from a host that has no business sending it', () => {
    // Only extension pages may make the background call Bitsgap on demand.
    expect(acceptMessage({ type: 'trusted-ips:fetch' }, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
    const elsewhere = { id: OWN_ID, url: 'https://evil.example/', tab: { url: 'https://evil.example/' } };
    expect(acceptMessage({ type: 'trusted-ips:get' }, elsewhere, OWN_ID, ORIGIN)).toBeUndefined();
    const lookalike = { id: OWN_ID, url: 'https://www.binance.com.evil.example/', tab: {} };
    expect(acceptMessage({ type: 'trusted-ips:get' }, lookalike, OWN_ID, ORIGIN)).toBeUndefined();
    const plainHttp = { id: OWN_ID, url: 'http://www.binance.com/', tab: {} };
    expect(acceptMessage({ type: 'trusted-ips:get' }, plainHttp, OWN_ID, ORIGIN)).toBeUndefined();
  });

  it('takes what the guide saw of a key only from Binance, the notice’s "Open Binance" only from Bitsgap, and Undo only from extension pages', () => {
    const fromBitsgap = { id: OWN_ID, url: 'https://app.bitsgap.com/my-exchanges', tab: { url: 'https://app.bitsgap.com/my-exchanges' } };
    const seen = { type: 'key:seen', label: 'Bitsgap_com', holdsAll: true, restricted: true, editing: false };
    expect(acceptMessage(seen, fromBinance, OWN_ID, ORIGIN)).toEqual(seen);
    expect(acceptMessage(seen, fromBitsgap, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage(seen, fromPopup, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage({ ...seen, holdsAll: 'yes' }, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage({ ...seen, label: '' }, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'binance:open' }, fromBitsgap, OWN_ID, ORIGIN)).toEqual({ type: 'binance:open' });
    expect(acceptMessage({ type: 'binance:open' }, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'binance:open' }, fromPopup, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'trusted-ips:undo' }, fromPopup, OWN_ID, ORIGIN)).toEqual({ type: 'trusted-ips:undo' });
    expect(acceptMessage({ type: 'trusted-ips:undo' }, fromBitsgap, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage({ type: 'trusted-ips:undo' }, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
  });

  it('takes Bitsgap’s statuses and the user’s answer which key a connection uses only from the Bitsgap content script, well formed', () => {
    const fromBitsgap = { id: OWN_ID, url: 'https://app.bitsgap.com/my-exchanges', tab: { url: 'https://app.bitsgap.com/my-exchanges' } };
    const observed = { type: 'status:observed', connections: [{ name: 'Main', status: 'expires_soon', days: 3 }, { name: 'Grid bots', status: 'connected' }] };
    expect(acceptMessage(observed, fromBitsgap, OWN_ID, ORIGIN)).toEqual(observed);
    expect(acceptMessage(observed, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage(observed, fromPopup, OWN_ID, ORIGIN)).toBeUndefined();
    for (const connections of [[], [{ name: 'Main', status: 'expiring' }], [{ name: '', status: 'connected' }], [{ name: 'Main', status: 'expires_soon', days: -1 }], [{ name: 'Main', status: 'expires_soon', days: 2.5 }]]) {
      expect(acceptMessage({ type: 'status:observed', connections }, fromBitsgap, OWN_ID, ORIGIN), JSON.stringify(connections)).toBeUndefined();
    }
    const answer = { type: 'connection:key', name: 'Main', label: 'Bitsgap_com' };
    expect(acceptMessage(answer, fromBitsgap, OWN_ID, ORIGIN)).toEqual(answer);
    expect(acceptMessage({ ...answer, label: null }, fromBitsgap, OWN_ID, ORIGIN)).toEqual({ ...answer, label: null });
    expect(acceptMessage(answer, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
    expect(acceptMessage({ ...answer, label: '' }, fromBitsgap, OWN_ID, ORIGIN)).toBeUndefined();
  });

  it('a verified save may carry the whole list the key holds for Bitsgap', () => {
    const save = { type: 'save:verified', runId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', label: 'Bitsgap_com', added: ['8.8.8.8'], ips: ['8.8.8.8', '1.1.1.1'] };
    expect(acceptMessage(save, fromBinance, OWN_ID, ORIGIN)).toEqual(save);
    expect(acceptMessage({ ...save, ips: 'all' }, fromBinance, OWN_ID, ORIGIN)).toBeUndefined();
  });
});
