import { Button } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTicket } from '../../api/tickets/get-ticket.ts';
import { registerFormMessages } from '../../app/i18n/routes/form.ts';
import { useI18n } from '../../app/i18n/useI18n.ts';
import { paths } from '../../app/paths.ts';
import { ErrorState } from '../../components/feedback/ErrorState.tsx';
import { LoadingState } from '../../components/feedback/LoadingState.tsx';
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
        <Button component={Link} to={paths.tickets()} size="xs" variant="subtle">
          {t('feedback.backToTickets')}
        </Button>
      </ErrorState>
    );
  }
  return <TicketEditForm ticket={ticket.data} />;
}
