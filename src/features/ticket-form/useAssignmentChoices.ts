import { canSupervise } from '../../lib/api/auth/roles.ts';
import { useGroups } from '../../lib/api/directory/getGroups.ts';
import { useUsers } from '../../lib/api/directory/getUsers.ts';
import type { GroupRef, User } from '../../contract/models.ts';
import { LIST_LIMIT_MAX } from '../../contract/params.ts';

/**
 * Groups and agents to choose from. Supervisors and admins assign freely: every group, and the chosen
 * group's members (or everyone). Agents may only take a ticket themselves, in one of their groups,
 * so they are offered just that (as is anyone whose
 * roles we do not know). `current` keeps the ticket's present group listed in the edit form.
 */
export function useAssignmentChoices(user: User, group: string, current: GroupRef | null = null) {
  // An agent, or a user with no role we know (which grants nothing).
  const restricted = !canSupervise(user);
  const groups = useGroups(user.enterprise_id);
  const users = useUsers(
    user.enterprise_id,
    { ...(group ? { group: Number(group) } : {}), limit: LIST_LIMIT_MAX },
    { enabled: !restricted },
  );

  const groupChoices = restricted ? user.groups : (groups.data ?? []);
  const withCurrent =
    current && !groupChoices.some((g) => g.id === current.id) ? [current, ...groupChoices] : groupChoices;
  if (restricted) {
    const selfAllowed = !group || user.groups.some((g) => String(g.id) === group);
    return { groups: withCurrent, agents: selfAllowed ? [user] : [], agentsLoading: false };
  }
  return { groups: withCurrent, agents: users.data?.data ?? [], agentsLoading: users.isPending };
}
