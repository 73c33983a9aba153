import type { TicketEvent } from '../../../contract/models.ts';
import { toLocalDay } from '../../../lib/dates/dayBounds.ts';

export type EventDay = { day: string; events: TicketEvent[] };

/** Events in time order, grouped by local day (a stable sort keeps the API's order for equal times). */
export function groupEventsByDay(events: readonly TicketEvent[]): EventDay[] {
  const sorted = [...events].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  const days: EventDay[] = [];
  for (const event of sorted) {
    const day = toLocalDay(new Date(event.timestamp));
    const last = days.at(-1);
    if (last?.day === day) last.events.push(event);
    else days.push({ day, events: [event] });
  }
  return days;
}
