import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { contactListSchema, type Contact, type ListEnvelope } from '../../../contract/models.ts';
import { apiPaths } from '../../../contract/paths.ts';
import { apiRequest } from '../client.ts';
import { directoryKeys } from '../queryKeys.ts';
import { DIRECTORY_STALE_MS } from './getUsers.ts';

export const CONTACT_PICKER_LIMIT = 20;

export function getContacts(search: string, signal?: AbortSignal): Promise<ListEnvelope<Contact>> {
  return apiRequest(apiPaths.contacts, {
    query: { search: search || undefined, limit: CONTACT_PICKER_LIMIT },
    schema: contactListSchema,
    signal,
  });
}

export function getContactsQueryOptions(search: string) {
  return queryOptions({
    queryKey: directoryKeys.contacts({ search, limit: CONTACT_PICKER_LIMIT }),
    queryFn: ({ signal }) => getContacts(search, signal),
    staleTime: DIRECTORY_STALE_MS,
    placeholderData: keepPreviousData,
  });
}

/** Contacts matching `search` (debounce it before calling: each change is a request). */
export function useContacts(search: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getContactsQueryOptions(search.trim()), enabled: options.enabled ?? true });
}

export function contactName(contact: Pick<Contact, 'firstname' | 'name'>): string {
  return [contact.firstname, contact.name].filter(Boolean).join(' ');
}
