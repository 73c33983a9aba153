import { defineMessages } from '../defineMessages.ts';

/** English: its keys are the keys `t()` accepts; login.fr.ts must have exactly these. */
export default defineMessages({
  'login.title': 'Sign in',
  'login.subtitle': 'Use your Apizee account.',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.required': 'Required',
  'login.error.invalid': 'Wrong username or password.',
  'login.error.rateLimited': 'Too many attempts. Try again in {seconds} s.',
  'login.error.other': 'Sign-in failed: {reason}',
  'login.sessionExpired': 'Your session has ended. Sign in again to continue where you were.',
  'login.signedOutHereUpstreamDown':
    'Signed out here. Apizee could not be reached to end the session there; it ends when it expires.',
  'login.signedOutEverywhere': 'Signed out everywhere: every browser where you were signed in is signed out.',
  'login.signedOutEverywhereUpstreamDown':
    'Signed out everywhere. Apizee could not be reached to end this session there; it ends when it expires.',
});
