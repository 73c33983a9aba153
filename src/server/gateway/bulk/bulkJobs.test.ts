/**
 * Bulk jobs against the embedded Apizee with its real limit (10 calls a minute) and the gateway's real
 * budget scheduler, on a clock the test moves: the job's waits for the budget advance it, so three
 * minutes of budget pass in a moment. Each ticket's write is the real upstream call.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BulkJob } from '../../../contract/bulk.ts';
import { ticketListSchema, type Ticket } from '../../../contract/models.ts';
import { createStoreStack, type StoreStack } from '../storeTestSupport.ts';
import { XHR } from '../testSupport.ts';

const WORKED_STATES = ['open', 'inprogress', 'rejected', 'declined', 'expired', 'cancelled'];

async function upstreamToken(stack: StoreStack, username: string): Promise<string> {
  const response = await stack.apizee.app.request('/api/v3/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo-pass-1' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Straight to Apizee (not through the gateway's budget): another client, changing tickets meanwhile. */
async function upstream(stack: StoreStack, token: string, path: string, init: RequestInit = {}) {
  return stack.apizee.app.request(`/api/v3${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
}

async function gatewayCall(stack: StoreStack, cookie: string, path: string, init: RequestInit = {}) {
  return stack.gateway.app.request(path, {
    ...init,
    headers: { cookie, ...XHR, 'content-type': 'application/json' },
  });
}

async function storedTickets(stack: StoreStack, cookie: string): Promise<Ticket[]> {
  const response = await gatewayCall(stack, cookie, '/api/v3/tickets?user=visible&service=all&limit=100');
  expect(response.status).toBe(200);
  return ticketListSchema.parse(await response.json()).data;
}

async function finished(stack: StoreStack, cookie: string, id: string): Promise<BulkJob> {
  for (let round = 0; round < 2000; round += 1) {
    const response = await gatewayCall(stack, cookie, `/gateway/bulk/${id}`);
    const job = (await response.json()) as BulkJob;
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`job ${id} still running`);
}

describe('bulk jobs through the budget scheduler', () => {
  let stack: StoreStack;
  /** Fake milliseconds the jobs waited for the budget. */
  let waited = 0;
  let onWait: () => Promise<void> = () => Promise.resolve();
  afterEach(async () => {
    await stack.close();
  });

  async function supervisorStack() {
    waited = 0;
    onWait = () => Promise.resolve();
    stack = await createStoreStack({
      tickets: 160,
      rateLimit: 10,
      bulk: ({ advance }) => ({
        sleep: async (ms) => {
          waited += ms;
          advance(ms);
          await onWait();
          await new Promise((resolve) => setTimeout(resolve, 1));
        },
      }),
    });
    const cookie = await stack.signIn('supervisor');
    await stack.connect(cookie);
    // The sign-in and first sync spent budget: start from a full window, as after a minute's pause.
    stack.advance(61_000);
    const tickets = await storedTickets(stack, cookie);
    stack.advance(61_000);
    return { cookie, tickets, token: await upstreamToken(stack, 'admin') };
  }

  it('writes 30 tickets one by one at the budget rate, with an honest ETA, one refusal, one conflict, and Undo', async () => {
    const { cookie, tickets, token } = await supervisorStack();
    const worked = tickets.filter((ticket) => WORKED_STATES.includes(ticket.state)).slice(0, 29);
    const closed = tickets.find((ticket) => ticket.state === 'closed');
    expect(worked).toHaveLength(29);
    expect(closed).toBeDefined();
    const ids = [
      ...worked.slice(0, 10).map((ticket) => ticket.id),
      closed!.id,
      ...worked.slice(10).map((ticket) => ticket.id),
    ];
    const changedMeanwhile = worked[25]!.id;
    let changed = false;
    onWait = async () => {
      if (changed) return;
      changed = true;
      // Another client changes a ticket the job has not reached yet: it must not be overwritten.
      const response = await upstream(stack, token, `/tickets/${changedMeanwhile}`, {
        method: 'PUT',
        body: JSON.stringify({ subject: 'Changed by someone else' }),
      });
      expect(response.status).toBe(204);
      await stack.settle();
    };
    const lastEvent = stack.apizee.db.prepare('SELECT MAX(id) AS id FROM ticket_events').get() as {
      id: number;
    };
    const firstEvent = lastEvent.id;

    const started = await gatewayCall(stack, cookie, '/gateway/bulk', {
      method: 'POST',
      body: JSON.stringify({ action: { type: 'state', state: 'invited' }, ids }),
    });
    expect(started.status).toBe(202);
    const job = (await started.json()) as BulkJob;
    expect(job).toMatchObject({ status: 'running', total: 30, processed: 0 });
    // 10 a minute, 2 kept for the user's own clicks: 8 at once, then 8 a minute → about 2¾ minutes.
    expect(job.etaMs).toBeGreaterThan(150_000);
    expect(job.etaMs).toBeLessThan(200_000);

    const ended = await finished(stack, cookie, job.id);
    expect(ended.status).toBe('finished');
    expect(ended.processed).toBe(30);
    expect(ended.results.map((result) => result.ticketId)).toEqual(ids);
    expect(ended.counts).toEqual({ done: 28, refused: 1, conflict: 1, cancelled: 0 });
    const refusal = ended.results.find((result) => result.ticketId === closed!.id)!;
    expect(refusal.outcome).toBe('refused');
    expect(refusal.reason).toMatch(/^409 /);
    const conflict = ended.results.find((result) => result.ticketId === changedMeanwhile)!;
    expect(conflict).toMatchObject({ outcome: 'conflict', revertible: false });
    expect(conflict.reason).toMatch(/changed since the job started/);
    // The ETA was the budget's: the job took as long as it said, not "2 s".
    expect(waited).toBeGreaterThan(job.etaMs * 0.75);
    expect(waited).toBeLessThan(job.etaMs * 1.25);

    // Upstream received the writes in the job's order, one state change each.
    const written = stack.apizee.db
      .prepare('SELECT ticket_id FROM ticket_events WHERE id > ? AND event_name = ? ORDER BY id')
      .all(firstEvent, 'ticket.invitationSent')
      .map((row) => (row as { ticket_id: number }).ticket_id);
    const doneIds = ended.results
      .filter((result) => result.outcome === 'done')
      .map((result) => result.ticketId);
    const stateEvents = stack.apizee.db
      .prepare(
        `SELECT ticket_id FROM ticket_events WHERE id > ? AND ticket_id IN (${doneIds.join(',')}) ORDER BY id`,
      )
      .all(firstEvent)
      .map((row) => (row as { ticket_id: number }).ticket_id);
    expect([...new Set(stateEvents)]).toEqual(doneIds);
    expect(written.every((id) => doneIds.includes(id))).toBe(true);
    await stack.settle();

    // Undo: every done ticket back to its previous state, by a new job through the same budget.
    expect(ended.revertible).toBe(28);
    const undoResponse = await gatewayCall(stack, cookie, `/gateway/bulk/${job.id}/undo`, { method: 'POST' });
    expect(undoResponse.status).toBe(202);
    const undo = (await undoResponse.json()) as BulkJob;
    expect(undo).toMatchObject({ undoOf: job.id, total: 28 });
    const undone = await finished(stack, cookie, undo.id);
    expect(undone.counts).toEqual({ done: 28, refused: 0, conflict: 0, cancelled: 0 });
    const before = new Map(tickets.map((ticket) => [ticket.id, ticket.state]));
    const stateUpstream = stack.apizee.db.prepare('SELECT state FROM tickets WHERE id = ?');
    for (const id of doneIds) {
      expect((stateUpstream.get(id) as { state: string }).state, `ticket ${id}`).toBe(before.get(id));
    }
    // An undone batch cannot be undone twice.
    const again = await gatewayCall(stack, cookie, `/gateway/bulk/${job.id}/undo`, { method: 'POST' });
    expect(again.status).toBe(409);
  });

  it('is cancelled between two writes: what was sent is done, the rest cancelled, nothing left pending', async () => {
    const { cookie, tickets } = await supervisorStack();
    const ids = tickets
      .filter((ticket) => WORKED_STATES.includes(ticket.state))
      .slice(0, 20)
      .map((t) => t.id);
    let jobId = '';
    onWait = async () => {
      const cancelled = await gatewayCall(stack, cookie, `/gateway/bulk/${jobId}`, { method: 'DELETE' });
      expect(cancelled.status).toBe(200);
    };
    const started = await gatewayCall(stack, cookie, '/gateway/bulk', {
      method: 'POST',
      body: JSON.stringify({ action: { type: 'state', state: 'invited' }, ids }),
    });
    jobId = ((await started.json()) as BulkJob).id;
    const ended = await finished(stack, cookie, jobId);
    expect(ended.status).toBe('cancelled');
    expect(ended.counts.done).toBe(8);
    expect(ended.counts.cancelled).toBe(12);
    expect(ended.results.every((result) => result.outcome !== 'pending')).toBe(true);
  });

  it('refuses bad input with a 400 naming the field, and tickets the user may not see', async () => {
    const { cookie } = await supervisorStack();
    const post = (body: unknown) =>
      gatewayCall(stack, cookie, '/gateway/bulk', { method: 'POST', body: JSON.stringify(body) });
    const cases: [unknown, string][] = [
      [{ action: { type: 'state', state: 'nope' }, ids: [1] }, 'action.state'],
      [{ action: { type: 'explode' }, ids: [1] }, 'action.type'],
      [{ action: { type: 'delete' } }, 'ids'],
      [{ action: { type: 'delete' }, ids: [] }, 'ids'],
      [{ action: { type: 'delete' }, ids: Array.from({ length: 501 }, (_, index) => index + 1) }, 'ids'],
      [{ action: { type: 'delete' }, filter: { state: 'sleeping' } }, 'filter.state'],
      [{ action: { type: 'delete' }, ids: [999_999] }, 'ids'],
    ];
    for (const [body, field] of cases) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const error = (await response.json()) as { errors: Record<string, string[]> };
      expect(Object.keys(error.errors), JSON.stringify(body)).toContain(field);
    }
    // A filter resolves to the store's matching tickets when the job starts.
    const byFilter = await post({
      action: { type: 'assign', group: '' },
      filter: { user: 'visible', service: 'all', state: 'expired' },
    });
    expect(byFilter.status).toBe(202);
    const job = (await byFilter.json()) as BulkJob;
    const expired = (await storedTickets(stack, cookie)).filter((ticket) => ticket.state === 'expired');
    expect(job.total).toBeGreaterThanOrEqual(expired.length);
    expect(job.total).toBeGreaterThan(0);
    // One job at a time per user.
    const second = await post({ action: { type: 'delete' }, ids: [expired[0]!.id] });
    expect(second.status).toBe(409);
  });

  it('resolves a filter without a service on the default one, read upstream as a GET (the route is a POST)', async () => {
    const { cookie } = await supervisorStack();
    const started = await gatewayCall(stack, cookie, '/gateway/bulk', {
      method: 'POST',
      body: JSON.stringify({
        action: { type: 'state', state: 'invited' },
        filter: { user: 'visible', state: 'open', orderby: 'id', order: 'asc' },
      }),
    });
    expect(started.status).toBe(202);
    const job = (await started.json()) as BulkJob;
    const open = (await storedTickets(stack, cookie)).filter((ticket) => ticket.state === 'open');
    expect(job.total).toBeGreaterThan(0);
    expect(job.total).toBeLessThanOrEqual(open.length);
    await gatewayCall(stack, cookie, `/gateway/bulk/${job.id}`, { method: 'DELETE' });
  });
});
