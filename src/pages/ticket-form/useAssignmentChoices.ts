import { useGroups } from '../../api/directory/get-groups.ts';
import { useUsers } from '../../api/directory/get-users.ts';
import { LIST_LIMIT_MAX } from '../../contract/params.ts';

/** Groups, and the agents to choose from: the chosen group's members, or the whole enterprise. */
export function useAssignmentChoices(enterpriseId: number, group: string) {
  const groups = useGroups(enterpriseId);
  const users = useUsers(enterpriseId, { ...(group ? { group: Number(group) } : {}), limit: LIST_LIMIT_MAX });
  return {
    groups: groups.data ?? [],
    agents: users.data?.data ?? [],
    agentsLoading: users.isPending,
  };
}
