import { useTicketEvents } from '../../lib/api/events/getTicketEvents.ts';
import { ErrorState } from '../../lib/feedback/ErrorState.tsx';
import { SkeletonLines } from '../../lib/feedback/LoadingState.tsx';
import { EventTimeline } from './timeline/EventTimeline.tsx';

export function TimelineTab({ ticketId }: { ticketId: number }) {
  const events = useTicketEvents(ticketId);
  if (events.isPending) return <SkeletonLines lines={8} />;
  if (events.isError)
    return (
      <ErrorState error={events.error} onRetry={() => void events.refetch()} retrying={events.isFetching} />
    );
  return <EventTimeline events={events.data.data} />;
}
