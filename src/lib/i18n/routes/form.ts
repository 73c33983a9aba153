import type { Feature } from '../registry.ts';

/** The create and edit pages' messages: the router loads them. */
export const FORM_MESSAGES: readonly Feature[] = ['form'];

/**
 * Kept for the form pages, which call it: their messages now arrive with the route (see
 * FORM_MESSAGES, app/router.tsx), in the active language only. Does nothing.
 */
export function registerFormMessages(): void {}
