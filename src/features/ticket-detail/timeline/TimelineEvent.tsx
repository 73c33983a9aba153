import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/ThemeIcon.css';
import { Badge, Button, Group, Text, ThemeIcon } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { eventFamily } from '../../../contract/enums.ts';
import type { TicketEvent } from '../../../contract/models.ts';
import { EventDetailsPanel } from './EventDetailsPanel.tsx';
import { hasDetails, readEventDetails } from './eventData.ts';
import { EVENT_FAMILY_STYLE } from './eventFamilyStyle.ts';
import { eventSentence, eventSourceLabel } from './eventSentences.ts';
import classes from './Timeline.module.css';

/** One event of the timeline: family icon, sentence, time, source, and details on demand. */
export function TimelineEvent({ event }: { event: TicketEvent }) {
  const { t, formatTime, formatDateTime } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  const family = eventFamily(event.eventName);
  const { icon: FamilyIcon, color } = EVENT_FAMILY_STYLE[family];
  const details = useMemo(() => readEventDetails(event.data), [event.data]);

  return (
    <li className={classes.event} data-family={family} data-event-name={event.eventName}>
      <ThemeIcon className={classes.bullet} color={color} variant="light" radius="xl" size={32}>
        <FamilyIcon size={18} aria-hidden />
      </ThemeIcon>
      <div className={classes.body}>
        <Group gap="xs" wrap="nowrap" align="baseline" justify="space-between">
          <Text size="sm" fw={500}>
            {eventSentence(event.eventName, t)}
          </Text>
          <Text
            size="xs"
            c="dimmed"
            component="time"
            dateTime={event.timestamp}
            title={formatDateTime(event.timestamp)}
          >
            {formatTime(event.timestamp)}
          </Text>
        </Group>
        <Group gap="xs" mt={4}>
          <Badge size="xs" variant="default" tt="none">
            {t(`timeline.family.${family}`)}
          </Badge>
          <Badge size="xs" variant="default" tt="none">
            {eventSourceLabel(event.source, t)}
          </Badge>
          {hasDetails(details) && (
            <Button
              variant="subtle"
              size="compact-xs"
              aria-expanded={expanded}
              aria-controls={expanded ? detailsId : undefined}
              onClick={() => setExpanded((open) => !open)}
              rightSection={
                <IconChevronDown
                  size={14}
                  aria-hidden
                  style={{
                    transform: expanded ? 'rotate(180deg)' : undefined,
                    transition: 'transform 150ms',
                  }}
                />
              }
            >
              {expanded ? t('timeline.details.hide') : t('timeline.details.show')}
            </Button>
          )}
        </Group>
        {expanded && <EventDetailsPanel id={detailsId} details={details} />}
      </div>
    </li>
  );
}
