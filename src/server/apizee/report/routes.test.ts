import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../../../contract/report.ts';
import { createHarness, type Harness } from '../testing/harness.ts';
import { expectInvalid } from '../testing/tickets.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ tickets: 120 });
});
afterAll(() => h.close());

const WHOLE_PERIOD = { startTime: '2024-01-01', endTime: '2027-12-31T23:59:59Z' };

async function report(username: string, query: Record<string, string | number>) {
  return h.request('GET', `/enterprises/${h.enterpriseId(username)}/tickets/report`, {
    token: await h.token(username),
    query,
  });
}
async function reportOk(username: string, query: Record<string, string | number>): Promise<Report> {
  const response = await report(username, query);
  expect(response.status, await response.clone().text()).toBe(200);
  return reportSchema.parse(await response.json());
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('GET /enterprises/{id}/tickets/report', () => {
  it('gives the admin totals over the whole enterprise that add up', async () => {
    const body = await reportOk('admin', WHOLE_PERIOD);
    expect(body.total).toBe(120);
    expect(sum(Object.values(body.by_state))).toBe(120);
    expect(sum(body.by_agent.map((a) => a.total))).toBe(120);
    expect(sum(body.by_group.map((g) => g.total))).toBe(120);
    expect(sum(body.by_day.map((d) => d.created))).toBe(120);
    const doneOrClosed = (body.by_state.done ?? 0) + (body.by_state.closed ?? 0);
    expect(sum(body.by_day.map((d) => d.done))).toBe(doneOrClosed);
    expect(body.by_agent.every((a) => a.avg_duration === null || a.avg_duration > 0)).toBe(true);
  });

  it('limits a supervisor to the tickets they see, and accepts UNIX timestamps', async () => {
    const admin = await reportOk('admin', WHOLE_PERIOD);
    const supervisor = await reportOk('supervisor', { startTime: 1_704_067_200, endTime: 1_830_297_599 });
    expect(supervisor.total).toBeGreaterThan(0);
    expect(supervisor.total).toBeLessThan(admin.total);
    expect(
      supervisor.by_group.every((g) => g.group === null || g.group.name !== 'Claims' || g.total === 0),
    ).toBe(true);
  });

  it('filters by userId, groupId and period; withTrashed counts deleted tickets', async () => {
    const agentId = h.userId('agent2');
    const byAgent = await reportOk('admin', { ...WHOLE_PERIOD, userId: agentId });
    expect(byAgent.by_agent.map((a) => a.user?.username)).toEqual(['agent2']);
    const groupId = byAgent.by_group[0]!.group!.id;
    const byGroup = await reportOk('admin', { ...WHOLE_PERIOD, groupId });
    expect(byGroup.by_group.map((g) => g.group?.id)).toEqual([groupId]);
    const year2025 = await reportOk('admin', { startTime: '2025-01-01', endTime: '2025-12-31T23:59:59Z' });
    expect(year2025.by_day.every((d) => d.date.startsWith('2025-'))).toBe(true);

    const victim = h.db
      .prepare('SELECT id FROM tickets WHERE enterprise_id = 1 LIMIT 1')
      .pluck()
      .get() as number;
    expect((await h.request('DELETE', `/tickets/${victim}`, { token: await h.token('admin') })).status).toBe(
      204,
    );
    expect((await reportOk('admin', WHOLE_PERIOD)).total).toBe(119);
    expect((await reportOk('admin', { ...WHOLE_PERIOD, withTrashed: 'true' })).total).toBe(120);
  });

  it('[ext] reportFigures: late, averages, per-day resolved and the previous period, in one answer', async () => {
    const body = await reportOk('admin', WHOLE_PERIOD);
    const now = h.clock.now;
    const rows = h.db
      .prepare(
        `SELECT state, start_time AS startTime, duration FROM tickets
         WHERE enterprise_id = 1 AND deleted_at IS NULL`,
      )
      .all() as { state: string; startTime: number; duration: number }[];
    const late = rows.filter((r) => ['new', 'open', 'invited'].includes(r.state) && r.startTime < now);
    expect(late.length).toBeGreaterThan(0);
    expect(body.late).toBe(late.length);
    expect(sum(body.by_agent.map((a) => a.late ?? 0))).toBe(late.length);
    expect(sum(body.by_group.map((g) => g.late ?? 0))).toBe(late.length);
    const mean = sum(rows.map((r) => r.duration)) / rows.length;
    expect(body.avg_duration).toBeCloseTo(mean, 1);
    const resolved = (body.by_state.done ?? 0) + (body.by_state.closed ?? 0);
    expect(sum(body.by_day.map((d) => d.resolved ?? 0))).toBe(resolved);
    // The previous period of the same length ends the millisecond before this one starts.
    expect(body.previous).toMatchObject({
      end_time: '2023-12-31T23:59:59.999Z',
      total: 0,
    });
    const lastYear = await reportOk('admin', {
      startTime: '2026-01-01',
      endTime: '2026-12-31T23:59:59.999Z',
    });
    const yearBefore = await reportOk('admin', {
      startTime: '2025-01-01',
      endTime: '2025-12-31T23:59:59.999Z',
    });
    expect(lastYear.previous?.total).toBe(yearBefore.total);
    expect(lastYear.previous?.late).toBe(yearBefore.late);
  });

  it('strict profile (no extensions): the same call answers the base shape only', async () => {
    const strict = await createHarness({ tickets: 40, appOptions: { extensions: false } });
    try {
      const response = await strict.request(
        'GET',
        `/enterprises/${strict.enterpriseId('admin')}/tickets/report`,
        { token: await strict.token('admin'), query: WHOLE_PERIOD },
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as Record<string, unknown> & Report;
      expect(Object.keys(body).sort()).toEqual(['by_agent', 'by_day', 'by_group', 'by_state', 'total']);
      expect(body.total).toBe(40);
      expect(reportSchema.parse(body).late).toBeUndefined();
    } finally {
      strict.close();
    }
  });

  it('403 for agents; 400 for missing or invalid times', async () => {
    expect((await report('agent1', WHOLE_PERIOD)).status).toBe(403);
    await expectInvalid(await report('admin', { endTime: '2025-01-01' }), 'startTime');
    await expectInvalid(await report('admin', { startTime: 'soon', endTime: '2025-01-01' }), 'startTime');
    await expectInvalid(await report('admin', { startTime: '2025-02-01', endTime: '2025-01-01' }), 'endTime');
    await expectInvalid(await report('admin', { ...WHOLE_PERIOD, withTrashed: 'maybe' }), 'withTrashed');
  });
});
