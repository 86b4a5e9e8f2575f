// Reading every Binance connection's status on My exchanges, over saved pages: the mock's, as
// each CI status seed writes it (tests/fixtures/bitsgap/variants/, `npx tsx
// scripts/save-bitsgap-fixtures.ts` regenerates them), and hand-written ones after FIELD-NOTES
// (tests/fixtures/bitsgap/field-notes/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findConnectionRows, readConnections, statusInText, statusOfText } from '@/lib/bitsgap/status';
import { readRowStatus } from '@/lib/bitsgap/page';
import type { ConnectionReading } from '@/lib/domain';
import { BITSGAP_STATUS_CI_SEEDS, bitsgapVariantFor, CONNECTION_NAMES } from '../replica/bitsgap/pages';
import { SHOWN } from '../../scripts/save-bitsgap-fixtures';

const load = (path: string) => new DOMParser().parseFromString(readFileSync(`tests/fixtures/bitsgap/${path}`, 'utf8'), 'text/html');

describe('a status as a text says it', () => {
  it.each([
    ['Connected', { status: 'connected' }],
    ['Expires in 3 days', { status: 'expires_soon', days: 3 }],
    ['Expires in 1 day', { status: 'expires_soon', days: 1 }],
    ['Expires in3days', { status: 'expires_soon', days: 3 }],
    ['3 days left', { status: 'expires_soon', days: 3 }],
    ['Status: Expires in 12 days', { status: 'expires_soon', days: 12 }],
    ['Expires: 7d', { status: 'expires_soon', days: 7 }],
    ['Expires today', { status: 'expires_soon', days: 0 }],
    ['Expires tomorrow', { status: 'expires_soon', days: 1 }],
    ['Expires in 5 hours', { status: 'expires_soon', days: 0 }],
    ['Expires soon', { status: 'expires_soon' }],
    ['Expiring', { status: 'expires_soon' }],
    ['Expired', { status: 'expired' }],
    ['Incorrect permissions', { status: 'incorrect_permissions' }],
    ['Withdrawal enabled', { status: 'withdrawal_enabled' }],
    ['Temporary issue', { status: 'temporary_issue' }],
    ['Invalid', { status: 'invalid' }],
    ['Inactive Futures', { status: 'inactive_futures' }],
    // Other languages Bitsgap might write in: guesses, each read as the status it would be.
    ['Истекает через 3 дня', { status: 'expires_soon', days: 3 }],
    ['Осталось 5 дней', { status: 'expires_soon', days: 5 }],
    ['Expira en 3 días', { status: 'expires_soon', days: 3 }],
    ['Expira em 21 dias', { status: 'expires_soon', days: 21 }],
    ['3 gün içinde sona eriyor', { status: 'expires_soon', days: 3 }],
    ['Закінчується через 2 дні', { status: 'expires_soon', days: 2 }],
    ['Hết hạn sau 3 ngày', { status: 'expires_soon', days: 3 }],
    ['3天后过期', { status: 'expires_soon', days: 3 }],
    ['剩余3天', { status: 'expires_soon', days: 3 }],
    ['Đã hết hạn', { status: 'expired' }],
    ['已过期', { status: 'expired' }],
    ['Подключено', { status: 'connected' }],
  ])('“%s”', (text, expected) => {
    expect(statusOfText(text)).toEqual(expected);
  });

  it.each(['Not connected', 'Disconnected', 'Не подключено', 'Main account', 'Binance', '1,204.50 USDT', 'Connected bot', 'Expired 3 days ago', 'API status', 'Extend'])('“%s” is no status by itself', (text) => {
    expect(statusOfText(text)).toBeUndefined();
  });

  it('a longer text is read for the status it mentions, an expiry with its days', () => {
    expect(statusInText('Binance Main · Expires in 4 days · $1,200')).toEqual({ status: 'expires_soon', days: 4 });
    expect(statusInText('Binance Main Expired 3 days ago Renew')).toEqual({ status: 'expired' });
    expect(statusInText('Binance Main 2 days left')).toEqual({ status: 'expires_soon', days: 2 });
    expect(statusInText('Binance Main Not connected')).toBeUndefined();
  });
});

describe('the mock’s My exchanges, as each CI status seed writes it', () => {
  const expected = (shown: string): Omit<ConnectionReading, 'name'> => {
    const days = /^Expires in (\d+) days?$/.exec(shown)?.[1];
    return days ? { status: 'expires_soon', days: Number(days) } : { status: shown.toLowerCase().replace(/ /g, '_') as ConnectionReading['status'] };
  };
  describe.each(BITSGAP_STATUS_CI_SEEDS)('seed %i', (seed) => {
    const variant = bitsgapVariantFor(seed);
    it.each(SHOWN)('%s', (slug, first, second) => {
      const doc = load(`variants/seed-${seed}-${slug}.html`);
      const two = variant.connections === 2;
      const readings = readConnections(doc);
      expect(readings).toEqual(two ? [{ name: CONNECTION_NAMES[0], ...expected(first) }, { name: CONNECTION_NAMES[1], ...expected(second) }] : [{ name: 'Binance', ...expected(first) }]);
      // The outcome recorded after a Refresh reads the same table.
      expect(readRowStatus(findConnectionRows(doc)[0]!)).toBe(expected(first).status);
    });
  });
});

describe('pages written from FIELD-NOTES only', () => {
  it('an MUI table: two Binance accounts, N in the chip’s tooltip, balances and a Bybit key named "Expired key" beside them', () => {
    expect(readConnections(load('field-notes/mui-table.html'))).toEqual([
      { name: 'Main', status: 'expires_soon', days: 5 },
      { name: 'Futures bots', status: 'connected' },
    ]);
  });

  it('cards in Russian: the days in an element of their own, a status after a label, an OKX card left out', () => {
    expect(readConnections(load('field-notes/cards-ru.html'))).toEqual([
      { name: 'Основной', status: 'expires_soon', days: 2 },
      { name: 'Арбитраж', status: 'incorrect_permissions' },
    ]);
  });

  it('a list in Chinese: no space around the days, Binance named only by its logo', () => {
    expect(readConnections(load('field-notes/list-zh.html'))).toEqual([{ name: 'Binance', status: 'expires_soon', days: 3 }]);
  });

  it('a row whose status can’t be read is left out, not guessed; two rows of the same name are told apart', () => {
    const doc = new DOMParser().parseFromString(
      `<div><div><img alt="Binance"><span>—</span><button>Extend</button></div>
       <div><img alt="Binance"><span>Connected</span><button>Extend</button></div>
       <div><img alt="Binance"><span>Invalid</span><button>Extend</button></div></div>`,
      'text/html',
    );
    expect(readConnections(doc)).toEqual([
      { name: 'Binance 2', status: 'connected' },
      { name: 'Binance 3', status: 'invalid' },
    ]);
  });

  it('a pop-up or a menu that names Binance is no row', () => {
    const doc = new DOMParser().parseFromString(
      `<div role="dialog" aria-label="Extend Binance API key"><p>Binance</p><p>Expires in 3 days</p><button>Refresh</button></div>
       <div role="menu"><div role="menuitem">Binance</div><button>Expired</button></div>`,
      'text/html',
    );
    expect(readConnections(doc)).toEqual([]);
  });
});
