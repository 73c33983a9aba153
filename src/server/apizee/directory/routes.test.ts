import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contactListSchema,
  directoryUserListSchema,
  groupListSchema,
  serviceListSchema,
} from '../../../contract/models.ts';
import { SERVICE_KEY } from '../../../contract/params.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { expectInvalid, listAll } from '../testing/tickets.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ tickets: 30 });
});
afterAll(() => h.close());

async function get(username: string, path: string, query: Record<string, string | number> = {}) {
  return h.request('GET', path, { token: await h.token(username), query });
}

describe('GET /enterprises/{id}/users|groups|services', () => {
  it('lists the users of my enterprise with their roles and groups', async () => {
    const response = await get('agent1', `/enterprises/${h.enterpriseId('agent1')}/users`);
    const body = directoryUserListSchema.parse(await response.json());
    expect(body.total).toBe(5);
    expect(body.data.map((u) => u.username).sort()).toEqual([
      'admin',
      'agent1',
      'agent2',
      'agent3',
      'supervisor',
    ]);
    expect(body.data.find((u) => u.username === 'supervisor')).toMatchObject({
      roles: ['supervisor'],
      groups: [{ name: 'Field experts' }, { name: 'Support' }],
    });
  });

  it('filters users by group and search, and pages them', async () => {
    const enterprise = `/enterprises/${h.enterpriseId('agent1')}/users`;
    const groups = groupListSchema.parse(await (await get('agent1', `/enterprises/1/groups`)).json()).data;
    const claims = groups.find((g) => g.name === 'Claims')!;
    const inClaims = directoryUserListSchema.parse(
      await (await get('agent1', enterprise, { group: claims.id })).json(),
    );
    expect(inClaims.data.map((u) => u.username)).toEqual(['agent3']);
    const searched = directoryUserListSchema.parse(
      await (await get('agent1', enterprise, { search: 'ben' })).json(),
    );
    expect(searched.data.map((u) => u.username)).toEqual(['agent2']);
    const literal = directoryUserListSchema.parse(
      await (await get('agent1', enterprise, { search: '%' })).json(),
    );
    expect(literal.total).toBe(0);
    const paged = directoryUserListSchema.parse(
      await (await get('agent1', enterprise, { limit: 2, offset: 2 })).json(),
    );
    expect(paged).toMatchObject({ total: 5, next_offset: 4 });
    expect(paged.data).toHaveLength(2);
    await expectInvalid(await get('agent1', enterprise, { limit: 0 }), 'limit');
    await expectInvalid(await get('agent1', enterprise, { group: 'x' }), 'group');
  });

  it('lists groups and services (one default, 32-character keys)', async () => {
    const groups = groupListSchema.parse(await (await get('agent2', '/enterprises/1/groups')).json());
    expect(groups.data.map((g) => g.name)).toEqual(['Claims', 'Field experts', 'Support']);
    const services = serviceListSchema.parse(await (await get('agent2', '/enterprises/1/services')).json());
    expect(services.data).toHaveLength(2);
    expect(services.data.filter((s) => s.default)).toHaveLength(1);
    for (const service of services.data) expect(service.key).toMatch(SERVICE_KEY);
  });

  it('404 for another enterprise or a junk id, for every directory resource', async () => {
    const globex = h.enterpriseId('globex-admin');
    for (const resource of ['users', 'groups', 'services', 'tickets/report']) {
      for (const id of [globex, 999, 'abc', '-1']) {
        const response = await get('admin', `/enterprises/${id}/${resource}`, {
          startTime: '2025-01-01',
          endTime: '2026-12-31',
        });
        expect(response.status, `${resource} ${id}`).toBe(404);
      }
    }
  });
});

describe('GET /contacts', () => {
  it('lists the requestors of my enterprise only, searchable by name, e-mail or phone', async () => {
    const all = contactListSchema.parse(await (await get('admin', '/contacts', { limit: 100 })).json());
    const acmeContacts = h.db
      .prepare('SELECT COUNT(*) FROM contacts WHERE enterprise_id = 1')
      .pluck()
      .get() as number;
    expect(all.total).toBe(acmeContacts);
    const sample = all.data.find((c) => c.email.length > 0 && c.phone.length > 0)!;
    for (const text of [sample.name!, sample.email[0]!, sample.phone[0]!.slice(1, 9)]) {
      const found = contactListSchema.parse(
        await (await get('admin', '/contacts', { search: text, limit: 100 })).json(),
      );
      expect(
        found.data.map((c) => c.id),
        text,
      ).toContain(sample.id);
    }
    const globex = contactListSchema.parse(
      await (await get('globex-agent', '/contacts', { limit: 100 })).json(),
    );
    expect(globex.data.some((c) => all.data.some((a) => a.id === c.id))).toBe(false);
    await expectInvalid(await get('agent1', '/contacts', { offset: '-1' }), 'offset');
  });

  it('shows an agent or a supervisor only the requestors of tickets they can see', async () => {
    const everyone = contactListSchema.parse(await (await get('admin', '/contacts', { limit: 100 })).json());
    for (const username of ['agent1', 'supervisor']) {
      const visible = await listAll(h, await h.token(username), { user: 'visible', service: 'all' });
      const requestors = new Set(
        visible.flatMap((ticket) => (ticket.requestor ? [ticket.requestor.id] : [])),
      );
      const shown = contactListSchema.parse(await (await get(username, '/contacts', { limit: 100 })).json());
      expect(shown.total, username).toBe(requestors.size);
      expect(new Set(shown.data.map((contact) => contact.id)), username).toEqual(requestors);
      // The seed has requestors this user cannot see: the test would not tell otherwise.
      expect(shown.total, username).toBeLessThan(everyone.total);
    }
  });
});
