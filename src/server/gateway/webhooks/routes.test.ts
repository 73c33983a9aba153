import { afterEach, describe, expect, it } from 'vitest';
import { createApizeeApp } from '../../apizee/app.ts';
import { createLogger } from '../../runtime/log.ts';
import { openTestStore } from '../store/testing/stores.ts';
import { recordSeenTickets } from '../store/tickets.ts';
import { createTestGateway, temporaryDir, type TestGateway } from '../testSupport.ts';
import { embeddedUpstream } from '../upstream.ts';
import { sampleTicket } from '../../../test/samples.ts';
import { WEBHOOK_MAX_BYTES, WEBHOOK_PATH } from './routes.ts';

const SECRET = 'a-webhook-secret-of-some-length';

describe('POST /webhooks/apizee', () => {
  let gateway: TestGateway;
  let cleanup: () => Promise<void>;
  afterEach(async () => {
    await cleanup();
  });

  async function setUp() {
    const temp = temporaryDir('webhook-routes-');
    const apizee = createApizeeApp({ dataDir: temp.dir, logger: createLogger({ silent: true }) });
    const database = await openTestStore('sqlite');
    gateway = createTestGateway(
      embeddedUpstream((request) => apizee.app.fetch(request)),
      undefined,
      {
        store: { database, rateLimit: 10, webhookSecret: SECRET },
      },
    );
    cleanup = async () => {
      await gateway.store!.close();
      apizee.close();
      temp.remove();
    };
    await recordSeenTickets(gateway.store!.db, 3, 1, [sampleTicket(10, { state: 'open' })], Date.now());
  }

  const storedState = async (ticketId: number) =>
    (
      await gateway
        .store!.db.selectFrom('store_tickets')
        .select('state')
        .where('id', '=', ticketId)
        .executeTakeFirst()
    )?.state;

  const deliver = (body: unknown, headers: Record<string, string> = { 'x-webhook-secret': SECRET }) =>
    gateway.app.request(WEBHOOK_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-apizee-enterprise': '1', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const update = (state: string, modified = '2026-01-02T00:00:00+00:00') => ({
    event: 'update',
    time: Math.floor(Date.now() / 1000),
    object: 'ticket',
    objectId: 10,
    props: { state, agent: null, group: null, modified },
  });

  it('refuses a delivery without the secret or with another, and changes nothing', async () => {
    await setUp();
    expect((await deliver(update('done'), {})).status).toBe(401);
    expect((await deliver(update('done'), { 'x-webhook-secret': `${SECRET}x` })).status).toBe(401);
    expect((await deliver(update('done'), { 'x-webhook-secret': SECRET.slice(0, -1) })).status).toBe(401);
    expect(await storedState(10)).toBe('open');
  });

  it('applies a delivery once: the same one again is acknowledged as a duplicate', async () => {
    await setUp();
    const first = await deliver(update('done'));
    expect(await first.json()).toEqual({ status: 'applied' });
    expect(await storedState(10)).toBe('done');
    expect(await (await deliver(update('done'))).json()).toEqual({ status: 'duplicate' });
  });

  it('ignores an out-of-order delivery older than what the store holds', async () => {
    await setUp();
    await deliver(update('done', '2026-01-03T00:00:00+00:00'));
    await deliver(update('open', '2026-01-02T12:00:00+00:00'));
    expect(await storedState(10)).toBe('done');
  });

  it('refuses a stale or future delivery (a replay captured earlier), naming `time`', async () => {
    await setUp();
    for (const offset of [-16 * 60, 16 * 60]) {
      const response = await deliver({ ...update('done'), time: Math.floor(Date.now() / 1000) + offset });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: object }).errors).toHaveProperty('time');
    }
  });

  it('names every bad field, refuses what is not JSON or too large, and ignores unknown objects', async () => {
    await setUp();
    const bad = await deliver(
      { event: 'rename', time: 'yesterday', object: 'ticket' },
      { 'x-webhook-secret': SECRET, 'x-apizee-enterprise': 'acme' },
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { errors: object }).errors).sort()).toEqual([
      'X-Apizee-Enterprise',
      'event',
      'objectId',
      'time',
    ]);
    expect((await deliver('{not json')).status).toBe(400);
    expect((await deliver({ ...update('done'), props: { pad: 'x'.repeat(WEBHOOK_MAX_BYTES) } })).status).toBe(
      413,
    );
    const sms = await deliver({
      event: 'create',
      time: Math.floor(Date.now() / 1000),
      object: 'smsmessage',
      objectId: 'abc',
      props: {},
    });
    expect(await sms.json()).toEqual({ status: 'ignored' });
  });
});
