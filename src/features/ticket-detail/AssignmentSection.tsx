import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { getGroupsQueryOptions } from '../../lib/api/directory/getGroups.ts';
import { useUsers } from '../../lib/api/directory/getUsers.ts';
import { AssignmentCard } from './components/AssignmentCard.tsx';
import type { Assignment } from './components/ReassignForm.tsx';
import { LIST_LIMIT_MAX } from '../../contract/params.ts';
import type { Ticket } from '../../contract/models.ts';

type AssignmentSectionProps = { ticket: Ticket; onReassign: (assignment: Assignment) => void };

/** The assignment card, with the directory fetched only once someone opens the pickers. */
export function AssignmentSection({ ticket, onReassign }: AssignmentSectionProps) {
  const { enterprise_id: enterpriseId } = useCurrentUser();
  const [wanted, setWanted] = useState(false);
  const users = useUsers(enterpriseId, { limit: LIST_LIMIT_MAX }, { enabled: wanted });
  const groups = useQuery({ ...getGroupsQueryOptions(enterpriseId), enabled: wanted });
  return (
    <AssignmentCard
      ticket={ticket}
      users={users.data?.data ?? []}
      groups={groups.data ?? []}
      loadingOptions={users.isPending || groups.isPending}
      onEditStart={() => setWanted(true)}
      onReassign={ticket.state === 'closed' ? undefined : onReassign}
    />
  );
}
