/**
 * Issue 14, M1: a write checked before its body arrived must be checked again with the rows it writes.
 * Each test sends a slow body over real HTTP and changes the ticket while the handler waits for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../contract/errors.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { serveSlowBodies, type SlowBodyServer } from '../testing/slowBody.ts';
import { ticketClient } from '../testing/tickets.ts';

let h: Harness;
let api: ReturnType<typeof ticketClient>;
let server: SlowBodyServer;
beforeAll(async () => {
  h = await createHarness({ tickets: 20 });
  api = ticketClient(h);
  server = await serveSlowBodies(h.app.fetch);
});
afterAll(async () => {
  await server.close();
  h.close();
});

async function slowJson(
  username: string,
  method: string,
  path: string,
  params: Record<string, string>,
  meanwhile: () => void,
) {
  const answer = await server.send(
    method,
    `/api/v3${path}`,
    {
      headers: { authorization: `Bearer ${await h.token(username)}`, 'content-type': 'application/json' },
      body: JSON.stringify(params),
    },
    meanwhile,
  );
  return {
    status: answer.status,
    error: answer.body ? apiErrorSchema.safeParse(JSON.parse(answer.body)) : null,
  };
}

const row = (id: number) =>
  h.db.prepare('SELECT state, subject, agent_id, deleted_at FROM tickets WHERE id = ?').get(id) as {
    state: string;
    subject: string;
    agent_id: number | null;
    deleted_at: number | null;
  };
const searchRows = (id: number) =>
  h.db.prepare('SELECT COUNT(*) FROM tickets_fts WHERE rowid = ?').pluck().get(id) as number;
const events = (id: number) =>
  h.db.prepare('SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ?').pluck().get(id) as number;

describe('writes with a slow body', () => {
  it('a ticket closed meanwhile is not reopened: 409, state and events unchanged', async () => {
    const ticket = await api.createOk('admin', { email: 'race.closed@example.org', agent: 'agent1' });
    const before = events(ticket.id);
    const answer = await slowJson('agent1', 'PUT', `/tickets/${ticket.id}`, { state: 'inprogress' }, () => {
      h.db.prepare("UPDATE tickets SET state = 'closed' WHERE id = ?").run(ticket.id);
    });
    expect(answer.status).toBe(409);
    expect(row(ticket.id).state).toBe('closed');
    expect(events(ticket.id)).toBe(before);
  });

  it('agent1 cannot write to a ticket just reassigned away from them: 403, subject unchanged', async () => {
    const ticket = await api.createOk('admin', {
      email: 'race.reassigned@example.org',
      agent: 'agent1',
      subject: 'Theirs now',
    });
    const answer = await slowJson('agent1', 'PATCH', `/tickets/${ticket.id}`, { subject: 'Mine' }, () => {
      h.db.prepare('UPDATE tickets SET agent_id = ? WHERE id = ?').run(h.userId('agent2'), ticket.id);
    });
    expect(answer.status).toBe(403);
    expect(row(ticket.id)).toMatchObject({ subject: 'Theirs now', agent_id: h.userId('agent2') });
  });

  it('a deleted ticket is neither changed nor put back in the search index: 404', async () => {
    const ticket = await api.createOk('admin', { email: 'race.deleted@example.org', subject: 'Gone' });
    expect(searchRows(ticket.id)).toBe(1);
    const answer = await slowJson('admin', 'PUT', `/tickets/${ticket.id}`, { subject: 'Back again' }, () => {
      h.db.prepare('UPDATE tickets SET deleted_at = ? WHERE id = ?').run(h.clock.now, ticket.id);
      h.db.prepare('DELETE FROM tickets_fts WHERE rowid = ?').run(ticket.id);
    });
    expect(answer.status).toBe(404);
    expect(row(ticket.id).subject).toBe('Gone');
    expect(searchRows(ticket.id)).toBe(0);
  });

  it('an agent who left the group meanwhile cannot write to its unassigned ticket: 403', async () => {
    const support = api.groupId('Support');
    const ticket = await api.createOk('admin', {
      email: 'race.member@example.org',
      group: support,
      subject: 'Support queue',
    });
    const agent1 = h.userId('agent1');
    const answer = await slowJson('agent1', 'PUT', `/tickets/${ticket.id}`, { subject: 'Taken' }, () => {
      h.db.prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ?').run(support, agent1);
    });
    try {
      expect(answer.status).toBe(403);
      expect(row(ticket.id).subject).toBe('Support queue');
    } finally {
      h.db.prepare('INSERT INTO group_members (group_id, user_id) VALUES (?, ?)').run(support, agent1);
    }
  });

  it('an invitation to a ticket closed meanwhile is refused: 409, still closed', async () => {
    const ticket = await api.createOk('admin', {
      email: 'race.invite@example.org',
      agent: 'agent1',
    });
    const answer = await slowJson(
      'agent1',
      'POST',
      `/tickets/${ticket.id}/invitation`,
      { channel: 'email' },
      () => {
        h.db.prepare("UPDATE tickets SET state = 'closed' WHERE id = ?").run(ticket.id);
      },
    );
    expect(answer.status).toBe(409);
    expect(row(ticket.id).state).toBe('closed');
  });
});
