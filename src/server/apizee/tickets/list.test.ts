import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../contract/errors.ts';
import { TICKET_STATES } from '../../../contract/enums.ts';
import type { Ticket } from '../../../contract/models.ts';
import { parseIsoDate } from '../../../contract/params.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { expectInvalid, ids, listAll, listTickets } from '../testing/tickets.ts';

let h: Harness;
let everything: Ticket[];
let acme: { defaultKey: string; otherKey: string };
const time = (text: string) => parseIsoDate(text)!;

beforeAll(async () => {
  h = await createHarness({ tickets: 150 });
  everything = await listAll(h, await h.token('admin'), { user: 'all', service: 'all' });
  const services = h.db.prepare('SELECT key, is_default FROM services WHERE enterprise_id = 1').all() as {
    key: string;
    is_default: number;
  }[];
  acme = {
    defaultKey: services.find((s) => s.is_default)!.key,
    otherKey: services.find((s) => !s.is_default)!.key,
  };
});
afterAll(() => h.close());

const inDefaultService = (t: Ticket) => t.service?.key === acme.defaultKey;
const groupIdsOf = (username: string) =>
  h.db
    .prepare('SELECT group_id FROM group_members WHERE user_id = ?')
    .pluck()
    .all(h.userId(username)) as number[];

describe('GET /tickets: who sees what', () => {
  it('the admin sees the whole enterprise with user=all, and nothing of Globex', () => {
    expect(everything.length).toBe(150);
    expect(new Set(everything.map((t) => t.reference.slice(-7, -6)))).toEqual(new Set(['1']));
  });

  it('by default lists my tickets in the default service, newest start first', async () => {
    const token = await h.token('agent1');
    const mine = await listAll(h, token);
    const expected = everything.filter((t) => t.agent?.username === 'agent1' && inDefaultService(t));
    expect(mine.length).toBeGreaterThan(0);
    expect(ids(mine)).toEqual(ids(expected));
    const starts = mine.map((t) => t.start_time);
    expect(starts).toEqual([...starts].sort().reverse());
    const firstPage = await listTickets(h, token);
    expect(firstPage.data).toHaveLength(Math.min(10, expected.length));
    expect(firstPage.total).toBe(expected.length);
  });

  it('an agent sees their tickets and the unassigned tickets of their groups (user=visible, unassigned)', async () => {
    const token = await h.token('agent1');
    const groups = groupIdsOf('agent1');
    const visible = await listAll(h, token, { user: 'visible', service: 'all' });
    const expected = everything.filter(
      (t) =>
        t.agent?.username === 'agent1' ||
        (t.agent === null && t.group !== null && groups.includes(t.group.id)),
    );
    expect(ids(visible)).toEqual(ids(expected));
    const unassigned = await listAll(h, token, { user: 'unassigned', service: 'all' });
    expect(ids(unassigned)).toEqual(ids(expected.filter((t) => t.agent === null)));
    expect(unassigned.length).toBeGreaterThan(0);
  });

  it('a supervisor also sees every ticket of their groups, and may filter by one of their agents', async () => {
    const token = await h.token('supervisor');
    const groups = groupIdsOf('supervisor');
    const visible = await listAll(h, token, { user: 'visible', service: 'all' });
    const expected = everything.filter(
      (t) => t.agent?.username === 'supervisor' || (t.group !== null && groups.includes(t.group.id)),
    );
    expect(ids(visible)).toEqual(ids(expected));
    const ofAgent3 = await listAll(h, token, { user: h.userId('agent3'), service: 'all' });
    expect(ids(ofAgent3)).toEqual(ids(expected.filter((t) => t.agent?.username === 'agent3')));
    // agent3 is also in Claims, which the supervisor does not see.
    const allOfAgent3 = everything.filter((t) => t.agent?.username === 'agent3');
    expect(allOfAgent3.length).toBeGreaterThan(ofAgent3.length);
  });

  it('user=all is for admins only (403)', async () => {
    for (const username of ['agent1', 'supervisor']) {
      const response = await h.request('GET', '/tickets', {
        token: await h.token(username),
        query: { user: 'all' },
      });
      expect(response.status).toBe(403);
      apiErrorSchema.parse(await response.json());
    }
  });

  it('Globex sees only Globex', async () => {
    const globex = await listAll(h, await h.token('globex-admin'), { user: 'all', service: 'all' });
    expect(globex).toHaveLength(15);
    expect(globex.some((t) => everything.some((a) => a.id === t.id))).toBe(false);
    const response = await h.request('GET', '/tickets', {
      token: await h.token('globex-admin'),
      query: { user: h.userId('agent1') },
    });
    await expectInvalid(response, 'user');
  });
});

describe('GET /tickets: periods are half-open (since <= t < until), as for medias', () => {
  it('includes a ticket created at `since` and excludes one created at `until`', async () => {
    const token = await h.token('admin');
    const sample = everything[3]!;
    const at = (offsetSeconds: number) => new Date(time(sample.created) + offsetSeconds * 1000).toISOString();
    const found = async (query: Record<string, string>) =>
      ids(await listAll(h, token, { user: 'all', service: 'all', ...query })).includes(sample.id);
    expect(await found({ since: sample.created, until: at(1) })).toBe(true);
    expect(await found({ until: sample.created })).toBe(false);
    expect(await found({ since: at(1) })).toBe(false);
  });

  it('excludes a ticket that ended exactly at `ended_before`', async () => {
    const token = await h.token('admin');
    const sample = everything.find((t) => t.end_time)!;
    const later = new Date(time(sample.end_time) + 1000).toISOString();
    const found = async (query: Record<string, string>) =>
      ids(await listAll(h, token, { user: 'all', service: 'all', ...query })).includes(sample.id);
    expect(await found({ ended_before: sample.end_time })).toBe(false);
    expect(await found({ ended_before: later })).toBe(true);
  });

  it('includes a ticket that starts exactly at `started_before` ("at or before")', async () => {
    const token = await h.token('admin');
    const sample = everything[5]!;
    const earlier = new Date(time(sample.start_time) - 1000).toISOString();
    const found = async (query: Record<string, string>) =>
      ids(await listAll(h, token, { user: 'all', service: 'all', ...query })).includes(sample.id);
    expect(await found({ started_before: sample.start_time })).toBe(true);
    expect(await found({ started_before: earlier })).toBe(false);
  });
});

describe('GET /tickets: filters', () => {
  const cases: [string, Record<string, string | number>, (t: Ticket) => boolean][] = [];
  it('each filter returns exactly the matching tickets', async () => {
    const sample = everything[7]!;
    const groupId = everything.find((t) => t.group)!.group!.id;
    cases.push(
      ['state', { state: 'done,closed' }, (t) => ['done', 'closed'].includes(t.state)],
      ['type', { type: 'assistance_multi' }, (t) => t.type === 'assistance_multi'],
      ['group', { group: groupId }, (t) => t.group?.id === groupId],
      ['reference', { reference: sample.reference }, (t) => t.reference === sample.reference],
      ['requestor', { requestor: sample.requestor!.id }, (t) => t.requestor?.id === sample.requestor!.id],
      ['since', { since: '2026-01-01T00:00:00Z' }, (t) => time(t.created) >= time('2026-01-01T00:00:00Z')],
      ['until', { until: '2025-06-30' }, (t) => time(t.created) < time('2025-06-30')],
      [
        'started_after',
        { started_after: '2026-11-26T00:00:00Z' },
        (t) => time(t.start_time) >= time('2026-11-26T00:00:00Z'),
      ],
      [
        'started_before',
        { started_before: '2026-11-26T10:00:00Z' },
        (t) => time(t.start_time) <= time('2026-11-26T10:00:00Z'),
      ],
      [
        'ended_before',
        { ended_before: '2025-03-01T00:00:00+01:00' },
        (t) => time(t.end_time) < time('2025-02-28T23:00:00Z'),
      ],
      ['service', { service: acme.otherKey }, (t) => t.service?.key === acme.otherKey],
    );
    const token = await h.token('admin');
    for (const [name, query, predicate] of cases) {
      const service: Record<string, string> = name === 'service' ? {} : { service: 'all' };
      const found = await listAll(h, token, { user: 'all', ...service, ...query });
      const expected = everything.filter(predicate);
      expect(expected.length, name).toBeGreaterThan(0);
      expect(expected.length, name).toBeLessThan(everything.length);
      expect(ids(found), name).toEqual(ids(expected));
    }
  });

  it('filters combine with AND', async () => {
    const found = await listAll(h, await h.token('admin'), {
      user: 'all',
      state: 'done',
      type: 'assistance',
    });
    const expected = everything.filter(
      (t) => t.state === 'done' && t.type === 'assistance' && inDefaultService(t),
    );
    expect(ids(found)).toEqual(ids(expected));
  });

  it('tickets "scheduled today" and "upcoming" exist in the seed', async () => {
    const today = await listAll(h, await h.token('admin'), {
      user: 'all',
      service: 'all',
      started_after: '2026-11-26T00:00:00Z',
      ended_before: '2026-11-27T00:00:00Z',
    });
    expect(today.length).toBeGreaterThanOrEqual(5);
  });
});

describe('GET /tickets: invalid parameters are 400s naming them', () => {
  const invalid: Record<string, string> = {
    since: 'yesterday',
    until: '2025-13-45',
    started_after: '2025-02-30',
    started_before: 'now',
    ended_before: '12/01/2025',
    orderby: 'subject',
    order: 'up',
    limit: '0',
    offset: '-1',
    user: 'me',
    group: 'abc',
    type: 'video',
    requestor: '0',
    service: 'short',
    state: 'done,finished',
  };
  it.each(Object.entries(invalid))('%s=%s', async (param, value) => {
    await expectInvalid(
      await h.request('GET', '/tickets', { token: await h.token('agent1'), query: { [param]: value } }),
      param,
    );
  });

  it('a state list longer than the states there are is a 400 naming it', async () => {
    const token = await h.token('agent1');
    const state = Array.from({ length: TICKET_STATES.length + 1 }, () => 'open').join(',');
    const response = await h.request('GET', '/tickets', { token, query: { state } });
    await expectInvalid(response.clone(), 'state');
    expect(await response.json()).toMatchObject({
      errors: { state: [`must list at most ${TICKET_STATES.length} values`] },
    });
  });

  it('an unknown group or service of the enterprise is a 400 too', async () => {
    const token = await h.token('agent1');
    await expectInvalid(await h.request('GET', '/tickets', { token, query: { group: 9999 } }), 'group');
    await expectInvalid(
      await h.request('GET', '/tickets', { token, query: { service: 'a'.repeat(32) } }),
      'service',
    );
  });

  it('names every bad parameter at once', async () => {
    const response = await h.request('GET', '/tickets', {
      token: await h.token('agent1'),
      query: { limit: 'x', order: 'y' },
    });
    expect(Object.keys(apiErrorSchema.parse(await response.json()).errors ?? {}).sort()).toEqual([
      'limit',
      'order',
    ]);
  });
});
