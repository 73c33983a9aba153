import type { ErrorWording } from '../../lib/feedback/errorMessage.ts';

/** How the sign-in form words its failures: bad credentials and too many attempts in its own words. */
export const LOGIN_WORDING: ErrorWording = {
  byStatus: { 400: 'login.error.invalid', 401: 'login.error.invalid', 429: 'login.error.rateLimited' },
  wrap: 'login.error.other',
};
