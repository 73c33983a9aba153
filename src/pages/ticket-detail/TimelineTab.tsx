import { useTicketEvents } from '../../api/events/get-ticket-events.ts';
import { ErrorState } from '../../components/feedback/ErrorState.tsx';
import { SkeletonLines } from '../../components/feedback/LoadingState.tsx';
import { EventTimeline } from '../../components/timeline/EventTimeline.tsx';

export function TimelineTab({ ticketId }: { ticketId: number }) {
  const events = useTicketEvents(ticketId);
  if (events.isPending) return <SkeletonLines lines={8} />;
  if (events.isError)
    return (
      <ErrorState error={events.error} onRetry={() => void events.refetch()} retrying={events.isFetching} />
    );
  return <EventTimeline events={events.data.data} />;
}
