import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ListTicketsInput } from '../../../contract/requests.ts';
import { useCurrentUser } from '../../../lib/api/auth/getSession.ts';
import { isAdmin } from '../../../lib/api/auth/roles.ts';
import { getTicketsQueryOptions } from '../../../lib/api/tickets/getTickets.ts';
import { listCapabilities } from '../../../lib/list-view/listCapabilities.ts';

const LOOKUP_DELAY_MS = 300;
const LOOKUP_LIMIT = 6;
export const MIN_LOOKUP_LENGTH = 2;

/**
 * Tickets whose reference, subject or requestor match what is typed in the palette: the list call's
 * search, which the gateway answers from its store (no upstream call), once typing pauses. Over every
 * ticket the user may see when their upstream can say so, else over the list's default scope.
 */
export function useTicketLookup(text: string, enabled: boolean) {
  const user = useCurrentUser();
  const [debounced] = useDebouncedValue(text.trim(), LOOKUP_DELAY_MS);
  const scope: ListTicketsInput['user'] = listCapabilities(user).userScopes
    ? 'visible'
    : isAdmin(user)
      ? 'all'
      : undefined;
  const params: ListTicketsInput = {
    search: debounced,
    ...(scope && { user: scope }),
    orderby: 'modified',
    order: 'desc',
    limit: LOOKUP_LIMIT,
    offset: 0,
  };
  const active = enabled && debounced.length >= MIN_LOOKUP_LENGTH;
  const query = useQuery({ ...getTicketsQueryOptions(params), placeholderData: undefined, enabled: active });
  return {
    /** What the answer is for (the text may have moved on while it comes). */
    text: debounced,
    tickets: active ? (query.data?.data ?? null) : null,
    // Typed but not yet asked (debounce) counts as looking.
    loading:
      enabled && text.trim().length >= MIN_LOOKUP_LENGTH && (text.trim() !== debounced || query.isFetching),
    error: active ? query.error : null,
  };
}
