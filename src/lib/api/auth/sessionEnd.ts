/**
 * Why this page's session just ended, for the sign-in page to say. Two redirects race when it ends:
 * the one that knows why (a 401, the live stream's `session.ended`, a sign-out's answer) and the
 * route guard's, which only sees the session gone; whichever lands, it carries this reason.
 */

/** Router state the login page reads to explain why the user is there. */
export type LoginState = {
  sessionExpired?: boolean;
  /** Signed out by the user: here or everywhere, and whether Apizee ended the token too. */
  signedOut?: { everywhere: boolean; upstreamRevoked: boolean };
};

let reason: LoginState | undefined;

export function noteSessionEnd(why: LoginState | undefined): void {
  reason = why;
}

export function sessionEndReason(): LoginState | undefined {
  return reason;
}
