import { Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { EVENT_FAMILIES, eventFamily, type EventFamily } from '../../../contract/enums.ts';
import type { TicketEvent } from '../../../contract/models.ts';
import { EventFamilyFilter } from './EventFamilyFilter.tsx';
import { groupEventsByDay } from './groupByDay.ts';
import { TimelineEvent } from './TimelineEvent.tsx';
import classes from './Timeline.module.css';

function countByFamily(events: readonly TicketEvent[]): [EventFamily, number][] {
  const counts = new Map<EventFamily, number>();
  for (const event of events) {
    const family = eventFamily(event.eventName);
    counts.set(family, (counts.get(family) ?? 0) + 1);
  }
  return EVENT_FAMILIES.flatMap((family) => (counts.has(family) ? [[family, counts.get(family) ?? 0]] : []));
}

/** A ticket's events in time order, grouped by day, with a filter by family. */
export function EventTimeline({ events }: { events: readonly TicketEvent[] }) {
  const { t, formatDate } = useI18n();
  const [families, setFamilies] = useState<EventFamily[]>([]);
  const counts = useMemo(() => countByFamily(events), [events]);
  const days = useMemo(() => {
    const shown = families.length
      ? events.filter((event) => families.includes(eventFamily(event.eventName)))
      : events;
    return groupEventsByDay(shown);
  }, [events, families]);

  if (events.length === 0) return <Text c="dimmed">{t('timeline.empty')}</Text>;

  return (
    <Stack gap="md">
      <EventFamilyFilter counts={counts} value={families} onChange={setFamilies} />
      {days.length === 0 && <Text c="dimmed">{t('timeline.emptyFiltered')}</Text>}
      <div>
        {days.map(({ day, events: dayEvents }) => (
          <section key={day} className={classes.day}>
            <h3 className={classes.dayHeading}>{formatDate(`${day}T12:00:00`)}</h3>
            <ol className={classes.events}>
              {dayEvents.map((event) => (
                <TimelineEvent key={event.id} event={event} />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </Stack>
  );
}
