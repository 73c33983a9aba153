import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../testing/harness.ts';
import { insertMedia, insertTicket } from '../testing/medias.ts';

let h: Harness;
const tickets: Record<string, number> = {};
const medias: Record<string, number> = {};

/** Every route of the medias module that reads one ticket or one media. */
const ticketPaths = (id: number) => [
  `/tickets/${id}/medias`,
  `/tickets/${id}/medias/download`,
  `/tickets/${id}/export`,
];
const mediaPaths = (id: number) => [`/medias/${id}`, `/medias/${id}/download`, `/medias/${id}/thumbnail`];

beforeAll(async () => {
  h = await createHarness({ tickets: 10 });
  // agent1's own ticket in Support; agent3's ticket in Claims (supervisor is not in Claims);
  // an unassigned Support ticket; a Globex ticket.
  tickets.own = insertTicket(h, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
  tickets.claims = insertTicket(h, { agent: 'agent3', group: 'Claims', enterpriseOf: 'agent3' });
  tickets.unassigned = insertTicket(h, { agent: null, group: 'Support', enterpriseOf: 'agent1' });
  tickets.globex = insertTicket(h, { agent: 'globex-agent', group: null, enterpriseOf: 'globex-agent' });
  for (const [key, id] of Object.entries(tickets))
    medias[key] = insertMedia(h, id, { title: key, media_type: 'video' }).id;
});

afterAll(() => h.close());

async function statuses(user: string, key: string): Promise<number[]> {
  const token = await h.token(user);
  const paths = [...ticketPaths(tickets[key]!), ...mediaPaths(medias[key]!)];
  const responses = await Promise.all(paths.map((p) => h.request('GET', p, { token })));
  await Promise.all(responses.map((r) => r.body?.cancel()));
  return [...new Set(responses.map((r) => r.status))];
}

describe('who may read medias', () => {
  it('lets an agent read their own ticket and unassigned tickets of their groups', async () => {
    expect(await statuses('agent1', 'own')).toEqual([200]);
    expect(await statuses('agent1', 'unassigned')).toEqual([200]);
  });

  it('forbids an agent the tickets of another agent (403)', async () => {
    expect(await statuses('agent2', 'own')).toEqual([403]);
    expect(await statuses('agent1', 'claims')).toEqual([403]);
  });

  it('lets a supervisor read every ticket of their groups, not of other groups', async () => {
    expect(await statuses('supervisor', 'own')).toEqual([200]);
    expect(await statuses('supervisor', 'claims')).toEqual([403]);
  });

  it('lets an administrator read every ticket of the enterprise', async () => {
    expect(await statuses('admin', 'own')).toEqual([200]);
    expect(await statuses('admin', 'claims')).toEqual([200]);
  });

  it('hides another enterprise entirely (404), even from its administrator', async () => {
    expect(await statuses('admin', 'globex')).toEqual([404]);
    expect(await statuses('globex-admin', 'own')).toEqual([404]);
    expect(await statuses('globex-admin', 'globex')).toEqual([200]);
  });

  it('hides the medias of a deleted ticket (404)', async () => {
    const id = insertTicket(h, { agent: 'agent1', group: 'Support', enterpriseOf: 'agent1' });
    const media = insertMedia(h, id).id;
    h.db.prepare('UPDATE tickets SET deleted_at = 1 WHERE id = ?').run(id);
    tickets.deleted = id;
    medias.deleted = media;
    expect(await statuses('admin', 'deleted')).toEqual([404]);
  });

  it('needs a token (401)', async () => {
    const paths = [...ticketPaths(tickets.own!), ...mediaPaths(medias.own!)];
    const responses = await Promise.all(paths.map((p) => h.request('GET', p)));
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([401]));
  });
});
