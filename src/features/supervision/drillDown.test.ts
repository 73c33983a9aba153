import { describe, expect, it } from 'vitest';
import { ALL_LIST_CAPABILITIES, parseListView } from '../../lib/list-view/ticketListView.ts';
import {
  ACTIVE_STATES,
  drillDownHref,
  drillDownView,
  lateDrill,
  RESOLVED_STATES,
  reportDayWindow,
} from './drillDown.ts';
import { periodOfDays } from './supervisionView.ts';

const period = periodOfDays('2026-11-01', '2026-11-30');
const supervisor = { admin: false, capabilities: ALL_LIST_CAPABILITIES };
const admin = { admin: true, capabilities: ALL_LIST_CAPABILITIES };
const strict = {
  admin: false,
  capabilities: { stateFilter: false, startedBeforeFilter: false, userScopes: false, allServices: false },
};

/** What the list reads back from a link: the drill-down must be a list URL the list understands. */
function listViewOf(href: string | null) {
  expect(href).not.toBeNull();
  const [path, query] = href!.split('?');
  expect(path).toBe('/tickets');
  return parseListView(new URLSearchParams(query), { capabilities: ALL_LIST_CAPABILITIES });
}

describe('drill-down links', () => {
  it('a figure opens the period’s tickets of every service that the user sees', () => {
    expect(listViewOf(drillDownHref({ created: period }, supervisor))).toMatchObject({
      since: '2026-11-01',
      until: '2026-11-30',
      user: 'visible',
      service: 'all',
      states: [],
    });
    // An admin sees the enterprise with the documented user=all.
    expect(listViewOf(drillDownHref({ created: period }, admin)).user).toBe('all');
  });

  it('states, an agent, the unassigned and a group become the list’s filters', () => {
    expect(
      listViewOf(drillDownHref({ created: period, states: RESOLVED_STATES, agent: 7, group: 2 }, supervisor)),
    ).toMatchObject({ states: ['done', 'closed'], user: 7, group: 2 });
    expect(
      listViewOf(drillDownHref({ created: period, states: ACTIVE_STATES, agent: null }, admin)),
    ).toMatchObject({ states: ['new', 'open', 'invited', 'inprogress'], user: 'unassigned' });
  });

  it('a day of the chart is its UTC day, clipped to the period', () => {
    const window = reportDayWindow('2026-11-10', period);
    expect(window).toEqual({ since: '2026-11-10T00:00:00.000Z', until: '2026-11-11T00:00:00.000Z' });
    expect(listViewOf(drillDownHref({ created: window }, admin))).toMatchObject(window);
    const first = reportDayWindow('2026-11-01', {
      start: Date.parse('2026-11-01T06:00:00Z'),
      end: period.end,
    });
    expect(first.since).toBe('2026-11-01T06:00:00.000Z');
  });

  it('the late ones: still new, open or invited, started by now (to the minute), in the same scope', () => {
    const now = new Date('2026-11-25T14:05:42.123Z');
    const href = drillDownHref(lateDrill({ created: period, agent: 7, group: 2 }, now), supervisor);
    expect(href).toContain('started_before=2026-11-25T14:05Z');
    expect(listViewOf(href)).toMatchObject({
      since: '2026-11-01',
      until: '2026-11-30',
      states: ['new', 'open', 'invited'],
      startedBefore: '2026-11-25T14:05Z',
      user: 7,
      group: 2,
      service: 'all',
    });
    expect(listViewOf(drillDownHref(lateDrill({ created: period }, now), admin)).user).toBe('all');
    // An upstream without started_before would list every ticket of those states: no link.
    const noStartedBefore = {
      admin: true,
      capabilities: { ...ALL_LIST_CAPABILITIES, startedBeforeFilter: false },
    };
    expect(drillDownView(lateDrill({ created: period }, now), noStartedBefore)).toBeNull();
    expect(drillDownView({ created: period }, noStartedBefore)).not.toBeNull();
  });

  it('no link when the list of this upstream cannot show exactly those tickets', () => {
    expect(drillDownView({ created: period, states: RESOLVED_STATES, agent: 7 }, strict)).toBeNull();
    expect(drillDownView({ created: period, agent: null }, strict)).toBeNull();
    // Even an agent's tickets: the report counts every service, the list only the default one then.
    expect(drillDownView({ created: period, agent: 7 }, strict)).toBeNull();
    const withServices = { admin: true, capabilities: { ...strict.capabilities, allServices: true } };
    expect(drillDownView({ created: period, agent: 7 }, withServices)).toMatchObject({
      user: 7,
      service: 'all',
    });
    expect(drillDownView({ created: period, agent: 7, states: ['done'] }, withServices)).toBeNull();
  });
});
