import type { TicketEvent } from '../../../contract/models.ts';

export type EventDay = { day: string; events: TicketEvent[] };

/** The calendar day of an instant in the browser's time zone, as `YYYY-MM-DD`. */
export function localDayKey(iso: string): string {
  const date = new Date(iso);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Events in time order, grouped by local day (a stable sort keeps the API's order for equal times). */
export function groupEventsByDay(events: readonly TicketEvent[]): EventDay[] {
  const sorted = [...events].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
  const days: EventDay[] = [];
  for (const event of sorted) {
    const day = localDayKey(event.timestamp);
    const last = days.at(-1);
    if (last?.day === day) last.events.push(event);
    else days.push({ day, events: [event] });
  }
  return days;
}
