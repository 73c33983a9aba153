import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { TicketState } from '../../contract/enums.ts';
import type { Ticket } from '../../contract/models.ts';
import { cancelDeferred, deferAction } from '../api/tickets/deferred.ts';
import { patchCachedTicket } from '../api/tickets/ticketCache.ts';
import { isDeferred, stateToRestore, UNDO_MS } from '../api/tickets/undoChanges.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { showUndo } from './UndoNotice.tsx';
import { useTicketUpdateWithNotices } from './useTicketUpdateWithNotices.ts';

/**
 * A ticket's state change, shown at once with an Undo for ten seconds that sends the previous state
 * back upstream. Closing, which upstream cannot undo, waits out those ten seconds before it is sent.
 */
export function useStateChangeWithUndo() {
  const { send, revert, pending } = useTicketUpdateWithNotices();
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const stateLabel = (state: string) => t(`state.${state}` as 'state.open');

  const changeState = async (ticket: Ticket, next: TicketState) => {
    const ticketId = ticket.id;
    const previous = ticket.state;
    if (isDeferred(next)) {
      const key = `close:${ticketId}`;
      patchCachedTicket(queryClient, ticketId, { state: next });
      deferAction(key, UNDO_MS, () => void send(ticketId, { state: next }));
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
    if (!(await send(ticketId, { state: next }))) return;
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
      onUndo: () => revert(ticketId, { state: restore }),
    });
  };

  return { changeState, pending };
}
