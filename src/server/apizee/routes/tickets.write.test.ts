import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventListSchema, ticketSchema, type Ticket } from '../../../contract/models.ts';
import { TICKET_STATES } from '../../../contract/enums.ts';
import { canTransition } from '../../../contract/transitions.ts';
import { createHarness, TEST_NOW, type Harness } from '../testing/harness.ts';
import { expectInvalid } from '../testing/tickets.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ tickets: 40 });
});
afterAll(() => h.close());

const groupId = (name: string) =>
  h.db.prepare('SELECT id FROM user_groups WHERE name = ?').pluck().get(name) as number;

async function create(username: string, params: Record<string, unknown>) {
  return h.request('POST', '/tickets', { token: await h.token(username), json: params });
}
async function createOk(username: string, params: Record<string, unknown>): Promise<Ticket> {
  const response = await create(username, params);
  expect(response.status, await response.clone().text()).toBe(200);
  return ticketSchema.parse(await response.json());
}
async function get(username: string, id: number) {
  return h.request('GET', `/tickets/${id}`, { token: await h.token(username) });
}
async function events(id: number) {
  const response = await h.request('GET', `/tickets/${id}/events`, { token: await h.token('admin') });
  return eventListSchema.parse(await response.json()).data;
}
async function update(username: string, id: number, params: Record<string, string>, method = 'PUT') {
  return h.request(method, `/tickets/${id}`, { token: await h.token(username), form: params });
}

describe('POST /tickets', () => {
  it('creates a ticket with defaults, a new requestor and a ticket.new event', async () => {
    const ticket = await createOk('supervisor', {
      name: 'Dupont',
      firstname: 'Jeanne',
      company: 'Dupont SARL',
      gender: 'female',
      country: 'fr',
      phone: '+33 6 12 34 56 78',
      email: 'Jeanne.Dupont@Example.org',
      subject: 'Boiler check',
      reference: 'REF-1',
      group: groupId('Support'),
      agent: 'agent1',
    });
    expect(ticket).toMatchObject({
      state: 'new',
      type: 'assistance',
      language: 'en',
      duration: 30,
      reminder: null,
      start_time: '2026-11-26T12:00:00+00:00',
      end_time: '2026-11-26T12:30:00+00:00',
      agent: { username: 'agent1' },
      group: { name: 'Support' },
      service: { name: 'Video assistance' },
      requestor: {
        name: 'Dupont',
        firstname: 'Jeanne',
        company: 'Dupont SARL',
        gender: 'female',
        country: 'FR',
        email: ['jeanne.dupont@example.org'],
        phone: ['+33612345678'],
      },
    });
    expect(ticket.links).toBeUndefined();
    const timeline = await events(ticket.id);
    expect(timeline.map((e) => e.eventName)).toEqual(['ticket.new']);
    expect(timeline[0]!.data.agent).toEqual({
      email: 'marc.lemaire@acme-assistance.example',
      phone: '+33170000002',
      firstname: 'Marc',
      lastname: 'Lemaire',
    });
    expect((await get('agent1', ticket.id)).status).toBe(200);
  });

  it('reuses the contact that has the same e-mail or phone', async () => {
    const first = await createOk('admin', { email: 'paul.martin@example.net', name: 'Martin' });
    const second = await createOk('admin', {
      phone: '+33698765432',
      email: 'paul.martin@example.net',
      firstname: 'Paul',
    });
    const third = await createOk('admin', { phone: '+33698765432' });
    expect(second.requestor!.id).toBe(first.requestor!.id);
    expect(third.requestor!.id).toBe(first.requestor!.id);
    expect(third.requestor).toMatchObject({ name: 'Martin', firstname: 'Paul', phone: ['+33698765432'] });
  });

  it('invite=1 sends the invitation: state invited and ticket.invitationSent', async () => {
    const ticket = await createOk('agent1', {
      phone: '+447700900123',
      invite: '1',
      start_time: '2026-12-01T09:00:00Z',
      duration: 45,
    });
    expect(ticket).toMatchObject({
      state: 'invited',
      agent: { username: 'agent1' },
      end_time: '2026-12-01T09:45:00+00:00',
    });
    expect((await events(ticket.id)).map((e) => e.eventName)).toEqual([
      'ticket.new',
      'ticket.invitationSent',
    ]);
  });

  it('sanitizes the description', async () => {
    const ticket = await createOk('admin', {
      email: 'x.y@example.org',
      description:
        '<p onclick="steal()">Hello <b>there</b><script>alert(1)</script><img src=x onerror=alert(1)></p>',
    });
    expect(ticket.description).toBe('<p>Hello <b>there</b><img src="x"></p>');
  });

  it('ignores recipient details for multi-participant tickets', async () => {
    const ticket = await createOk('admin', {
      type: 'assistance_multi',
      email: 'multi.one@example.org',
      name: 'Ignored',
      firstname: 'Ignored',
      company: 'Ignored',
      gender: 'male',
      country: 'DE',
      invite_organizer: 'false',
    });
    expect(ticket.requestor).toMatchObject({
      name: null,
      firstname: null,
      company: null,
      gender: null,
      country: null,
    });
  });

  it('scope=sso adds the session links', async () => {
    const ticket = await createOk('admin', { email: 'sso.user@example.org', scope: 'openid sso' });
    expect(ticket.links?.agent_url).toMatch(/^https:\/\//);
    expect(ticket.links?.guest_url).not.toBe(ticket.links?.agent_url);
    const again = await h.request('GET', `/tickets/${ticket.id}`, {
      token: await h.token('admin'),
      query: { scope: 'sso' },
    });
    expect(ticketSchema.parse(await again.json()).links).toEqual(ticket.links);
  });

  it('uses the service given by key', async () => {
    const key = h.db
      .prepare('SELECT key FROM services WHERE is_default = 0 AND enterprise_id = 1')
      .pluck()
      .get() as string;
    const ticket = await createOk('admin', { email: 'svc.user@example.org', service: key });
    expect(ticket.service?.key).toBe(key);
  });

  it('400 names each invalid field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'phone'],
      [{}, 'email'],
      [{ email: 'support@example.org' }, 'email'],
      [{ email: 'not-an-email' }, 'email'],
      [{ phone: '0612345678' }, 'phone'],
      [{ email: 'a.b@example.org', language: 'xx' }, 'language'],
      [{ email: 'a.b@example.org', type: 'x' }, 'type'],
      [{ email: 'a.b@example.org', gender: 'x' }, 'gender'],
      [{ email: 'a.b@example.org', country: 'XX' }, 'country'],
      [{ email: 'a.b@example.org', start_time: '2025-13-45' }, 'start_time'],
      [{ email: 'a.b@example.org', duration: 0 }, 'duration'],
      [{ email: 'a.b@example.org', reminder: -5 }, 'reminder'],
      [{ email: 'a.b@example.org', invite: 'yes' }, 'invite'],
      [{ email: 'a.b@example.org', group: 999 }, 'group'],
      [{ email: 'a.b@example.org', agent: 'nobody' }, 'agent'],
      [{ email: 'a.b@example.org', agent: 'globex-agent' }, 'agent'],
      [{ email: 'a.b@example.org', service: 'b'.repeat(32) }, 'service'],
      [{ email: 'a.b@example.org', service: 'B' }, 'service'],
      [{ email: 'a.b@example.org', agent: 'agent3', group: groupId('Support') }, 'agent'],
      [{ email: 'a.b@example.org', subject: 'x'.repeat(256) }, 'subject'],
    ];
    for (const [params, field] of cases) await expectInvalid(await create('admin', params), field);
  });

  it('an agent assigns only to themselves or leaves the ticket in one of their groups (403 otherwise)', async () => {
    expect((await create('agent1', { email: 'a.b@example.org', agent: 'agent2' })).status).toBe(403);
    expect((await create('agent1', { email: 'a.b@example.org', group: groupId('Claims') })).status).toBe(403);
    const unassigned = await createOk('agent1', { email: 'a.b@example.org', group: groupId('Support') });
    expect(unassigned.agent).toBeNull();
    const byDefault = await createOk('agent1', { email: 'a.b@example.org' });
    expect(byDefault.agent?.username).toBe('agent1');
  });
});

describe('GET /tickets/{id}', () => {
  it('404 for a missing ticket, another enterprise or a junk id; 403 when not visible', async () => {
    const globexTicket = h.db
      .prepare('SELECT id FROM tickets WHERE enterprise_id = 2 LIMIT 1')
      .pluck()
      .get() as number;
    const agent3Ticket = h.db
      .prepare('SELECT id FROM tickets WHERE agent_id = ? LIMIT 1')
      .pluck()
      .get(h.userId('agent3')) as number;
    expect((await get('admin', 999_999)).status).toBe(404);
    expect((await get('admin', globexTicket)).status).toBe(404);
    expect((await h.request('GET', '/tickets/abc', { token: await h.token('admin') })).status).toBe(404);
    expect((await get('agent1', agent3Ticket)).status).toBe(403);
    expect((await get('admin', agent3Ticket)).status).toBe(200);
    expect((await get('globex-admin', globexTicket)).status).toBe(200);
  });
});

describe('PUT/PATCH /tickets/{id}', () => {
  it('changes only the sent fields, appends events, moves modified, answers 204', async () => {
    const ticket = await createOk('supervisor', {
      email: 'upd.one@example.org',
      subject: 'Before',
      group: groupId('Support'),
    });
    h.clock.now = TEST_NOW + 60_000;
    try {
      const response = await update('supervisor', ticket.id, {
        agent: String(h.userId('agent2')),
        state: 'open',
      });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
      const after = ticketSchema.parse(await (await get('admin', ticket.id)).json());
      expect(after).toMatchObject({
        subject: 'Before',
        state: 'open',
        agent: { username: 'agent2' },
        group: { name: 'Support' },
      });
      expect(after.modified).toBe('2026-11-26T12:01:00+00:00');
      const timeline = await events(ticket.id);
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
          await update(
            'agent2',
            ticket.id,
            { subject: 'After', description: '<b>ok</b><script>x</script>' },
            'PATCH',
          )
        ).status,
      ).toBe(204);
      const patched = ticketSchema.parse(await (await get('admin', ticket.id)).json());
      expect(patched).toMatchObject({ subject: 'After', description: '<b>ok</b>', state: 'open' });
      // Same clock, still a new modified.
      expect(patched.modified > after.modified).toBe(true);
    } finally {
      h.clock.now = TEST_NOW;
    }
  });

  it('records the state events of done, closed and cancelled; a closed ticket cannot change (409)', async () => {
    const ticket = await createOk('admin', { email: 'upd.two@example.org', agent: 'agent1' });
    expect((await update('agent1', ticket.id, { state: 'inprogress' })).status).toBe(204);
    expect((await update('agent1', ticket.id, { state: 'done' })).status).toBe(204);
    expect((await update('agent1', ticket.id, { state: 'cancelled' })).status).toBe(409);
    expect((await update('agent1', ticket.id, { state: 'closed' })).status).toBe(204);
    expect((await update('agent1', ticket.id, { subject: 'x' })).status).toBe(409);
    expect((await update('admin', ticket.id, { state: 'open' })).status).toBe(409);
    const names = (await events(ticket.id)).map((e) => e.eventName);
    expect(names).toEqual(['ticket.new', 'ticket.sessionStarted', 'ticket.completed', 'ticket.closed']);

    const other = await createOk('admin', { email: 'upd.three@example.org', agent: 'agent1' });
    expect((await update('agent1', other.id, { state: 'cancelled' })).status).toBe(204);
    expect((await events(other.id)).map((e) => e.eventName)).toContain('ticket.cancelled');
  });

  it('follows the transition table for every pair of states', async () => {
    const ticket = await createOk('admin', { email: 'upd.table@example.org' });
    for (const from of TICKET_STATES) {
      for (const to of TICKET_STATES) {
        if (from === to) continue;
        h.db.prepare('UPDATE tickets SET state = ? WHERE id = ?').run(from, ticket.id);
        const status = (await update('admin', ticket.id, { state: to })).status;
        expect(status, `${from} -> ${to}`).toBe(canTransition(from, to) ? 204 : 409);
      }
    }
  });

  it('unassigns with an empty agent and regroups with an empty group', async () => {
    const ticket = await createOk('admin', {
      email: 'upd.four@example.org',
      agent: 'agent2',
      group: groupId('Support'),
    });
    expect((await update('admin', ticket.id, { agent: '' })).status).toBe(204);
    expect((await update('admin', ticket.id, { group: '' })).status).toBe(204);
    const after = ticketSchema.parse(await (await get('admin', ticket.id)).json());
    expect(after.agent).toBeNull();
    expect(after.group).toBeNull();
    expect((await events(ticket.id)).filter((e) => e.eventName === 'ticket.assigned')).toHaveLength(2);
  });

  it('400 on invalid fields, 403 for agents assigning others or tickets they cannot see', async () => {
    const ticket = await createOk('admin', {
      email: 'upd.five@example.org',
      agent: 'agent1',
      group: groupId('Support'),
    });
    await expectInvalid(await update('admin', ticket.id, { state: 'finished' }), 'state');
    await expectInvalid(await update('admin', ticket.id, { agent: 'nobody' }), 'agent');
    await expectInvalid(await update('admin', ticket.id, { agent: 'agent3' }), 'agent');
    await expectInvalid(await update('admin', ticket.id, { group: '9999' }), 'group');
    await expectInvalid(await update('admin', ticket.id, { unknown: 'x' }), '_');
    expect((await update('agent1', ticket.id, { agent: 'agent2' })).status).toBe(403);
    expect((await update('agent3', ticket.id, { subject: 'x' })).status).toBe(403);
    expect((await update('globex-admin', ticket.id, { subject: 'x' })).status).toBe(404);
  });
});

describe('DELETE /tickets/{id}', () => {
  it('is a soft delete for supervisors and admins; agents get 403', async () => {
    const ticket = await createOk('admin', {
      email: 'del.one@example.org',
      agent: 'agent1',
      group: groupId('Support'),
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
    expect((await get('admin', ticket.id)).status).toBe(404);
    expect(
      (await h.request('GET', `/tickets/${ticket.id}/events`, { token: await h.token('admin') })).status,
    ).toBe(404);
    expect((await update('admin', ticket.id, { subject: 'x' })).status).toBe(404);
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
