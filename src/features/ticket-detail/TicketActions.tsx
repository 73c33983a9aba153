import '@mantine/core/styles/Button.css';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../lib/api/auth/getSession.ts';
import { canSupervise, canWork } from '../../lib/api/auth/roles.ts';
import { useDeleteTicket } from '../../lib/api/tickets/deleteTicket.ts';
import { browserTimeZone, ticketExportUrl } from '../../lib/api/tickets/exportTicket.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import { lastListView } from '../../lib/list-view/ticketListView.ts';
import { useErrorText } from '../../lib/feedback/errorMessage.ts';
import { UnavailableButton } from '../../lib/ui/UnavailableButton.tsx';
import { DeleteTicketButton } from './components/DeleteTicketButton.tsx';
import { ExportMenu } from './components/ExportMenu.tsx';
import { StateMenu } from '../../lib/ui/StateMenu.tsx';
import type { TicketState } from '../../contract/enums.ts';
import type { Ticket } from '../../contract/models.ts';
import { canEdit } from '../../contract/ticketActions.ts';

type TicketActionsProps = { ticket: Ticket; onChangeState: (state: TicketState) => void; changing: boolean };

/** State, edit, export and delete, beside the heading (the call actions are under it: CallActions). */
export function TicketActions({ ticket, onChangeState, changing }: TicketActionsProps) {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const deletion = useDeleteTicket({
    onDeleted: async () => {
      notifications.show({ color: 'green', message: t('detail.delete.done') });
      await navigate(paths.tickets.href(lastListView()), { replace: true });
    },
  });
  const errorText = useErrorText();
  const blockedReason = canWork(user) ? null : t('detail.cannotWork');

  const remove = () =>
    deletion.mutate(ticket.id, {
      onError: (error) => {
        notifications.show({ color: 'red', message: errorText(error, { wrap: 'detail.delete.failed' }) });
      },
    });

  const editIcon = <IconPencil size={16} aria-hidden />;
  const editReason = blockedReason ?? (canEdit(ticket) ? null : t('detail.edit.closed'));
  return (
    <Group gap="xs" role="group" aria-label={t('detail.actions.label')}>
      <StateMenu
        state={ticket.state}
        pending={changing}
        onChange={onChangeState}
        blockedReason={blockedReason}
      />
      {editReason ? (
        <UnavailableButton variant="default" leftSection={editIcon} reason={editReason}>
          {t('detail.edit')}
        </UnavailableButton>
      ) : (
        <Button
          component={Link}
          to={paths.editTicket.href(ticket.id)}
          variant="default"
          leftSection={editIcon}
        >
          {t('detail.edit')}
        </Button>
      )}
      <ExportMenu
        urlFor={(format, withTimeline) =>
          ticketExportUrl(ticket.id, format, withTimeline, { lang: locale, tz: browserTimeZone() })
        }
      />
      {canSupervise(user) && (
        <DeleteTicketButton subject={ticket.subject} pending={deletion.isPending} onConfirm={remove} />
      )}
    </Group>
  );
}
