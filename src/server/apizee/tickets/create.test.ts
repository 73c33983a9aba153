import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketSchema } from '../../../contract/models.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { expectInvalid, ticketClient } from '../testing/tickets.ts';

let h: Harness;
let api: ReturnType<typeof ticketClient>;
beforeAll(async () => {
  h = await createHarness({ tickets: 40 });
  api = ticketClient(h);
});
afterAll(() => h.close());

describe('POST /tickets', () => {
  it('creates a ticket with defaults, a new requestor and a ticket.new event', async () => {
    const ticket = await api.createOk('supervisor', {
      name: 'Dupont',
      firstname: 'Jeanne',
      company: 'Dupont SARL',
      gender: 'female',
      country: 'fr',
      phone: '+33 6 12 34 56 78',
      email: 'Jeanne.Dupont@Example.org',
      subject: 'Boiler check',
      reference: 'REF-1',
      group: api.groupId('Support'),
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
    const timeline = await api.events(ticket.id);
    expect(timeline.map((e) => e.eventName)).toEqual(['ticket.new']);
    expect(timeline[0]!.data.agent).toEqual({
      email: 'marc.lemaire@acme-assistance.example',
      phone: '+33170000002',
      firstname: 'Marc',
      lastname: 'Lemaire',
    });
    expect((await api.get('agent1', ticket.id)).status).toBe(200);
  });

  it('reuses the contact that has the same e-mail or phone', async () => {
    const first = await api.createOk('admin', { email: 'paul.martin@example.net', name: 'Martin' });
    const second = await api.createOk('admin', {
      phone: '+33698765432',
      email: 'paul.martin@example.net',
      firstname: 'Paul',
    });
    const third = await api.createOk('admin', { phone: '+33698765432' });
    expect(second.requestor!.id).toBe(first.requestor!.id);
    expect(third.requestor!.id).toBe(first.requestor!.id);
    expect(third.requestor).toMatchObject({ name: 'Martin', firstname: 'Paul', phone: ['+33698765432'] });
  });

  it('invite=1 sends the invitation: state invited and ticket.invitationSent', async () => {
    const ticket = await api.createOk('agent1', {
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
    expect((await api.events(ticket.id)).map((e) => e.eventName)).toEqual([
      'ticket.new',
      'ticket.invitationSent',
    ]);
  });

  it('sanitizes the description', async () => {
    const ticket = await api.createOk('admin', {
      email: 'x.y@example.org',
      description:
        '<p onclick="steal()">Hello <b>there</b><script>alert(1)</script><img src=x onerror=alert(1)></p>',
    });
    expect(ticket.description).toBe('<p>Hello <b>there</b><img src="x"></p>');
  });

  it('ignores recipient details for multi-participant tickets', async () => {
    const ticket = await api.createOk('admin', {
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
    const ticket = await api.createOk('admin', { email: 'sso.user@example.org', scope: 'openid sso' });
    expect(ticket.links?.agent_url).toMatch(/^http:\/\/apizee\.test\/room\/\d+\.[\w-]{32}$/);
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
    const ticket = await api.createOk('admin', { email: 'svc.user@example.org', service: key });
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
      [{ email: 'a.b@example.org', agent: 'agent3', group: api.groupId('Support') }, 'agent'],
      [{ email: 'a.b@example.org', subject: 'x'.repeat(256) }, 'subject'],
    ];
    for (const [params, field] of cases) await expectInvalid(await api.create('admin', params), field);
  });

  it('stores the years 0001 to 0099 as given, and names the field of a year outside 0001-9999', async () => {
    for (const [sent, shown] of [
      ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00+00:00'],
      ['0099-12-31', '0099-12-31T00:00:00+00:00'],
    ] as const) {
      const created = await api.createOk('admin', { email: 'old.times@example.org', start_time: sent });
      expect(created.start_time).toBe(shown);
      const read = ticketSchema.parse(await (await api.get('admin', created.id)).json());
      expect(read.start_time).toBe(shown);
      const listed = await h.request('GET', '/tickets', {
        token: await h.token('admin'),
        query: { user: 'all', started_after: sent, started_before: sent },
      });
      expect(((await listed.json()) as { data: { id: number }[] }).data.map((t) => t.id)).toContain(
        created.id,
      );
    }
    await expectInvalid(
      await api.create('admin', { email: 'old.times@example.org', start_time: '0000-12-31' }),
      'start_time',
    );
    await expectInvalid(
      await h.request('GET', '/tickets', { token: await h.token('admin'), query: { since: '0000-01-01' } }),
      'since',
    );
  });

  it('400 for more than 20 phones or e-mails, as a list or an array, without echoing a huge value', async () => {
    const phones = Array.from({ length: 21 }, (_, i) => `+3361234${String(i).padStart(4, '0')}`);
    const emails = Array.from({ length: 21 }, (_, i) => `person.${i}@example.org`);
    await expectInvalid(await api.create('admin', { phone: phones.join(',') }), 'phone');
    await expectInvalid(await api.create('admin', { phone: phones }), 'phone');
    await expectInvalid(await api.create('admin', { email: emails.join(',') }), 'email');
    await expectInvalid(await api.create('admin', { email: emails }), 'email');
    const limited = await api.create('admin', { email: emails });
    expect(await limited.json()).toMatchObject({
      errors: { email: ['must list at most 20 e-mail addresses'] },
    });
    const twenty = await api.createOk('admin', { phone: phones.slice(0, 20), email: emails.slice(0, 20) });
    expect(twenty.requestor?.phone).toHaveLength(20);

    const spaced = `+33 ${' '.repeat(100_000)}612345678`;
    const response = await api.create('admin', { phone: spaced });
    await expectInvalid(response.clone(), 'phone');
    expect((await response.text()).length).toBeLessThan(1000);
  });

  it.each([
    ['name', 100],
    ['firstname', 100],
    ['company', 100],
    ['subject', 255],
    ['reference', 100],
    ['description', 20_000],
    ['agent', 100],
    ['scope', 200],
  ])('400 for a %s longer than %i characters', async (field, max) => {
    await expectInvalid(
      await api.create('admin', { email: 'a.b@example.org', [field]: 'x'.repeat(max + 1) }),
      field,
    );
  });

  it('an agent assigns only to themselves or leaves the ticket in one of their groups (403 otherwise)', async () => {
    expect((await api.create('agent1', { email: 'a.b@example.org', agent: 'agent2' })).status).toBe(403);
    expect(
      (await api.create('agent1', { email: 'a.b@example.org', group: api.groupId('Claims') })).status,
    ).toBe(403);
    const unassigned = await api.createOk('agent1', {
      email: 'a.b@example.org',
      group: api.groupId('Support'),
    });
    expect(unassigned.agent).toBeNull();
    const byDefault = await api.createOk('agent1', { email: 'a.b@example.org' });
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
    expect((await api.get('admin', 999_999)).status).toBe(404);
    expect((await api.get('admin', globexTicket)).status).toBe(404);
    expect((await h.request('GET', '/tickets/abc', { token: await h.token('admin') })).status).toBe(404);
    expect((await api.get('agent1', agent3Ticket)).status).toBe(403);
    expect((await api.get('admin', agent3Ticket)).status).toBe(200);
    expect((await api.get('globex-admin', globexTicket)).status).toBe(200);
  });
});
