import { notifications } from '@mantine/notifications';
import { useUpdateTicket } from '../../lib/api/tickets/updateTicket.ts';
import { useErrorText, type ErrorWording } from '../../lib/feedback/errorMessage.ts';
import type { Assignment } from './components/ReassignForm.tsx';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import type { TicketState } from '../../contract/enums.ts';
import type { Ticket } from '../../contract/models.ts';

const UPDATE_WORDING: ErrorWording = {
  byStatus: { 409: 'detail.update.conflict', 403: 'detail.update.forbidden' },
  wrap: 'detail.update.failed',
};

/**
 * State and assignment changes of one ticket: shown at once (optimistic), confirmed or rolled back with
 * a message saying why. A 409 means the ticket moved on meanwhile; the refetch then shows where it is.
 */
export function useTicketChanges(ticketId: number) {
  const update = useUpdateTicket();
  const { t } = useI18n();

  const errorText = useErrorText();
  const onError = (error: Error) =>
    notifications.show({ color: 'red', message: errorText(error, UPDATE_WORDING), autoClose: 8000 });

  const changeState = (state: TicketState) =>
    update.mutate(
      { ticketId, changes: { state } },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t('detail.state.changed', { state: t(`state.${state}`) }),
          }),
        onError,
      },
    );

  const reassign = ({ agent, group }: Assignment) => {
    const optimistic: Partial<Ticket> = {
      agent: agent && {
        id: agent.id,
        username: agent.username,
        firstname: agent.firstname,
        lastname: agent.lastname,
      },
      group,
    };
    update.mutate(
      {
        ticketId,
        changes: { agent: agent ? String(agent.id) : '', group: group ? group.id : '' },
        optimistic,
      },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('detail.assignment.done') }),
        onError,
      },
    );
  };

  return { changeState, reassign, pending: update.isPending };
}
