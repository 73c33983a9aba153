import { DataList, Text } from '@mantine/core';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { Ticket } from '../../../contract/models.ts';
import { SectionCard } from './SectionCard.tsx';

/** When the ticket takes place, in the viewer's time zone (named, since agents work across zones). */
export function ScheduleCard({ ticket }: { ticket: Ticket }) {
  const { t, formatDateTime, formatRelative } = useI18n();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const row = (label: string, iso: string, relative = false) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        <time dateTime={iso}>{formatDateTime(iso)}</time>
        {relative && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({formatRelative(iso)})
          </Text>
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
  return (
    <SectionCard title={t('detail.schedule.heading')}>
      <DataList size="sm" gap={6} labelWidth="8rem">
        {row(t('detail.schedule.start'), ticket.start_time, true)}
        {row(t('detail.schedule.end'), ticket.end_time)}
        <DataList.Item>
          <DataList.ItemLabel>{t('detail.schedule.duration')}</DataList.ItemLabel>
          <DataList.ItemValue>{t('duration.minutes', { count: ticket.duration })}</DataList.ItemValue>
        </DataList.Item>
        {row(t('detail.schedule.created'), ticket.created)}
        {row(t('detail.schedule.modified'), ticket.modified)}
      </DataList>
      <Text size="xs" c="dimmed" mt="xs">
        {t('detail.schedule.timeZone', { zone })}
      </Text>
    </SectionCard>
  );
}
