/**
 * The feed of gateway replicas sharing one PostgreSQL store: each event is a row of
 * `store_live_events` (its id the stream id, so any replica can resume any browser), announced with
 * NOTIFY; every replica LISTENs and hands the row to its hub. Rows are kept 5 minutes for resuming.
 */
import pg from 'pg';
import type { PublishedLiveEvent } from '../../../contract/live.ts';
import type { Logger } from '../../runtime/log.ts';
import type { LiveFeed, LiveRecord } from './feed.ts';

const CHANNEL = 'store_live_events';
const KEEP_MS = 5 * 60_000;
const RECONNECT_MS = 1_000;

type Row = { id: string | number; user_ids: string; event: string };

function recordOf(row: Row): LiveRecord {
  return {
    id: String(row.id),
    userIds: JSON.parse(row.user_ids) as number[],
    event: JSON.parse(row.event) as PublishedLiveEvent,
  };
}

export async function createPostgresFeed(
  pool: pg.Pool,
  logger: Logger,
  now: () => number = Date.now,
): Promise<LiveFeed> {
  const listeners = new Set<(record: LiveRecord) => void>();
  let listener: pg.PoolClient | null = null;
  let closed = false;
  let lastPrune = 0;

  const deliver = async (id: string) => {
    const { rows } = await pool.query<Row>(
      'SELECT id, user_ids, event FROM store_live_events WHERE id = $1',
      [id],
    );
    const row = rows[0];
    if (!row) return;
    const record = recordOf(row);
    for (const listen of listeners) listen(record);
  };

  const connect = async (): Promise<void> => {
    const client = await pool.connect();
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      deliver(message.payload).catch((error: unknown) => logger.error('live event not read', { error }));
    });
    client.on('error', (error) => {
      logger.warn('live feed connection lost', { error: error.message });
      client.release(true);
      listener = null;
      if (!closed) setTimeout(() => void connect().catch(() => {}), RECONNECT_MS).unref();
    });
    await client.query(`LISTEN ${CHANNEL}`);
    listener = client;
  };
  await connect();

  const head = async () => {
    const { rows } = await pool.query<{ id: string | null }>('SELECT max(id) AS id FROM store_live_events');
    return String(rows[0]?.id ?? 0);
  };

  return {
    async publish(userIds, event) {
      const time = now();
      const { rows } = await pool.query<{ id: string }>(
        'INSERT INTO store_live_events (user_ids, event, at) VALUES ($1, $2, $3) RETURNING id',
        [JSON.stringify(userIds), JSON.stringify(event), time],
      );
      await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, String(rows[0]!.id)]);
      if (time - lastPrune > KEEP_MS / 5) {
        lastPrune = time;
        await pool.query('DELETE FROM store_live_events WHERE at < $1', [time - KEEP_MS]);
      }
    },
    async since(userId, afterId) {
      const latest = await head();
      if (!/^\d{1,18}$/.test(afterId)) return { gone: true, head: latest };
      const oldest = await pool.query<{ id: string | null }>('SELECT min(id) AS id FROM store_live_events');
      const minId = Number(oldest.rows[0]?.id ?? 0);
      const after = Number(afterId);
      if (after < minId - 1 || after > Number(latest)) return { gone: true, head: latest };
      const { rows } = await pool.query<Row>(
        'SELECT id, user_ids, event FROM store_live_events WHERE id > $1 ORDER BY id',
        [after],
      );
      const records = rows.map(recordOf).filter((record) => record.userIds.includes(userId));
      return { gone: false, records, head: latest };
    },
    head,
    subscribe(listen) {
      listeners.add(listen);
      return () => listeners.delete(listen);
    },
    async close() {
      closed = true;
      const client = listener;
      listener = null;
      if (client) {
        await client.query(`UNLISTEN ${CHANNEL}`).catch(() => {});
        client.release();
      }
    },
  };
}
