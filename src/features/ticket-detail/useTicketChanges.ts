import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '../../lib/api/errors.ts';
import { ticketKeys } from '../../lib/api/queryKeys.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { lastListView } from '../../lib/list-view/ticketListView.ts';
import { paths } from '../../lib/routing/paths.ts';
import type { TicketState } from '../../contract/enums.ts';
import type { Ticket, User } from '../../contract/models.ts';
import type { Assignment } from './components/ReassignForm.tsx';
import { showUndo } from '../../lib/feedback/UndoNotice.tsx';
import { useStateChangeWithUndo } from '../../lib/feedback/useStateChangeWithUndo.ts';
import { useTicketUpdateWithNotices } from '../../lib/feedback/useTicketUpdateWithNotices.ts';
import { assignmentChanges, assignmentOf } from '../../lib/api/tickets/undoChanges.ts';

type AgentRef = NonNullable<Ticket['agent']>;

/**
 * State and assignment changes of one ticket: shown at once (optimistic), each with an Undo for ten
 * seconds that sends the previous value back upstream (the state's: lib/feedback/useStateChangeWithUndo).
 * A refusal shows the server's own reason.
 */
export function useTicketChanges(ticketId: number) {
  const updates = useTicketUpdateWithNotices();
  const states = useStateChangeWithUndo();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { t } = useI18n();

  const changeState = (ticket: Ticket, next: TicketState) => states.changeState(ticket, next);

  /** After a move the person may no longer see the ticket: back to the list, saying why. */
  const stillVisible = () => {
    const error = queryClient.getQueryState(ticketKeys.detail(ticketId))?.error;
    return !(isApiError(error, 403) || isApiError(error, 404));
  };

  const assign = async (
    ticket: Ticket,
    agent: AgentRef | null,
    group: Ticket['group'],
    doneKey: 'detail.assignment.done' | 'detail.assignment.toMeDone',
  ) => {
    const before = assignmentOf(ticket);
    const changes = assignmentChanges(before, { agentId: agent?.id ?? null, group });
    if (Object.keys(changes).length === 0) return true;
    if (!(await updates.send(ticketId, changes, { agent, group }))) return false;
    if (!stillVisible()) {
      queryClient.removeQueries({ queryKey: ticketKeys.detail(ticketId) });
      notifications.show({ color: 'blue', message: t('detail.assignment.movedAway') });
      await navigate(paths.tickets.href(lastListView()), { replace: true });
      return true;
    }
    showUndo({
      message: t(doneKey),
      undoLabel: t('detail.undo'),
      onUndo: () =>
        updates.revert(ticketId, assignmentChanges({ agentId: agent?.id ?? null, group }, before), {
          agent: ticket.agent,
          group: ticket.group,
        }),
    });
    return true;
  };

  const reassign = (ticket: Ticket, { agent, group }: Assignment) =>
    assign(
      ticket,
      agent && {
        id: agent.id,
        username: agent.username,
        firstname: agent.firstname,
        lastname: agent.lastname,
      },
      group,
      'detail.assignment.done',
    );

  const assignToMe = (ticket: Ticket, me: User) =>
    assign(
      ticket,
      { id: me.id, username: me.username, firstname: me.firstname, lastname: me.lastname },
      ticket.group,
      'detail.assignment.toMeDone',
    );

  return { changeState, reassign, assignToMe, pending: updates.pending || states.pending };
}
