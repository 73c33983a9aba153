/**
 * What a live event does to the react-query caches. Never a burst of upstream calls: a changed ticket
 * is patched from the event itself; lists (answered by the gateway's store) refetch once per burst;
 * a ticket's events and medias refetch only when on screen, otherwise they are just marked stale.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { LiveEvent } from '../../../contract/live.ts';
import type { Ticket } from '../../../contract/models.ts';
import { bulkKeys, ticketKeys } from '../queryKeys.ts';
import { patchCachedTicket, removeCachedTicket } from '../tickets/ticketCache.ts';

/** Events closer together than this refetch the lists once. */
export const LIST_REFRESH_COALESCE_MS = 200;

export type LiveCacheUpdater = {
  apply(event: LiveEvent): void;
  /** Cancels a pending list refresh (on unmount). */
  dispose(): void;
};

export function createLiveCacheUpdater(queryClient: QueryClient): LiveCacheUpdater {
  let listRefresh: ReturnType<typeof setTimeout> | undefined;
  const refreshListsSoon = () => {
    listRefresh ??= setTimeout(() => {
      listRefresh = undefined;
      void queryClient.invalidateQueries({ queryKey: ticketKeys.lists() });
    }, LIST_REFRESH_COALESCE_MS);
  };
  const ticketChanged = (ticket: Ticket) => {
    patchCachedTicket(queryClient, ticket.id, ticket);
    // The timeline and the medias may have changed with it: only what is on screen asks upstream.
    for (const queryKey of [ticketKeys.events(ticket.id), ticketKeys.medias(ticket.id)]) {
      void queryClient.invalidateQueries({ queryKey, refetchType: 'active' });
    }
    refreshListsSoon();
  };

  /** A bulk job moved on: its counts at once; once ended, its per-ticket results, and the lists. */
  const bulkProgressed = (event: Extract<LiveEvent, { type: 'bulk.progress' }>) => {
    const queryKey = bulkKeys.job(event.jobId);
    queryClient.setQueryData<{ processed: number; status: string; etaMs: number }>(
      queryKey,
      (job) => job && { ...job, processed: event.processed, status: event.status, etaMs: event.etaMs },
    );
    if (event.status !== 'running') void queryClient.invalidateQueries({ queryKey });
    refreshListsSoon();
  };

  return {
    apply(event) {
      switch (event.type) {
        case 'ticket.updated':
          ticketChanged(event.ticket);
          return;
        case 'ticket.created':
          refreshListsSoon();
          return;
        case 'ticket.deleted':
          removeCachedTicket(queryClient, event.ticketId);
          refreshListsSoon();
          return;
        case 'ready':
          // What was published before this stream opened (while the page's first lists loaded) it
          // will never deliver: the lists read the store once more, from this point on current.
          refreshListsSoon();
          return;
        case 'sync.progress':
          // Lists shown while the first sync ran held only what was there: once it is done, whole.
          if (event.done) refreshListsSoon();
          return;
        case 'bulk.progress':
          bulkProgressed(event);
          return;
        case 'resync':
          void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
          return;
        default:
          return;
      }
    },
    dispose: () => clearTimeout(listRefresh),
  };
}
