import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/Popover.css';
import { Button, Popover, Select, Stack, Text } from '@mantine/core';
import { IconUserShare } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { BulkAction } from '../../../contract/bulk.ts';
import { LIST_LIMIT_MAX } from '../../../contract/params.ts';
import { useCurrentUser } from '../../../lib/api/auth/getSession.ts';
import { restrictedAssignment } from '../../../lib/api/auth/roles.ts';
import { getGroupsQueryOptions } from '../../../lib/api/directory/getGroups.ts';
import { useUsers, userFullName } from '../../../lib/api/directory/getUsers.ts';
import { useI18n } from '../../../lib/i18n/useI18n.ts';

/**
 * Assign the selection to an agent or a group, offered by the reassign pickers' rules: an agent only
 * himself or nobody, within his groups (no directory call); supervisors and admins the directory,
 * fetched when the picker opens.
 */
export function BulkAssignPopover({
  disabled,
  onAssign,
}: {
  disabled: boolean;
  onAssign: (action: BulkAction) => void;
}) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const restricted = restrictedAssignment(user);
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState<string | null>(null);
  const fetchDirectory = opened && restricted === null;
  const users = useUsers(user.enterprise_id, { limit: LIST_LIMIT_MAX }, { enabled: fetchDirectory });
  const groups = useQuery({ ...getGroupsQueryOptions(user.enterprise_id), enabled: fetchDirectory });
  const agentList = restricted?.users ?? users.data?.data ?? [];
  const groupList = restricted?.groups ?? groups.data ?? [];
  const data = [
    {
      group: t('bulk.assign.pickAgent'),
      items: [
        { value: 'agent:', label: t('bulk.assign.nobody') },
        ...agentList.map((agent) => ({ value: `agent:${agent.id}`, label: userFullName(agent) })),
      ],
    },
    {
      group: t('bulk.assign.pickGroup'),
      items: [
        { value: 'group:', label: t('bulk.assign.noGroup') },
        ...groupList.map((group) => ({ value: `group:${group.id}`, label: group.name })),
      ],
    },
  ];
  const apply = () => {
    if (!value) return;
    const [kind, id] = value.split(':');
    const target = id ? Number(id) : '';
    onAssign(kind === 'agent' ? { type: 'assign', agent: target } : { type: 'assign', group: target });
    setOpened(false);
    setValue(null);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" shadow="md" trapFocus withinPortal>
      <Popover.Target>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconUserShare size={16} aria-hidden />}
          disabled={disabled}
          onClick={() => setOpened((open) => !open)}
        >
          {t('bulk.assign')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={260}>
          <Select
            label={t('bulk.assign.to')}
            data={data}
            value={value}
            onChange={setValue}
            searchable
            comboboxProps={{ withinPortal: false }}
            disabled={restricted === null && (users.isPending || groups.isPending)}
          />
          {restricted && (
            <Text size="xs" c="dimmed">
              {t('bulk.assign.onlyOwnGroups')}
            </Text>
          )}
          <Button size="xs" onClick={apply} disabled={!value}>
            {t('bulk.assign.apply')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
