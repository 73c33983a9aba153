import { notifications } from '@mantine/notifications';
import type { Ticket } from '../../contract/models.ts';
import type { UpdateTicketInput } from '../../contract/requests.ts';
import { refusalReason } from '../api/tickets/refusal.ts';
import { useUpdateTicket } from '../api/tickets/updateTicket.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useErrorText, type ErrorWording } from './errorMessage.ts';

const UPDATE_WORDING: ErrorWording = {
  byStatus: { 409: 'detail.update.conflict' },
  wrap: 'detail.update.failed',
};

/**
 * Sends a ticket's change (shown at once, optimistic) and says when it is refused, in the server's
 * own words; `revert` sends an Undo back and says how that went. The ticket page's changes and the
 * list's keyboard state menu both go through here.
 */
export function useTicketUpdateWithNotices() {
  const update = useUpdateTicket();
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
  const send = (ticketId: number, changes: UpdateTicketInput, optimistic?: Partial<Ticket>) =>
    new Promise<boolean>((resolve) =>
      update.mutate(
        { ticketId, changes, optimistic },
        { onSuccess: () => resolve(true), onError: (error) => (showFailure(error), resolve(false)) },
      ),
    );

  const revert = (ticketId: number, changes: UpdateTicketInput, optimistic?: Partial<Ticket>) =>
    update.mutate({ ticketId, changes, optimistic }, { onSuccess: undone, onError: undoFailed });

  return { send, revert, pending: update.isPending };
}
