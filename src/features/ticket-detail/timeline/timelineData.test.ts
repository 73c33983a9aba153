import type { TicketEvent } from '../../../contract/models.ts';
import { hasDetails, openStreetMapUrl, readEventDetails } from './eventData.ts';
import { toLocalDay } from '../../../lib/dates/dayBounds.ts';
import { groupEventsByDay } from './groupByDay.ts';

const event = (id: number, timestamp: string, eventName = 'ticket.new'): TicketEvent => ({
  id,
  eventName,
  timestamp,
  source: 'system',
  data: {},
});

describe('groupEventsByDay', () => {
  it('sorts by time and groups by local day, keeping the order of equal times', () => {
    const events = [
      event(3, '2026-03-02T10:00:00+00:00'),
      event(1, '2026-03-01T09:00:00+00:00'),
      event(4, '2026-03-02T10:00:00+00:00'),
      event(2, '2026-03-01T09:30:00+00:00'),
    ];
    const days = groupEventsByDay(events);
    expect(days.map((day) => day.events.map((e) => e.id))).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(days[0]?.day).toBe(toLocalDay(new Date('2026-03-01T09:00:00+00:00')));
  });

  it('returns no day for no event', () => {
    expect(groupEventsByDay([])).toEqual([]);
  });
});

describe('readEventDetails', () => {
  it('picks out geolocation, survey answers, agent and title', () => {
    const details = readEventDetails({
      geoloc: { lat: 48.85, lng: 2.35 },
      answers: [{ question: 'Satisfied?', answer: 'Yes' }, { nonsense: true }],
      agent: { firstname: 'Ada', lastname: 'Lovelace', email: 'ada@acme.test', phone: '+33612345678' },
      title: 'Meter',
      priority: 2,
      nested: { ignored: true },
    });
    expect(details.geoloc).toEqual({ lat: 48.85, lng: 2.35 });
    expect(details.answers).toEqual([{ question: 'Satisfied?', answer: 'Yes' }]);
    expect(details.agent).toEqual({ name: 'Ada Lovelace', email: 'ada@acme.test', phone: '+33612345678' });
    expect(details.title).toBe('Meter');
    expect(details.other).toEqual([['priority', '2']]);
    expect(hasDetails(details)).toBe(true);
  });

  it('ignores malformed shapes instead of failing', () => {
    const details = readEventDetails({ geoloc: { lat: 'north', lng: 500 }, answers: 'yes', agent: 3 });
    expect(details.geoloc).toBeUndefined();
    expect(details.answers).toBeUndefined();
    expect(details.agent).toBeUndefined();
    expect(hasDetails(readEventDetails({}))).toBe(false);
  });

  it('builds an OpenStreetMap link with a marker', () => {
    expect(openStreetMapUrl({ lat: 48.85, lng: 2.35 })).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/\?mlat=48\.85&mlon=2\.35/,
    );
  });
});
