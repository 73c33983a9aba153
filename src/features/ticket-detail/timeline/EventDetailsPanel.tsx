import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/DataList.css';
import '@mantine/core/styles/List.css';
import { Anchor, DataList, List } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import { openStreetMapUrl, type EventDetails } from './eventData.ts';

/** The expanded part of a timeline event: location, survey answers, agent, title, other data. */
export function EventDetailsPanel({ details, id }: { details: EventDetails; id: string }) {
  const { t, formatNumber } = useI18n();
  const { geoloc, answers, agent, title, other } = details;
  return (
    <DataList id={id} size="sm" gap={6} labelWidth="9rem" mt="xs">
      {title && (
        <DataList.Item>
          <DataList.ItemLabel>{t('timeline.details.title')}</DataList.ItemLabel>
          <DataList.ItemValue>{title}</DataList.ItemValue>
        </DataList.Item>
      )}
      {geoloc && (
        <DataList.Item>
          <DataList.ItemLabel>{t('timeline.details.location')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {formatNumber(geoloc.lat)}, {formatNumber(geoloc.lng)} ·{' '}
            <Anchor href={openStreetMapUrl(geoloc)} target="_blank" rel="noopener noreferrer" size="sm">
              {t('timeline.details.openMap')} <IconExternalLink size={12} aria-hidden />
            </Anchor>
          </DataList.ItemValue>
        </DataList.Item>
      )}
      {answers && (
        <DataList.Item>
          <DataList.ItemLabel>{t('timeline.details.answers')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <List size="sm" spacing={2}>
              {answers.map(({ question, answer }) => (
                <List.Item key={question}>
                  {question} — <strong>{answer}</strong>
                </List.Item>
              ))}
            </List>
          </DataList.ItemValue>
        </DataList.Item>
      )}
      {agent && (
        <DataList.Item>
          <DataList.ItemLabel>{t('timeline.details.agent')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {agent.name}
            {agent.email && (
              <>
                {' · '}
                <Anchor href={`mailto:${agent.email}`} size="sm">
                  {agent.email}
                </Anchor>
              </>
            )}
            {agent.phone && (
              <>
                {' · '}
                <Anchor href={`tel:${agent.phone}`} size="sm">
                  {agent.phone}
                </Anchor>
              </>
            )}
          </DataList.ItemValue>
        </DataList.Item>
      )}
      {other.length > 0 && (
        <DataList.Item>
          <DataList.ItemLabel>{t('timeline.details.other')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {other.map(([key, value]) => (
              <div key={key}>
                {key}: {value}
              </div>
            ))}
          </DataList.ItemValue>
        </DataList.Item>
      )}
    </DataList>
  );
}
