/**
 * `POST /tickets/{id}/invitation` (send, then resend; refused where it cannot work) and the session
 * links of `scope=sso` with the pages they lead to.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketSchema } from '../../../contract/models.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { expectInvalid, ticketClient } from '../testing/tickets.ts';

let h: Harness;
let api: ReturnType<typeof ticketClient>;
beforeAll(async () => {
  h = await createHarness({ tickets: 10 });
  api = ticketClient(h);
});
afterAll(() => h.close());

async function invite(id: number, body: Record<string, unknown> = {}, username = 'supervisor') {
  return h.request('POST', `/tickets/${id}/invitation`, { token: await h.token(username), json: body });
}

let phones = 0;
/** A ticket of the supervisor's group whose requestor is new (a seeded one may have other contacts). */
const newTicket = (params: Record<string, unknown> = {}) =>
  api.createOk('supervisor', {
    phone: `+3361299${String((phones += 1)).padStart(4, '0')}`,
    name: `Invited ${phones}`,
    group: api.groupId('Support'),
    ...params,
  });

const stateOf = async (id: number) =>
  ((await (await api.get('supervisor', id)).json()) as { state: string }).state;

describe('POST /tickets/{id}/invitation', () => {
  it('sends the invitation (invited, ticket.invitationSent with the channels), then resends it', async () => {
    const ticket = await newTicket({ email: 'guest@example.org' });
    expect((await invite(ticket.id)).status).toBe(204);
    expect(await stateOf(ticket.id)).toBe('invited');
    expect((await invite(ticket.id, { channel: 'sms' })).status).toBe(204);

    const events = (await api.events(ticket.id)).filter((event) =>
      event.eventName.startsWith('ticket.invitation'),
    );
    expect(events.map((event) => [event.eventName, event.data.channels])).toEqual([
      ['ticket.invitationSent', ['sms', 'email']],
      ['ticket.invitationResent', ['sms']],
    ]);
    expect(events[0]).toMatchObject({ source: 'agent', data: { previous_state: 'new', state: 'invited' } });
  });

  it('refuses a closed, cancelled or in-progress ticket with 409', async () => {
    for (const state of ['inprogress', 'cancelled', 'closed']) {
      const ticket = await newTicket();
      if (state === 'closed')
        expect((await api.update('supervisor', ticket.id, { state: 'done' })).status).toBe(204);
      if (state === 'inprogress')
        expect((await api.update('supervisor', ticket.id, { state: 'open' })).status).toBe(204);
      expect((await api.update('supervisor', ticket.id, { state })).status).toBe(204);
      const refused = await invite(ticket.id);
      expect(refused.status, state).toBe(409);
      expect(((await refused.json()) as { message: string }).message).toBeTruthy();
      expect(await stateOf(ticket.id)).toBe(state);
    }
  });

  it('answers 400 on channel for a contact the ticket lacks, or an unknown channel', async () => {
    const ticket = await newTicket();
    await expectInvalid(await invite(ticket.id, { channel: 'email' }), 'channel');
    await expectInvalid(await invite(ticket.id, { channel: 'fax' }), 'channel');
    expect(await stateOf(ticket.id)).toBe('new');
  });

  it('is for those who see the ticket: 404 for another enterprise', async () => {
    const ticket = await newTicket();
    expect((await invite(ticket.id, {}, 'globex-admin')).status).toBe(404);
  });
});

describe('session links (scope=sso)', () => {
  it('adds agent and guest links only when asked, each opening its page', async () => {
    const ticket = await newTicket();
    const token = await h.token('supervisor');
    const plain = ticketSchema.parse(
      await (await h.request('GET', `/tickets/${ticket.id}`, { token })).json(),
    );
    expect(plain.links).toBeUndefined();

    const response = await h.request('GET', `/tickets/${ticket.id}`, { token, query: { scope: 'sso' } });
    const { links } = ticketSchema.parse(await response.json());
    expect(links?.agent_url).toMatch(/^http:\/\/apizee\.test\/room\/[\w.-]+$/);
    expect(links?.guest_url).toMatch(/^http:\/\/apizee\.test\/join\/[\w.-]+$/);
    for (const url of [links!.agent_url, links!.guest_url]) {
      const page = await h.fetchPath(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toContain(ticket.reference);
    }
  });

  it('a forged or another kind of link is a 404 page', async () => {
    const ticket = await newTicket();
    const token = await h.token('supervisor');
    const { links } = ticketSchema.parse(
      await (await h.request('GET', `/tickets/${ticket.id}`, { token, query: { scope: 'sso' } })).json(),
    );
    const guestToken = links!.guest_url.split('/').pop()!;
    expect((await h.fetchPath(`/room/${guestToken}`)).status).toBe(404);
    expect((await h.fetchPath('/join/forged-token')).status).toBe(404);
  });
});
