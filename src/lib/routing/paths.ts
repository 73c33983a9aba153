/** Every client route, defined once. Pages link with these, never with hand-built strings. */
export type TicketTab = 'timeline' | 'medias';

export const routePatterns = {
  login: '/login',
  tickets: '/tickets',
  newTicket: '/tickets/new',
  ticket: '/tickets/:id',
  ticketTab: '/tickets/:id/:tab',
  ticketMedia: '/tickets/:id/medias/:mediaId',
  editTicket: '/tickets/:id/edit',
  supervision: '/supervision',
} as const;

export const paths = {
  login: (returnTo?: string) =>
    returnTo && returnTo !== '/login' ? `/login?returnTo=${encodeURIComponent(returnTo)}` : '/login',
  /** `search` is a list view's query string (without `?`). */
  tickets: (search = '') => (search ? `/tickets?${search}` : '/tickets'),
  newTicket: () => '/tickets/new',
  ticket: (id: number, tab?: TicketTab) => (tab ? `/tickets/${id}/${tab}` : `/tickets/${id}`),
  ticketMedia: (id: number, mediaId: number) => `/tickets/${id}/medias/${mediaId}`,
  editTicket: (id: number) => `/tickets/${id}/edit`,
  supervision: () => '/supervision',
};
