import { queryOptions, useQuery } from '@tanstack/react-query';
import { eventListSchema, type TicketEvent } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { apiRequest } from '../client.ts';
import { ticketKeys } from '../queryKeys.ts';

/** The list cap of API.md's conventions (not imported from contract/params.ts: that brings classic zod). */
export const EVENT_PAGE_SIZE = 100;
/** A timeline longer than this many pages is cut there rather than spending the user's budget on it. */
export const MAX_EVENT_PAGES = 20;

export type TicketEvents = { data: TicketEvent[]; total: number };

/**
 * The ticket's whole timeline. Apizee documents it as one `{data, total}` answer, but pages every list
 * (`offset`, `limit`, at most 100 a page): when `total` says more than came back, the rest is fetched
 * page by page from where the last one ended (`next_offset`, or the count so far), in as few calls as
 * the cap allows. An upstream that ignores `offset` and `limit` answers everything at once: one call.
 */
export async function getTicketEvents(ticketId: number, signal?: AbortSignal): Promise<TicketEvents> {
  const data: TicketEvent[] = [];
  let offset = 0;
  for (let page = 0; page < MAX_EVENT_PAGES; page += 1) {
    const answer = await apiRequest(apiPaths.ticketEvents(ticketId), {
      query: page === 0 ? { limit: EVENT_PAGE_SIZE } : { offset, limit: EVENT_PAGE_SIZE },
      schema: eventListSchema,
      signal,
    });
    data.push(...answer.data);
    const total = answer.total ?? data.length;
    const next = answer.next_offset ?? offset + answer.data.length;
    // Done when everything is here, when a page brings nothing new, or when upstream says no next page.
    if (data.length >= total || answer.data.length === 0 || answer.next_offset === null || next <= offset) {
      return { data, total: Math.max(total, data.length) };
    }
    offset = next;
  }
  return { data, total: data.length };
}

export function getTicketEventsQueryOptions(ticketId: number) {
  return queryOptions({
    queryKey: ticketKeys.events(ticketId),
    queryFn: ({ signal }) => getTicketEvents(ticketId, signal),
  });
}

/** The ticket's timeline, in time order (as the API returns it). */
export function useTicketEvents(ticketId: number, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getTicketEventsQueryOptions(ticketId), enabled: options.enabled ?? true });
}
