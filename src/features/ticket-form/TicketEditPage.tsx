import { Button } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTicket } from '../../lib/api/tickets/getTicket.ts';
import { registerFormMessages } from '../../lib/i18n/routes/form.ts';
import { useI18n } from '../../lib/i18n/useI18n.ts';
import { paths } from '../../lib/routing/paths.ts';
import { ErrorState } from '../../lib/feedback/ErrorState.tsx';
import { LoadingState } from '../../lib/feedback/LoadingState.tsx';
import { TicketEditForm } from './TicketEditForm.tsx';

registerFormMessages();

/** `/tickets/:id/edit`: loads the ticket, then edits it. */
export default function TicketEditPage() {
  const { t } = useI18n();
  const ticketId = Number(useParams().id);
  const ticket = useTicket(ticketId);
  if (ticket.isPending) return <LoadingState />;
  if (ticket.isError) {
    return (
      <ErrorState error={ticket.error} onRetry={() => void ticket.refetch()} retrying={ticket.isFetching}>
        <Button component={Link} to={paths.tickets.href()} size="xs" variant="subtle">
          {t('feedback.backToTickets')}
        </Button>
      </ErrorState>
    );
  }
  return <TicketEditForm ticket={ticket.data} />;
}
