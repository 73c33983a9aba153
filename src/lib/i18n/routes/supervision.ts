import type { Feature } from '../registry.ts';

/** The supervision page's messages: the router loads them with the route. */
export const SUPERVISION_MESSAGES: readonly Feature[] = ['supervision'];
