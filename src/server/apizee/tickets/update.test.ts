import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketSchema } from '../../../contract/models.ts';
import { TICKET_STATES } from '../../../contract/enums.ts';
import { canTransition } from '../../../contract/transitions.ts';
import { createHarness, TEST_NOW, type Harness } from '../testing/harness.ts';
import { expectInvalid, ticketClient } from '../testing/tickets.ts';

let h: Harness;
let api: ReturnType<typeof ticketClient>;
beforeAll(async () => {
  h = await createHarness({ tickets: 40 });
  api = ticketClient(h);
});
afterAll(() => h.close());

describe('PUT/PATCH /tickets/{id}', () => {
  it('changes only the sent fields, appends events, moves modified, answers 204', async () => {
    const ticket = await api.createOk('supervisor', {
      email: 'upd.one@example.org',
      subject: 'Before',
      group: api.groupId('Support'),
    });
    h.clock.now = TEST_NOW + 60_000;
    try {
      const response = await api.update('supervisor', ticket.id, {
        agent: String(h.userId('agent2')),
        state: 'open',
      });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
      const after = ticketSchema.parse(await (await api.get('admin', ticket.id)).json());
      expect(after).toMatchObject({
        subject: 'Before',
        state: 'open',
        agent: { username: 'agent2' },
        group: { name: 'Support' },
      });
      expect(after.modified).toBe('2026-11-26T12:01:00+00:00');
      const timeline = await api.events(ticket.id);
      expect(timeline.map((e) => [e.eventName, e.source])).toEqual([
        ['ticket.new', 'agent'],
        ['ticket.assigned', 'agent'],
        ['ticket.approved', 'agent'],
      ]);
      expect(timeline[1]!.data).toMatchObject({
        assignee: { username: 'agent2' },
        agent: { firstname: 'Marc' },
      });

      expect(
        (
          await api.update(
            'agent2',
            ticket.id,
            { subject: 'After', description: '<b>ok</b><script>x</script>' },
            'PATCH',
          )
        ).status,
      ).toBe(204);
      const patched = ticketSchema.parse(await (await api.get('admin', ticket.id)).json());
      expect(patched).toMatchObject({ subject: 'After', description: '<b>ok</b>', state: 'open' });
      // Same clock, still a new modified.
      expect(patched.modified > after.modified).toBe(true);
    } finally {
      h.clock.now = TEST_NOW;
    }
  });

  it('records the state events of done, closed and cancelled; a closed ticket cannot change (409)', async () => {
    const ticket = await api.createOk('admin', { email: 'upd.two@example.org', agent: 'agent1' });
    expect((await api.update('agent1', ticket.id, { state: 'inprogress' })).status).toBe(204);
    expect((await api.update('agent1', ticket.id, { state: 'done' })).status).toBe(204);
    expect((await api.update('agent1', ticket.id, { state: 'cancelled' })).status).toBe(409);
    expect((await api.update('agent1', ticket.id, { state: 'closed' })).status).toBe(204);
    expect((await api.update('agent1', ticket.id, { subject: 'x' })).status).toBe(409);
    expect((await api.update('admin', ticket.id, { state: 'open' })).status).toBe(409);
    const names = (await api.events(ticket.id)).map((e) => e.eventName);
    expect(names).toEqual(['ticket.new', 'ticket.sessionStarted', 'ticket.completed', 'ticket.closed']);

    const other = await api.createOk('admin', { email: 'upd.three@example.org', agent: 'agent1' });
    expect((await api.update('agent1', other.id, { state: 'cancelled' })).status).toBe(204);
    expect((await api.events(other.id)).map((e) => e.eventName)).toContain('ticket.cancelled');
  });

  it('follows the transition table for every pair of states', async () => {
    const ticket = await api.createOk('admin', { email: 'upd.table@example.org' });
    for (const from of TICKET_STATES) {
      for (const to of TICKET_STATES) {
        if (from === to) continue;
        h.db.prepare('UPDATE tickets SET state = ? WHERE id = ?').run(from, ticket.id);
        const status = (await api.update('admin', ticket.id, { state: to })).status;
        expect(status, `${from} -> ${to}`).toBe(canTransition(from, to) ? 204 : 409);
      }
    }
  });

  it('unassigns with an empty agent and regroups with an empty group', async () => {
    const ticket = await api.createOk('admin', {
      email: 'upd.four@example.org',
      agent: 'agent2',
      group: api.groupId('Support'),
    });
    expect((await api.update('admin', ticket.id, { agent: '' })).status).toBe(204);
    expect((await api.update('admin', ticket.id, { group: '' })).status).toBe(204);
    const after = ticketSchema.parse(await (await api.get('admin', ticket.id)).json());
    expect(after.agent).toBeNull();
    expect(after.group).toBeNull();
    expect((await api.events(ticket.id)).filter((e) => e.eventName === 'ticket.assigned')).toHaveLength(2);
  });

  it('an agent cannot orphan a ticket: 400 naming the fields emptied, the ticket unchanged', async () => {
    const support = api.groupId('Support');
    const errorFields = async (response: Response) => {
      expect(response.status).toBe(400);
      return Object.keys(((await response.json()) as { errors?: object }).errors ?? {}).sort();
    };
    const both = await api.createOk('admin', {
      email: 'orphan.one@example.org',
      agent: 'agent1',
      group: support,
    });
    expect(await errorFields(await api.update('agent1', both.id, { agent: '', group: '' }))).toEqual([
      'agent',
      'group',
    ]);
    const mine = await api.createOk('admin', { email: 'orphan.two@example.org', agent: 'agent1' });
    expect(await errorFields(await api.update('agent1', mine.id, { agent: '' }, 'PATCH'))).toEqual(['agent']);
    const queue = await api.createOk('admin', { email: 'orphan.three@example.org', group: support });
    expect(await errorFields(await api.update('agent1', queue.id, { group: '' }))).toEqual(['group']);
    for (const ticket of [both, mine, queue]) {
      const after = ticketSchema.parse(await (await api.get('admin', ticket.id)).json());
      expect([after.agent?.id ?? null, after.group?.id ?? null]).toEqual([
        ticket.agent?.id ?? null,
        ticket.group?.id ?? null,
      ]);
    }
    // Unassigning into the group, or taking it out of the group while keeping it, stays allowed.
    expect((await api.update('agent1', both.id, { agent: '' })).status).toBe(204);
    expect((await api.update('agent1', mine.id, { group: '' })).status).toBe(204);
  });

  it('400 on invalid fields, 403 for agents assigning others or tickets they cannot see', async () => {
    const ticket = await api.createOk('admin', {
      email: 'upd.five@example.org',
      agent: 'agent1',
      group: api.groupId('Support'),
    });
    await expectInvalid(await api.update('admin', ticket.id, { state: 'finished' }), 'state');
    await expectInvalid(await api.update('admin', ticket.id, { agent: 'nobody' }), 'agent');
    await expectInvalid(await api.update('admin', ticket.id, { agent: 'agent3' }), 'agent');
    await expectInvalid(await api.update('admin', ticket.id, { group: '9999' }), 'group');
    await expectInvalid(await api.update('admin', ticket.id, { unknown: 'x' }), '_');
    expect((await api.update('agent1', ticket.id, { agent: 'agent2' })).status).toBe(403);
    expect((await api.update('agent3', ticket.id, { subject: 'x' })).status).toBe(403);
    expect((await api.update('globex-admin', ticket.id, { subject: 'x' })).status).toBe(404);
  });
  it.each([
    ['subject', 255],
    ['reference', 100],
    ['description', 20_000],
    ['agent', 100],
  ])('400 for a %s longer than %i characters, and the ticket is unchanged', async (field, max) => {
    const ticket = await api.createOk('admin', { email: `upd.long.${field}@example.org`, subject: 'Kept' });
    await expectInvalid(await api.update('admin', ticket.id, { [field]: 'x'.repeat(max + 1) }), field);
    const after = ticketSchema.parse(await (await api.get('admin', ticket.id)).json());
    expect(after).toMatchObject({
      subject: 'Kept',
      reference: ticket.reference,
      description: ticket.description,
    });
  });
});

describe('DELETE /tickets/{id}', () => {
  it('is a soft delete for supervisors and admins; agents get 403', async () => {
    const ticket = await api.createOk('admin', {
      email: 'del.one@example.org',
      agent: 'agent1',
      group: api.groupId('Support'),
      reference: 'DEL-ME',
    });
    expect(
      (await h.request('DELETE', `/tickets/${ticket.id}`, { token: await h.token('agent1') })).status,
    ).toBe(403);
    expect(
      (await h.request('DELETE', `/tickets/${ticket.id}`, { token: await h.token('globex-admin') })).status,
    ).toBe(404);
    const response = await h.request('DELETE', `/tickets/${ticket.id}`, {
      token: await h.token('supervisor'),
    });
    expect(response.status).toBe(204);
    expect((await api.get('admin', ticket.id)).status).toBe(404);
    expect(
      (await h.request('GET', `/tickets/${ticket.id}/events`, { token: await h.token('admin') })).status,
    ).toBe(404);
    expect((await api.update('admin', ticket.id, { subject: 'x' })).status).toBe(404);
    expect(
      (await h.request('DELETE', `/tickets/${ticket.id}`, { token: await h.token('admin') })).status,
    ).toBe(404);
    const search = await h.request('GET', '/tickets', {
      token: await h.token('admin'),
      query: { user: 'all', reference: 'DEL-ME' },
    });
    expect(((await search.json()) as { total: number }).total).toBe(0);
    expect(h.db.prepare('SELECT deleted_at FROM tickets WHERE id = ?').pluck().get(ticket.id)).toBe(TEST_NOW);
  });
});
