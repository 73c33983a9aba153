import { notifications } from '@mantine/notifications';
import type { Ticket } from '../../contract/models.ts';
import { isResend } from '../../contract/ticketActions.ts';
import type { InvitationChannel } from '../../contract/enums.ts';
import { useSendInvitation } from '../api/tickets/sendInvitation.ts';
import { useI18n } from '../i18n/useI18n.ts';

/**
 * Sends or resends a ticket's invitation and says so ("Invitation sent again by SMS."). A promise, not
 * mutate's callbacks: those die with the component if it is drawn anew (a live list's row) first; the
 * caller words a failure.
 */
export function useInviteWithNotice() {
  const invitation = useSendInvitation();
  const { t } = useI18n();
  const invite = async (ticket: Ticket, channel: InvitationChannel) => {
    const resend = isResend(ticket);
    await invitation.mutateAsync({ ticketId: ticket.id, channel });
    notifications.show({
      color: 'green',
      message: t(resend ? 'detail.invite.resent' : 'detail.invite.sent', {
        channel: t(`detail.invite.channel.${channel}`),
      }),
    });
  };
  return { invite, isPending: invitation.isPending };
}
