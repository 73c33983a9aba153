import '@mantine/core/styles/Button.css';
import { Button, DataList, Group, Text } from '@mantine/core';
import { IconUserCheck, IconUserCog } from '@tabler/icons-react';
import { useState } from 'react';
import { userFullName } from '../../../lib/api/directory/getUsers.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { DirectoryUser, GroupRef, Ticket } from '../../../contract/models.ts';
import { ReassignForm, type Assignment } from './ReassignForm.tsx';
import { SectionCard } from './SectionCard.tsx';

type AssignmentCardProps = {
  ticket: Ticket;
  users: readonly DirectoryUser[];
  groups: readonly GroupRef[];
  loadingOptions: boolean;
  /** Absent when the ticket cannot be reassigned (closed). Resolves true once saved. */
  onReassign?: (assignment: Assignment) => Promise<boolean>;
  /** Absent when "Assign to me" cannot succeed (already mine, closed, not my group). */
  onAssignToMe?: () => void;
  pending?: boolean;
  /** What the pickers are limited to, when they are. */
  hint?: string;
  /** Called when the person opens the pickers, so their options can be fetched only then. */
  onEditStart?: () => void;
};

/** Agent and group of the ticket, with a quick way to change them. */
export function AssignmentCard({
  ticket,
  users,
  groups,
  loadingOptions,
  onReassign,
  onAssignToMe,
  onEditStart,
  pending = false,
  hint,
}: AssignmentCardProps) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const action = editing ? null : (
    <Group gap={4} wrap="nowrap">
      {onAssignToMe && (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconUserCheck size={16} aria-hidden />}
          onClick={onAssignToMe}
          loading={pending}
        >
          {t('detail.assignment.toMe')}
        </Button>
      )}
      {onReassign && (
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconUserCog size={16} aria-hidden />}
          onClick={() => {
            onEditStart?.();
            setEditing(true);
          }}
        >
          {t('detail.assignment.reassign')}
        </Button>
      )}
    </Group>
  );

  return (
    <SectionCard title={t('detail.assignment.heading')} action={action}>
      {editing && onReassign ? (
        <ReassignForm
          initialAgentId={ticket.agent?.id ?? null}
          initialGroupId={ticket.group?.id ?? null}
          initialGroupName={ticket.group?.name}
          users={users}
          groups={groups}
          loadingOptions={loadingOptions}
          saving={pending}
          hint={hint}
          onCancel={() => setEditing(false)}
          onSubmit={async (assignment) => {
            if (await onReassign(assignment)) setEditing(false);
          }}
        />
      ) : (
        <DataList size="sm" gap={6} labelWidth="8rem">
          <DataList.Item>
            <DataList.ItemLabel>{t('detail.assignment.agent')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="ticket-agent">
              {ticket.agent ? (
                userFullName(ticket.agent)
              ) : (
                <Text span size="sm" c="dimmed">
                  {t('detail.assignment.unassigned')}
                </Text>
              )}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('detail.assignment.group')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {ticket.group?.name ?? (
                <Text span size="sm" c="dimmed">
                  {t('detail.assignment.noGroup')}
                </Text>
              )}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      )}
    </SectionCard>
  );
}
