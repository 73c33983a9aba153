/**
 * Query-key factory: one tree per resource, so invalidating a list or one ticket is one line.
 * Parameters inside keys are the wire parameters, so equal views share a cache entry.
 */
import type { ListMediasInput, ListTicketsInput } from '../../contract/requests.ts';

export const sessionKeys = {
  current: ['session'] as const,
};

export const ticketKeys = {
  all: ['tickets'] as const,
  lists: () => [...ticketKeys.all, 'list'] as const,
  list: (params: ListTicketsInput) => [...ticketKeys.lists(), params] as const,
  details: () => [...ticketKeys.all, 'detail'] as const,
  detail: (id: number) => [...ticketKeys.details(), id] as const,
  events: (id: number) => [...ticketKeys.detail(id), 'events'] as const,
  /** The session links (`scope=sso`): fetched only when someone joins or copies, never on a view. */
  links: (id: number) => [...ticketKeys.detail(id), 'links'] as const,
  medias: (id: number, params: ListMediasInput = {}) => [...ticketKeys.detail(id), 'medias', params] as const,
};

export const mediaKeys = {
  all: ['medias'] as const,
  detail: (id: number) => [...mediaKeys.all, id] as const,
};

export const directoryKeys = {
  all: ['directory'] as const,
  users: (enterpriseId: number, params: Record<string, unknown> = {}) =>
    [...directoryKeys.all, enterpriseId, 'users', params] as const,
  groups: (enterpriseId: number) => [...directoryKeys.all, enterpriseId, 'groups'] as const,
  services: (enterpriseId: number) => [...directoryKeys.all, enterpriseId, 'services'] as const,
  contacts: (params: Record<string, unknown> = {}) => [...directoryKeys.all, 'contacts', params] as const,
};

export const reportKeys = {
  all: ['report'] as const,
  report: (enterpriseId: number, params: Record<string, unknown>) =>
    [...reportKeys.all, enterpriseId, params] as const,
};

export const savedViewKeys = {
  all: ['savedViews'] as const,
  list: () => [...savedViewKeys.all, 'list'] as const,
  /** Under the ticket lists on purpose: what refreshes the lists (live stream, writes) refreshes the counts. */
  counts: () => [...ticketKeys.lists(), 'savedViewCounts'] as const,
};

export const bulkKeys = {
  all: ['bulk'] as const,
  job: (id: string) => [...bulkKeys.all, id] as const,
};
