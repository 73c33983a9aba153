import { notifications } from '@mantine/notifications';
import type { Ticket } from '../../contract/models.ts';
import { useCurrentUser } from '../api/auth/getSession.ts';
import { canAssignToSelf, canWork } from '../api/auth/roles.ts';
import { refusalReason } from '../api/tickets/refusal.ts';
import { assignmentChanges, assignmentOf } from '../api/tickets/undoChanges.ts';
import { useUpdateTicket } from '../api/tickets/updateTicket.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useErrorText } from './errorMessage.ts';
import { showUndo } from './UndoNotice.tsx';

/**
 * "Assign to me" from the list (its row menu, its `a` key, the command palette): shown at once, with
 * an Undo that gives the ticket back to whom it had. Promises, not mutate's callbacks: the row may be
 * drawn again from the live list before the answer comes, and mutate's callbacks die with the
 * component that called it.
 */
export function useAssignToMeWithUndo() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const errorText = useErrorText();
  const update = useUpdateTicket();
  const reasonOf = (error: unknown) => refusalReason(error) ?? errorText(error);

  const undoAssignment = (
    ticket: Ticket,
    before: ReturnType<typeof assignmentOf>,
    after: ReturnType<typeof assignmentOf>,
  ) =>
    update
      .mutateAsync({
        ticketId: ticket.id,
        changes: assignmentChanges(after, before),
        optimistic: { agent: ticket.agent },
      })
      .then(() => notifications.show({ color: 'green', message: t('detail.undo.done') }))
      .catch((error: unknown) =>
        notifications.show({ color: 'red', message: t('detail.undo.failed', { reason: reasonOf(error) }) }),
      );

  /** Resolves once said (done with its Undo, or refused with the server's reason). */
  const assignToMe = (ticket: Ticket): Promise<void> => {
    const before = assignmentOf(ticket);
    const after = { agentId: user.id, group: ticket.group };
    const me = { id: user.id, username: user.username, firstname: user.firstname, lastname: user.lastname };
    return update
      .mutateAsync({
        ticketId: ticket.id,
        changes: assignmentChanges(before, after),
        optimistic: { agent: me },
      })
      .then(() =>
        showUndo({
          message: t('detail.assignment.toMeDone'),
          undoLabel: t('detail.undo'),
          onUndo: () => void undoAssignment(ticket, before, after),
        }),
      )
      .catch((error: unknown) => {
        notifications.show({
          color: 'red',
          autoClose: 8000,
          message: t('detail.refused', { reason: reasonOf(error) }),
        });
      });
  };

  /** Why "Assign to me" cannot be done on this ticket (role, closed, mine already, not my group), or null. */
  const unavailableReason = (ticket: Ticket): string | null => {
    if (!canWork(user)) return t('detail.cannotWork');
    return canAssignToSelf(user, ticket) ? null : t('detail.assignment.toMeUnavailable');
  };

  return { assignToMe, unavailableReason };
}
