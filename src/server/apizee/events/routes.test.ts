import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventListSchema } from '../../../contract/models.ts';
import { createHarness, type Harness } from '../testing/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ tickets: 120 });
});
afterAll(() => h.close());

describe('GET /tickets/{id}/events', () => {
  it('returns a time-ordered history consistent with the ticket state', async () => {
    const token = await h.token('admin');
    const rows = h.db
      .prepare('SELECT id, state FROM tickets WHERE enterprise_id = 1 AND deleted_at IS NULL')
      .all() as {
      id: number;
      state: string;
    }[];
    const lastEventOf: Record<string, string[]> = {
      done: ['ticket.completed', 'survey.answered'],
      closed: ['ticket.closed'],
      declined: ['ticket.invitationDeclined'],
      expired: ['ticket.invitationExpired'],
      cancelled: ['ticket.cancelled'],
    };
    for (const row of rows) {
      const response = await h.request('GET', `/tickets/${row.id}/events`, { token });
      const body = eventListSchema.parse(await response.json());
      expect(body.total).toBe(body.data.length);
      expect(body.data[0]!.eventName).toBe('ticket.new');
      const stamps = body.data.map((e) => e.timestamp);
      expect(stamps).toEqual([...stamps].sort());
      const names = body.data.map((e) => e.eventName);
      // The medias seed may add pictures to a demo ticket: the state is told by the ticket events.
      const ticketNames = names.filter((name) => name.startsWith('ticket.') || name.startsWith('survey.'));
      if (lastEventOf[row.state])
        expect(lastEventOf[row.state], `${row.id} ${row.state}`).toContain(ticketNames.at(-1));
      if (['done', 'closed'].includes(row.state)) expect(names).toContain('session.established');
      for (const event of body.data.filter((e) => e.eventName === 'geo.ansAllowed')) {
        expect(event.data.geoloc).toEqual({ lat: expect.any(Number), lng: expect.any(Number) });
      }
      for (const event of body.data.filter((e) => e.eventName === 'media.pictureTaken')) {
        expect(event.data.title).toEqual(expect.any(String));
      }
      for (const event of body.data.filter((e) => e.eventName === 'survey.answered')) {
        expect(event.data.answers).toEqual(
          expect.arrayContaining([{ question: expect.any(String), answer: expect.any(String) }]),
        );
      }
    }
  });

  it('403 when not visible, 404 for another enterprise', async () => {
    const agent3Ticket = h.db
      .prepare('SELECT id FROM tickets WHERE agent_id = ? LIMIT 1')
      .pluck()
      .get(h.userId('agent3')) as number;
    expect(
      (await h.request('GET', `/tickets/${agent3Ticket}/events`, { token: await h.token('agent1') })).status,
    ).toBe(403);
    expect(
      (await h.request('GET', `/tickets/${agent3Ticket}/events`, { token: await h.token('globex-agent') }))
        .status,
    ).toBe(404);
  });
});
