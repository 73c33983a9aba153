/** The stream's `session.ended` (signed out everywhere from another browser) leads to the sign-in page. */
import { noteSigningOut } from '../auth/signingOut.ts';
import { setUnauthorizedHandler } from '../client.ts';
import { noteLiveEvent } from './useLiveUpdates.ts';

afterEach(() => {
  setUnauthorizedHandler(() => {});
  noteSigningOut(false);
});

it('goes the way of a 401 when the stream says the session ended, and only then', () => {
  const unauthorized = vi.fn();
  setUnauthorizedHandler(unauthorized);
  noteLiveEvent({ type: 'upstream', reachable: true, since: 0 });
  noteLiveEvent({ type: 'ready' });
  expect(unauthorized).not.toHaveBeenCalled();
  noteLiveEvent({ type: 'session.ended' });
  expect(unauthorized).toHaveBeenCalledTimes(1);
});

it('lets a sign-out of this page say what it ended, rather than "expired"', () => {
  const unauthorized = vi.fn();
  setUnauthorizedHandler(unauthorized);
  noteSigningOut(true);
  noteLiveEvent({ type: 'session.ended' });
  expect(unauthorized).not.toHaveBeenCalled();
});
