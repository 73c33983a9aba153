import type { Feature } from '../registry.ts';

/** The ticket page's messages, with those of its tabs (timeline, medias): the router loads them. */
export const DETAIL_MESSAGES: readonly Feature[] = ['detail', 'timeline', 'media'];

/**
 * Kept for the ticket page, which calls it: its messages now arrive with the route (see
 * DETAIL_MESSAGES, app/router.tsx), in the active language only. Does nothing.
 */
export function registerDetailMessages(): void {}
