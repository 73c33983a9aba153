import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { canAssignToSelf, canWork, restrictedAssignment } from '../../lib/api/auth/roles.ts';
import { getGroupsQueryOptions } from '../../lib/api/directory/getGroups.ts';
import { useUsers } from '../../lib/api/directory/getUsers.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { AssignmentCard } from './components/AssignmentCard.tsx';
import type { Assignment } from './components/ReassignForm.tsx';
import { LIST_LIMIT_MAX } from '../../contract/params.ts';
import type { Ticket } from '../../contract/models.ts';

type AssignmentSectionProps = {
  ticket: Ticket;
  /** Resolves true once saved; on a refusal the pickers stay open with the choice made. */
  onReassign: (assignment: Assignment) => Promise<boolean>;
  onAssignToMe: () => void;
  pending: boolean;
};

/**
 * The assignment card. Supervisors and admins pick from the directory (fetched only once they open the
 * pickers); an agent is offered only what the server accepts from him: himself or nobody, within his
 * groups, with no directory call at all.
 */
export function AssignmentSection({ ticket, onReassign, onAssignToMe, pending }: AssignmentSectionProps) {
  const user = useCurrentUser();
  const { t } = useI18n();
  const restricted = restrictedAssignment(user);
  const [wanted, setWanted] = useState(false);
  const fetchDirectory = wanted && restricted === null;
  const users = useUsers(user.enterprise_id, { limit: LIST_LIMIT_MAX }, { enabled: fetchDirectory });
  const groups = useQuery({ ...getGroupsQueryOptions(user.enterprise_id), enabled: fetchDirectory });
  const open = ticket.state !== 'closed' && canWork(user);
  return (
    <AssignmentCard
      ticket={ticket}
      users={restricted?.users ?? users.data?.data ?? []}
      groups={restricted?.groups ?? groups.data ?? []}
      loadingOptions={restricted === null && (users.isPending || groups.isPending)}
      onEditStart={() => setWanted(true)}
      onReassign={open ? onReassign : undefined}
      onAssignToMe={canAssignToSelf(user, ticket) ? onAssignToMe : undefined}
      pending={pending}
      hint={restricted ? t('detail.assignment.onlyOwnGroups') : undefined}
    />
  );
}
