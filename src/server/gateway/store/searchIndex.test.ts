/**
 * SQLite answers a search from its FTS5 index (migration 008), PostgreSQL with a word-prefix LIKE over
 * the same folded text: both must find the same tickets, for every kind of word an agent types, and
 * the index must follow every write (a new ticket, a changed text, a removal).
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleRequestor, sampleTicket } from '../../../test/samples.ts';
import type { StoreDatabase } from './database.ts';
import { listStoredTickets } from './listTickets.ts';
import { openTestStore, stopTestPostgres } from './testing/stores.ts';
import { recordSeenTickets, removeTicket } from './tickets.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const ADMIN = { id: 1, enterpriseId: 1, isAdmin: true };
const SUBJECTS = [
  'Chaudière Élm-42 fuit',
  'Boiler leaks near the heat pump',
  'heat-pump noise; SAV-2026-1000303',
  'Écran noir après mise à jour',
  'Printer: paper jam (HP LaserJet 4200)',
  'Müller GmbH — Wärmepumpe',
  'x',
];
const SEARCHES = [
  'heat',
  'he',
  'HEAT PUMP',
  'chaudiere',
  'élm',
  'elm 42',
  'sav-2026',
  '1000303',
  'ecran noir',
  'muller',
  'warme',
  'jam hp',
  '4200',
  'zzz',
  'x',
  '0622093530',
  '06 22 09 35 30',
  '+33 6 22 09 35 30',
  'lea@example',
];

afterAll(() => stopTestPostgres());

async function foundIds(store: StoreDatabase, search: string): Promise<number[]> {
  const page = await listStoredTickets(
    store.db,
    ADMIN,
    { user: 'all', service: 'all', search, limit: 100 },
    null,
  );
  return page.data.map((ticket) => ticket.id).sort((a, b) => a - b);
}

describe('search from the index (SQLite) and from LIKE (PostgreSQL)', () => {
  const stores: Partial<Record<'sqlite' | 'postgres', StoreDatabase>> = {};
  beforeEach(async () => {
    for (const kind of ['sqlite', 'postgres'] as const) {
      const store = await openTestStore(kind);
      stores[kind] = store;
      await recordSeenTickets(
        store.db,
        ADMIN.id,
        1,
        SUBJECTS.map((subject, index) =>
          sampleTicket(index + 1, {
            subject,
            ...(index === 2 && {
              requestor: sampleRequestor({ name: 'Fournier' }),
            }),
          }),
        ),
        NOW,
      );
    }
  });
  afterEach(async () => {
    for (const store of Object.values(stores)) await store.close();
  });

  it('finds the same tickets for every search', async () => {
    for (const search of SEARCHES) {
      const expected = await foundIds(stores.postgres!, search);
      expect(await foundIds(stores.sqlite!, search), search).toEqual(expected);
    }
    expect(await foundIds(stores.sqlite!, 'heat')).toEqual([2, 3]);
    expect(await foundIds(stores.sqlite!, '06 22 09 35 30')).toEqual([3]);
  });

  it('follows changes of the text and removals', async () => {
    const sqlite = stores.sqlite!;
    await recordSeenTickets(
      sqlite.db,
      ADMIN.id,
      1,
      [sampleTicket(2, { subject: 'Thermostat display', modified: '2026-11-30T10:00:00+00:00' })],
      NOW,
    );
    expect(await foundIds(sqlite, 'boiler')).toEqual([]);
    expect(await foundIds(sqlite, 'thermo')).toEqual([2]);
    await removeTicket(sqlite.db, 3);
    expect(await foundIds(sqlite, 'heat')).toEqual([]);
    await recordSeenTickets(sqlite.db, ADMIN.id, 1, [sampleTicket(20, { subject: 'Heat again' })], NOW);
    expect(await foundIds(sqlite, 'heat')).toEqual([20]);
  });
});
