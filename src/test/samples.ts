import type { Media, Requestor, Ticket } from '../contract/models.ts';

/** An open ticket as the API sends it, for tests; `overrides` changes any field. */
export function sampleTicket(id: number, overrides: Partial<Ticket> = {}): Ticket {
  return {
    id,
    state: 'open',
    type: 'assistance',
    subject: `Ticket ${id}`,
    reference: `REF-${id}`,
    description: '',
    language: 'en',
    service: null,
    agent: null,
    group: null,
    requestor: null,
    start_time: '2026-01-01T10:00:00+00:00',
    end_time: '2026-01-01T10:30:00+00:00',
    duration: 30,
    reminder: null,
    created: '2026-01-01T09:00:00+00:00',
    modified: '2026-01-01T09:00:00+00:00',
    ...overrides,
  };
}

/** A requestor as the API sends it (Léa Fournier, with an e-mail and a French mobile); `overrides` changes any field. */
export function sampleRequestor(overrides: Partial<Requestor> = {}): Requestor {
  return {
    id: 9,
    name: 'Léa Fournier',
    firstname: 'Léa',
    company: null,
    gender: null,
    country: 'FR',
    email: ['lea@example.org'],
    phone: ['+33622093530'],
    ...overrides,
  };
}

/** A ready photo as the API sends it, for tests; `overrides` changes any field. */
export function sampleMedia(id: number, overrides: Partial<Media> = {}): Media {
  return {
    id,
    ticket_id: 1,
    title: `Photo ${id}`,
    description: '',
    media_type: 'image',
    source: 'snapshot',
    status: 'completed',
    mime_type: 'image/jpeg',
    size: 1000,
    width: 640,
    height: 480,
    duration: null,
    latitude: null,
    longitude: null,
    tags: [],
    user: null,
    created: '2026-01-01T10:05:00+00:00',
    url: `/api/v3/medias/${id}/download`,
    thumbnail_url: `/api/v3/medias/${id}/thumbnail`,
    ...overrides,
  };
}
