/**
 * Webhooks as Apizee sends them: one POST of `{event, time, object, objectId, props}` per ticket write,
 * after it commits, in the order of the writes, retried with back-off, never delaying a write; a bounded
 * queue whose losses are logged.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../runtime/log.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { ticketClient } from '../testing/tickets.ts';
import type { WebhookDelivery } from './delivery.ts';
import { ENTERPRISE_HEADER, WEBHOOK_USER_AGENT } from './httpTransport.ts';
import { createWebhookQueue } from './queue.ts';

const opened: Harness[] = [];
afterEach(() => {
  for (const h of opened.splice(0)) h.close();
});

async function harnessWith(webhooks: NonNullable<Parameters<typeof createHarness>[0]>['appOptions']) {
  const h = await createHarness({ tickets: 10, appOptions: webhooks });
  opened.push(h);
  return h;
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('webhooks of ticket writes', () => {
  it('sends create, update and delete in order, with the values recorded after each write', async () => {
    const received: WebhookDelivery[] = [];
    const h = await harnessWith({ webhooks: { receiver: async (delivery) => void received.push(delivery) } });
    const api = ticketClient(h);
    const ticket = await api.createOk('supervisor', {
      email: 'hook@example.org',
      subject: 'Hooked',
      group: api.groupId('Support'),
    });
    expect((await api.update('supervisor', ticket.id, { state: 'open' })).status).toBe(204);
    expect((await api.update('supervisor', ticket.id, { state: 'invited' })).status).toBe(204);
    const token = await h.token('supervisor');
    expect((await h.request('DELETE', `/tickets/${ticket.id}`, { token })).status).toBe(204);
    await h.webhooks.idle();

    const mine = received.filter((delivery) => delivery.payload.objectId === ticket.id);
    expect(mine.map(({ payload }) => [payload.event, payload.props.state])).toEqual([
      ['create', 'new'],
      ['update', 'open'],
      ['update', 'invited'],
      ['delete', 'invited'],
    ]);
    for (const { payload, enterpriseId, attempt } of mine) {
      expect(payload).toMatchObject({
        object: 'ticket',
        objectId: ticket.id,
        props: { reference: ticket.reference },
      });
      expect(payload.time).toBe(Math.floor(h.clock.now / 1000));
      expect(enterpriseId).toBe(h.enterpriseId('supervisor'));
      expect(attempt).toBe(1);
    }
    expect(mine[3]!.payload.props.deleted).toEqual(expect.any(String));
  });

  it('sends nothing for a refused write', async () => {
    const received: WebhookDelivery[] = [];
    const h = await harnessWith({ webhooks: { receiver: async (delivery) => void received.push(delivery) } });
    const api = ticketClient(h);
    const ticket = await api.createOk('supervisor', {
      email: 'refused@example.org',
      group: api.groupId('Support'),
    });
    expect((await api.update('supervisor', ticket.id, { state: 'nonsense' })).status).toBe(400);
    await h.webhooks.idle();
    expect(received.map(({ payload }) => payload.event)).toEqual(['create']);
  });

  it('never makes a write wait for a slow receiver', async () => {
    const release = deferred();
    let started = 0;
    const h = await harnessWith({
      webhooks: {
        receiver: async () => {
          started += 1;
          await release.promise;
        },
      },
    });
    const api = ticketClient(h);
    const ticket = await api.createOk('supervisor', {
      email: 'slow@example.org',
      group: api.groupId('Support'),
    });
    await vi.waitFor(() => expect(started).toBe(1));
    // The receiver still holds the first delivery: the next write answers anyway, and its delivery
    // waits behind the first one of the same ticket.
    expect((await api.update('supervisor', ticket.id, { state: 'open' })).status).toBe(204);
    await new Promise((done) => setImmediate(done));
    expect(started).toBe(1);
    release.resolve();
    await h.webhooks.idle();
    expect(started).toBe(2);
  });
});

describe('webhooks over HTTP', () => {
  const servers: http.Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
  });

  /** A receiver that answers each POST with the next status of `statuses` (then 200). */
  async function receiver(statuses: number[]) {
    const requests: { headers: http.IncomingHttpHeaders; body: unknown }[] = [];
    const server = http.createServer((request, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        requests.push({ headers: request.headers, body: JSON.parse(text) });
        response.statusCode = statuses.shift() ?? 200;
        response.end();
      });
    });
    servers.push(server);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks?key=s3cret`, requests };
  }

  it('POSTs the JSON payload with User-Agent Cloud Apizee and the configured headers, retrying a 503', async () => {
    const target = await receiver([503]);
    const h = await harnessWith({
      webhooks: { url: target.url, headers: { 'X-Webhook-Secret': 'shared-secret' }, baseDelayMs: 10 },
    });
    const ticket = await ticketClient(h).createOk('supervisor', { email: 'http@example.org' });
    await h.webhooks.idle();

    expect(target.requests).toHaveLength(2);
    for (const { headers, body } of target.requests) {
      expect(headers['user-agent']).toBe(WEBHOOK_USER_AGENT);
      expect(headers['content-type']).toBe('application/json');
      expect(headers['x-webhook-secret']).toBe('shared-secret');
      expect(headers[ENTERPRISE_HEADER.toLowerCase()]).toBe(String(h.enterpriseId('supervisor')));
      expect(body).toMatchObject({
        event: 'create',
        object: 'ticket',
        objectId: ticket.id,
        time: expect.any(Number),
      });
    }
    // Neither the URL's secret nor the header's value reaches the logs.
    expect(h.logs.join('\n')).not.toMatch(/s3cret|shared-secret/);
  });

  it('gives up on a refusal at once and logs the loss, never the payload', async () => {
    const target = await receiver([400]);
    const h = await harnessWith({ webhooks: { url: target.url, baseDelayMs: 10 } });
    await ticketClient(h).createOk('supervisor', {
      email: 'refusal@example.org',
      subject: 'Private subject',
    });
    await h.webhooks.idle();
    expect(target.requests).toHaveLength(1);
    const logged = h.logs.join('\n');
    expect(logged).toMatch(/webhook/i);
    expect(logged).not.toContain('refusal@example.org');
  });
});

describe('the webhook queue', () => {
  it('keeps its bound: when full, the oldest waiting delivery is dropped and logged', async () => {
    const logs: string[] = [];
    const release = deferred();
    const sent: number[] = [];
    const queue = createWebhookQueue({
      target: 'test',
      logger: createLogger({ write: (line) => logs.push(line) }),
      capacity: 2,
      concurrency: 1,
      transport: async (delivery) => {
        await release.promise;
        sent.push(delivery.payload.objectId);
      },
    });
    const payload = (objectId: number) =>
      ({ event: 'update', time: 1, object: 'ticket', objectId, props: {} }) as const;
    for (const id of [1, 2, 3, 4]) queue.enqueue(payload(id), 1);
    release.resolve();
    await queue.idle();
    queue.close();
    expect(sent.length).toBeLessThan(4);
    expect(sent).toContain(4);
    expect(logs.some((line) => /webhook/i.test(line) && /full|dropped|lost/i.test(line))).toBe(true);
  });

  it('retries with back-off until it succeeds, one object after the other', async () => {
    let failures = 2;
    const attempts: number[] = [];
    const queue = createWebhookQueue({
      target: 'test',
      logger: createLogger({ silent: true }),
      baseDelayMs: 5,
      transport: async (delivery) => {
        attempts.push(delivery.attempt);
        if (failures-- > 0) throw new Error('busy');
      },
    });
    queue.enqueue({ event: 'create', time: 1, object: 'ticket', objectId: 9, props: {} }, 1);
    await queue.idle();
    queue.close();
    expect(attempts).toEqual([1, 2, 3]);
  });
});
