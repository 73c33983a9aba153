/**
 * Every client route, defined once as a pair: `path` is the router's pattern, `href()` builds a link
 * to it. Pages link with these, never with hand-built strings.
 */
export type TicketTab = 'timeline' | 'medias';

const ticketTab = {
  path: '/tickets/:id/:tab',
  href: (id: number, tab: TicketTab) => `/tickets/${id}/${tab}`,
};

export const paths = {
  login: {
    path: '/login',
    href: (returnTo?: string) =>
      returnTo && returnTo !== '/login' ? `/login?returnTo=${encodeURIComponent(returnTo)}` : '/login',
  },
  tickets: {
    path: '/tickets',
    /** `search` is a list view's query string (without `?`). */
    href: (search = '') => (search ? `/tickets?${search}` : '/tickets'),
  },
  newTicket: { path: '/tickets/new', href: () => '/tickets/new' },
  ticket: {
    path: '/tickets/:id',
    href: (id: number, tab?: TicketTab) => (tab ? ticketTab.href(id, tab) : `/tickets/${id}`),
  },
  ticketTab,
  ticketMedia: {
    path: '/tickets/:id/medias/:mediaId',
    href: (id: number, mediaId: number) => `/tickets/${id}/medias/${mediaId}`,
  },
  editTicket: { path: '/tickets/:id/edit', href: (id: number) => `/tickets/${id}/edit` },
  supervision: { path: '/supervision', href: () => '/supervision' },
} as const;
