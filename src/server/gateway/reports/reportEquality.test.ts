/**
 * The supervision report served from the gateway's store equals upstream's own report on the same
 * data, field by field: the embedded Apizee (seeded), a gateway whose store is synced as admin and as
 * supervisor, tickets created, moved through their states and reassigned through the gateway; several
 * periods, group and agent filters; SQLite and PostgreSQL. And where the store must infer (tickets it
 * first saw already resolved), the only difference is the documented one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../../../contract/report.ts';
import { XHR } from '../testSupport.ts';
import { createStoreStack, type StoreStack } from '../storeTestSupport.ts';
import { STORE_KINDS, stopTestPostgres } from '../store/testing/stores.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/**
 * Both clocks start here: after the seed's history (2025–2026), so the recent periods hold only what
 * the store saw happen (the seed's tickets of these weeks are all still to be handled), and at 12:05,
 * so no seeded start time (quarter hours) falls between the gateway's clock and upstream's.
 */
const START = Date.parse('2027-03-10T12:05:00Z');
const TODAY = Math.floor(START / DAY) * DAY;
const iso = (ms: number) => new Date(ms).toISOString();

const PERIODS: Record<string, { startTime: string; endTime: string }> = {
  today: { startTime: iso(TODAY), endTime: iso(TODAY + DAY - 1) },
  '7 days': { startTime: iso(TODAY - 6 * DAY), endTime: iso(TODAY + DAY - 1) },
  '30 days': { startTime: iso(TODAY - 29 * DAY), endTime: iso(TODAY + DAY - 1) },
  custom: { startTime: iso(TODAY - 18 * DAY), endTime: iso(TODAY - 1) },
};

afterAll(() => stopTestPostgres());

async function upstreamToken(stack: StoreStack, username: string): Promise<string> {
  const response = await stack.apizee.app.request('/api/v3/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Demo-pass-1' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

const reportPath = (query: Record<string, string | number>) =>
  `/api/v3/enterprises/1/tickets/report?${new URLSearchParams(
    Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]),
  )}`;

async function gatewayReport(stack: StoreStack, cookie: string, query: Record<string, string | number>) {
  const response = await stack.gateway.app.request(reportPath(query), { headers: { cookie } });
  expect(response.status, await response.clone().text()).toBe(200);
  return { servedFrom: response.headers.get('x-served-from'), body: (await response.json()) as Report };
}

async function upstreamReport(stack: StoreStack, token: string, query: Record<string, string | number>) {
  const response = await stack.apizee.app.request(reportPath(query), {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Report;
}

/** Writes through the gateway, as the signed-in user of `cookie`. */
function dashboard(stack: StoreStack, cookie: string) {
  return async (method: string, path: string, body?: object) => {
    const response = await stack.gateway.app.request(`/api/v3${path}`, {
      method,
      headers: { cookie, ...XHR, 'content-type': 'application/json' },
      ...(body && { body: JSON.stringify(body) }),
    });
    expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300);
    return response.status === 204 ? null : ((await response.json()) as { id: number });
  };
}

interface Directory {
  groups: Map<string, number>;
}

async function directory(stack: StoreStack, adminToken: string): Promise<Directory> {
  const response = await stack.apizee.app.request('/api/v3/enterprises/1/groups', {
    headers: { authorization: `Bearer ${adminToken}` },
  });
  const body = (await response.json()) as { data: { id: number; name: string }[] };
  return { groups: new Map(body.data.map((group) => [group.name, group.id])) };
}

/** A day's work: new tickets, every kind of state change, reassignments and a deletion, all through the gateway. */
async function workThroughTheGateway(stack: StoreStack, cookies: Record<string, string>, dir: Directory) {
  const admin = dashboard(stack, cookies.admin!);
  const supervisor = dashboard(stack, cookies.supervisor!);
  const support = dir.groups.get('Support')!;
  const field = dir.groups.get('Field experts')!;
  const claims = dir.groups.get('Claims')!;
  const create = async (as: typeof admin, extra: object) =>
    (await as('POST', '/tickets', { phone: '+33612345678', subject: 'Report test', ...extra }))!.id;
  const start = (hours: number) => iso(START + hours * HOUR);

  // Done, then closed: one completion.
  const a = await create(admin, { group: support, agent: 'agent1', start_time: start(-3), duration: 30 });
  await admin('PUT', `/tickets/${a}`, { state: 'done' });
  await admin('PUT', `/tickets/${a}`, { state: 'closed' });
  // In progress, done, reopened, done again (the last completion counts), then reassigned.
  const b = await create(admin, { group: field, agent: 'agent3', start_time: start(2), duration: 45 });
  await admin('PUT', `/tickets/${b}`, { state: 'inprogress' });
  await admin('PUT', `/tickets/${b}`, { state: 'done' });
  await admin('PUT', `/tickets/${b}`, { state: 'open' });
  await admin('PUT', `/tickets/${b}`, { state: 'done' });
  await admin('PUT', `/tickets/${b}`, { agent: 'agent2' });
  // Closed straight from new: resolved, but never completed (no `ticket.completed`).
  const c = await create(admin, { group: claims, start_time: start(-1), duration: 15 });
  await admin('PUT', `/tickets/${c}`, { state: 'closed' });
  // Late and unassigned: started two hours ago, still open; then moved to another group.
  const d = await create(admin, { group: support, start_time: start(-2), duration: 60 });
  await admin('PUT', `/tickets/${d}`, { state: 'open' });
  await admin('PUT', `/tickets/${d}`, { group: field });
  // The supervisor's own work: a ticket of their group taken, done; another invited then cancelled.
  const e = await create(supervisor, { group: support, start_time: start(1), duration: 30 });
  await supervisor('PUT', `/tickets/${e}`, { agent: 'supervisor' });
  await supervisor('PUT', `/tickets/${e}`, { state: 'done' });
  const f = await create(supervisor, { group: field, agent: 'agent2', start_time: start(5) });
  await supervisor('PUT', `/tickets/${f}`, { state: 'invited' });
  await supervisor('PUT', `/tickets/${f}`, { state: 'cancelled' });
  // Out of the supervisor's view: a Claims ticket reassigned away from their group.
  const g = await create(admin, { group: support, agent: 'agent1', start_time: start(-4) });
  await admin('PUT', `/tickets/${g}`, { group: claims, agent: 'agent3' });
  await admin('PUT', `/tickets/${g}`, { state: 'done' });

  // The seed's tickets of these weeks (created days ago), handled today.
  const recent = (await (
    await stack.gateway.app.request(
      `/api/v3/tickets?user=all&service=all&since=${iso(TODAY - 20 * DAY)}&until=${iso(TODAY)}&limit=100&orderby=created`,
      { headers: { cookie: cookies.admin! } },
    )
  ).json()) as { data: { id: number; state: string }[] };
  const handled = recent.data.filter((ticket) =>
    ['new', 'open', 'invited', 'inprogress'].includes(ticket.state),
  );
  expect(handled.length).toBeGreaterThanOrEqual(5);
  const [first, second, third, fourth, fifth] = handled;
  await admin('PUT', `/tickets/${first!.id}`, { state: 'done' });
  await admin('PUT', `/tickets/${second!.id}`, { state: 'done' });
  await admin('PUT', `/tickets/${second!.id}`, { state: 'closed' });
  await admin('PUT', `/tickets/${third!.id}`, { agent: '', group: '' });
  await admin('PUT', `/tickets/${fourth!.id}`, { state: 'expired' });
  await admin('DELETE', `/tickets/${fifth!.id}`);
  await stack.settle();
}

for (const kind of STORE_KINDS) {
  describe(`the report from the ${kind} store`, () => {
    let stack: StoreStack;
    const cookies: Record<string, string> = {};
    const tokens: Record<string, string> = {};
    let dir: Directory;

    beforeAll(async () => {
      stack = await createStoreStack({ kind, startAt: START, tickets: 400 });
      for (const user of ['admin', 'supervisor']) {
        cookies[user] = await stack.signIn(user);
        tokens[user] = await upstreamToken(stack, user);
        await stack.connect(cookies[user]);
      }
      dir = await directory(stack, tokens.admin!);
      await workThroughTheGateway(stack, cookies, dir);
    }, 120_000);
    afterAll(() => stack.close());

    it('equals upstream field by field for every period, group and agent, as admin and supervisor', async () => {
      const agent2 = (await upstreamReport(stack, tokens.admin!, PERIODS['30 days']!)).by_agent.find(
        (row) => row.user?.username === 'agent2',
      )!.user!.id;
      const filters: Record<string, Record<string, number>> = {
        none: {},
        group: { groupId: dir.groups.get('Support')! },
        agent: { userId: agent2 },
        'group and agent': { groupId: dir.groups.get('Field experts')!, userId: agent2 },
      };
      let withCompletions = 0;
      for (const user of ['admin', 'supervisor']) {
        for (const [periodName, period] of Object.entries(PERIODS)) {
          for (const [filterName, filter] of Object.entries(filters)) {
            const query = { ...period, ...filter };
            const what = `${user}, ${periodName}, ${filterName}`;
            const served = await gatewayReport(stack, cookies[user]!, query);
            expect(served.servedFrom, what).toBe('store');
            const upstream = await upstreamReport(stack, tokens[user]!, query);
            expect(reportSchema.parse(served.body), what).toEqual(upstream);
            if (upstream.by_day.some((day) => day.done > 0)) withCompletions += 1;
          }
        }
      }
      // The comparison is not of empty reports: there are completions, late and unassigned tickets.
      expect(withCompletions).toBeGreaterThan(10);
      const admin30 = await upstreamReport(stack, tokens.admin!, PERIODS['30 days']!);
      expect(admin30.total).toBeGreaterThan(15);
      expect(admin30.late).toBeGreaterThan(0);
      expect(admin30.unassigned).toBeGreaterThan(0);
      expect(admin30.by_day.filter((day) => day.done > 0).length).toBeGreaterThan(0);
    });

    it('on the history it first saw already resolved, differs only by the inferred completion days', async () => {
      const year = { startTime: '2026-01-01', endTime: '2026-12-31T23:59:59.999Z' };
      const served = await gatewayReport(stack, cookies.admin!, year);
      expect(served.servedFrom).toBe('store');
      const upstream = await upstreamReport(stack, tokens.admin!, year);
      const { by_day: servedDays, ...servedRest } = served.body;
      const { by_day: upstreamDays, ...upstreamRest } = upstream;
      expect(servedRest).toEqual(upstreamRest);
      const createdDays = (days: Report['by_day']) =>
        days
          .filter((day) => day.created > 0)
          .map(({ date, created, resolved }) => ({ date, created, resolved }));
      expect(createdDays(servedDays)).toEqual(createdDays(upstreamDays));

      // Each resolved ticket's completion day: upstream's from its events, the store's by its rule
      // (the session's planned end, or `modified` if earlier; whole seconds, as the API gives them).
      const rows = stack.apizee.db
        .prepare(
          `SELECT t.end_time AS endTime, t.modified,
                  (SELECT MAX(e.timestamp) FROM ticket_events e
                   WHERE e.ticket_id = t.id AND e.event_name = 'ticket.completed') AS completed
           FROM tickets t
           WHERE t.enterprise_id = 1 AND t.deleted_at IS NULL AND t.state IN ('done', 'closed')
             AND t.created >= ? AND t.created <= ?`,
        )
        .all(Date.parse(year.startTime), Date.parse(year.endTime)) as {
        endTime: number;
        modified: number;
        completed: number | null;
      }[];
      const seconds = (ms: number) => Math.floor(ms / 1000) * 1000;
      const dayOf = (ms: number) => iso(ms).slice(0, 10);
      const inYear = (ms: number) => ms >= Date.parse(year.startTime) && ms <= Date.parse(year.endTime);
      const count = (days: string[]) =>
        days.reduce((map, day) => map.set(day, (map.get(day) ?? 0) + 1), new Map<string, number>());
      const inferred = count(
        rows
          .map((row) => Math.min(seconds(row.endTime), seconds(row.modified)))
          .filter(inYear)
          .map(dayOf),
      );
      const actual = count(
        rows.flatMap((row) =>
          row.completed !== null && inYear(row.completed) ? [dayOf(row.completed)] : [],
        ),
      );
      const doneOf = (days: Report['by_day']) =>
        new Map(days.filter((day) => day.done > 0).map((day) => [day.date, day.done]));
      expect(doneOf(upstreamDays)).toEqual(actual);
      expect(doneOf(servedDays)).toEqual(inferred);
    });
  });
}
