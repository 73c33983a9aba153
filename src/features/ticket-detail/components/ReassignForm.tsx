import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/Popover.css';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { userFullName } from '../../../lib/api/directory/getUsers.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';
import type { DirectoryUser, GroupRef } from '../../../contract/models.ts';

export type Assignment = { agent: DirectoryUser | null; group: GroupRef | null };

type ReassignFormProps = {
  initialAgentId: number | null;
  initialGroupId: number | null;
  initialGroupName?: string;
  users: readonly DirectoryUser[];
  groups: readonly GroupRef[];
  loadingOptions: boolean;
  saving?: boolean;
  /** What the choices are limited to, when they are. */
  hint?: string;
  onSubmit: (assignment: Assignment) => void;
  onCancel: () => void;
};

/** Agent and group pickers; the agents offered are the members of the chosen group. */
export function ReassignForm(props: ReassignFormProps) {
  const { initialAgentId, initialGroupId, users, groups, loadingOptions, saving, hint, onSubmit, onCancel } =
    props;
  const { t } = useI18n();
  const [agentId, setAgentId] = useState(initialAgentId === null ? '' : String(initialAgentId));
  const [groupId, setGroupId] = useState(initialGroupId === null ? '' : String(initialGroupId));

  const members = useMemo(
    () =>
      groupId ? users.filter((user) => user.groups.some((group) => String(group.id) === groupId)) : users,
    [users, groupId],
  );
  const agentOptions = [
    { value: '', label: t('detail.assignment.unassigned') },
    ...members.map((user) => ({ value: String(user.id), label: userFullName(user) })),
  ];
  const groupOptions = [
    { value: '', label: t('detail.assignment.noGroup') },
    ...groups.map((group) => ({ value: String(group.id), label: group.name })),
  ];
  // The ticket's present group stays a choice (leaving it as it is), even when it is not offered.
  if (initialGroupId !== null && !groups.some((group) => group.id === initialGroupId))
    groupOptions.splice(1, 0, {
      value: String(initialGroupId),
      label: props.initialGroupName ?? String(initialGroupId),
    });

  const changeGroup = (value: string) => {
    setGroupId(value);
    const stillMember =
      !value || users.some((u) => String(u.id) === agentId && u.groups.some((g) => String(g.id) === value));
    if (!stillMember) setAgentId('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      agent: users.find((user) => String(user.id) === agentId) ?? null,
      group:
        groups.find((group) => String(group.id) === groupId) ??
        (groupId && Number(groupId) === initialGroupId
          ? { id: initialGroupId, name: props.initialGroupName ?? '' }
          : null),
    });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
        <Select
          label={t('detail.assignment.group')}
          data={groupOptions}
          value={groupId}
          onChange={(value) => changeGroup(value ?? '')}
          allowDeselect={false}
          disabled={loadingOptions}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('detail.assignment.agent')}
          placeholder={t('detail.assignment.searchAgent')}
          data={agentOptions}
          value={agentId}
          onChange={(value) => setAgentId(value ?? '')}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.none')}
          disabled={loadingOptions}
          comboboxProps={{ withinPortal: true }}
        />
        <Group gap="xs" justify="flex-end">
          <Button variant="default" size="xs" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={saving}>
            {t('detail.assignment.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
