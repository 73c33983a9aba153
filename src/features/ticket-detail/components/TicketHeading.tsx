import '@mantine/core/styles/Title.css';
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { Ticket } from '../../../contract/models.ts';
import { StateBadge } from '../../../lib/ui/StateBadge.tsx';
import { CopyReference } from './CopyReference.tsx';

type TicketHeadingProps = { ticket: Ticket; actions: ReactNode };

/** Subject, number, state, reference, type and service, with the actions beside them. */
export function TicketHeading({ ticket, actions }: TicketHeadingProps) {
  const { t } = useI18n();
  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} style={{ minWidth: 0, flex: '1 1 24rem' }}>
        <Group gap="sm" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('detail.ticketNumber', { id: ticket.id })}
          </Text>
          <StateBadge state={ticket.state} size="md" />
        </Group>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {ticket.subject || t('detail.noSubject')}
        </Title>
        <Group gap="lg" wrap="wrap" style={{ rowGap: 4 }}>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" c="dimmed">
              {t('detail.reference')}
            </Text>
            <CopyReference reference={ticket.reference} />
          </Group>
          <Text size="sm">
            <Text span c="dimmed" inherit>
              {t('detail.type')}{' '}
            </Text>
            {t(`type.${ticket.type}`)}
          </Text>
          {ticket.service && (
            <Text size="sm">
              <Text span c="dimmed" inherit>
                {t('detail.service')}{' '}
              </Text>
              {ticket.service.name}
            </Text>
          )}
        </Group>
      </Stack>
      {actions}
    </Group>
  );
}
