import { useMemo } from 'react';
import type { User } from '../../contract/models.ts';
import { isAdmin } from '../../lib/api/auth/roles.ts';
import { useGroups } from '../../lib/api/directory/getGroups.ts';
import { userFullName, useUsers } from '../../lib/api/directory/getUsers.ts';
import type { PickerOption } from './components/PeriodControls.tsx';

/**
 * The group and agent pickers: a supervisor's own groups (from the session, no call) and the people
 * of those groups; an admin's every group and user. Directory lists are cached for minutes.
 */
export function usePickerOptions(user: User): { groups: PickerOption[]; agents: PickerOption[] } {
  const admin = isAdmin(user);
  const groups = useGroups(user.enterprise_id, { enabled: admin });
  const users = useUsers(user.enterprise_id, { limit: 100 });
  return useMemo(() => {
    const visibleGroups = admin ? (groups.data ?? []) : user.groups;
    const groupIds = new Set(visibleGroups.map((group) => group.id));
    const people = (users.data?.data ?? []).filter(
      (person) => admin || person.id === user.id || person.groups.some((group) => groupIds.has(group.id)),
    );
    return {
      groups: visibleGroups.map((group) => ({ value: String(group.id), label: group.name })),
      agents: people.map((person) => ({ value: String(person.id), label: userFullName(person) })),
    };
  }, [admin, groups.data, user, users.data]);
}
