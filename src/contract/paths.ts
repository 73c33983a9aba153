/** Paths of the Apizee v3 API, relative to its base (`/api/v3`). */
export const API_BASE = '/api/v3';

export const apiPaths = {
  token: '/token',
  revoke: '/token/revoke',
  me: '/users/me',
  enterpriseUsers: (enterpriseId: number) => `/enterprises/${enterpriseId}/users`,
  enterpriseGroups: (enterpriseId: number) => `/enterprises/${enterpriseId}/groups`,
  enterpriseServices: (enterpriseId: number) => `/enterprises/${enterpriseId}/services`,
  enterpriseReport: (enterpriseId: number) => `/enterprises/${enterpriseId}/tickets/report`,
  contacts: '/contacts',
  tickets: '/tickets',
  ticket: (id: number) => `/tickets/${id}`,
  ticketEvents: (id: number) => `/tickets/${id}/events`,
  ticketMedias: (id: number) => `/tickets/${id}/medias`,
  ticketMediasZip: (id: number) => `/tickets/${id}/medias/download`,
  ticketExport: (id: number) => `/tickets/${id}/export`,
  ticketInvitation: (id: number) => `/tickets/${id}/invitation`,
  media: (id: number) => `/medias/${id}`,
  mediaDownload: (id: number) => `/medias/${id}/download`,
  mediaThumbnail: (id: number) => `/medias/${id}/thumbnail`,
} as const;
