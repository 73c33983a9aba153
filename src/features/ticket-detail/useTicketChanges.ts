import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '../../lib/api/errors.ts';
import { ticketKeys } from '../../lib/api/queryKeys.ts';
import { refusalReason } from '../../lib/api/tickets/refusal.ts';
import { patchCachedTicket } from '../../lib/api/tickets/ticketCache.ts';
import { useUpdateTicket } from '../../lib/api/tickets/updateTicket.ts';
import { useErrorText, type ErrorWording } from '../../lib/feedback/errorMessage.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { lastListView } from '../../lib/list-view/ticketListView.ts';
import { paths } from '../../lib/routing/paths.ts';
import type { TicketState } from '../../contract/enums.ts';
import type { Ticket, User } from '../../contract/models.ts';
import type { UpdateTicketInput } from '../../contract/requests.ts';
import type { Assignment } from './components/ReassignForm.tsx';
import { cancelDeferred, deferAction } from './changes/deferred.ts';
import { showUndo } from '../../lib/feedback/UndoNotice.tsx';
import {
  assignmentChanges,
  assignmentOf,
  isDeferred,
  stateToRestore,
  UNDO_MS,
} from '../../lib/api/tickets/undoChanges.ts';

const UPDATE_WORDING: ErrorWording = {
  byStatus: { 409: 'detail.update.conflict' },
  wrap: 'detail.update.failed',
};

type AgentRef = NonNullable<Ticket['agent']>;

/**
 * State and assignment changes of one ticket: shown at once (optimistic), each with an Undo for ten
 * seconds that sends the previous value back upstream. Closing, which upstream cannot undo, waits out
 * those ten seconds before it is sent. A refusal shows the server's own reason.
 */
export function useTicketChanges(ticketId: number) {
  const update = useUpdateTicket();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { t } = useI18n();
  const errorText = useErrorText();

  const failureText = (error: unknown) => {
    const reason = refusalReason(error);
    return reason ? t('detail.refused', { reason }) : errorText(error, UPDATE_WORDING);
  };
  const showFailure = (error: unknown) =>
    notifications.show({ color: 'red', message: failureText(error), autoClose: 8000 });
  const undoFailed = (error: unknown) =>
    notifications.show({
      color: 'red',
      message: t('detail.undo.failed', { reason: refusalReason(error) ?? errorText(error) }),
      autoClose: 8000,
    });
  const undone = () => notifications.show({ color: 'green', message: t('detail.undo.done') });

  /** Sends a change; resolves true once saved (false when refused, already said). */
  const send = (changes: UpdateTicketInput, optimistic?: Partial<Ticket>) =>
    new Promise<boolean>((resolve) =>
      update.mutate(
        { ticketId, changes, optimistic },
        { onSuccess: () => resolve(true), onError: (error) => (showFailure(error), resolve(false)) },
      ),
    );

  const revert = (changes: UpdateTicketInput, optimistic?: Partial<Ticket>) =>
    update.mutate({ ticketId, changes, optimistic }, { onSuccess: undone, onError: undoFailed });

  const stateLabel = (state: string) => t(`state.${state}` as 'state.open');

  const changeState = async (ticket: Ticket, next: TicketState) => {
    const previous = ticket.state;
    if (isDeferred(next)) {
      const key = `close:${ticketId}`;
      patchCachedTicket(queryClient, ticketId, { state: next });
      deferAction(key, UNDO_MS, () => void send({ state: next }));
      showUndo({
        message: t('detail.state.closing'),
        undoLabel: t('detail.undo'),
        onUndo: () => {
          if (!cancelDeferred(key)) return;
          patchCachedTicket(queryClient, ticketId, { state: previous });
          notifications.show({
            color: 'green',
            message: t('detail.state.closeCancelled', { state: stateLabel(previous) }),
          });
        },
      });
      return;
    }
    if (!(await send({ state: next }))) return;
    const restore = stateToRestore(previous, next);
    if (!restore) {
      notifications.show({
        color: 'green',
        message: t('detail.state.noUndo', { state: stateLabel(next), previous: stateLabel(previous) }),
      });
      return;
    }
    showUndo({
      message: t('detail.state.changed', { state: stateLabel(next) }),
      undoLabel: t('detail.undo'),
      onUndo: () => revert({ state: restore }),
    });
  };

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
    if (!(await send(changes, { agent, group }))) return false;
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
        revert(assignmentChanges({ agentId: agent?.id ?? null, group }, before), {
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

  return { changeState, reassign, assignToMe, pending: update.isPending };
}
